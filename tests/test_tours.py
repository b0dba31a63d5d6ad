"""Guided tours and "Read first": data rules, validation messages, and the tour as a reader walks it."""
from __future__ import annotations

import re
from pathlib import Path

import browser as B
import pytest
from conftest import shot

import gen_landscape as G
import gen_worldmodel as W

ENTRY_BY_ID = {e["id"]: e for e in W.P}


# ----------------------------------------------------------------------------- data

def test_at_least_six_tours_of_five_to_ten_steps():
    assert len(W.TOURS) >= 6
    for tour in W.TOURS:
        assert 5 <= len(tour["steps"]) <= 10, tour["id"]
        assert tour["title"].strip() and tour["summary"].strip()


@pytest.mark.parametrize("tour", W.TOURS, ids=lambda t: t["id"])
def test_narration_is_the_tours_own_words(tour):
    ids = [s[0] for s in tour["steps"]]
    assert len(ids) == len(set(ids)), "an entry appears once per tour"
    for entry_id, narration in tour["steps"]:
        entry = ENTRY_BY_ID[entry_id]
        assert narration.strip() and narration != entry["tagline"] and narration not in entry["simple"]
        assert 1 <= len(re.findall(r"[.!?](\s|$)", narration)) <= 3, (entry_id, "one or two sentences")


def test_real_tours_validate():
    ls = G.validate(W.spec())
    assert [t.id for t in ls.tours] == [t["id"] for t in W.TOURS]


# ----------------------------------------------------------------------------- validation

def tour(**kw):
    return dict(dict(id="t1", title="A tour", summary="Why.", steps=[("alpha", "First."), ("beta", "Then.")]), **kw)


@pytest.mark.parametrize("bad,message", [
    (tour(steps=[("alpha", "First."), ("nobody", "Then.")]),
     "tour 't1': step 2: field 'entry' names unknown entry 'nobody'"),
    (tour(steps=[("alpha", "First."), ("alpha", "Again.")]), "tour 't1': step 2: field 'entry' repeats 'alpha'"),
    (tour(steps=[("alpha", "  ")]), "tour 't1': step 1: field 'narration' is empty"),
    (tour(steps=[("alpha",)]), "tour 't1': step 1: must be an (entry id, narration) pair"),
    (tour(steps=[]), "tour 't1': field 'steps' must be a non-empty list"),
    (tour(id="Bad Id"), "tour 'Bad Id': field 'id' must be a slug"),
    (tour(title=""), "tour 't1': field 'title' must be non-empty text"),
    (tour(colour="red"), "tour 't1': field 'colour' is not a known field"),
])
def test_tour_problems_name_the_tour_and_step(spec, bad, message):
    spec["tours"] = [bad]
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    assert any(p.startswith(message) for p in err.value.problems), err.value.problems


def test_duplicate_tour_ids_are_named(spec):
    spec["tours"] = [tour(), tour()]
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    assert "tour 't1': field 'id' is duplicated" in err.value.problems


def test_lineage_only_on_directed_types(spec):
    spec["edge_types"][1]["lineage"] = True          # alternative_to is undirected
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    assert any("edge type 'alternative_to': field 'lineage'" in p for p in err.value.problems)


def test_no_tours_means_no_tours_control(spec):
    html, _ = G.build(spec)
    assert '"tours":[]' in html


# ----------------------------------------------------------------------------- reading paths

def read_first(entry_id: str, max_items: int = 5) -> list[str]:
    """Reference: follow lineage (and read_first: components) edges back (BFS), nearest first then oldest,
    listed oldest first."""
    lineage = {t["key"] for t in W.EDGE_TYPES if t.get("lineage") or t.get("read_first")}
    dist, queue = {entry_id: 0}, [entry_id]
    while queue:
        cur = queue.pop(0)
        for src, dst, kind, *_ in W.EDGES:
            if src == cur and kind in lineage and dst not in dist:
                dist[dst] = dist[cur] + 1
                queue.append(dst)
    del dist[entry_id]
    near = sorted(dist, key=lambda k: (dist[k], ENTRY_BY_ID[k]["date"], k))[:max_items]
    return sorted(near, key=lambda k: (ENTRY_BY_ID[k]["date"], k))


def test_reference_read_first_on_a_known_lineage():
    assert "world-models" in read_first("planet")
    assert {"dreamer", "planet", "world-models"} <= set(read_first("dreamer4"))
    assert "schmidhuber-1990" in read_first("world-models")
    assert read_first("schmidhuber-1990") == []


@pytest.mark.browser
def test_panel_read_first_matches_the_lineage(open_page):
    page, log = open_page()
    for entry_id in ("dreamer4", "vjepa2", "gaia2", "muzero", "world-models", "schmidhuber-1990"):
        page.evaluate(f"LS.app.openEntry('{entry_id}')")
        page.wait_for_selector(f'#panel[data-id="{entry_id}"]:not([hidden])')
        B.settle(page, math=False)          # sections near the view laid out (content-visibility): inner text
        names = page.locator("#panel ol.read-first button").all_inner_texts()
        assert names == [ENTRY_BY_ID[k]["name"] for k in read_first(entry_id)], entry_id
        if not names:         # nothing before it: it starts its family, or points to the family's start
            said = page.locator("#panel .read-first").inner_text()
            assert "starting point" in said or "starts with" in said, said
    page.evaluate("LS.app.openEntry('dreamer4')")
    page.locator("#panel ol.read-first button").first.click()
    page.wait_for_selector(f'#panel[data-id="{read_first("dreamer4")[0]}"]:not([hidden])')
    assert log.errors == []


# ----------------------------------------------------------------------------- the tour in the page

def bar_state(page):
    return page.evaluate("""() => ({ id: document.getElementById('panel').dataset.id,
        count: document.querySelector('#panel .tour-count')?.textContent,
        narration: document.querySelector('#panel .tour-narration')?.textContent,
        hash: location.hash, touring: document.body.classList.contains('touring') })""")


@pytest.mark.browser
def test_walk_a_tour_with_buttons_keys_reload_history_and_leave(open_page):
    tour = W.TOURS[0]
    steps = tour["steps"]
    page, log = open_page()
    page.click("#tours-toggle")
    assert page.locator("#tours-menu .tour-card").count() == len(W.TOURS)
    page.click(f'#tours-menu .tour-start[data-tour="{tour["id"]}"]')
    page.wait_for_selector(f'#panel[data-id="{steps[0][0]}"] .tour-bar')
    st = bar_state(page)
    assert st["count"] == f"step 1 of {len(steps)}" and st["narration"] == steps[0][1] and st["touring"]
    assert f"tour={tour['id']}" in st["hash"] and "step=1" in st["hash"]
    assert page.evaluate("document.getElementById('tour-live').textContent").startswith(f"Step 1 of {len(steps)}")

    page.click("#panel .tour-next")
    page.wait_for_selector(f'#panel[data-id="{steps[1][0]}"] .tour-bar')
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f'#panel[data-id="{steps[2][0]}"] .tour-bar')
    page.keyboard.press("ArrowLeft")
    page.wait_for_selector(f'#panel[data-id="{steps[1][0]}"] .tour-bar')
    st = bar_state(page)
    assert st["count"] == f"step 2 of {len(steps)}" and st["narration"] == steps[1][1]
    assert page.evaluate("document.getElementById('tour-live').textContent").startswith(f"Step 2 of {len(steps)}")

    # the map highlights the tour's works and dims the rest
    assert B.lifted(page) == {s[0] for s in steps} and B.veiled(page)
    # ... and joins them in order with one line through their stars
    trail = page.evaluate("document.querySelector('.tour-trail').getAttribute('points')").split()
    expect = [page.evaluate(f"(p => p.x.toFixed(1) + ',' + p.y.toFixed(1))(LS.map.position('{k}'))") for k, _ in steps]
    assert trail == expect
    # ... a dotted line, never a filled shape, above the veil that dims the rest (it moves there from the map)
    look = page.evaluate("(t => [Boolean(t.closest('.map-focus')), getComputedStyle(t).fill,"
                         " getComputedStyle(t).strokeDasharray])(document.querySelector('.tour-trail'))")
    assert look[:2] == [True, "none"] and look[2] != "none", look

    page.reload()
    B.wait_until(page, "document.body.dataset.ready === '1'")
    page.wait_for_selector(f'#panel[data-id="{steps[1][0]}"] .tour-bar')
    assert bar_state(page)["count"] == f"step 2 of {len(steps)}"

    page.go_back()
    page.wait_for_selector(f'#panel[data-id="{steps[2][0]}"] .tour-bar')
    page.go_back()
    page.wait_for_selector(f'#panel[data-id="{steps[1][0]}"] .tour-bar')

    page.keyboard.press("Escape")
    B.wait_until(page, "!document.body.classList.contains('touring')")
    st = bar_state(page)
    assert "tour=" not in st["hash"] and st["count"] is None and st["id"] == steps[1][0]
    assert B.lifted(page) == set()
    assert page.evaluate("document.querySelector('.tour-trail').getAttribute('points')") == ""
    assert log.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("dark,phone", [(False, False), (True, False), (False, True)])
def test_tour_looks_right(open_page, dark, phone):
    tour = W.TOURS[2]
    page, log = open_page(f"#?tour={tour['id']}&step=3", dark=dark, phone=phone)
    page.wait_for_selector(f'#panel[data-id="{tour["steps"][2][0]}"] .tour-bar')
    B.settle(page)
    bar = page.locator("#panel .tour-bar").bounding_box()
    width = page.viewport_size["width"]
    assert bar["x"] >= 0 and bar["x"] + bar["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot(page, f"tour-{'dark' if dark else 'light'}-{'phone' if phone else 'desktop'}")
    assert log.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("fragment", ["#?tour=nope&step=2", "#?tour=dreamer-line&step=999",
                                      "#?tour=dreamer-line&step=-3", "#?tour=dreamer-line&step=abc"])
def test_odd_tour_urls_land_somewhere_valid(open_page, fragment):
    page, log = open_page(fragment)
    steps = W.TOURS[0]["steps"]
    opened = page.evaluate("LS.state.open")
    if "nope" in fragment:
        assert opened is None and page.evaluate("LS.state.tour") is None
    else:
        expect = steps[-1][0] if "999" in fragment else steps[0][0]
        assert opened == expect
    assert log.errors == []


@pytest.mark.browser
def test_tour_prints_as_a_reading_list_and_exports_its_bibtex(open_page):
    tour = W.TOURS[1]
    page, _ = open_page(f"#?tour={tour['id']}&step=1")
    page.wait_for_selector("#panel .tour-bar")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    heads = page.locator("#print-list .print-entry h2").all_inner_texts()
    assert heads == [f"{i + 1}. {ENTRY_BY_ID[k]['name']}" for i, (k, _) in enumerate(tour["steps"])]
    assert page.locator("#panel").is_hidden() or not page.locator("#panel").is_visible()
    page.emulate_media(media="screen")
    with page.expect_download() as dl:
        page.click("#panel .tour-bib")
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    keys = {k for s in tour["steps"] for k in ENTRY_BY_ID[s[0]]["papers"]}
    assert {m for m in re.findall(r"@\w+\{([^,]+),", text)} == keys


def test_beside_a_panel_at_1024_the_map_and_the_trail_stay_in_view(open_page):
    page, log = open_page()
    page.set_viewport_size({"width": 1024, "height": 768})
    page.wait_for_timeout(100)
    page.click("#tours-toggle")
    page.click("#tours-menu .tour-start")
    page.wait_for_selector("#panel .tour-bar")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    panel = page.locator("#panel").bounding_box()
    m = page.locator("#map").bounding_box()
    assert panel["x"] - m["x"] >= 400, "at least 400 px of map beside the panel"
    step = page.evaluate("LS.state.open")
    star = page.locator(f'#map .star[data-id="{step}"] circle.core').bounding_box()
    assert m["x"] <= star["x"] and star["x"] + star["width"] <= panel["x"], "the step's star is beside the panel"
    page.keyboard.press("Escape")       # leaves the tour
    page.keyboard.press("Escape")       # closes the panel: the sidebar is back
    page.wait_for_selector("#panel", state="hidden")
    assert page.locator("#sidebar, .sidebar").first.is_visible()
    assert log.errors == []


def test_on_a_phone_show_map_keeps_the_tour(open_page):
    page, log = open_page(phone=True)
    page.click("#tours-toggle")
    page.click("#tours-menu .tour-start")
    page.wait_for_selector("#panel .tour-bar")
    tour = page.evaluate("LS.state.tour")
    page.click("#panel .tour-map")
    assert page.locator("#panel").is_hidden() or not page.evaluate(
        "document.getElementById('panel').getClientRects().length"), "the map shows"
    assert page.evaluate("LS.state.tour") == tour, "the tour goes on"
    assert page.evaluate("document.querySelector('.tour-trail').getAttribute('points').split(' ').length") > 1
    trail = page.locator(".tour-trail").bounding_box()
    m = page.locator("#map").bounding_box()
    assert trail and m["x"] - 1 <= trail["x"] <= trail["x"] + trail["width"] <= m["x"] + m["width"] + 1, "whole path"
    page.click(".peek-back")
    assert page.locator("#panel .tour-bar").is_visible()
    assert page.evaluate("LS.state.tour") == tour
    assert log.errors == []
