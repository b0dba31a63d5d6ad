"""The map's costs follow what changed (issue 25): a keystroke that changes no star's state writes nothing on
the stars, a search dims the map with the veil (no class on every star), focus leaves the map itself untouched
when no tour trail is shown, a star paints without a transform of its own (its dots at cx, cy; only a shown
label is moved: fewer paint chunks on a map of thousands), and a change beside the map does not walk the map."""
from __future__ import annotations

import json

import browser as B
import pytest

pytestmark = pytest.mark.browser

# Each attribute write on the map's stars: for a class, the classes it added or removed; else the attribute's name.
WATCH_CHANGES = """() => { window.__starChanges = [];
  new MutationObserver((records) => { for (const r of records) {
    const was = new Set((r.oldValue || '').split(' '));
    const now = new Set((r.target.getAttribute('class') || '').split(' '));
    window.__starChanges.push(r.attributeName !== 'class' ? r.attributeName
      : [...was, ...now].filter((c) => was.has(c) !== now.has(c)).join(' '));
  } }).observe(document.querySelector('#map .stars'),
    { attributes: true, subtree: true, attributeOldValue: true }); }"""

NEXT_FRAMES = "new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"


def walked_before_paint(browser, page, change: str) -> list[str]:
    """The layout objects Chrome's pre-paint walk visits after a change (one trace event each)."""
    browser.start_tracing(page=page, categories=["disabled-by-default-blink.invalidation"])
    page.evaluate(change)
    page.evaluate(NEXT_FRAMES)
    events = json.loads(browser.stop_tracing())["traceEvents"]
    visits = [e for e in events if e.get("name") == "PaintInvalidator::InvalidatePaint()"]
    return [str(e.get("args", {}).get("object")) for e in visits]


# Changes beside the map: the sidebar's count, the note of an empty result, the search's list.
BESIDE_THE_MAP = {
    "count": "document.getElementById('shown-count').textContent = '1234'",
    "empty note": "(() => { const n = document.getElementById('empty-note'); n.textContent = 'No work'; "
                  "n.hidden = false; })()",
    "note gone": "document.getElementById('empty-note').hidden = true",
    "search list": "(() => { const r = document.getElementById('search-results'); r.innerHTML = '<li>a</li>'; "
                   "r.hidden = false; })()",
}


def test_a_change_beside_the_map_does_not_walk_the_map(browser, shared_page):
    """The map's svgs are sized in px (LS.camera): sized in percent, any change of size elsewhere on the page
    laid the map out again, and Chrome then visited every part of every star before the next paint (20 ms a
    keystroke at 4,800 works). Here a change beside the map visits a handful of objects, none in the map."""
    page, _ = shared_page()
    B.settle(page, math=False)
    for name, change in BESIDE_THE_MAP.items():
        visited = walked_before_paint(browser, page, change)
        assert visited, name                              # the trace does see the walk
        assert not [o for o in visited if "LayoutSVG" in o], (name, len(visited))
    box = page.evaluate("(() => { const m = document.getElementById('map'), p = m.parentElement; "
                        "return [m.clientWidth, m.clientHeight, p.clientWidth, p.clientHeight]; })()")
    assert box[:2] == box[2:], box                        # the map still fills its pane


def test_a_query_that_changes_no_star_writes_nothing_on_the_stars(shared_page):
    page, _ = shared_page()
    page.evaluate("LS.app.setQuery('dreamer')")
    page.evaluate(NEXT_FRAMES)                            # its labels are culled
    page.evaluate(WATCH_CHANGES)
    page.evaluate("LS.app.setQuery('dreamer ')")          # the same matches: no star changes state
    page.evaluate(NEXT_FRAMES)
    assert page.evaluate("LS.app.shownEntries().length") > 0
    assert page.evaluate("window.__starChanges.length") == 0
    before = B.lifted(page)
    page.evaluate("LS.app.setQuery('dreamerv3')")         # fewer matches: copies above the veil go, the stars stay
    page.evaluate(NEXT_FRAMES)
    assert B.lifted(page) < before and page.evaluate("window.__starChanges.length") == 0
    page.evaluate("LS.app.setQuery('')")


def test_a_search_dims_the_map_without_restyling_it(shared_page):
    """Typing lifts the matches above the veil, where their labels are: the first letter takes the map's own
    labels away, the next keystrokes write nothing at all on the map's stars, and clearing the query gives the
    labels back. A keystroke costs the matches it adds or removes, never a class on every star it dims."""
    page, _ = shared_page()
    B.settle(page, math=False)
    page.evaluate(WATCH_CHANGES)
    steps = {}
    for query in ("d", "dr", "dre", "drea", "dream", "2024", ""):
        page.evaluate("window.__starChanges = []")
        page.evaluate("(q) => LS.app.setQuery(q)", query)
        page.evaluate(NEXT_FRAMES)
        assert B.lifted(page) == set(page.evaluate("LS.app.shownEntries().map((e) => e.id)") if query else []), query
        steps[query] = set(page.evaluate("window.__starChanges"))
    assert steps.pop("d") == {"nolabel"} and steps.pop("") <= {"nolabel", "x"}, steps
    assert all(changes == set() for changes in steps.values()), steps


# Lines drawn in the map with an end on a dimmed star.
DIMMED_LINES = """() => [...document.querySelectorAll('#map .edge')]
  .filter((p) => getComputedStyle(p).display !== 'none' && [p.dataset.source, p.dataset.target].some((id) =>
    document.querySelector('#map .star[data-id="' + id + '"]').classList.contains('dim'))).length"""


def test_when_most_works_match_the_rest_are_dimmed_in_place(shared_page):
    """A broad query ("video": over half the works) dims the few works it misses in place and lifts nothing, so
    a keystroke costs the smaller side, never a copy of most of the map; a narrower one lifts its matches."""
    page, _ = shared_page()
    every = set(page.evaluate("LS.data.entries.map((e) => e.id)"))
    page.evaluate("LS.app.setQuery('video')")
    page.evaluate(NEXT_FRAMES)
    shown = set(page.evaluate("LS.app.shownEntries().map((e) => e.id)"))
    dim = set(page.eval_on_selector_all("#map .star.dim", "els => els.map((e) => e.dataset.id)"))
    assert 2 * len(shown) > len(every) and dim == every - shown and B.lifted(page) == set()
    page.check("#all-edges")
    assert page.evaluate(DIMMED_LINES) == 0                      # no line reaches a work the query missed
    page.uncheck("#all-edges")
    page.evaluate("LS.app.setQuery('video diffusion')")
    page.evaluate(NEXT_FRAMES)
    narrow = set(page.evaluate("LS.app.shownEntries().map((e) => e.id)"))
    assert 0 < 2 * len(narrow) < len(every) and B.lifted(page) == narrow
    assert page.locator("#map .star.dim").count() == 0
    page.evaluate("LS.app.setQuery('')")


def test_focus_leaves_the_map_untouched_without_a_trail(shared_page):
    page, _ = shared_page()
    B.wait_until(page, "Boolean(LS.map.starEl('dreamer'))")
    page.evaluate("""() => { window.__mapChanges = 0;
      new MutationObserver((r) => { window.__mapChanges += r.length; })
        .observe(document.getElementById('viewport'), { childList: true }); }""")
    page.evaluate("LS.map.hover('dreamer')")
    assert page.evaluate("document.querySelector('.map-focus').getAttribute('display')") == "inline"
    assert page.evaluate("document.querySelector('.tour-trail').parentNode.id") == "viewport"
    page.evaluate("LS.map.hover(null)")
    assert page.evaluate("window.__mapChanges") == 0


def test_a_pan_rewrites_no_family_name(shared_page):
    """Family names are placed every frame the view moves; a pan changes none of their attributes (in the
    map's own units), and a write of an unchanged value still lays the whole SVG out again. (The timeline's
    lane and year names are pinned to the screen's edges: a pan moves them.)"""
    page, _ = shared_page()
    B.settle(page, math=False)
    page.evaluate("""() => { window.__nameWrites = [];
      new MutationObserver((rs) => {
        for (const r of rs) window.__nameWrites.push(r.target.nodeName + ' ' + r.attributeName); })
        .observe(document.getElementById('viewport'), { attributes: true, subtree: true,
                 attributeFilter: ['x', 'y', 'font-size', 'style'] }); }""")
    page.evaluate("() => { const v = LS.camera.view; LS.camera.setView(v.k, v.x + 40, v.y + 10); }")
    page.evaluate(NEXT_FRAMES)
    page.evaluate("() => { const v = LS.camera.view; LS.camera.setView(v.k, v.x - 40, v.y - 10); }")
    page.evaluate(NEXT_FRAMES)
    assert page.evaluate("window.__nameWrites") == []


def test_a_star_paints_without_a_transform_of_its_own_and_still_grows_with_the_zoom(shared_page):
    """A star's dots stand at its coordinates (cx, cy), not in a moved group: a transform per star made a paint
    chunk per star (layerisation 20-28 ms a frame at 4,800 works). Only the label group is moved, and a hidden
    label paints nothing. Zoomed in, dots and label still grow with sqrt(zoom) (semantic zoom), and sit together."""
    page, _ = shared_page()
    page.evaluate("LS.map.fitTo(['dreamer'])")
    page.evaluate("(LS.camera || LS.map).zoomCenter(3)")  # zoomed in: stars grow less than the map (semantic zoom)
    B.wait_until(page, "getComputedStyle(document.querySelector('#map')).getPropertyValue('--ss') < 1")
    star = page.evaluate("""() => { const star = LS.map.starEl('dreamer'), css = (n) => getComputedStyle(n);
      const core = star.querySelector('circle.core'), group = star.querySelector('.star-label');
      const view = LS.map.view(), ss = +css(document.getElementById('map')).getPropertyValue('--ss');
      const dot = core.getBoundingClientRect(), text = group.querySelector('text').getBoundingClientRect();
      const moved = (n) => [n.getAttribute('transform'), css(n).transform];
      return { groups: [star, star.querySelector('.star-body')].map(moved), at: LS.map.position('dreamer'),
        dots: [...star.querySelectorAll('circle')].map((c) => [c.getAttribute('cx'), c.getAttribute('cy'),
          css(c).transform]),
        moved: group.getAttribute('transform'), scaled: css(group.querySelector('text')).transform,
        ss, k: view.k, dotPx: dot.width, gap: text.top - dot.bottom }; }""")
    assert star["groups"] == [[None, "none"], [None, "none"]], star["groups"]
    x, y = f"{star['at']['x']:.1f}", f"{star['at']['y']:.1f}"
    assert star["dots"] and all(d == [x, y, "none"] for d in star["dots"]), star["dots"]
    assert star["moved"] == f"translate({x},{y})"
    assert star["scaled"] == f"matrix({star['ss']}, 0, 0, {star['ss']}, 0, 0)"
    assert star["dotPx"] == pytest.approx(12 * star["ss"] * star["k"], abs=1)   # the core's diameter on screen
    assert 0 <= star["gap"] < 8, star                                              # its label just under it


def test_opening_the_hovered_work_keeps_its_raised_neighbourhood(shared_page):
    page, _ = shared_page()
    B.wait_until(page, "Boolean(LS.map.starEl('dreamer'))")
    page.evaluate("LS.map.hover('dreamer')")
    page.evaluate("window.__copy = document.querySelector('.map-focus .star[data-of=\"dreamer\"]')")
    assert page.evaluate("window.__copy !== null && !window.__copy.classList.contains('active')")
    page.evaluate("LS.app.openEntry('dreamer')")
    B.wait_until(page, "document.querySelector('#panel[data-id=\"dreamer\"]') !== null")
    # the same copy, now marked open: nothing was cloned again
    assert page.evaluate("window.__copy.isConnected && window.__copy.classList.contains('active')")
    assert not page.evaluate("LS.map.starEl('dreamer').classList.contains('active')")    # the map is untouched
    page.evaluate("LS.app.closeEntry()")
    B.wait_until(page, "!window.__copy.classList.contains('active')")
    assert page.evaluate("window.__copy.isConnected")
    page.evaluate("LS.map.hover(null)")


PANEL_BOX = """() => { const p = document.getElementById('panel'), s = getComputedStyle(p);
  return [p.hidden, s.display, s.visibility, s.viewTransitionName, p.getClientRects().length, p.children.length]; }"""


def test_a_closed_panel_keeps_an_unseen_box(shared_page):
    """Showing a display:none panel again made the browser lay out the whole map once after every zoom (20-45
    ms on a big map's first click); a closed panel keeps its empty box, unseen, and gives up its transition name
    (a closing Magic Move's ghost star takes it)."""
    page, _ = shared_page()
    assert page.evaluate(PANEL_BOX) == [True, "block", "hidden", "none", 1, 0]
    assert page.locator("#panel").is_hidden()
    page.evaluate("LS.app.openEntry('dreamer')")
    B.wait_until(page, "document.querySelector('#panel[data-id=\"dreamer\"]') !== null")
    opened = page.evaluate(PANEL_BOX)
    assert opened[:4] == [False, "block", "visible", "entry-panel"] and opened[5] > 0
    assert page.locator("#panel").is_visible()
    page.evaluate("LS.app.closeEntry()")
    B.wait_until(page, "document.getElementById('panel').hidden")
    assert page.evaluate(PANEL_BOX) == [True, "block", "hidden", "none", 1, 0]


# Per star: [id, marked off-view, its centre on screen or null when its body is not drawn, labelled].
STARS_SEEN = """() => { const m = document.getElementById('map').getBoundingClientRect();
  return [...document.querySelectorAll('#map .star')].map((g) => {
    const r = g.querySelector('circle.core').getBoundingClientRect();
    const inside = r.width > 0 && r.right > m.left && r.left < m.right && r.bottom > m.top && r.top < m.bottom;
    const drawn = r.width > 0 ? inside : null;
    return [g.dataset.id, g.classList.contains('off-view'), drawn, !g.classList.contains('nolabel')]; }); }"""


def test_only_what_is_in_view_is_drawn_and_a_star_out_of_view_is_still_reached_by_tab(shared_page):
    """Zoomed in, stars and lines well outside the view are not drawn (paint and hit-testing then cost what the
    screen shows); every star on screen is drawn, none out of view is labelled, and Tab still reaches a star
    out of view, which the view then reveals and draws."""
    page, _ = shared_page()
    page.evaluate("LS.map.edges && LS.map.fitTo(['dreamer'])")
    page.evaluate("LS.camera.zoomCenter(4)")
    page.evaluate(NEXT_FRAMES)
    stars = page.evaluate(STARS_SEEN)
    off = [s for s in stars if s[1]]
    assert off and len(off) < len(stars), "some stars are out of view, some in it"
    assert all(s[2] is None for s in off), "a star out of view is not drawn"
    assert all(s[2] is not None for s in stars if not s[1]), "every star not marked is drawn"
    assert not [s for s in stars if s[1] and s[3]], "no label for a star that is not drawn"
    onscreen = [s for s in stars if s[2]]
    assert onscreen and all(not s[1] for s in onscreen)
    lines = page.evaluate("""() => [...document.querySelectorAll('#map .edge.lineage')].map((p) =>
      [p.classList.contains('off-view'), p.getBoundingClientRect().width > 0])""")
    assert any(o for o, _ in lines) and all(not drawn for o, drawn in lines if o)
    # Tab from the star before one out of view lands on it, in the page's order, and brings it into view.
    ids = [s[0] for s in stars]
    target = next(i for i, s in enumerate(stars) if s[1] and i > 0 and not stars[i - 1][1])
    page.evaluate("(id) => LS.map.starEl(id).focus()", ids[target - 1])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.id") == ids[target]
    page.evaluate(NEXT_FRAMES)
    seen = {s[0]: s for s in page.evaluate(STARS_SEEN)}[ids[target]]
    assert seen[1] is False and seen[2] is True, seen
    page.evaluate("LS.map.fit()")
    page.evaluate(NEXT_FRAMES)
    assert page.evaluate("document.querySelectorAll('#map .off-view').length") == 0, "the whole map in view: all drawn"


def test_a_big_lift_lands_a_slice_per_frame_and_its_labels_follow(open_page, triple_url):
    """A query that lifts many works adds a slice of copies at once and the rest a slice per frame (a copy costs
    ~10 us a part to style: thousands at once made one long frame); once the last slice lands the labels are
    culled again, so the late copies are labelled as a fresh cull labels them. On the 3x page (723 works) with
    slices of 60, "2025" lifts 243 works in 5 slices."""
    page, _ = open_page(url=triple_url)
    B.settle(page, math=False)
    page.evaluate("LS.focus.SETTINGS.slice = 60")
    copies = "document.querySelectorAll('.map-focus .lit .star').length"
    first = page.evaluate(f"() => {{ LS.app.setQuery('2025'); return {copies}; }}")
    shown = set(page.evaluate("LS.app.shownEntries().map((e) => e.id)"))
    assert first == 60 and len(shown) > 4 * 60, (first, len(shown))
    B.wait_until(page, f"{copies} === {len(shown)}")
    assert B.lifted(page) == shown
    # Again, zoomed in on works of the last slice: a fresh cull labels some of them.
    late = page.evaluate("[...document.querySelectorAll('.map-focus .lit .star')].slice(-20).map((s) => s.dataset.of)")
    page.evaluate("LS.app.setQuery('')")
    page.evaluate("(ids) => LS.map.fitTo(ids.slice(0, 3))", late)
    page.evaluate("LS.app.setQuery('2025')")
    B.wait_until(page, f"{copies} === {len(shown)}")
    page.evaluate(NEXT_FRAMES)
    labelled = "[...document.querySelectorAll('.map-focus .lit .star:not(.nolabel)')].map((s) => s.dataset.of).sort()"
    settled = page.evaluate(labelled)
    page.evaluate("(() => { const v = LS.map.view(); LS.camera.setView(v.k, v.x + 0.01, v.y); })()")   # a fresh cull
    page.evaluate(NEXT_FRAMES)
    assert set(settled) & set(late) and settled == page.evaluate(labelled)
    page.evaluate("LS.app.setQuery('')")
    assert B.lifted(page) == set()


@pytest.mark.motion
def test_a_move_cut_short_by_another_leaves_no_dot_canvas_behind(open_page, triple_url):
    """Above 400 works the move between map and timeline draws its dots on a canvas. Going back before the move
    ends starts a new move: the first one's canvas goes with it (it stayed on screen, frozen over the map)."""
    page, _ = open_page(url=triple_url)
    B.settle(page, math=False)
    page.evaluate("""() => new Promise((done) => { LS.map.setMode('timeline');
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__canvases = document.querySelectorAll('canvas.morph-dots').length;
        LS.map.setMode('map').then(done); })); })""")
    assert page.evaluate("window.__canvases") == 1
    assert page.evaluate("document.querySelectorAll('canvas.morph-dots').length") == 0
    assert page.evaluate("document.getElementById('map').classList.contains('morphing')") is False
