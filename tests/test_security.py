"""Hostile data, property-based escaping, CSP and SRI, and a fully offline page."""
from __future__ import annotations

import copy
import json
import re

import browser as B
import pytest
from conftest import tiny_spec
from hypothesis import given, settings
from hypothesis import strategies as st

import gen_landscape as G

HOSTILE = [
    "</script><script>window.__pwned=1;alert('x')</script>",
    "<img src=x onerror=\"window.__pwned=1;alert('img')\">",
    "\"><svg onload=\"window.__pwned=1;alert('svg')\">",
    "javascript:alert(1)",
    "{{slot}} @@DATA@@ ${x} $\\frac{a}{b}$ $$",
    "\u202eRTL override\u200b zero\u200dwidth \ufeff",
    "emoji 🚀🧠 and 𝔼[x]",
    "x" * 10_000,
]
STRING_FIELDS = ["name", "short", "tagline", "simple", "mapping", "when"]


# ----------------------------------------------------------------------------- properties (no browser)

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_json_island_round_trips_any_text(text):
    island = G.json_island({"k": text, "l": [text]})
    assert not re.search(r"[<>&\u2028\u2029]", island)
    assert json.loads(island) == {"k": text, "l": [text]}


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_escapers_never_leave_markup(text):
    for out in (G.escape_text(text), G.escape_attr(text)):
        assert "<" not in out and ">" not in out
    assert '"' not in G.escape_attr(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}\\ab\n", max_size=30))
def test_tex_brace_check_agrees_with_a_counter(tex):
    depth, ok, i = 0, True, 0
    while i < len(tex):
        if tex[i] == "\\":
            i += 2
            continue
        depth += {"{": 1, "}": -1}.get(tex[i], 0)
        ok = ok and depth >= 0
        i += 1
    assert (G.tex_brace_problem(tex) is None) == (ok and depth == 0)


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("field", STRING_FIELDS + ["short_dup", "title"])
def test_hostile_string_in_each_field_is_rejected_or_inert(text, field):
    spec = tiny_spec()
    if field == "title":
        spec["title"] = text
    elif field == "short_dup":
        spec["entries"][0]["pros"] = [text]
    else:
        spec["entries"][0][field] = text
    try:
        html, _ = G.build(spec)
    except G.ValidationError as err:
        assert all(("entry '" in p or "spec" in p) and "field '" in p for p in err.problems)
        return
    head, _, rest = html.partition('<script type="application/json"')
    if re.search(r"[<>]", text):
        assert text not in head, "hostile markup reached the page outside the data island unescaped"
    island = rest.split("</script>", 1)[0]
    assert "<" not in island.split(">", 1)[1]


def test_hostile_urls_are_rejected(spec):
    for url in ("javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "JaVaScRiPt:x", " https://x.org"):
        s = copy.deepcopy(spec)
        s["entries"][0]["learn"] = ("Learn", url)
        with pytest.raises(G.ValidationError, match="entry 'alpha': field 'learn'"):
            G.validate(s)


def test_empty_lists_are_rejected(spec):
    spec["entries"][0]["pros"] = []
    spec["entries"][0]["papers"] = []
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    assert "entry 'alpha': field 'pros' is empty" in err.value.problems
    assert "entry 'alpha': field 'papers' is empty" in err.value.problems


# ----------------------------------------------------------------------------- CSP and SRI

def test_csp_allows_only_this_pages_scripts_and_the_mathjax_host(built):
    html = built[0]
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = csp.replace("&#x27;", "'")
    script_src = re.search(r"script-src ([^;]+)", csp).group(1).split()
    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert sorted(s for s in script_src if s.startswith("'sha256-")) == sorted(G.sha256_csp(s) for s in inline)
    assert [s for s in script_src if not s.startswith("'sha256-")] == [G.MATHJAX_ORIGIN]
    assert "unsafe-eval" not in csp and "default-src 'none'" in csp
    tag = re.search(r'<meta name="mathjax-src"[^>]*>', html).group(0)
    assert f'data-integrity="{G.MATHJAX_SRI}"' in tag and f'content="{G.MATHJAX_URL}"' in tag
    assert tag.count(G.MATHJAX_VERSION) == 1 and html.count("mathjax@") == 1
    assert "<script id=\"mathjax-script\"" not in html, "MathJax loads on intent, not with the page"


@pytest.mark.browser
def test_mathjax_script_keeps_sri_when_loaded_on_intent(open_page):
    page, log = open_page(wait_math=True)
    attrs = page.evaluate("""() => { const s = document.getElementById('mathjax-script');
        return [s.src, s.integrity, s.crossOrigin]; }""")
    assert attrs == [G.MATHJAX_URL, G.MATHJAX_SRI, "anonymous"]


@pytest.mark.browser
def test_no_csp_violation_with_mathjax_running(open_page):
    page, log = open_page(wait_math=True)
    page.evaluate("""() => { window.__csp = [];
        document.addEventListener('securitypolicyviolation',
            e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); }""")
    page.click('#map .star[data-id="dreamer"]')
    page.wait_for_selector("#panel .math mjx-container", timeout=15000)
    page.click('.views [data-view="gallery"]')
    B.settle(page)
    assert page.evaluate("window.__csp") == []
    assert log.errors == []


@pytest.mark.browser
def test_hostile_data_renders_as_text_in_a_real_browser(open_page, tmp_path):
    spec = tiny_spec()
    e = spec["entries"][0]
    for field, text in zip(STRING_FIELDS, HOSTILE):
        e[field] = text + " " + field
    e["pros"] = [HOSTILE[1]]
    e["cons"] = [HOSTILE[2]]
    spec["papers"][0]["title"] = HOSTILE[0]
    spec["papers"][0]["authors"] = [HOSTILE[1]]
    spec["families"][0] = ("A", HOSTILE[2], "#2563eb", dict(
        about=HOSTILE[1] + ". Two. Three.", math=r"\frac{a}{b}", anim="dream", start="alpha",
        axes=[dict(name=HOSTILE[0], values=[(HOSTILE[2], ["alpha"]), (HOSTILE[3], ["gamma"])])] * 2))
    html, _ = G.build(spec)
    path = tmp_path / "hostile.html"
    path.write_text(html, encoding="utf-8")
    page, log = open_page(url=path.as_uri() + "#alpha")
    page.wait_for_selector('#panel[data-id="alpha"]')
    page.locator('#map .star[data-id="alpha"]').hover()
    page.fill("#search-input", "img")
    page.click('.views [data-view="list"]')
    page.click('.views [data-view="gallery"]')
    B.settle(page)
    assert log.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img, [onerror], [onload]").count() == 0
    # ... and each shows, character for character, as text where it belongs (markup would not)
    assert page.locator('#map .star[data-id="alpha"] text').text_content() == HOSTILE[1] + " short"
    assert page.locator("#panel h2").text_content() == HOSTILE[0] + " name"
    assert "<img src=x" in page.text_content("#panel .pros")
    page.evaluate("LS.app.openFamily('A')")                 # the family's chapter, its texts as text too
    page.wait_for_selector("#panel.family-panel .fam-axes")
    assert "<img src=x" in page.text_content("#panel .fam-intro")
    assert "</script>" in page.text_content("#panel .fam-axes")
    assert log.dialogs == [] and page.evaluate("window.__pwned") is None


@pytest.mark.motion
@pytest.mark.browser
@pytest.mark.allows_page_errors("ERR_FAILED")          # MathJax's blocked request
def test_fully_offline_page_is_usable(open_page):
    page, log = open_page("#dreamer", allow_cdn=False)
    page.wait_for_selector('#panel[data-id="dreamer"] .tex-source')
    page.keyboard.press("Escape")
    for view in ("timeline", "list", "gallery", "map"):
        page.click(f'.views [data-view="{view}"]')
    page.fill("#search-input", "muzero")
    page.keyboard.press("ArrowDown")          # Enter alone shows every match on the map; pick the first
    page.keyboard.press("Enter")
    page.wait_for_selector('#panel[data-id="muzero"]')
    B.wait_until(page, "LS.anim.stats().frames > 0")           # its animation runs
    assert log.blocked == []
    assert [e for e in log.errors if "cdn.jsdelivr.net" not in e and "ERR_FAILED" not in e] == []
