"""Header and compare at every width: nothing collides, nothing is clipped, no sideways scroll; compare
on a phone is one swipeable column per work with the fields aligned and Close always in view."""
from __future__ import annotations

import browser as B
import pytest
from conftest import shot

pytestmark = pytest.mark.browser

WIDTHS = [320, 360, 390, 721, 768, 900, 1024, 1100, 1280]

OVERLAPS = """(() => {
  const rect = (s) => document.querySelector(s).getBoundingClientRect();
  const parts = { title: rect('.brand h1'), search: rect('.search'), views: rect('.views'), tools: rect('.tools') };
  const sub = document.querySelector('.subtitle');
  if (getComputedStyle(sub).display !== 'none') parts.subtitle = rect('.subtitle');
  const names = Object.keys(parts), hits = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
    const a = parts[names[i]], b = parts[names[j]];
    const apart = a.right - 1 <= b.left || b.right - 1 <= a.left || a.bottom - 1 <= b.top || b.bottom - 1 <= a.top;
    if (!apart) hits.push(names[i] + '/' + names[j]);
  }
  const h1 = document.querySelector('.brand h1');
  return { hits, scroll: document.documentElement.scrollWidth, clipped: h1.scrollWidth > h1.clientWidth + 1,
           right: Math.max(...Object.values(parts).map((r) => r.right)),
           below: rect('.layout').top - rect('.topbar').bottom };
})()"""


HEADER_BOXES = """[...document.querySelectorAll('.topbar, .topbar *')].map((n) => {
  const r = n.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round).join(); })"""


def test_header_fits_every_width(open_page, page_url):
    """Every width in the light theme. The dark theme draws the same header boxes (checked at the narrowest
    width, where a wider glyph would show first), so it needs no walk of its own."""
    page, log = open_page(url=page_url)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 700})
        B.settle(page)
        got = page.evaluate(OVERLAPS)
        assert got["hits"] == [], (width, got)
        assert got["scroll"] <= width and got["right"] <= width, (width, got)
        assert not got["clipped"], (width, got)
        assert abs(got["below"]) <= 1, (width, got)            # the layout starts right under the bar
        if width in (320, 390, 768, 1024, 1280):
            shot(page, f"header-{width}-light")
    page.set_viewport_size({"width": WIDTHS[0], "height": 700})
    B.settle(page)
    light = page.evaluate(HEADER_BOXES)
    page.click("#theme-toggle")
    B.wait_until(page, "document.documentElement.dataset.theme === 'dark'")
    B.settle(page)
    assert page.evaluate(HEADER_BOXES) == light
    shot(page, f"header-{WIDTHS[0]}-dark")


def compare_facts(page) -> dict:
    return page.evaluate("""(() => {
      const vw = innerWidth, box = document.getElementById('compare');
      const r = (el) => el.getBoundingClientRect();
      const close = [...box.querySelectorAll('.compare-head button')].find((b) => b.textContent.includes('Close'));
      const select = box.querySelector('.compare-head select');
      const heads = [...box.querySelectorAll('.compare-grid h3')].map((h) => r(h.closest('.cell')));
      const rows = {};
      for (const c of box.querySelectorAll('.compare-grid .cell[data-field]')) {
        (rows[c.dataset.field] ||= []).push(Math.round(r(c).top));
      }
      return { vw, close: r(close), select: select ? r(select) : null, widths: heads.map((h) => h.width),
               aligned: Object.values(rows).every((tops) => tops.every((t) => t === tops[0])),
               scroll: document.documentElement.scrollWidth,
               grid: [box.querySelector('.compare-grid').scrollWidth, box.querySelector('.compare-grid').clientWidth] };
    })()""")


@pytest.mark.parametrize("width", [390, 320])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_compare_on_a_phone_is_a_swipeable_column_per_work(open_page, page_url, width, dark):
    theme = "dark" if dark else "light"
    page, log = open_page(url=page_url + "#?cmp=dreamer,muzero", phone=True, dark=dark)
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 640})
    B.settle(page)                          # compare typesets its math: wait for MathJax to finish
    f = compare_facts(page)
    assert f["close"]["left"] >= 0 and f["close"]["right"] <= width and f["close"]["top"] >= 0, f
    assert f["select"]["right"] <= width and f["select"]["left"] >= 0, f       # "Add an entry…" stays inside
    assert all(w >= 0.8 * width - 40 for w in f["widths"]), f                  # a readable column per work
    assert f["aligned"] and f["scroll"] <= width, f
    assert f["grid"][0] > f["grid"][1], f                                     # the next work is a swipe away
    shot(page, f"compare-phone-{width}-2-{theme}")
    page.evaluate("location.hash = '#?cmp=dreamer,muzero,vjepa2'")
    page.wait_for_selector('#compare .compare-grid .cell[data-id="vjepa2"]')
    B.settle(page)
    page.locator("#compare").evaluate("b => b.scrollTo(0, 900)")                # Close stays in view
    f = compare_facts(page)
    assert f["close"]["top"] >= 0 and f["close"]["bottom"] <= page.viewport_size["height"], f
    assert len(f["widths"]) == 3 and f["aligned"], f
    page.locator("#compare").evaluate("b => b.scrollTo(0, 0)")
    shot(page, f"compare-phone-{width}-3-{theme}")
    page.locator("#compare .compare-grid").evaluate("g => g.scrollTo(g.scrollWidth, 0)")
    B.wait_until(page, "(g => Math.abs(g.scrollLeft + g.clientWidth - g.scrollWidth) <= 1)"
                       "(document.querySelector('#compare .compare-grid'))")
    B.settle(page)                          # scroll snapping has come to rest
    last = page.locator('#compare .compare-grid .cell[data-id="vjepa2"]').bounding_box()
    assert last["x"] >= 0 and last["x"] + last["width"] <= width + 1, last
    shot(page, f"compare-phone-{width}-3-swiped-{theme}")
    page.click("#compare .compare-head button:has-text('Close')")
    assert page.locator("#compare").is_hidden()


def test_compare_on_a_wide_screen_keeps_the_label_column(open_page):
    page, _ = open_page("#?cmp=dreamer,muzero,vjepa2")
    f = compare_facts(page)
    assert f["aligned"] and len(f["widths"]) == 3 and f["grid"][0] <= f["grid"][1]
    assert page.locator("#compare .row-label").first.is_visible()
    assert page.locator("#compare .cell-label").first.is_hidden()


# Every layout change while MathJax starts, measured as it happens: a mutation observer runs before any
# later task or frame, so the warm-up's hidden element (appended to <body>, then removed) is measured too.
WATCH_SCROLL_WIDTH = """() => new Promise((done) => {
  const widths = [];
  let added = false;
  const measure = () => widths.push(document.documentElement.scrollWidth);
  const seen = new MutationObserver((records) => {
    measure();
    for (const r of records) {
      if ([...r.addedNodes].some((n) => n.classList && n.classList.contains('math-out'))) added = true;
      if (added && [...r.removedNodes].some((n) => n.classList && n.classList.contains('math-out'))) {
        seen.disconnect();
        done({ added, widths });
      }
    }
  });
  seen.observe(document.body, { childList: true, subtree: true, characterData: true });
  const frame = () => { measure(); if (!added || widths.length < 2000) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  LS.math.load();
})"""


def test_the_page_never_scrolls_sideways_at_320_while_mathjax_starts(open_page):
    page, _ = open_page(phone=True)
    page.set_viewport_size({"width": 320, "height": 640})
    B.settle(page)
    got = page.evaluate(WATCH_SCROLL_WIDTH)
    assert got["added"] and len(got["widths"]) > 1, got
    assert max(got["widths"]) <= 320, got


def test_beside_an_open_panel_the_sidebar_folds_and_the_path_caption_steps_aside(open_page, page_url):
    """The panel tells the sidebar and the path's caption itself (no rule keyed on <body>: test_lint)."""
    page, log = open_page(url=page_url + "#dreamer4?path=dreamer4,world-models")
    caption, sidebar = page.locator("#path-caption"), page.locator(".sidebar")
    page.set_viewport_size({"width": 1440, "height": 900})
    B.settle(page, math=False)
    assert caption.is_visible() and sidebar.is_visible()
    box = caption.bounding_box()
    assert box["x"] + box["width"] <= page.locator("#panel").bounding_box()["x"], "the caption stays left of the panel"
    page.set_viewport_size({"width": 1024, "height": 768})
    B.settle(page, math=False)
    assert caption.is_hidden() and sidebar.is_hidden(), "too little room: the panel's own picker says the path"
    page.evaluate("LS.app.closeEntry()")
    B.settle(page, math=False)
    assert caption.is_visible() and sidebar.is_visible()
    assert log.errors == []
