"""Accessibility: axe-core on every view in light and dark (one page per theme, states switched by URL),
contrast of the theme's text colours, and a full tour (every panel, view and animation) without a console or
page error (under reduced motion: transitions are tested in test_page/test_first_use)."""
from __future__ import annotations

import browser as B
import pytest

pytestmark = pytest.mark.browser
AXE = (B.NODE_MODULES / "axe-core" / "axe.min.js")


# The rules a theme can change: the rest read structure (roles, names, order), which is the same in both.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe(page, context="document", rules=None):
    """Serious and critical axe violations in context (the document or a selector); rules: only these."""
    if not page.evaluate("typeof axe !== 'undefined'"):      # once per page load
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""async ([ctx, rules]) => {
        const opts = { resultTypes: ['violations'] };
        if (rules) opts.runOnly = { type: 'rule', values: rules };
        const r = await axe.run(ctx === 'document' ? document : document.querySelector(ctx), opts);
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
    }""", [context, rules])
    return result


STATES = ["", "#dreamer", "#?view=timeline", "#?view=list", "#?view=gallery", "#?cmp=dreamer,muzero",
          "#?tour=dreamer-line&step=2", "#family=Value", "#"]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_has_no_serious_violations(open_page, dark):
    """One page per theme; each state is reached by its URL (as a reader's link would), then checked: every
    rule in the light theme, the colour rules in the dark one (half of axe's time goes to the other rules)."""
    page, _ = open_page(dark=dark, bypass_csp=True)
    found = {}
    for state in STATES:
        if state:
            B.set_hash(page, state)
        B.settle(page)
        found[state or "map"] = axe(page, rules=COLOUR_RULES if dark else None)
    assert found == {state or "map": [] for state in STATES}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_on_the_open_tours_menu(open_page, dark):
    page, _ = open_page(dark=dark, bypass_csp=True)
    page.click("#tours-toggle")
    page.wait_for_selector("#tours-menu:not([hidden])")
    assert page.evaluate("document.activeElement.classList.contains('tour-start')"), "focus moves into the menu"
    assert axe(page) == []
    page.keyboard.press("Escape")
    assert page.evaluate("document.getElementById('tours-menu').hidden")
    assert page.evaluate("document.activeElement.id") == "tours-toggle"


def luminance(rgb):
    def ch(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_contrast_at_least_4_5(open_page, dark):
    page, _ = open_page(dark=dark)
    colours = page.evaluate("""() => { const s = getComputedStyle(document.documentElement);
        const hex = n => s.getPropertyValue(n).trim(); return ['--fg','--muted','--link','--bg','--surface','--raised']
        .reduce((o, n) => (o[n] = hex(n), o), {}); }""")
    rgb = {k: tuple(int(v[i:i + 2], 16) for i in (1, 3, 5)) for k, v in colours.items()}
    for text in ("--fg", "--muted", "--link"):
        for bg in ("--bg", "--surface", "--raised"):
            assert contrast(rgb[text], rgb[bg]) >= 4.5, (text, bg, colours)


# Open every panel in turn and draw its animation (the entry's own variant) at the middle of its loop with
# the panel's scrubber, which draws at once; a frame every 8th panel lets the page render and run what waits
# for a frame (a frame per panel cost 241 x ~30 ms). The ids seen open, and how many panels drew.
OPEN_EACH = """async (ids) => { const seen = []; let drawn = 0;
  for (const [i, id] of ids.entries()) {
    await LS.app.openEntry(id);
    const scrub = document.querySelector('#panel .anim-scrub');
    if (scrub) {
      scrub.value = String((Number(scrub.max) / 2).toFixed(1));
      scrub.dispatchEvent(new Event('input'));
      drawn += 1;
    }
    if (i % 8 === 7) await new Promise((r) => requestAnimationFrame(() => r()));
    seen.push(document.getElementById('panel').dataset.id);
  }
  return [seen, drawn]; }"""


def test_full_tour_without_errors(open_page, built):
    page, log = open_page(wait_math=True, reduced=True)
    opened, drawn = page.evaluate(OPEN_EACH, [e.id for e in built[1].entries])     # in the page: no round trips
    assert opened == [e.id for e in built[1].entries]
    assert drawn == len(opened)                          # every work's panel has its animation
    page.wait_for_selector("#panel .math mjx-container", timeout=15000)
    page.keyboard.press("Escape")
    for view in ("timeline", "list", "gallery", "results", "map"):
        page.click(f'.views [data-view="{view}"]')
        B.settle(page)
    assert log.errors == [] and log.dialogs == [] and log.blocked == []


def test_focus_ring_is_visible(open_page):
    page, _ = open_page()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
