"""Start-up in slices and short clicks: what the first view does not need waits for idle time (or its
first use), and a panel's equation is typeset in a task of its own."""
from __future__ import annotations

import browser as B
import pytest

pytestmark = pytest.mark.browser

# Idle callbacks that never come: what start-up deferred stays undone until something needs it.
NO_IDLE = "window.requestIdleCallback = () => 0;"


def open_with_script(browser, page_url, script, width=1440, height=900, dark=False, store=None):
    """A page whose document runs `script` before its own scripts, with `store` in its localStorage; returns
    once start-up has run."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, color_scheme="dark" if dark else "light")
    log = B.PageLog()
    B.route_network(ctx, log)
    if store:
        B.store(ctx, store)
    ctx.add_init_script(script)
    page = ctx.new_page()
    B.attach_logs(page, log)
    page.goto(page_url)
    B.wait_until(page, "typeof LS.readyAt === 'number'")
    return ctx, page, log


def open_without_idle(browser, page_url):
    return open_with_script(browser, page_url, NO_IDLE)


def test_first_view_leaves_the_lines_and_the_search_index_for_idle_time(browser, page_url):
    ctx, page, log = open_without_idle(browser, page_url)
    try:
        assert page.locator("#map .star").count() == page.evaluate("LS.data.entries.length")
        assert page.locator("#map .edge").count() == 0, "the lines wait for an idle slice"
        assert page.evaluate("document.body.dataset.ready") is None, "ready means the idle work is done too"
        # First use builds what it needs at once: a hover shows the work's lines ...
        page.hover('#map .star[data-id="dreamer"]')
        n = page.evaluate("LS.data.edges.length")
        assert page.locator("#map .edge").count() == n
        hl = page.evaluate("[...document.querySelectorAll('.map-focus .edge.hl')].map(p => p.getAttribute('d'))")
        assert hl and all(d and d.startswith("M") for d in hl)
        # ... and the first keystroke searches a full index.
        page.fill("#search-input", "vjepa")
        B.wait_until(page, "document.querySelectorAll('#search-results [data-id]').length > 0")
        first = page.evaluate("document.querySelector('#search-results [data-id]').dataset.id")
        assert first == "vjepa"
        assert log.errors == []
    finally:
        ctx.close()


@pytest.mark.allows_page_errors("ERR_FAILED")          # offline: MathJax's request fails
def test_idle_time_builds_the_rest_and_then_the_page_is_ready(open_page):
    page, log = open_page(allow_cdn=False)          # open_page waits for data-ready
    n = page.evaluate("LS.data.edges.length")
    assert page.locator("#map .edge").count() == n
    # At rest only the lines inside a family show, each with its geometry.
    drawn = page.evaluate("""() => [...document.querySelectorAll('#map .edge')]
        .filter(p => getComputedStyle(p).display !== 'none').map(p => p.getAttribute('d') || '')""")
    assert drawn and all(d.startswith("M") for d in drawn)
    assert len(drawn) <= page.evaluate("LS.data.entries.length")
    assert log.errors == []


def shown_lines(page, selector: str) -> int:
    return page.evaluate("""(sel) => [...document.querySelectorAll(sel)]
        .filter((p) => getComputedStyle(p).display !== 'none').length""", selector)


def test_filters_set_before_the_lines_exist_apply_to_them(browser, page_url):
    """A deep link with an edge type switched off: the lines built later come out filtered."""
    ctx, page, log = open_without_idle(browser, page_url + "#?eoff=builds_on")
    try:
        page.evaluate("LS.map.hover('dreamer')")
        # What the reader sees: no "builds on" line, on the map or raised above the veil; the other lines show.
        assert page.locator('#map .edge[data-type="builds_on"]').count() > 0
        assert shown_lines(page, '.edge[data-type="builds_on"]') == 0
        assert shown_lines(page, '.map-focus .edge:not([data-type="builds_on"])') > 0
    finally:
        ctx.close()


def test_the_equation_is_typeset_after_the_panel_is_drawn_without_a_flash_of_tex(open_page):
    page, log = open_page(wait_math=True)
    B.settle(page)                                   # MathJax's idle warm-up has run
    # Seen as the panel's content goes in (a mutation observer runs before any later task or frame).
    state = page.evaluate("""() => new Promise((done) => {
        const panel = document.getElementById('panel');
        const seen = new MutationObserver(() => {
          const m = panel.querySelector('.math');
          if (!m) return;
          seen.disconnect();
          done([m.dataset.typeset || 'none', getComputedStyle(m.querySelector('.tex-source')).visibility]);
        });
        seen.observe(panel, { childList: true });
        LS.app.openEntry('muzero');
      })""")
    assert state == ["pending", "hidden"], "typeset later, the TeX source hidden meanwhile (no flash)"
    page.wait_for_selector('#panel .math[data-typeset="1"] mjx-container', timeout=15000)
    assert page.locator("#panel .math .tex-source").count() == 0
    assert log.errors == []


@pytest.mark.allows_page_errors("ERR_FAILED")          # offline: MathJax's request fails
def test_lower_panel_sections_are_laid_out_only_near_the_view(open_page):
    """The sections below the panel's first screen skip layout until scrolled near, and still work."""
    page, _ = open_page("#dreamer", allow_cdn=False)
    skipped = page.evaluate("""() => [...document.querySelectorAll('#panel > .sec, #panel > .compare-pick')]
        .filter(s => getComputedStyle(s).contentVisibility === 'auto').length""")
    assert skipped >= 5
    # The work pickers get their options only when about to be used (thousands of options per open).
    assert page.evaluate("document.querySelector('#panel .relate select').options.length") == 1
    page.focus("#panel .relate select")
    filled = page.evaluate("document.querySelector('#panel .relate select').options.length")
    assert filled == page.evaluate("LS.data.entries.length")
    page.select_option("#panel .relate select", "planet")
    assert "PlaNet" in page.text_content("#panel .path-words")


CULL = """(args) => [...LS.labels.cull(args.items, [], 1, args.settings)]"""


@pytest.mark.allows_page_errors("ERR_FAILED")          # offline: MathJax's request fails
def test_label_culling_keeps_labels_whole_between_the_sides(open_page):
    page, _ = open_page(allow_cdn=False)
    item = lambda i, x0, x1, forced=False: {"id": i, "box": [x0, 10, x1, 24], "anchor": [x0, 10],  # noqa: E731
                                            "forced": forced, "matched": False, "rank": 1}
    items = [item("in", 100, 160), item("cut-left", -20, 40), item("cut-right", 560, 640),
             item("forced", 580, 660, True)]
    shown = page.evaluate(CULL, {"items": items, "settings": {"left": 0, "right": 600, "density": 9}})
    assert sorted(shown) == ["forced", "in"]
    # Overlapping boxes: the higher rank wins, also far outside the screen band (numeric cells clamp).
    items = [dict(item("a", 5000, 5080), rank=3), dict(item("b", 5040, 5120), rank=2)]
    assert page.evaluate(CULL, {"items": items, "settings": {"density": 9}}) == ["a"]


# Records, the moment the theme is set, whether the body had been parsed yet; and every write of a custom
# property on the root (each one restyles every element of the page, the whole map included).
WATCH_ROOT = """
window.__themeSet = []; window.__rootVars = [];
new MutationObserver((records) => {
  for (const r of records) {
    if (r.target !== document.documentElement) continue;
    if (r.attributeName === 'data-theme') window.__themeSet.push(document.body === null);
    if (r.attributeName === 'style') window.__rootVars.push(document.documentElement.getAttribute('style'));
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme', 'style'] });
"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("width", [390, 1440])
def test_the_theme_is_set_before_the_first_paint_and_start_up_restyles_nothing_twice(browser, page_url, dark, width):
    """A dark reader never sees a light page first: the theme is set once, before the body exists. The top
    bar's height (it wraps on a phone) is not written on the root, which would restyle the whole map."""
    ctx, page, log = open_with_script(browser, page_url, WATCH_ROOT, width=width, height=844, dark=dark)
    try:
        B.wait_until(page, "document.body.dataset.ready === '1'")
        assert page.evaluate("window.__themeSet") == [True]
        assert page.evaluate("document.documentElement.dataset.theme") == ("dark" if dark else "light")
        assert page.evaluate("window.__rootVars") == []
        # What the top bar's height is still needed for: the map starts right under the bar, however many
        # rows it wraps into; so does the phone's drawer of filters, and the desktop's panel 10 px lower.
        def top(sel: str) -> float:
            return page.evaluate(f"document.querySelector('{sel}').getBoundingClientRect().top")
        bar = page.evaluate("document.querySelector('.topbar').getBoundingClientRect().bottom")
        assert bar > 64 if width < 760 else bar == 64
        assert top("#map") == bar
        if width < 760:
            page.click("#filters-toggle")
            B.settle(page, math=False)
            assert top(".sidebar") == bar
        else:
            page.evaluate("LS.app.openEntry('dreamer')")
            B.settle(page, math=False)
            assert top("#panel") == bar + 10
    finally:
        ctx.close()


# For each change of the theme, when it was made; the time of the first paint comes from the browser's paint timing.
THEME_TIMES = """
window.__themeTimes = [];
new MutationObserver(() => window.__themeTimes.push([performance.now(), document.documentElement.dataset.theme]))
  .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
"""


def test_a_picked_theme_is_drawn_from_the_first_paint_and_a_new_pick_is_kept(browser, page_url):
    """A reader who picked dark on a light system sees dark from the first paint; a new pick (light) is kept:
    it reaches the browser, so the next visit (here a reload) finds it."""
    ctx, page, log = open_with_script(browser, page_url, THEME_TIMES, store={"landscape-theme": "dark"})
    try:
        B.wait_until(page, "document.body.dataset.ready === '1' && performance.getEntriesByName('first-paint').length")
        times = page.evaluate("window.__themeTimes")
        first_paint = page.evaluate("performance.getEntriesByName('first-paint')[0].startTime")
        assert times[-1][1] == "dark" and times[-1][0] < first_paint, (times, first_paint)
        page.click("#theme-toggle")
        B.storage_landed(page)
        page.reload()
        B.wait_until(page, "document.body.dataset.ready === '1'")
        assert page.evaluate("document.documentElement.dataset.theme") == "light"
    finally:
        ctx.close()
