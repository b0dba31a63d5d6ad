"""The build-time compactor (landscape_compact): smaller page code, same program.

Every script the page inlines is squeezed and parsed by acorn next to its source: the syntax trees must be
equal (positions ignored). Every stylesheet is parsed by Chromium's CSS parser before and after: the rules
must serialise the same. A tokenising slip (a regex taken for a division, a space dropped between two words,
a space dropped inside a string) changes the tree or the rules and fails here, not in a reader's browser.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import ROOT, missing_tool

import gen_landscape as G
import gen_worldmodel
import landscape_compact as C


def _page_scripts() -> list[tuple[str, str]]:
    named = [(G.REGISTRY_SCRIPT, G.read_asset(G.REGISTRY_SCRIPT))]
    named += [(f"anim {a.key}", a.source) for a in G.validate(gen_worldmodel.spec()).animations]
    return named + [(name, G.read_asset(name)) for name in G.PAGE_SCRIPTS]


def _differing_trees(cases: list[list[str]]) -> list[str]:
    node = shutil.which("node")
    if not node or not (ROOT / "tests" / "node_modules" / "acorn").is_dir():
        missing_tool("node or the npm package acorn is not installed (tests/run.sh installs them)")
    res = subprocess.run([node, str(ROOT / "tests" / "jsast.mjs")], input=json.dumps(cases),
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_every_squeezed_script_has_the_syntax_tree_of_its_source():
    cases = [[name, src, C.squeeze_js(src)] for name, src in _page_scripts()]
    assert _differing_trees(cases) == []


def test_the_tree_check_catches_a_changed_program():
    """The check above can fail: a regex read as division, a lost space, a changed string."""
    cases = [["regex", "const r = /a b/g;", "const r = /ab/g;"],
             ["words", "return typeof x;", "return typeofx;"],
             ["string", 'f("a  b");', 'f("a b");']]
    assert [bad.split(":")[0] for bad in _differing_trees(cases)] == ["regex", "words", "string"]


@pytest.mark.parametrize("source,squeezed", [
    ("const a = b + +c;", "const a=b + +c;"),
    ("x = y - -1;", "x=y - -1;"),
    ("i++ + j;", "i++ + j;"),
    ("n = a + b - c;", "n=a+b-c;"),
    ("if (/^a b$/.test(s)) return s / 2;", "if(/^a b$/.test(s))return s/2;"),
    ("const r = (a + b) / (c - 0.5) / 2;", "const r=(a+b)/(c-.5)/2;"),
    ("x = a ? 0.5 : 1;", "x=a?.5:1;"),
    ("list.map((x) => x * 2);", "list.map(x=>x*2);"),
    ("f((a, b) => a);", "f((a,b)=>a);"),
    ("const s = 'a , b';  // why", "const s='a , b';"),
    ('let s = null; // "dream" specks', "let s=null;"),
    ('el.textContent = "x: " + n;', 'el.textContent="x: "+n;'),
    ("return /[/ ]+/g;", "return /[/ ]+/g;"),
    ("for (const k of ks) { f(k); }", "for(const k of ks){f(k)}"),
    ("function f() {\n  return 1;\n}", "function f(){return 1}"),
    ("const f = () => {\n  return 1;\n};\nf();", "const f=()=>{return 1};f();"),
    ("if (a) b();\nelse\n  c();", "if(a)b();else c();"),
    ("a = b ? c : d;", "a=b?c:d;"),
    ("const n = 1.5 .toFixed(1);", "const n=1.5 .toFixed(1);"),
])
def test_squeeze_js_keeps_the_spaces_tokens_need(source, squeezed):
    assert C.squeeze_js(source) == squeezed


def test_squeeze_js_leaves_template_literals_alone():
    templ = "const s = `a\n  b`;\n"
    assert C.squeeze_js(templ) == templ


@pytest.mark.parametrize("source,squeezed", [
    (".a > .b , .c { color : red ; margin: 0 ; }", ".a>.b,.c{color :red;margin:0}"),
    ("a :hover { width: calc(100% - 2rem); }", "a :hover{width:calc(100% - 2rem)}"),
    ('.q::before { content: "a ; b { }"; }', '.q::before{content:"a ; b { }"}'),
    ("@media (max-width: 600px) and (hover: none) {\n  .x { top: 0; }\n}",
     "@media (max-width: 600px) and (hover: none){.x{top:0}}"),
])
def test_squeeze_css_keeps_selectors_strings_and_calc(source, squeezed):
    assert C.squeeze_css(source) == squeezed


@pytest.mark.browser
def test_every_squeezed_stylesheet_parses_to_the_same_rules(browser):
    page = browser.new_page()
    try:
        for name in G.STYLESHEETS:
            src = G.read_asset(name)
            rules = page.evaluate("""([a, b]) => [a, b].map((text) => {
                const sheet = new CSSStyleSheet(); sheet.replaceSync(text);
                return [...sheet.cssRules].map((r) => r.cssText); })""", [src, C.squeeze_css(src)])
            assert rules[0] == rules[1], name
            assert rules[0], name
    finally:
        page.close()


def test_compacting_takes_a_quarter_off_the_page_code():
    scripts = "\n".join(src for _, src in _page_scripts())
    squeezed = "\n".join(C.squeeze_js(src) for _, src in _page_scripts())
    assert len(squeezed) < 0.75 * len(scripts)
