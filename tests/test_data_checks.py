"""What the owner's checks catch and carry (issue 21): aliases, TeX the README forbids, dates in the
future, tours out of date order, and a clear error for an output folder that does not exist."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT
from test_math import tex_problems

import gen_landscape as G


def problems(spec) -> list[str]:
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    return err.value.problems


# ----------------------------------------------------------------------------- aliases

def test_aliases_are_optional_and_reach_the_page_data(spec):
    spec["entries"][0]["aliases"] = ["Alpha-1", "AlphaV2"]
    ls = G.validate(spec)
    assert ls.entries[0].aliases == ("Alpha-1", "AlphaV2") and ls.entries[1].aliases == ()
    data = G.page_data(ls, G.layout(ls))
    assert data["entries"][0]["aliases"] == ["Alpha-1", "AlphaV2"]
    assert "aliases" not in data["entries"][1]         # absent, not an empty list: the data stays small


NOT_A_LIST = "list of non-empty strings"


@pytest.mark.parametrize("value,why", [("AlphaV2", NOT_A_LIST), (["ok", ""], NOT_A_LIST), ([3], NOT_A_LIST),
                                       (["Alpha 2", "alpha 2"], "repeats")])
def test_bad_aliases_name_the_entry_and_field(spec, value, why):
    spec["entries"][0]["aliases"] = value
    found = [p for p in problems(spec) if "entry 'alpha'" in p and "field 'aliases'" in p]
    assert len(found) == 1 and why in found[0], problems(spec)


def test_the_real_data_names_dreamer_by_the_names_people_type(real_spec):
    ls = G.validate(real_spec)
    aliases = {e.id: e.aliases for e in ls.entries}
    assert {"DreamerV1", "DreamerV2", "DreamerV3"} <= set(aliases["dreamer"])
    assert "V-JEPA2" in aliases["vjepa2"] and "Genie3" in aliases["genie3"]
    assert {"Cosmos WFM", "Cosmos World Foundation Model"} <= set(aliases["cosmos"])


# ----------------------------------------------------------------------------- TeX

@pytest.mark.parametrize("tex", [r"$x = 1$", r"a + $b$", r"\frac{a}{b}$"])
def test_dollar_in_math_is_rejected(spec, tex):
    spec["entries"][0]["math"] = tex
    found = [p for p in problems(spec) if "entry 'alpha'" in p and "field 'math'" in p]
    assert len(found) == 1 and "'$'" in found[0]


def test_an_escaped_dollar_is_text_and_fine(spec):
    spec["entries"][0]["math"] = r"\text{cost in \$}"
    G.validate(spec)


@pytest.mark.parametrize("tex,macro", [(r"\maxx_a f(a)", r"\maxx"), (r"\alpha + \betta", r"\betta"),
                                       (r"\mathscr{L}", r"\mathscr")])
def test_unknown_tex_command_is_named(spec, tex, macro):
    spec["entries"][0]["math"] = tex
    found = [p for p in problems(spec) if "entry 'alpha'" in p and "field 'math'" in p]
    assert len(found) == 1 and macro in found[0] and "unknown TeX command" in found[0], problems(spec)


def probe(macro: str) -> str:
    """A formula that uses the macro as TeX expects it (with a delimiter, an environment or arguments)."""
    special = {"left": r"\left( x \right)", "right": r"\left( x \right)", "begin": r"\begin{matrix} a \end{matrix}",
               "end": r"\begin{matrix} a \end{matrix}"}
    if macro in special:
        return special[macro]
    if macro in {"big", "Big", "bigg", "Bigg"}:
        return "\\" + macro + "( x \\" + macro + ")"
    return "\\" + macro + "{x}{y}"


def test_every_known_tex_macro_converts_in_real_mathjax():
    """KNOWN_TEX_MACROS is the engine's stdlib-only stand-in for MathJax's knowledge: check it against MathJax."""
    items = [(m, probe(m)) for m in sorted(G.KNOWN_TEX_MACROS)]
    result = tex_problems(items)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_macro_the_data_uses_is_known(real_spec):
    G.validate(real_spec)                               # an unknown one would be a problem


# ----------------------------------------------------------------------------- dates

def test_a_future_release_date_is_one_date_problem_not_edge_errors(spec):
    spec["entries"][1]["date"] = "2031-05"              # beta: the source of "beta builds on alpha"
    spec["entries"][2]["date"] = "2020-06"              # gamma: is "alternative to" beta
    found = problems(spec)
    assert found == ["entry 'beta': field 'date' is 2031-05, in the future: it is the month of first public "
                     "release"], found


def test_this_month_is_not_the_future(spec):
    spec["entries"][2]["date"] = spec["entries"][2]["checked"] = G.this_month()
    G.validate(spec)


# ----------------------------------------------------------------------------- tours

def tour(*steps):
    return dict(id="walk", title="A walk", summary="Through time.", steps=[(s, "Why it matters.") for s in steps])


def test_tour_steps_must_walk_history_in_date_order(spec):
    spec["tours"] = [tour("alpha", "gamma", "beta")]       # 2020, 2022, 2021
    found = problems(spec)
    assert len(found) == 1 and "tour 'walk': step 3" in found[0] and "'beta' (2021-01)" in found[0], found
    spec["tours"] = [tour("alpha", "beta", "gamma")]
    G.validate(spec)


def test_the_real_tours_walk_in_date_order(real_spec):
    dates = {e["id"]: e["date"] for e in real_spec["entries"]}
    for t in real_spec["tours"]:
        steps = [dates[s[0]] for s in t["steps"]]
        assert steps == sorted(steps), t["id"]


# ----------------------------------------------------------------------------- CLI

def test_output_into_a_missing_folder_is_a_clear_error(tmp_path):
    target = tmp_path / "no" / "such" / "page.html"
    res = subprocess.run([sys.executable, "gen_worldmodel.py", "-o", str(target)], cwd=ROOT, capture_output=True,
                         text=True)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    assert res.stderr.startswith(f"error: cannot write {target}: folder {target.parent} does not exist"), res.stderr
    assert not target.parent.exists()


def test_page_data_has_aliases_only_where_given(built):
    data = json.loads(built[0].split('id="landscape-data">', 1)[1].split("</script>", 1)[0])
    with_aliases = {e["id"] for e in data["entries"] if "aliases" in e}
    assert "dreamer" in with_aliases and len(with_aliases) < len(data["entries"])


def test_read_first_marks_a_directed_type_for_the_page(spec):
    spec["edge_types"][0]["read_first"] = True
    ls = G.validate(spec)
    assert G.page_data(ls, G.layout(ls))["edgeTypes"][0]["readFirst"] is True
    spec["edge_types"][1]["read_first"] = True         # undirected: "alternative to" has no "before"
    found = problems(spec)
    assert len(found) == 1 and "edge type 'alternative_to': field 'read_first'" in found[0], found
