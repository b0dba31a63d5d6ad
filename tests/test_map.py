"""The map at the field's size (issue 12): overview first, semantic zoom without overlaps, the edge
policy, focus, paths between works, the month timeline; on the real page and on a 3x page."""
from __future__ import annotations

from collections import deque

import browser as B
import pytest
from conftest import shot

pytestmark = pytest.mark.browser


# (in a search the works' labels are on their copies above the veil)
LABEL_SELECTOR = ("#map .star:not(.nolabel):not(.filtered) text, .map-focus .lit .star:not(.nolabel) text, "
                  "#map .fam-label, #map .lane-label, #map .year-label")
VISIBLE_LABELS = """() => [...document.querySelectorAll('""" + LABEL_SELECTOR + """')].map(t => { const r =
    t.getBoundingClientRect();
  return [t.textContent, r.left, r.top, r.right, r.bottom]; }).filter(b => b[3] > b[1])"""


LIFTED_EDGES = ("[...document.querySelectorAll('.map-focus .lit .edge')]"
                ".filter((p) => getComputedStyle(p).display !== 'none')"
                ".map((p) => [p.dataset.source, p.dataset.target])")
DRAWN_EDGES = "[...document.querySelectorAll('#map .edge')].filter(p => getComputedStyle(p).display !== 'none').length"
BEST_CONNECTED = "[...LS.index.links].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0][0]"


def overlapping(boxes, tol=0.5):
    boxes = sorted(boxes, key=lambda b: b[1])
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[1] >= a[3] - tol:
                break
            if a[2] < b[4] - tol and b[2] < a[4] - tol:
                pairs.append((a[0], b[0]))
    return pairs


def frame(page):
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def wheel_in(page, steps):
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.4, box["y"] + box["height"] * 0.4)
    for _ in range(steps):
        page.mouse.wheel(0, -240)
        frame(page)                     # each step drawn before the next (the handler redraws once per frame)


# Of the stars whose core is on screen: how many, and how many carry their label.
LABELLED_ON_SCREEN = """() => { const m = document.getElementById('map').getBoundingClientRect();
  const on = [...document.querySelectorAll('#map .star:not(.filtered)')].filter(g => {
    const r = g.querySelector('circle.core').getBoundingClientRect();
    return r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom; });
  return [on.length, on.filter(g => !g.classList.contains('nolabel')).length]; }"""


@pytest.mark.parametrize("which", ["real", "3x"])
def test_overview_labels_never_overlap_and_every_family_shows(open_page, triple_url, which):
    page, log = open_page(url=triple_url if which == "3x" else None)
    frame(page)
    m = page.locator("#map").bounding_box()
    fams = page.evaluate("""() => [...document.querySelectorAll('#map .fam-label')].map(t => {
        const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, r.height]; })""")
    assert len(fams) == 11
    for x0, y0, x1, y1, h in fams:         # on screen and readable
        assert m["x"] - 1 <= x0 and x1 <= m["x"] + m["width"] + 1 and m["y"] <= y0 and y1 <= m["y"] + m["height"]
        assert h >= 13
    labels = page.evaluate(VISIBLE_LABELS)
    # (a label stays inside its family's region, so the 3x page's crowded regions label fewer works)
    assert len(labels) > 11 + (11 if which == "real" else 8), "the overview labels the central works"
    assert overlapping(labels) == []
    drawn = page.evaluate(DRAWN_EDGES)
    assert drawn <= page.evaluate("LS.data.entries.length"), "the overview draws no more edges than works"
    shot(page, f"map-overview-{which}")
    shares = [page.evaluate(LABELLED_ON_SCREEN)]
    for steps in (3, 3):
        wheel_in(page, steps)
        labels = page.evaluate(VISIBLE_LABELS)
        assert overlapping(labels) == [], f"after zooming in {steps} more wheel steps"
        shares.append(page.evaluate(LABELLED_ON_SCREEN))
    (n0, l0), (n1, l1), _ = shares
    assert n1 < n0 and l1 / n1 > 2 * l0 / n0, f"closer, a far larger share of the stars is labelled: {shares}"
    assert all(labelled > 0 for _, labelled in shares), shares


def test_zooming_in_reveals_every_label(open_page):
    page, _ = open_page()
    page.evaluate("LS.map.fitTo(['dreamer', 'planet', 'dreamer4'])")
    frame(page)
    wheel_in(page, 8)
    frame(page)
    on_screen = page.evaluate("""() => { const m = document.getElementById('map').getBoundingClientRect();
      return [...document.querySelectorAll('#map .star')].filter(g => { const r =
          g.querySelector('circle.core').getBoundingClientRect();
        return r.left > m.left + 90 && r.right < m.right - 90 && r.top > m.top && r.bottom < m.bottom - 30; })
        .map(g => g.classList.contains('nolabel')); }""")
    assert on_screen and not any(on_screen), "close up, every star on screen has its label"


@pytest.mark.parametrize("which", ["real", "3x"])
def test_hovering_the_best_connected_work_shows_all_its_edges(open_page, triple_url, which):
    page, _ = open_page(url=triple_url if which == "3x" else None)
    best = page.evaluate(BEST_CONNECTED)
    page.evaluate(f"LS.map.fitTo(['{best}'])")
    frame(page)
    page.hover(f'#map .star[data-id="{best}"] circle.core', force=True)
    B.settle(page)
    edges = page.evaluate(f"""() => [...document.querySelectorAll('.map-focus .edge.hl')].filter(p =>
        p.dataset.source === '{best}' || p.dataset.target === '{best}').map(p => {{ const s = getComputedStyle(p);
        return [s.display, Number(s.strokeOpacity), s.stroke]; }})""")
    assert len(edges) == page.evaluate(f"LS.index.links.get('{best}').length") >= 10
    assert all(d != "none" and o > 0.9 for d, o, _ in edges), edges
    assert len({s for *_, s in edges}) > 1, "edges keep their type colours"
    assert not page.evaluate(f"document.querySelector('#map .star[data-id=\"{best}\"]').classList.contains('nolabel')")
    # Everything outside the 2-hop neighbourhood dims: a veil of the background colour covers the whole map,
    # and only the neighbourhood is drawn again above it.
    veil = page.evaluate("""() => { const v = document.querySelector('.map-focus .veil'), s = getComputedStyle(v);
        const r = v.getBoundingClientRect(), m = document.getElementById('map').getBoundingClientRect();
        return [getComputedStyle(v.ownerSVGElement).display, Number(s.fillOpacity), s.fill === getComputedStyle(
          document.querySelector('.map-view')).backgroundColor, r.left <= m.left && r.top <= m.top
          && r.right >= m.right && r.bottom >= m.bottom]; }""")
    assert veil[0] != "none" and veil[1] >= 0.8 and veil[2] and veil[3], veil
    raised = set(page.evaluate("[...document.querySelectorAll('.map-focus .star')].map(g => g.dataset.of)"))
    two_hops = {best} | {o for n in [best, *page.evaluate(f"LS.index.links.get('{best}').map(l => l.other)")]
                         for o in page.evaluate(f"LS.index.links.get('{n}').map(l => l.other)")}
    assert best in raised and raised <= two_hops and len(raised) < page.evaluate("LS.data.entries.length") / 2
    if which == "real":
        shot(page, "map-focus")


def test_a_press_on_the_pointed_star_keeps_its_raised_neighbourhood_when_focus_leaves_another(open_page):
    """Focus on one star, the pointer on another: the press that moves focus to the pointed star (and the
    click that opens it) keeps its neighbourhood's copies above the veil, not lowered and raised again."""
    page, _ = open_page()
    page.evaluate("LS.map.fitTo(['dreamer', 'muzero'])")
    frame(page)
    page.focus('#map .star[data-id="muzero"]')
    page.hover('#map .star[data-id="dreamer"] circle.core', force=True)
    B.settle(page)
    page.evaluate("window.__copy = document.querySelector('.map-focus .star[data-of=\"dreamer\"]')")
    assert page.evaluate("LS.focus.hovered()") == "dreamer"
    page.mouse.down()
    assert page.evaluate("document.activeElement.dataset.id") == "dreamer"
    assert page.evaluate("LS.focus.hovered()") == "dreamer", "focus leaving MuZero lowered the pointed star"
    page.mouse.up()
    B.settle(page)
    assert page.evaluate("LS.panel.current()") == "dreamer"
    assert page.evaluate("window.__copy.isConnected"), "the neighbourhood was lowered and raised again"
    assert "active" in page.evaluate("window.__copy.getAttribute('class')")


def bfs_length(edges, a, b):
    adj = {}
    for s, t, *_ in edges:
        adj.setdefault(s, []).append(t)
        adj.setdefault(t, []).append(s)
    seen, todo = {a: 0}, deque([a])
    while todo:
        x = todo.popleft()
        for y in adj.get(x, ()):
            if y not in seen:
                seen[y] = seen[x] + 1
                todo.append(y)
    return seen.get(b)


def test_path_between_two_works_is_shortest_and_worded(open_page, built):
    page, log = open_page("#dreamer4")
    B.settle(page, math=False)
    steps = page.evaluate("LS.paths.shortest('dreamer4', 'planet')")
    assert [s["from"] for s in steps][0] == "dreamer4" and steps[-1]["to"] == "planet"
    assert all(a["to"] == b["from"] for a, b in zip(steps, steps[1:]))
    edges = built[1].edges
    for s in steps:           # every step is a real edge, read in its direction
        e = page.evaluate(f"LS.data.edges[{s['edge']}]")
        assert {e[0], e[1]} == {s["from"], s["to"]} and e[2] == s["type"] and s["out"] == (e[0] == s["from"])
    assert len(steps) == bfs_length(edges, "dreamer4", "planet")
    for a, b in (("muzero", "genie3"), ("sora", "vjepa2"), ("planet", "gaia2")):
        got = page.evaluate(f"(LS.paths.shortest('{a}', '{b}') || []).length")
        assert got == bfs_length(edges, a, b), (a, b)
    page.focus("#panel .relate select")
    page.select_option("#panel .relate select", "planet")
    text = page.text_content("#panel .path-words")
    # One sentence per step, each with its type and the newer work's reason.
    assert text.startswith("Dreamer 4")
    for s in steps:
        reason = page.evaluate(f"LS.data.edges[{s['edge']}][3]")
        label = page.evaluate(f"LS.index.edgeType.get('{s['type']}').label")
        assert reason in text and label in text, (reason, text)
    frame(page)
    assert page.locator(".map-focus .edge.on-path").count() == len(steps)
    assert page.locator(".map-focus .star.on-path").count() == len(steps) + 1
    assert page.evaluate("[...document.querySelectorAll('.map-focus .star.on-path')]"
                         ".every(g => !g.classList.contains('nolabel'))")
    shot(page, "map-path")
    assert log.errors == []


def test_compare_lists_how_two_works_relate(open_page):
    page, _ = open_page("#?cmp=dreamer4,planet")
    cell = page.locator('#compare [data-field="How they relate"]')
    assert cell.locator(".path-words").text_content().startswith("Dreamer 4")
    cell.locator("button").click()
    assert page.locator("#compare").is_hidden()
    frame(page)
    assert page.locator(".map-focus .edge.on-path").count() >= 1


def test_show_all_connections_and_type_toggles(open_page, built):
    page, _ = open_page()
    shown = DRAWN_EDGES
    rest = page.evaluate(shown)
    page.check("#all-edges")
    assert page.evaluate(shown) == len(built[1].edges) > rest
    assert "edges=all" in page.evaluate("location.hash")
    page.click('#edge-toggles [data-edge-type="alternative_to"]')
    n_alt = sum(1 for e in built[1].edges if e.type == "alternative_to")
    assert page.evaluate(shown) == len(built[1].edges) - n_alt
    page.uncheck("#all-edges")
    assert page.evaluate(shown) == rest


def test_a_search_made_before_showing_all_connections_applies_to_every_line(open_page, built):
    """Hidden lines get their state only when they show: turning all connections on after a search must still
    show exactly the lines between two matches."""
    page, _ = open_page("#?q=genie")
    page.check("#all-edges")
    matched = B.lifted(page)
    expect = sorted((e.source, e.target) for e in built[1].edges if e.source in matched and e.target in matched)
    assert len(matched) >= 3 and len(expect) >= 2
    assert sorted(map(tuple, page.evaluate(LIFTED_EDGES))) == expect
    page.fill("#search-input", "")
    assert page.evaluate(DRAWN_EDGES) == len(built[1].edges)


def test_lines_are_never_drawn_through_hidden_stars(open_page, built):
    page, _ = open_page("#?from=2024&to=2024&edges=all")
    bad = page.evaluate("""() => [...document.querySelectorAll('#map .edge')].filter(p =>
        getComputedStyle(p).display !== 'none')
        .filter(p => [p.dataset.source, p.dataset.target].some(id =>
          getComputedStyle(document.querySelector('#map .star[data-id="' + id + '"]')).display === 'none')).length""")
    assert bad == 0
    B.set_hash(page, "#?q=jepa&edges=all")     # every line drawn: above the veil, only those between two matches
    frame(page)
    lit, lines = B.lifted(page), page.evaluate(LIFTED_EDGES)
    leaving = [e for e in built[1].edges if (e.source in lit) != (e.target in lit)]
    assert len(lit) >= 5 and B.veiled(page) and len(lines) >= 3 and leaving
    assert all(s in lit and t in lit for s, t in lines)


def test_phone_overview_shows_every_family_and_a_tap_zooms_to_it(open_page):
    page, log = open_page(phone=True)
    frame(page)
    m = page.locator("#map").bounding_box()
    fams = page.evaluate("""() => [...document.querySelectorAll('#map .fam-region')].map(r => {
        const b = r.getBoundingClientRect(); return [r.parentNode.dataset.family, b.left, b.top, b.right,
            b.bottom]; })""")
    assert len(fams) == 11
    for _, x0, y0, x1, y1 in fams:
        assert m["x"] - 1 <= x0 and x1 <= m["x"] + m["width"] + 1
        assert m["y"] - 1 <= y0 and y1 <= m["y"] + m["height"] + 1
    assert overlapping(page.evaluate(VISIBLE_LABELS)) == []
    shot(page, "map-phone")
    key, x0, y0, x1, y1 = fams[4]
    k0 = page.evaluate("LS.map.view().k")
    page.touchscreen.tap(x0 + 3, (y0 + y1) / 2)       # the region's margin, off any star
    frame(page)
    assert page.evaluate("LS.map.view().k") > 1.5 * k0
    assert page.locator("#panel").is_hidden()
    assert log.errors == []


@pytest.mark.parametrize("phone", [False, True])
def test_timeline_labels_are_readable_and_never_overlap(open_page, phone):
    page, log = open_page("#?view=timeline", phone=phone, reduced=True)
    frame(page)
    labels = page.evaluate(VISIBLE_LABELS)
    assert overlapping(labels) == [], "star labels, lane names and years never overprint"
    sizes = page.evaluate("[...document.querySelectorAll('#map .star:not(.nolabel) text')]"
                          ".map(t => t.getBoundingClientRect().height)")
    assert len(sizes) >= (12 if phone else 20) and min(sizes) >= 13
    m = page.locator("#map").bounding_box()
    cut = [b[0] for b in labels if b[1] < m["x"] - 1 and b[3] > m["x"]]
    assert cut == [], "no label cut at the left edge"
    shot(page, "timeline-phone" if phone else "timeline-desktop")
    assert log.errors == []


def test_many_search_matches_still_never_overlap(open_page):
    page, _ = open_page()
    page.fill("#search-input", "video")
    page.keyboard.press("Tab")
    frame(page)
    matched = page.locator("#map .star:not(.nolabel):not(.dim):not(.filtered), "
                           ".map-focus .lit .star:not(.nolabel)").count()
    assert matched >= 10
    assert overlapping(page.evaluate(VISIBLE_LABELS)) == []


# The colours of a screenshot, read back in the page: how far the farthest pixel is from the first one.
SPREAD = """async (b64) => { const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
  const c = document.createElement('canvas'); [c.width, c.height] = [img.width, img.height];
  const g = c.getContext('2d'); g.drawImage(img, 0, 0); const d = g.getImageData(0, 0, c.width, c.height).data;
  let far = 0;
  for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) far = Math.max(far, Math.abs(d[i + k] - d[k]));
  return far; }"""


def test_a_search_keeps_the_family_names_above_its_veil_and_a_hidden_family_hidden(open_page):
    """The veil dims the works a search did not find; the families' names and boxes are drawn again above it
    (the timeline's years and lanes too), but never a family the reader hid."""
    import base64
    page, _ = open_page("#?q=dreamer")
    frame(page)
    guides = page.evaluate("[...document.querySelector('.map-focus > g').children]"
                           ".map((n) => n.getAttribute('href') || n.getAttribute('class'))")
    assert guides[:4] == ["veil", "#map-families", "#map-axis", "lit"], guides
    box = page.locator('#map .family[data-family="Latent"] .fam-region').bounding_box()
    shown = page.screenshot(clip=box)
    assert page.evaluate(SPREAD, base64.b64encode(shown).decode()) > 60       # its name and stars, above the veil
    B.set_hash(page, "#?q=dreamer&hide=Latent")
    frame(page)
    assert B.veiled(page)
    hidden = page.screenshot(clip=box)
    assert page.evaluate(SPREAD, base64.b64encode(hidden).decode()) <= 8      # nothing of it: plain background


# Each line copied above the veil against its line in the map: does it take the same course?
SAME_COURSE = ("[...document.querySelectorAll('.map-focus .lit .edge')].map((c) => c.getAttribute('d') === "
               "document.querySelector('#map .edge[data-i=\"' + c.dataset.i + '\"]').getAttribute('d'))")


def test_the_lines_a_search_lifts_follow_their_stars_onto_the_timeline(open_page):
    page, _ = open_page("#?q=genie")
    for view in ("map", "timeline", "map"):
        if page.evaluate("LS.state.view") != view:
            page.click(f'.views [data-view="{view}"]')
        B.settle(page, math=False)
        same = page.evaluate(SAME_COURSE)
        assert len(same) >= 2 and all(same), (view, same)
