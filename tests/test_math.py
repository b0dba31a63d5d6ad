"""Every entry's equation, converted by MathJax itself (npm, in Node): no merror, no undefined macro
(which MathJax shows as red text, not as an error element)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent


def tex_problems(items: list[tuple[str, str]]) -> subprocess.CompletedProcess:
    return subprocess.run(["node", str(HERE / "texcheck.mjs")], input=json.dumps(items), capture_output=True,
                          text=True, timeout=120)


def test_every_equation_typesets_without_errors(built):
    entries = built[1].entries
    result = tex_problems([(e.id, e.math) for e in entries])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(entries)} formulas, 0 with errors" in result.stdout


def test_the_check_sees_undefined_macros_and_errors():
    result = tex_problems([("glued", r"a,\quadx=1"), ("bad", r"\frac{a}"), ("fine", r"a\quad x")])
    assert result.returncode == 1
    assert "glued:" in result.stdout and "quadx" in result.stdout
    assert "bad:" in result.stdout and "fine:" not in result.stdout


def test_the_tex_stays_readable_while_mathjax_typesets(open_page):
    """Issue 21: equation boxes were blank for 1-4 s while MathJax loaded its fonts; until MathJax is
    warm the TeX source shows until the typeset output replaces it."""
    page, _ = open_page()
    page.evaluate("""() => { window.__mathStates = [];
        new MutationObserver((records) => { for (const r of records) {
          const m = r.target, src = m.querySelector('.tex-source');
          if (m.classList.contains('math') && src) window.__mathStates.push([m.dataset.typeset || '',
            getComputedStyle(src).visibility]); } })
        .observe(document.getElementById('panel'),
          { attributes: true, attributeFilter: ['data-typeset'], subtree: true });
        LS.app.openEntry('dreamer'); }""")
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=20000)
    states = page.evaluate("window.__mathStates")
    assert states, "the typeset was watched"
    assert all(vis == "visible" for _, vis in states), f"the TeX was hidden while MathJax loaded: {states}"
