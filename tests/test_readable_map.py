"""Issue 21, round 3: the map and the timeline stay readable at every width and zoom, measured as boxes
in a real browser: a piecewise time axis whose Fit shows everything without overprinting, family names
that never cover a star, a label or each other, a Fit clear of the zoom buttons, and labels that keep
their size when zooming in."""
from __future__ import annotations

import copy

import pytest
from conftest import shot
from test_map import frame, overlapping

import gen_landscape as G

TEXT_BOXES = """() => [...document.querySelectorAll(
    '#map .star:not(.nolabel):not(.filtered) text:not(.new-badge), #map .fam-label, #map .lane-label,' +
    ' #map .year-label, #map .axis-break')]
  .filter(t => getComputedStyle(t).display !== 'none' && t.closest('g').style.display !== 'none')
  .map(t => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; })
  .filter(b => b[3] > b[1])"""
DOTS = """() => [...document.querySelectorAll('#map .star:not(.filtered) circle.core')].map(c => {
  const r = c.getBoundingClientRect(); return [c.closest('.star').dataset.id, r.left, r.top, r.right, r.bottom]; })"""


def hits(texts, boxes, tol=0.5):
    """(text, box) pairs that intersect."""
    return [(t[0], b[0]) for t in texts for b in boxes
            if t[1] < b[3] - tol and b[1] < t[3] - tol and t[2] < b[4] - tol and b[2] < t[4] - tol]


def open_at(open_page, width, height, fragment="", url=None, dark=False):
    page, log = open_page(fragment, url=url, reduced=True, dark=dark)
    page.set_viewport_size({"width": width, "height": height})
    frame(page)
    page.evaluate("new Promise(r => setTimeout(r, 50))")      # the ResizeObserver's home() ran
    frame(page)
    return page, log


def wheel(page, steps, sign=-1):
    box = page.locator("#map").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.5)
    for _ in range(steps):
        page.mouse.wheel(0, sign * 240)
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] - 2)    # off the stars: a hovered star's label always shows
    frame(page)


def assert_timeline_clean(page, where):
    texts = page.evaluate(TEXT_BOXES)
    assert overlapping(texts) == [], f"{where}: years, breaks, lane names and labels never overprint"
    dots = page.evaluate(DOTS)
    assert hits(texts, dots) == [], f"{where}: no text covers a star"
    m = page.locator("#map").bounding_box()
    axis = [t for t in texts if t[0][:2] in ("19", "20", "//") and len(t[0]) in (2, 4)]
    assert all(m["x"] - 1 <= t[1] and t[3] <= m["x"] + m["width"] + 1 for t in axis), f"{where}: no year cut at an edge"


@pytest.mark.parametrize("width,height", [(1440, 900), (1024, 768), (390, 844), (320, 640)])
def test_timeline_fit_shows_the_whole_field_without_overprinting(open_page, width, height):
    page, log = open_at(open_page, width, height, "#?view=timeline")
    page.click("#zoom-fit")
    frame(page)
    assert_timeline_clean(page, f"Fit at {width}")
    first = page.evaluate("LS.data.entries.reduce((a, e) => e.date < a.date ? e : a).id")
    dot = [d for d in page.evaluate(DOTS) if d[0] == first][0]
    m = page.locator("#map").bounding_box()
    assert m["x"] <= dot[1] and dot[3] <= m["x"] + m["width"], "the oldest work is on screen"
    # the empty decades are one marked break; the crowded years get the room
    breaks = page.evaluate("[...document.querySelectorAll('#map .axis-break')].map(b => b.dataset.gap)")
    assert "1991-2014" in breaks
    cols = page.evaluate("Object.fromEntries([...LS.timeline.layout().years].map(([y, c]) => [y, c.w]))")
    assert cols["2025"] >= 3 * cols["1990"]
    full = page.evaluate("LS.timeline.layout().width")
    assert sum(w for y, w in cols.items() if int(y) >= 2021) > 0.5 * full, "the last years take most of the axis"
    if width >= 1024:       # a desktop's Fit reads: the crowded years, every lane name, labels
        texts = page.evaluate(TEXT_BOXES)
        names = {t[0] for t in texts}
        # the one-work year 1990 keeps its label where its narrow column has room for it (1440, not 1024)
        assert {"2024", "2025"} | ({"1990"} if width >= 1440 else set()) <= names
        assert all(f["label"] in names for f in page.evaluate("LS.data.families"))
    for steps, sign in ((3, -1), (4, -1), (9, 1)):            # and at any zoom
        wheel(page, steps, sign)
        assert_timeline_clean(page, f"{width} after {steps} wheel steps {'in' if sign < 0 else 'out'}")
    shot(page, f"timeline-fit-{width}")
    assert log.errors == []


def family_text_problems(page):
    """Family names that cover a star, a label or another name, or leave their region."""
    fams = page.evaluate("""() => [...document.querySelectorAll('#map .family')].filter(g =>
        g.querySelector('.fam-label').style.display !== 'none' && !g.classList.contains('filtered')).map(g => {
      const t = g.querySelector('.fam-label').getBoundingClientRect();
      const r = g.querySelector('rect').getBoundingClientRect();
      return [g.dataset.family, t.left, t.top, t.right, t.bottom, [r.left, r.top, r.right, r.bottom]]; })""")
    rings = page.evaluate("""() => [...document.querySelectorAll('#map .star:not(.filtered) circle.ring')].map(c => {
      const r = c.getBoundingClientRect(); const id = c.closest('.star').dataset.id;
      return [id, r.left, r.top, r.right, r.bottom]; })""")
    labels = [t for t in page.evaluate(TEXT_BOXES) if t[0] not in {f[0] for f in fams}]
    labels = [t for t in labels if not any(t[1:] == f[1:5] for f in fams)]
    out = hits(fams, rings) + hits(fams, labels) + overlapping([f[:5] for f in fams])
    out += [(f[0], "its region") for f in fams if not (f[5][0] - 0.5 <= f[1] and f[3] <= f[5][2] + 0.5
                                                      and f[5][1] - 0.5 <= f[2] and f[4] <= f[5][3] + 0.5)]
    return out, len(fams)


@pytest.mark.parametrize("width,height,dark", [(1440, 900, False), (1280, 800, True), (1024, 768, False),
                                               (390, 844, True), (320, 640, False)])
def test_family_names_never_cover_a_star_a_label_or_each_other(open_page, width, height, dark):
    page, log = open_at(open_page, width, height, dark=dark)
    problems, shown = family_text_problems(page)
    assert problems == []
    assert shown == 11, "every name shows on the whole-map view, from a 320 px phone up"
    for steps in (2, 4):
        wheel(page, steps)
        assert family_text_problems(page)[0] == [], f"after zooming in {steps} more"
    shot(page, f"map-names-{width}-{'dark' if dark else 'light'}")
    assert log.errors == []


def test_a_new_one_work_family_shows_its_star_and_its_name(open_page, real_spec, tmp_path):
    spec = copy.deepcopy(real_spec)
    spec["families"] = list(spec["families"]) + [("Solo", "A Brand-New Single-Work Family", "#7c3aed")]
    one = dict(next(e for e in spec["entries"] if e["id"] == "dreamer"), id="solo", name="Solo model", short="Solo",
               family="Solo", date="2025-06")
    one.pop("aliases", None)
    spec["entries"] = list(spec["entries"]) + [one]
    html, _ = G.build(spec)
    path = tmp_path / "solo.html"
    path.write_text(html, encoding="utf-8")
    for width, height in ((1440, 900), (390, 844)):
        page, _ = open_at(open_page, width, height, url=path.as_uri())
        problems, _ = family_text_problems(page)
        assert problems == [], f"at {width}"
        assert page.evaluate("document.querySelector('#map [data-family=\"Solo\"] .fam-label').style.display") != "none"


@pytest.mark.parametrize("width,height", [(1440, 900), (1280, 800), (390, 844)])
@pytest.mark.parametrize("fragment", ["", "#?view=timeline"])
def test_fit_leaves_the_zoom_buttons_clear(open_page, width, height, fragment):
    page, _ = open_at(open_page, width, height, fragment)
    page.click("#zoom-fit")
    frame(page)
    buttons = page.evaluate("""() => [...document.querySelectorAll('.zoom-controls button')].map(b => {
        const r = b.getBoundingClientRect(); return [b.id, r.left, r.top, r.right, r.bottom]; })""")
    stars = page.evaluate(DOTS)
    assert hits(page.evaluate(TEXT_BOXES), buttons) == [], "no label under a zoom button"
    assert hits(stars, buttons) == [], "no star under a zoom button"
    if not fragment:        # the map's regions too
        regions = page.evaluate("""() => [...document.querySelectorAll('#map .fam-region')].map(r => {
            const b = r.getBoundingClientRect();
            return [r.parentNode.dataset.family, b.left, b.top, b.right, b.bottom]; })""")
        assert hits(regions, buttons) == []


def test_zooming_in_keeps_labels_readable_not_huge(open_page):
    page, log = open_at(open_page, 1440, 900)
    sizes = []
    for steps in (10, 40):          # 10 wheel notches, then the maximum zoom
        wheel(page, steps)
        page.evaluate("new Promise(r => setTimeout(r, 50))")
        frame(page)
        k = page.evaluate("LS.map.view().k")
        label = page.evaluate("""() => Math.max(...[...document.querySelectorAll('#map .star:not(.nolabel) text')]
            .map(t => t.getBoundingClientRect().height))""")
        core = page.evaluate("""() => Math.max(...[...document.querySelectorAll('#map .star circle.core')]
            .map(c => c.getBoundingClientRect().width))""")
        fam = page.evaluate("""() => Math.max(...[...document.querySelectorAll('#map .fam-label')]
            .filter(t => t.style.display !== 'none').map(t => parseFloat(getComputedStyle(t).fontSize) *
              t.getScreenCTM().a), 0)""")
        sizes.append((k, label, core, fam))
        assert 13 <= label <= 17, f"a label stays ~13 px at zoom {k:.2f}"
        assert core <= 12 * max(1, k) ** 0.5 + 1, f"a star grows with sqrt(zoom) at most (zoom {k:.2f})"
        assert fam <= 19
    assert sizes[-1][0] >= 7, "the maximum zoom was reached"
    assert log.errors == []


def test_the_phone_timeline_opens_on_readable_latest_years(open_page):
    page, _ = open_page("#?view=timeline", phone=True, reduced=True)
    frame(page)
    assert page.evaluate("LS.map.view().k") >= 0.9
    assert_timeline_clean(page, "phone home")


