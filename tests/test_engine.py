"""Engine unit tests: validation (every error names record and field), escaping, template slots,
determinism, layout, atomic writes and the CLI."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, missing_tool, tiny_spec

import gen_landscape as G
import landscape_compact


def problems(spec) -> list[str]:
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    return err.value.problems


def one_problem(spec, *fragments) -> str:
    found = [p for p in problems(spec) if all(f in p for f in fragments)]
    assert found, f"no problem mentions {fragments}: {problems(spec)}"
    return found[0]


# ----------------------------------------------------------------------------- validation

def test_tiny_spec_is_valid(spec):
    ls = G.validate(spec)
    assert [e.id for e in ls.entries] == ["alpha", "beta", "gamma"]
    assert ls.entries[0].mapping == ("x", "y", "z")


@pytest.mark.parametrize("field", sorted(G.ENTRY_FIELDS - {"id"}))
def test_missing_entry_field_is_named(spec, field):
    del spec["entries"][0][field]
    assert one_problem(spec, "entry 'alpha'", f"field '{field}'", "missing")


@pytest.mark.parametrize("field", ["name", "short", "tagline", "simple", "math", "when", "mapping"])
def test_empty_text_field_is_named(spec, field):
    spec["entries"][1][field] = "   "
    assert one_problem(spec, "entry 'beta'", f"field '{field}'", "empty")


@pytest.mark.parametrize("field,value", [("name", 3), ("pros", "not a list"), ("date", 2020),
                                         ("date", True), ("learn", "https://x.org")])
def test_wrong_type_is_named(spec, field, value):
    spec["entries"][0][field] = value
    assert one_problem(spec, "entry 'alpha'", f"field '{field}'")


def test_the_owners_example_message(spec):
    spec["entries"][0]["id"] = "gaia1"
    spec["entries"][0]["math"] = ""
    assert "entry 'gaia1': field 'math' is empty" in problems(spec)


@pytest.mark.parametrize("bad_id", ["Has Caps", "under_score", "-lead", "", "a" * 60, "dot.ted"])
def test_ids_must_be_slugs(spec, bad_id):
    spec["entries"][0]["id"] = bad_id
    assert any("field 'id'" in p for p in problems(spec))


def test_duplicate_id_and_short(spec):
    spec["entries"][2]["id"] = "alpha"
    spec["entries"][1]["short"] = "Alpha"
    assert one_problem(spec, "entry 'alpha'", "field 'id'", "duplicated")
    assert one_problem(spec, "entry 'beta'", "field 'short'", "duplicates")


def test_unknown_family_animation_and_paper(spec):
    spec["entries"][0].update(family="Nope", anim="nope", papers=["missing-paper"])
    assert one_problem(spec, "entry 'alpha'", "field 'family'", "Nope")
    assert one_problem(spec, "entry 'alpha'", "field 'anim'", "unregistered")
    assert one_problem(spec, "entry 'alpha'", "field 'papers'", "missing-paper")


def test_unknown_field_is_rejected(spec):
    spec["entries"][0]["colour"] = "red"
    assert one_problem(spec, "entry 'alpha'", "field 'colour'", "not a known field")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x.org", "//x.org",
                                 "https://x.org/a b", 'https://x.org/"onmouseover="x'])
def test_only_http_urls(spec, url):
    spec["entries"][0]["learn"] = ("Learn", url)
    spec["papers"][0]["url"] = url
    assert one_problem(spec, "entry 'alpha'", "field 'learn'")
    assert one_problem(spec, "paper 'p1'", "field 'url'")


@pytest.mark.parametrize("color", ["blue", "#12345", "#gggggg", "rgb(0,0,0)", ""])
def test_family_colours_must_be_hex(spec, color):
    spec["families"][0] = ("A", "Family A", color)
    assert one_problem(spec, "family 'A'", "field 'color'")


@pytest.mark.parametrize("tex,why", [(r"\frac{a}{b", "unclosed"), (r"a}", "unmatched"), (r"{{x}", "unclosed")])
def test_unbalanced_tex(spec, tex, why):
    spec["entries"][0]["math"] = tex
    assert one_problem(spec, "entry 'alpha'", "field 'math'", why)


@pytest.mark.parametrize("tex,glued", [(r"a,\quadx=1", r"\quadx"), (r"a\qquada^\star", r"\qquada"),
                                       (r"x\cdoty", r"\cdoty")])
def test_macro_glued_to_letters_is_named(spec, tex, glued):
    spec["entries"][0]["math"] = tex
    assert one_problem(spec, "entry 'alpha'", "field 'math'", glued)


@pytest.mark.parametrize("tex", [r"\max_\phi\,\mathbb{E}\Big[\textstyle\sum_t r_t\Big]", r"\displaystyle\frac{a}{b}",
                                 r"\begin{gathered}a\\\textstyle\sum_t x\end{gathered}"])
def test_a_style_switch_at_the_top_level_is_named(spec, tex):
    spec["entries"][0]["math"] = tex
    assert one_problem(spec, "entry 'alpha'", "field 'math'", "top level")


@pytest.mark.parametrize("tex", [r"\mathbb{E}\Big[{\textstyle\sum_t} r_t\Big]", r"\sqrt{\tfrac1N\textstyle\sum_i x_i}",
                                 r"a\,\text{(textstyle)}"])
def test_a_style_switch_in_a_group_of_its_own_is_fine(spec, tex):
    spec["entries"][0]["math"] = tex
    G.validate(spec)


def test_spaced_and_longer_macros_are_fine(spec):
    spec["entries"][0]["math"] = r"a,\quad x\qquad y\cdots z\cdotp w\ldots\times\timesx"[:-7]
    G.validate(spec)


def test_escaped_braces_are_fine(spec):
    spec["entries"][0]["math"] = r"\{x\}\;\text{and}\;\left\{ y \right\}"
    G.validate(spec)


@pytest.mark.parametrize("date", ["1200-01", "3000-05"])
def test_year_range(spec, date):
    spec["entries"][0]["date"] = date
    assert one_problem(spec, "entry 'alpha'", "field 'date'", "out of range")


@pytest.mark.parametrize("date", ["2020", "2020-13", "2020-00", "2020-1", "20-01-2020", "2020-01-05"])
def test_date_must_be_a_month(spec, date):
    spec["entries"][0]["date"] = date
    assert one_problem(spec, "entry 'alpha'", "field 'date'", "YYYY-MM")


def test_year_if_given_must_agree_with_date(spec):
    spec["entries"][0]["year"] = 2019
    assert one_problem(spec, "entry 'alpha'", "field 'year'", "2020")
    spec["entries"][0]["year"] = 2020
    G.validate(spec)


def test_directed_edge_cannot_point_forward_in_time(spec):
    why = "Takes the other work's encoder."
    spec["edges"] = [("alpha", "beta", "builds_on", why)]     # alpha 2020-01 builds on beta 2021-01
    msg = one_problem(spec, "edge alpha -> beta (builds_on)", "forward in time")
    assert "'alpha' (2020-01)" in msg and "'beta' (2021-01)" in msg
    spec["edges"] = [("alpha", "beta", "alternative_to", why)]  # undirected: no direction to check
    G.validate(spec)
    spec["entries"][1]["date"] = "2020-01"                    # same month is fine
    spec["edges"] = [("alpha", "beta", "builds_on", why)]
    G.validate(spec)


@pytest.mark.parametrize("edge,what", [
    (("alpha", "nobody", "builds_on"), "unknown entry 'nobody'"),
    (("alpha", "beta", "likes"), "field 'type' is unknown"),
    (("alpha", "alpha", "builds_on"), "self-loop"),
    (("beta", "alpha", "builds_on"), "duplicate edge"),
    (("beta", "gamma", "alternative_to"), "duplicate edge"),   # undirected: reversed is the same edge
])
def test_bad_edges(spec, edge, what):
    spec["edges"].append(edge)
    assert any(what in p for p in problems(spec)), problems(spec)


def test_all_problems_are_listed_at_once(spec):
    spec["entries"][0]["math"] = ""
    spec["entries"][1]["family"] = "Nope"
    spec["edges"].append(("alpha", "alpha", "builds_on", "Takes its own model."))
    spec["papers"][0]["url"] = "javascript:x"
    assert sorted(problems(spec)) == sorted([      # each of the four, in one error, and nothing else
        "entry 'alpha': field 'math' is empty",
        "entry 'beta': field 'family' names unknown family 'Nope'",
        "edge alpha -> alpha (builds_on): is a self-loop",
        "paper 'p1': field 'url' must be an http(s) URL without spaces or quotes, got 'javascript:x'",
    ])


def test_animation_file_must_register_its_key(spec, tmp_path):
    js = tmp_path / "dream.js"
    js.write_text('LandscapeAnims.register("other", {});')
    spec["animations"] = {"dream": js}
    assert one_problem(spec, "animation 'dream'", "field 'file'")


@pytest.mark.parametrize("tag", ["</script>", "</SCRIPT >", "</Script"])
def test_an_animation_that_would_end_its_inline_script_is_refused(spec, tmp_path, tag):
    js = tmp_path / "dream.js"
    js.write_text(f'LandscapeAnims.register("dream", {{ note: "{tag}" }});')
    spec["animations"] = {"dream": js}
    assert "contains '</script'" in one_problem(spec, "animation 'dream'", "field 'file'")


@pytest.mark.parametrize("tag", ["</script", "</STYLE>", "</Style "])
def test_a_page_asset_that_would_end_its_inline_block_is_refused(tmp_path, monkeypatch, tag):
    (tmp_path / "x.js").write_text(f'const s = "{tag}";', encoding="utf-8")
    monkeypatch.setattr(G, "ASSET_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="closing tag"):
        G.read_asset("x.js")


# ----------------------------------------------------------------------------- escaping

HOSTILE = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
           "@@CSS@@", "$x$ and {{slot}} ${}", "\u2028\u2029", "&lt;&amp;"]


@pytest.mark.parametrize("text", HOSTILE)
def test_json_island_escapes_and_round_trips(text):
    island = G.json_island({"s": text})
    assert "<" not in island and ">" not in island and "&" not in island
    assert "\u2028" not in island and island.isascii()
    assert json.loads(island) == {"s": text}


def test_hostile_strings_only_live_inside_the_island(spec):
    for field in ("name", "tagline", "simple", "when", "short"):
        spec["entries"][0][field] = HOSTILE[0] + HOSTILE[1] + field
    spec["title"] = HOSTILE[2]
    html, _ = G.build(spec)
    assert html.lower().count("</script") == html.lower().count("<script")
    assert "<img src=x" not in html and "<svg onload" not in html
    assert "\"&gt;&lt;svg onload=alert(1)&gt;" in html     # the title, escaped as text


def test_escapers():
    assert G.escape_text("<a & b>") == "&lt;a &amp; b&gt;"
    assert G.escape_attr('"x\' <y>') == "&quot;x&#x27; &lt;y&gt;"


# ----------------------------------------------------------------------------- template

def test_fill_template_fails_on_missing_and_unused_slots():
    with pytest.raises(KeyError, match="B"):
        G.fill_template("@@A@@ @@B@@", {"A": "1"})
    with pytest.raises(KeyError, match="C"):
        G.fill_template("@@A@@", {"A": "1", "C": "2"})


def test_fill_template_is_single_pass_and_tex_safe():
    out = G.fill_template("@@A@@|@@B@@", {"A": "@@B@@", "B": r"$\frac{a}{b}$ ${x}"})
    assert out == r"@@B@@|$\frac{a}{b}$ ${x}"


def test_template_slots_are_exactly_the_ones_build_fills(spec):
    slots = set(re.findall(r"@@([A-Z_]+)@@", G.TEMPLATE))
    assert slots == {"TITLE", "TITLE_ATTR", "SUBTITLE", "DESCRIPTION", "FAVICON", "CSP", "CSS", "DATA",
                     "MATHJAX_CONFIG", "MATHJAX_URL", "MATHJAX_SRI", "SCRIPT", "LIVE_RELOAD", "THEME_EARLY"}
    html, _ = G.build(spec)
    assert "@@" not in html.replace(G.json_island(G.page_data(G.validate(spec), G.layout(G.validate(spec)))), "")



def test_the_template_loses_only_indentation_before_tags():
    """Its indentation goes at build time: only whitespace changes, and no element shows its spaces."""
    source = (Path(G.ASSET_DIR) / "template.html").read_text(encoding="utf-8")
    assert not re.search(r"<(pre|textarea)\b", source)
    assert G.TEMPLATE.split() == source.split()
    assert not re.search(r"\n[ \t]+<", G.TEMPLATE) and len(G.TEMPLATE) < len(source)

# ----------------------------------------------------------------------------- added, sharing, live slot

def test_added_defaults_to_the_spec_and_can_be_set_per_entry(spec):
    spec["added_default"] = "2026-09"
    spec["entries"][1]["added"] = "2026-11"
    added = {e.id: e.added for e in G.validate(spec).entries}
    assert added == {"alpha": "2026-09", "beta": "2026-11", "gamma": "2026-09"}
    data = G.page_data(G.validate(spec), G.layout(G.validate(spec)))
    assert [e["added"] for e in data["entries"]] == ["2026-09", "2026-11", "2026-09"]


def test_added_is_optional_in_the_engine(spec):
    assert {e.added for e in G.validate(spec).entries} == {""}


@pytest.mark.parametrize("added", ["2026-13", "2026/11", "Nov 2026", 202611])
def test_added_must_be_a_month(spec, added):
    spec["entries"][0]["added"] = added
    assert "must be 'YYYY-MM'" in one_problem(spec, "entry 'alpha'", "field 'added'")


def test_added_cannot_precede_the_release(spec):
    spec["entries"][1]["added"] = "2020-06"         # beta was released 2021-01
    assert "released in 2021-01" in one_problem(spec, "entry 'beta'", "field 'added'")
    spec["entries"][1].pop("added")
    spec["added_default"] = "2021-06"               # gamma (2022-01) cannot inherit it
    assert one_problem(spec, "entry 'gamma'", "field 'added'")


def test_added_default_must_be_a_month(spec):
    spec["added_default"] = "November"
    assert one_problem(spec, "spec", "field 'added_default'")


def test_sharing_meta_and_favicon_come_from_title_and_subtitle(spec):
    spec["title"] = 'Zeta "maps" & more'
    spec["subtitle"] = "A <b>card</b> for chats"
    html, _ = G.build(spec)
    assert '<meta name="description" content="A &lt;b&gt;card&lt;/b&gt; for chats">' in html
    assert '<meta property="og:title" content="Zeta &quot;maps&quot; &amp; more">' in html
    assert '<meta property="og:description" content="A &lt;b&gt;card&lt;/b&gt; for chats">' in html
    icon = re.search(r'<link rel="icon" href="(data:image/svg\+xml,[^"]+)">', html).group(1)
    from urllib.parse import unquote
    svg = unquote(icon.split(",", 1)[1])
    assert svg.startswith("<svg") and ">Z</text>" in svg and "#2563eb" in svg
    assert "img-src data:" in html


def test_live_reload_script_only_in_the_served_build(spec):
    plain, _ = G.build(spec)
    live, _ = G.build(spec, live_epoch=7)
    reload_js = G.read_asset(G.LIVE_RELOAD_SCRIPT)
    assert reload_js not in plain and "livereload" not in plain and "'self'" not in plain
    assert f'<script data-epoch="7">{reload_js}</script>' in live
    import html as html_lib
    csp = html_lib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', live).group(1))
    assert G.sha256_csp(reload_js) in csp
    assert "connect-src 'self' https://cdn.jsdelivr.net" in csp
    # the hash does not change with the epoch: only the attribute does
    assert G.build(spec, live_epoch=8)[0] == live.replace('data-epoch="7"', 'data-epoch="8"')


def test_committed_page_has_no_live_reload_code():
    page = (ROOT / "robot_worldmodel.html").read_text(encoding="utf-8")
    assert "livereload" not in page and "data-epoch" not in page and "'self'" not in page


# ----------------------------------------------------------------------------- determinism

def test_same_data_gives_identical_bytes(spec):
    assert G.build(spec)[0] == G.build(tiny_spec())[0]


def test_identical_across_processes_and_hash_seeds(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"p{seed}.html"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "gen_worldmodel.py", "-o", str(out)], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_committed_page_equals_a_fresh_build(built):
    committed = (ROOT / "robot_worldmodel.html").read_text(encoding="utf-8")
    assert committed == built[0], "robot_worldmodel.html is stale: run python3 gen_worldmodel.py"


# ----------------------------------------------------------------------------- layout

def test_real_layout_has_no_overlapping_stars_or_labels(built):
    _, ls, _ = built
    lay = G.layout(ls)
    assert G.overlapping_pairs(ls, lay) == []
    for e in ls.entries:          # every star sits inside its family's cell
        x, y = lay.positions[e.id]
        cell = lay.family_boxes[e.family]
        assert cell.x0 <= x <= cell.x1 and cell.y0 <= y <= cell.y1


def test_crowded_family_still_has_no_overlaps(spec):
    base = spec["entries"][0]
    spec["entries"] = [dict(base, id=f"e{i}", short=f"Entry number {i}", date=f"{2000 + i % 20}-01") for i in range(40)]
    spec["edges"] = []
    ls = G.validate(spec)
    assert G.overlapping_pairs(ls, G.layout(ls)) == []


# ----------------------------------------------------------------------------- writing and CLI

def test_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "page.html"
    target.write_text("old")
    G.write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "gen_worldmodel.py", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_success_line(tmp_path):
    out = tmp_path / "x.html"
    res = run_cli("-o", str(out))
    assert res.returncode == 0, res.stderr
    assert re.fullmatch(r"wrote .*x\.html: \d+ entries, 11 families, \d+ edges, \d+ KB\n", res.stdout)
    assert out.read_text().startswith("<!doctype html>")


def test_cli_check_writes_nothing(tmp_path):
    res = run_cli("--check", "-o", str(tmp_path / "never.html"))
    assert res.returncode == 0 and res.stdout.startswith("ok:")
    assert not (tmp_path / "never.html").exists()


@pytest.mark.parametrize("argv", [[], ["-o", "x.html"], ["--output", "out/p.html"], ["-o", ""]])
def test_a_plain_build_reads_its_arguments_as_argparse_would(argv):
    assert vars(G.plain_build_args(argv, "default.html")) == vars(G.parse_args(argv, "default.html"))


@pytest.mark.parametrize("argv", [["--check"], ["-o", "x.html", "--check"], ["-o", "-x"], ["--output=x.html"],
                                  ["-h"], ["--serve"], ["x.html"]])
def test_anything_but_a_plain_build_goes_through_argparse(argv):
    assert G.plain_build_args(argv, "default.html") is None


def test_a_plain_build_does_not_import_argparse(tmp_path):
    code = ("import sys, gen_worldmodel; status = gen_worldmodel.main(['-o', sys.argv[1]]); "
            "print(status, 'argparse' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.html")], cwd=ROOT, capture_output=True,
                         text=True)
    assert res.stdout.splitlines()[-1] == "0 False", res.stderr


def test_only_the_clis_own_process_stops_collecting_garbage(tmp_path):
    import gc

    import gen_worldmodel
    frozen = gc.get_freeze_count()
    assert gen_worldmodel.main(["-o", str(tmp_path / "in.html")]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen       # a caller's process is left as it was
    code = ("import gc, sys, gen_worldmodel; sys.argv[1:] = ['-o', sys.argv[1]]; status = gen_worldmodel.main(); "
            "print(status, gc.isenabled(), gc.get_freeze_count() > 0)")
    res = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.html")], cwd=ROOT, capture_output=True,
                         text=True)
    assert res.stdout.splitlines()[-1] == "0 False True", res.stderr


def test_cli_bad_data_exits_2_and_keeps_previous_page(tmp_path):
    """Break the data in a copy of the project; the old page must stay byte-identical."""
    import shutil
    proj = tmp_path / "proj"
    shutil.copytree(ROOT, proj, ignore=shutil.ignore_patterns(".venv", "node_modules", ".git", "out"))
    page = proj / "robot_worldmodel.html"
    page.write_text("previous page")
    src = (proj / "gen_worldmodel.py").read_text()
    src = src.replace('id="gaia1",', 'id="gaia1", colour="x",', 1).replace('short="Dreamer v1–3"', 'short="IRIS"', 1)
    src = src.replace("\ndef animations(", '\nEDGES.append(("dreamer", "nobody", "builds_on"))\n\ndef animations(', 1)
    (proj / "gen_worldmodel.py").write_text(src)
    res = run_cli(cwd=proj)
    assert res.returncode == 2
    assert "entry 'gaia1': field 'colour'" in res.stderr
    assert "field 'short' duplicates 'IRIS'" in res.stderr
    assert "unknown entry 'nobody'" in res.stderr
    assert page.read_text() == "previous page"
    assert not list(proj.glob("*.tmp"))


def test_sri_matches_the_pinned_npm_file():
    import browser as B
    if not (B.NODE_MODULES / "mathjax").is_dir():
        missing_tool("npm packages not installed (tests/run.sh installs them)")
    assert B.mathjax_sri_of_npm_copy() == G.MATHJAX_SRI
    pkg = json.loads((B.NODE_MODULES / "mathjax" / "package.json").read_text())
    assert pkg["version"] == G.MATHJAX_VERSION


def test_compact_source_drops_comments_and_indentation_only():
    src = "/* head\n * more */\nfunction f() {\n  // note\n  return 1; // tail's kept\n\n  /* one */\n}\n"
    assert landscape_compact.compact_source(src) == "function f() {\nreturn 1; // tail's kept\n}"
    templ = "const s = `a\n  b`;\n"
    assert landscape_compact.compact_source(templ) == templ        # template literals: left alone


def test_built_script_is_valid_javascript(built, tmp_path):
    import shutil
    node = shutil.which("node")
    if not node:
        missing_tool("node not installed")
    script = re.findall(r"<script>(.*?)</script>", built[0], re.S)
    for i, s in enumerate(script):
        f = tmp_path / f"s{i}.js"
        f.write_text(s)
        res = subprocess.run([node, "--check", str(f)], capture_output=True, text=True)
        assert res.returncode == 0, res.stderr


@pytest.mark.parametrize("line,kept", [
    ('const a = 1;  // why', 'const a = 1;'),
    ('f(x);     // the view', 'f(x);'),
    ("f(x);  // a quote ' in the comment: kept, to be safe", "f(x);  // a quote ' in the comment: kept, to be safe"),
    ('const u = "https://x.org";  // link', 'const u = "https://x.org";'),
    ('const u = "a;  // not a comment";', 'const u = "a;  // not a comment";'),
    ("s = 'x';  // fine", "s = 'x';"),
    ('x = y // no statement end: kept', 'x = y // no statement end: kept'),
    ('const T = 0.8; // one space is enough', 'const T = 0.8;'),
    ('r = /a; // b/;', 'r = /a; // b/;'),
])
def test_compact_source_drops_only_real_trailing_comments(line, kept):
    assert landscape_compact.compact_source(line) == kept
