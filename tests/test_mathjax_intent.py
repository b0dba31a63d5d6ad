"""MathJax is fetched on intent (hover, focus or touch of a star; a panel; compare), never on load."""
from __future__ import annotations

import browser as B
import pytest

pytestmark = pytest.mark.browser

MATH_READY = "Boolean(window.MathJax && MathJax.startup && MathJax.startup.promise && MathJax.typesetPromise)"


def mathjax_requests(log):
    return [u for u in log.served + log.blocked if "mathjax" in u]


def test_browsing_the_map_never_fetches_mathjax(open_page):
    page, log = open_page()
    page.mouse.move(5, 5)                           # the pointer moves over the page, not onto a star
    B.settle(page)                                  # every idle slice has run: nothing left that could load it
    assert mathjax_requests(log) == []
    assert page.evaluate("Boolean(document.getElementById('mathjax-script'))") is False
    assert log.errors == []


@pytest.mark.parametrize("how", ["pointerover", "focus"])
def test_intent_on_a_star_loads_mathjax_then_the_panel_typesets(open_page, how):
    page, log = open_page()
    star = page.locator('#map .star[data-id="dreamer"]')
    if how == "focus":
        star.focus()
    else:
        star.dispatch_event("pointerover")
    B.wait_until(page, MATH_READY, timeout=20)
    assert any("tex-chtml.js" in u for u in log.served)
    star.click()
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=15000)
    assert page.locator("#panel .math .tex-source").count() == 0
    assert log.errors == []


def test_deep_link_panel_loads_and_typesets(open_page):
    page, log = open_page("#muzero")
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=20000)
    assert log.errors == []


@pytest.mark.allows_page_errors("ERR_FAILED")          # MathJax's blocked request
def test_offline_panel_shows_readable_tex_and_keeps_its_place(open_page):
    page, log = open_page("#dreamer", allow_cdn=False)
    B.wait_until(page, "document.getElementById('mathjax-script') !== null")     # MathJax was asked for ...
    B.settle(page, math=False)                                                 # ... and refused
    tex = page.locator("#panel .math .tex-source")
    assert tex.count() == 1 and "\\" in tex.inner_text()
    assert [e for e in log.errors if "mathjax" not in e.lower() and "ERR_FAILED" not in e] == []


def test_typesetting_does_not_pull_the_panel_up(open_page):
    """The equation block keeps at least the height the TeX source had: nothing below it jumps up.
    MathJax's script is held back until the TeX-source layout has been measured."""
    page, _ = open_page()
    held = []
    page.route("**/tex-chtml.js", lambda route: held.append(route))
    page.evaluate("LS.app.openEntry('lewm')")
    page.wait_for_selector("#panel .math .tex-source")
    B.wait_until(page, "document.getElementById('mathjax-script') !== null")
    gap = ("document.querySelector('#panel .math').closest('section').nextElementSibling.getBoundingClientRect().top"
           " - document.querySelector('#panel .math').getBoundingClientRect().top")
    before = page.evaluate(gap)
    for _ in range(100):                     # the interception arrives as a Playwright event
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "MathJax was requested"
    held[0].fallback()                       # now let the shared CDN route serve it
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=20000)
    assert page.evaluate(gap) >= before - 0.5


CSS_RULES = "[...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)"


def test_pointing_at_a_star_puts_its_equations_glyph_styles_in_before_the_click(open_page):
    """A typeset that meets a new glyph adds its CSS rule, and the browser then checks every element of the page
    (a cost that grows with the map): pointing at a star converts its equation off the page, so the click's
    typeset adds no rule."""
    page, log = open_page()
    page.evaluate("LS.math.load()")
    B.settle(page)                                  # loaded and warmed up: only the warm-up's glyphs are in
    star = page.locator('#map .star[data-id="gaia1"]')
    before = page.evaluate(CSS_RULES)
    star.dispatch_event("pointerover")
    B.settle(page)
    pointed = page.evaluate(CSS_RULES)
    assert pointed > before                         # its equation had glyphs the page had not met yet
    star.click()
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=15000)
    B.settle(page)
    assert page.evaluate(CSS_RULES) == pointed
    assert log.errors == []
