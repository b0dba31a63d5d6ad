"""The page shows how the map knows: reasons under connections, beside edges on the map and in a path's
wording, a panel's sources and checked month, kinds, the list's Checked column and the exports. Runs on
the real data with placeholder evidence (synthetic.with_evidence), so each check knows the exact texts."""
from __future__ import annotations

import copy
import csv
import io
import json
import re

import browser as B
import pytest
from synthetic import with_evidence
from test_a11y import axe

import gen_landscape as G
import landscape_schema

pytestmark = pytest.mark.browser
TIP_SHOWN = "!document.getElementById('edge-tip').hidden"
# A point of an edge's hit stroke that the pointer really reaches (not under a star or the panel).
HIT_POINT = """() => { for (const p of document.querySelectorAll('#map .edge-hit')) {
  const l = p.getTotalLength(), m = p.getScreenCTM();
  for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) { const q = p.getPointAtLength(l * f);
    const x = q.x * m.a + m.e, y = q.y * m.d + m.f;
    if (document.elementFromPoint(x, y) === p) return [x, y, Number(p.dataset.i)]; } }
  return null; }"""


@pytest.fixture(scope="module")
def evidence_url(tmp_path_factory, real_spec):
    html, _ = G.build(with_evidence(real_spec))
    path = tmp_path_factory.mktemp("evidence") / "evidence.html"
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


@pytest.fixture
def open_ev(open_page, evidence_url):
    return lambda fragment="", **opts: open_page(fragment, url=evidence_url, **opts)


def reason_of(page, i: int) -> str:
    return page.evaluate(f"LS.data.edges[{i}][3]")


def test_a_panel_shows_each_connections_reason_and_ends_with_its_sources(open_ev):
    page, log = open_ev("#dreamer")
    B.wait_until(page, "document.querySelector('#panel .sources') !== null")
    items = page.evaluate("""[...document.querySelectorAll('#panel .conn-item')].map(li => [Number(li.dataset.edge),
        li.querySelector('button').textContent, (li.querySelector('.conn-reason') || {}).textContent])""")
    assert len(items) == page.evaluate("LS.index.links.get('dreamer').length") > 5
    for edge, _, why in items:
        assert why == reason_of(page, edge) and why.startswith("Test reason ")
    last = page.evaluate("document.querySelector('#panel').lastElementChild.className")
    assert last == "sec sources", "the panel ends with its sources"
    assert page.text_content("#panel .sources h3") == "Sources · checked Dec 2026"
    links = page.eval_on_selector_all("#panel .sources a", "as => as.map(a => [a.textContent, a.href, a.rel])")
    assert links == [["Test source A", "https://example.org/src/dreamer", "noopener noreferrer"],
                     ["Test source B", "https://example.org/code/dreamer", "noopener noreferrer"]]
    assert log.errors == []


def test_focusing_a_connection_shows_its_edge_and_reason_on_the_map_and_says_it(open_ev):
    page, log = open_ev("#dreamer")
    B.wait_until(page, "document.querySelector('#panel .conn-item button') !== null")
    edge = page.evaluate("Number(document.querySelector('#panel .conn-item').dataset.edge)")
    page.focus("#panel .conn-item button")
    B.wait_until(page, TIP_SHOWN)
    tip = page.inner_text("#edge-tip")
    s, t, type_ = page.evaluate(f"LS.data.edges[{edge}].slice(0, 3)")
    label = page.evaluate(f"LS.index.edgeType.get('{type_}').label")
    names = page.evaluate(f"[LS.index.byId.get('{s}').name, LS.index.byId.get('{t}').name]")
    assert f"{names[0]} {label} {names[1]}" in tip and reason_of(page, edge) in tip
    assert page.evaluate("document.getElementById('edge-live').getAttribute('aria-live')") == "polite"
    assert page.inner_text("#edge-live") == f"{names[0]} {label} {names[1]}: {reason_of(page, edge)}"
    assert page.evaluate(f"document.querySelector('.map-focus .edge[data-i=\"{edge}\"]').classList.contains('spot')")
    page.keyboard.press("Tab")        # on to the next connection: its own edge and reason
    B.wait_until(page, f"document.querySelector('.map-focus .edge.spot').dataset.i !== '{edge}'")
    nxt = page.evaluate("Number(document.activeElement.closest('.conn-item').dataset.edge)")
    assert reason_of(page, nxt) in page.inner_text("#edge-tip")
    assert page.evaluate("document.querySelectorAll('.map-focus .edge.spot').length") == 1
    assert log.errors == []


def test_brackets_on_a_focused_star_step_through_its_connections(open_ev):
    page, log = open_ev()
    edges = page.evaluate("LS.index.links.get('dreamer').map(l => l.edge)")
    page.focus('#map .star[data-id="dreamer"]')
    for key, k in (("]", 0), ("]", 1), ("[", 0), ("[", len(edges) - 1)):
        page.keyboard.press(key)
        B.wait_until(page, f"document.querySelector('.map-focus .edge.spot')?.dataset.i === '{edges[k]}'")
        assert reason_of(page, edges[k]) in page.inner_text("#edge-tip")
        assert page.inner_text("#edge-live").endswith(reason_of(page, edges[k]))
    page.keyboard.press("Tab")
    B.wait_until(page, "document.getElementById('edge-tip').hidden")
    assert log.errors == []


def test_hovering_an_edge_of_the_open_work_shows_its_type_and_reason(open_ev):
    page, log = open_ev("#dreamer")
    B.wait_until(page, "document.querySelectorAll('#map .edge-hit').length > 0")
    B.settle(page, math=False)          # the map has moved the work into view beside its panel
    assert page.evaluate("document.querySelectorAll('#map .edge-hit').length") == \
        page.evaluate("LS.index.links.get('dreamer').length")
    x, y, edge = page.evaluate(HIT_POINT)
    page.mouse.move(x, y)
    B.wait_until(page, TIP_SHOWN)
    assert reason_of(page, edge) in page.inner_text("#edge-tip")
    box = page.eval_on_selector("#edge-tip", "t => t.getBoundingClientRect().toJSON()")
    map_box = page.eval_on_selector("#map", "m => m.getBoundingClientRect().toJSON()")
    assert map_box["left"] <= box["left"] and box["top"] >= map_box["top"], "beside the edge, inside the map"
    page.mouse.move(map_box["left"] + 3, map_box["bottom"] - 3)
    B.wait_until(page, "document.getElementById('edge-tip').hidden")
    assert page.evaluate("document.querySelectorAll('.map-focus .edge.spot').length") == 0
    assert log.errors == []


def test_the_path_sentence_and_compare_use_the_reasons(open_ev):
    page, log = open_ev("#dreamer4")
    B.wait_until(page, "document.querySelector('#panel .relate select') !== null")
    page.focus("#panel .relate select")  # a picker gets its options when about to be used
    page.select_option("#panel .relate select", "planet")
    words = page.text_content("#panel .path-words")
    steps = page.evaluate("LS.paths.shortest('dreamer4', 'planet')")
    assert len(steps) >= 2
    for s in steps:
        assert reason_of(page, s["edge"]) in words, words
    assert words.startswith("Dreamer 4 ") and words.count("Test reason") == len(steps)
    assert B.wait_until(page, "document.querySelectorAll('#map .edge-hit').length >= 2")   # the path's lines answer too
    page, _ = open_ev("#?cmp=dreamer4,planet")
    B.wait_until(page, "!document.getElementById('compare').hidden")
    cell = page.inner_text('#compare .cell[data-field="How they relate"] .path-words')
    assert all(reason_of(page, s["edge"]) in cell for s in steps), cell
    assert log.errors == []


def test_the_list_has_a_checked_column_and_kind_tags_and_the_map_marks_kinds(open_ev):
    page, _ = open_ev("#?view=list")
    B.wait_until(page, "document.querySelectorAll('#entry-table tbody tr').length > 100")
    assert page.inner_text("#entry-table thead th:last-child") == "Checked"
    assert set(page.eval_on_selector_all("#entry-table td.checked", "ts => ts.map(t => t.textContent)")) == {"Dec 2026"}
    kinds = page.evaluate("LS.data.entries.filter(e => e.kind).map(e => e.id)")
    tagged = page.eval_on_selector_all("#entry-table tr:has(.badge-kind)", "rs => rs.map(r => r.dataset.id)")
    assert sorted(tagged) == sorted(kinds) and kinds
    page.evaluate("LS.app.setView('map')")
    marked = page.eval_on_selector_all("#map .star:has(.kind-mark)", "gs => gs.map(g => g.dataset.id)")
    assert sorted(marked) == sorted(kinds)
    label = page.get_attribute(f'#map .star[data-id="{kinds[0]}"]', "aria-label")
    assert "(benchmark, " in label


def test_exports_and_print_carry_reasons_sources_checked_and_kind(open_ev):
    page, _ = open_ev()
    data = json.loads(page.evaluate("LS.exports.json(LS.views.sorted(LS.app.shownEntries()))"))
    assert data["connections"] and all(re.match(r"Test reason \d+:", c["reason"]) for c in data["connections"])
    one = next(e for e in data["entries"] if e.get("kind"))
    assert one["kind"] == "benchmark" and one["checked"] == "2026-12" and len(one["sources"]) == 2
    rows = list(csv.DictReader(io.StringIO(page.evaluate(
        "LS.exports.csv(LS.views.sorted(LS.app.shownEntries()))").lstrip("\ufeff"))))
    row = next(r for r in rows if r["id"] == one["id"])
    assert row["kind"] == "benchmark" and row["checked"] == "2026-12"
    assert row["sources"] == (f"Test source A <https://example.org/src/{one['id']}>; "
                              f"Test source B <https://example.org/code/{one['id']}>")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")     # the printed list names them too
    assert f"Sources (checked Dec 2026): Test source A — https://example.org/src/{one['id']}" in \
        page.text_content("#print-list")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_is_clean_with_reasons_sources_and_an_edge_shown(open_ev, dark):
    page, _ = open_ev("#dreamer", dark=dark, bypass_csp=True)
    B.wait_until(page, "document.querySelector('#panel .sources') !== null")
    page.focus("#panel .conn-item button")
    B.wait_until(page, TIP_SHOWN)
    assert axe(page) == []
    page.evaluate("LS.app.setView('list')")
    B.wait_until(page, "document.querySelectorAll('#entry-table td.checked').length > 0")
    assert axe(page) == []


def without_evidence(spec: dict) -> dict:
    spec = copy.deepcopy(spec)
    spec["edges"] = [tuple(e[:3]) for e in spec["edges"]]
    for e in spec["entries"]:
        for field in ("sources", "checked", "kind"):
            e.pop(field, None)
    return spec


def test_without_evidence_the_page_shows_no_empty_sources_or_reasons(open_page, real_spec, tmp_path, monkeypatch):
    monkeypatch.setattr(landscape_schema, "REQUIRE_EVIDENCE", False)
    path = tmp_path / "bare.html"
    path.write_text(G.build(without_evidence(real_spec))[0], encoding="utf-8")
    page, _ = open_page("#dreamer", url=path.as_uri())
    B.wait_until(page, "document.querySelector('#panel .conn-item') !== null")
    assert page.evaluate("document.querySelector('#panel .sources, #panel .conn-reason')") is None
    page.focus("#panel .relate select")  # a picker gets its options when about to be used
    page.select_option("#panel .relate select", "planet")
    words = page.text_content("#panel .path-words")
    assert words.startswith("Dreamer v1–v3 builds on PlaNet") and ":" not in words
