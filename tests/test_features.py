"""Find, filter and compare: search, facets, timeline, list, compare, stats, exports, URL state, print."""
from __future__ import annotations

import csv
import io
import json
import re

import browser as B
import pytest
from conftest import shot

pytestmark = pytest.mark.browser


def visible_ids(page):
    return set(page.eval_on_selector_all("#map .star:not(.filtered)", "els => els.map(e => e.dataset.id)"))


def matched_ids(page):
    """The works drawn above the veil as matches (see browser.lifted)."""
    return B.lifted(page)


def shown_count(page):
    return int(page.inner_text("#shown-count"))


def test_search_ranks_highlights_and_lists(open_page, built):
    page, log = open_page()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search-input"
    page.keyboard.type("dreamer")
    first = page.locator("#search-results li").first
    assert first.get_attribute("data-id") in {"dreamer", "dreamer4", "daydreamer"}
    assert first.locator("mark").count() >= 1
    matches = matched_ids(page)
    assert {"dreamer", "dreamer4", "daydreamer"} <= matches
    assert matches == set(page.evaluate("LS.search.run(LS.state.q).map((m) => m.id)"))   # each match, only them
    assert B.veiled(page)                                                                   # the rest dimmed
    assert shown_count(page) == len(matches)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.locator('#search-results li[aria-selected="true"]').get_attribute("data-id")
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#panel[data-id="{second}"]')
    assert log.errors == []


def test_search_finds_authors_and_paper_titles(open_page):
    page, _ = open_page()
    page.fill("#search-input", "schrittwieser")
    assert "muzero" in matched_ids(page)
    page.fill("#search-input", "video generation models as world simulators")
    assert "sora" in matched_ids(page)


def test_escape_clears_the_search(open_page, built):
    page, _ = open_page()
    page.fill("#search-input", "genie")
    page.keyboard.press("Escape")
    assert page.input_value("#search-input") == ""
    assert matched_ids(page) == set() and not B.veiled(page)
    assert shown_count(page) == len(built[1].entries)


def test_facets_combine_with_search_and_reset(open_page, built):
    page, _ = open_page()
    page.click('#family-toggles [data-family="Latent"]')
    assert not any(e.family == "Latent" for e in built[1].entries if e.id in visible_ids(page))
    page.fill("#year-from", "2024")
    page.dispatch_event("#year-from", "change")
    expect = {e.id for e in built[1].entries if e.family != "Latent" and e.year >= 2024}
    assert visible_ids(page) == expect and shown_count(page) == len(expect)
    page.fill("#search-input", "driving")
    assert shown_count(page) == len(matched_ids(page) & expect)
    page.click("#reset-filters")
    assert shown_count(page) == len(built[1].entries)


def test_year_chart_click_filters_that_year(open_page, built):
    page, _ = open_page()
    page.click('#year-chart .bar-hit[data-year="2024"]')
    expect = {e.id for e in built[1].entries if e.year == 2024}
    assert visible_ids(page) == expect
    page.click('#year-chart .bar-hit[data-year="2024"]')
    assert len(visible_ids(page)) == len(built[1].entries)


@pytest.mark.motion
def test_timeline_puts_stars_at_their_month_and_back(open_page, built):
    page, log = open_page()
    home = page.evaluate("LS.map.position('dreamer')")
    page.click('.views [data-view="timeline"]')
    B.settle(page, math=False)                          # the morph has ended
    xs = page.evaluate("Object.fromEntries(LS.data.entries.map(e => "
                       "[e.id, [e.date, LS.map.position(e.id).x, LS.map.position(e.id).y]]))")
    by_date = {}
    for date, x, _ in xs.values():
        by_date.setdefault(date, set()).add(round(x, 3))
    assert all(len(v) == 1 for v in by_date.values()), "one x per month"
    dates = sorted(by_date)
    ordered = [next(iter(by_date[d])) for d in dates]
    assert ordered == sorted(ordered) and len(set(ordered)) == len(dates), "x grows with the month"
    cols = page.evaluate("Object.fromEntries([...LS.timeline.layout().years].map(([y, c]) => [y, c.w]))")
    for dec in [d for d in dates if d.endswith("-12") and d[:4] + "-01" in by_date]:   # a year's months span its column
        gap = next(iter(by_date[dec])) - next(iter(by_date[dec[:4] + "-01"]))
        assert abs(gap - cols[dec[:4]] * 11 / 12) < 0.2
    transform = page.get_attribute('#map .star[data-id="dreamer"] .star-label', "transform")
    assert transform == f"translate({xs['dreamer'][1]:.1f},{xs['dreamer'][2]:.1f})"
    lanes = {}
    for e in built[1].entries:          # one lane per family: ys of two families never interleave
        lanes.setdefault(e.family, []).append(xs[e.id][2])
    spans = sorted((min(v), max(v)) for v in lanes.values())
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
    shot(page, "timeline-light")
    page.click('.views [data-view="map"]')
    B.settle(page, math=False)
    assert page.evaluate("LS.map.position('dreamer')") == home


def test_timeline_switches_instantly_under_reduced_motion(open_page):
    page, _ = open_page(reduced=True)
    page.click('.views [data-view="timeline"]')
    x = page.evaluate("LS.map.position('muzero').x")
    assert x == page.evaluate("LS.timeline.layout().pos.get('muzero').x")


def test_list_view_sorts_and_opens(open_page, built):
    page, _ = open_page("#?view=list")
    rows = page.locator("#entry-table tbody tr")
    assert rows.count() == len(built[1].entries)
    dates = page.eval_on_selector_all("#entry-table tbody td:nth-child(3)", "els => els.map(e => e.dataset.date)")
    assert dates == sorted(dates)
    page.click('#entry-table [data-sort="name"]')
    names = page.eval_on_selector_all("#entry-table tbody td:first-child", "els => els.map(e => e.textContent)")
    assert names == sorted(names, key=lambda s: s.lower()) or names == sorted(names)
    assert page.get_attribute("#entry-table th:first-child", "aria-sort") == "ascending"
    page.click('#entry-table [data-sort="name"]')
    assert page.get_attribute("#entry-table th:first-child", "aria-sort") == "descending"
    page.locator("#entry-table tbody tr").first.locator("td:first-child button").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden])")
    shot(page, "list-light")


def test_compare_from_a_panel_side_by_side_with_math(open_page, built):
    page, log = open_page("#dreamer", wait_math=True)
    page.focus("#panel .compare-pick select")  # options go in when a picker is about to be used
    page.select_option("#panel .compare-pick select", "muzero")
    page.wait_for_selector("#compare:not([hidden])")
    assert re.search(r"cmp=dreamer(%2C|,)muzero", page.evaluate("location.hash"))
    text = page.inner_text("#compare")
    for e in built[1].entries:
        if e.id in ("dreamer", "muzero"):
            assert e.name in text and e.when in text and e.pros[0] in text and e.cons[0] in text
    B.wait_until(page, "document.querySelectorAll('#compare mjx-container').length === 2", timeout=15)
    page.select_option("#compare .compare-head select", "iris")
    assert page.locator("#compare .compare-grid h3").count() == 3
    shot(page, "compare-light")
    page.keyboard.press("Escape")
    page.wait_for_selector("#compare", state="hidden")
    assert log.errors == []


def download(page, kind):
    with page.expect_download() as info:
        page.click(f'[data-export="{kind}"]')
    d = info.value
    return d.suggested_filename, open(d.path(), encoding="utf-8").read()


def test_exports_match_the_shown_entries(open_page, built):
    page, _ = open_page()
    page.click('#family-toggles [data-family="Position"]')           # hide one family
    shown = [e for e in built[1].entries if e.family != "Position"]
    name, text = download(page, "json")
    assert name.endswith(f"-{len(shown)}-entries.json")
    data = json.loads(text)
    assert sorted(e["id"] for e in data["entries"]) == sorted(e.id for e in shown)
    dates = [e["date"] for e in data["entries"]]
    assert dates == sorted(dates)                       # the list's order (default: release date)
    math = {e.id: e.math for e in shown}
    assert all(e["math"] == math[e["id"]] for e in data["entries"])
    assert data["entries"][0]["papers"][0]["title"]
    name, text = download(page, "csv")
    assert text.startswith("\ufeff")                   # the byte-order mark Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:3] == ["id", "name", "short"] and len(rows) == len(shown) + 1
    assert {r[0] for r in rows[1:]} == {e.id for e in shown}
    name, text = download(page, "bib")
    assert name.endswith(".bib")
    keys = re.findall(r"^@(?:misc|article|inproceedings)\{([^,]+),", text, re.M)
    assert set(keys) == {k for e in shown for k in e.papers}
    unescaped = re.sub(r"\\[{}]", "", text)
    assert unescaped.count("{") == unescaped.count("}")


def test_url_state_restores_and_back_forward_step(open_page, page_url):
    page, _ = open_page("#iris?q=token&view=list&hide=Driving&from=2020&mine=0")
    assert page.input_value("#search-input") == "token"
    assert page.locator("#list-view").is_visible()
    assert page.get_attribute('#family-toggles [data-family="Driving"]', "aria-pressed") == "false"
    page.wait_for_selector('#panel[data-id="iris"]')
    rows = set(page.eval_on_selector_all("#entry-table tbody tr", "els => els.map(e => e.dataset.id)"))
    assert rows and all(page.evaluate(f"LS.index.byId.get('{r}').year") >= 2020 for r in rows)
    page.keyboard.press("Escape")
    page.click('.views [data-view="timeline"]')
    assert "view=timeline" in page.evaluate("location.hash")
    page.go_back()
    page.wait_for_selector("#list-view:not([hidden])")
    page.go_back()
    page.wait_for_selector('#panel[data-id="iris"]:not([hidden])')
    page.go_forward()
    page.wait_for_selector("#panel", state="hidden")



def test_typing_writes_the_url_once_the_keys_pause(open_page):
    """A history write costs ~1 ms a keystroke on a big page: the query reaches the URL when typing pauses, as one
    edit of the current step (no new one); a reload then finds it."""
    page, _ = open_page()
    steps = page.evaluate("history.length")
    writes = page.evaluate("""() => { window.__writes = 0; const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => { window.__writes++; return replace(...args); };
      const box = document.getElementById('search-input');
      for (const q of ['d', 'dr', 'dre', 'drea', 'dream', 'dreamer']) {      // six keystrokes in one go
        box.value = q; box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return window.__writes; }""")
    assert writes == 0 and "q=" not in page.evaluate("location.hash")
    B.wait_until(page, "location.hash === '#?q=dreamer'")            # once the keys pause
    assert page.evaluate("window.__writes") == 1 and page.evaluate("history.length") == steps
    page.reload()
    assert page.input_value("#search-input") == "dreamer"

def test_print_stylesheet_prints_a_clean_list(open_page, built):
    page, _ = open_page()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator("#map-view").is_hidden()
    assert page.locator(".print-entry").count() == len(built[1].entries)
    names = page.eval_on_selector_all(".print-entry h2", "els => els.map(e => e.textContent)")
    assert sorted(names) == sorted(e.name for e in built[1].entries)


# What only each view shows: the map its family regions, the timeline its year axis (both live in #map-view).
VIEW_SHOWS = {"map": "#map .fam-label", "timeline": "#map .year-label", "list": "#entry-table tbody tr",
              "gallery": ".gallery-card canvas"}
SHOWN = """(sel) => [...document.querySelectorAll(sel)].filter((n) => { const r = n.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden'; }).length"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_view_renders_in_both_themes(open_page, dark):
    page, log = open_page(dark=dark)
    theme = "dark" if dark else "light"
    for view in ("timeline", "list", "gallery", "map"):
        page.click(f'.views [data-view="{view}"]')
        B.settle(page, math=False)
        assert page.get_attribute(f'.views [data-view="{view}"]', "aria-pressed") == "true"
        for other, selector in VIEW_SHOWS.items():       # this view's own content shows, no other's
            n = page.evaluate(SHOWN, selector)
            assert (n > 0) == (other == view), (view, other, n)
        shot(page, f"view-{view}-{theme}")
