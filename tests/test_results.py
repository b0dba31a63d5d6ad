"""Benchmarks and results: data rules, validation messages, and the Results view, panel section, compare and
exports as a reader uses them."""
from __future__ import annotations

import json
import re
from collections import Counter

import browser as B
import pytest

import gen_landscape as G
import gen_worldmodel as W
import worldmodel_results as R

ENTRY_DATE = {e["id"]: e["date"] for e in W.P}
BENCH = {b["id"]: b for b in R.BENCHMARKS}


# ----------------------------------------------------------------------------- data

def test_six_benchmarks_with_four_results_and_forty_in_all():
    per_bench = Counter(r["benchmark"] for r in R.RESULTS)
    assert len(R.RESULTS) >= 40
    assert sum(1 for n in per_bench.values() if n >= 4) >= 6, per_bench
    works = {b: {r["entry"] for r in R.RESULTS if r["benchmark"] == b} for b in BENCH}
    assert sum(1 for w in works.values() if len(w) >= 4) >= 6, {b: len(w) for b, w in works.items()}


@pytest.mark.parametrize("result", R.RESULTS, ids=lambda r: f"{r['entry']}@{r['benchmark']}")
def test_every_result_is_sourced(result):
    title, url = result["source"]
    assert title.strip() and url.startswith("https://")
    assert result["where"].strip() and result["reported_by"].strip()
    assert isinstance(result["value"], str), "values are quoted as printed, as strings"
    if "date" in result:
        assert result.get("model"), "a version's date goes with the version's name"
        assert result["date"] >= ENTRY_DATE[result["entry"]]


def test_every_benchmark_says_what_makes_numbers_comparable():
    for b in R.BENCHMARKS:
        assert len(b["protocol"]) > 80 and b["dataset"].strip() and b["url"].startswith("https://"), b["id"]
    assert BENCH["atari100k-mean"]["unit"] == BENCH["atari100k-median"]["unit"] == "%", "the unit the sources print"


def test_the_real_results_validate():
    ls = G.validate(W.spec())
    assert len(ls.benchmarks) == len(R.BENCHMARKS) and len(ls.results) == len(R.RESULTS)
    data = G.page_data(ls, G.layout(ls))
    assert len(data["results"]) == len(R.RESULTS) and data["benchmarks"][0]["id"] == R.BENCHMARKS[0]["id"]


# ----------------------------------------------------------------------------- validation

def bench(**kw):
    base = dict(id="b1", name="Bench", task="A task", dataset="A set", metric="score", unit="%",
                higher_is_better=True, range=(0, 100), protocol="How.", url="https://example.org/b")
    return {**base, **kw}


def result(**kw):
    base = dict(entry="alpha", benchmark="b1", value="50.0", source=("Paper", "https://example.org/p"),
                where="Table 1", reported_by="own paper")
    return {**base, **kw}


@pytest.mark.parametrize("benchmarks,results,message", [
    ([bench()], [result(entry="nobody")],
     "result #0 (entry 'nobody', benchmark 'b1'): field 'entry' names unknown entry"),
    ([bench()], [result(benchmark="b9")], "result #0 (entry 'alpha', benchmark 'b9'): field 'benchmark' names unknown "
                                         "benchmark 'b9' (known: b1)"),
    ([bench()], [{k: v for k, v in result().items() if k != "source"}],
     "result #0 (entry 'alpha', benchmark 'b1'): field 'source' is missing"),
    ([bench()], [result(source=("Paper", "javascript:alert(1)"))],
     "result #0 (entry 'alpha', benchmark 'b1'): field 'source' must be an http(s) URL"),
    ([bench()], [result(source="Paper")], "field 'source' must be a (title, url) pair"),
    ([bench()], [result(where="")], "result #0 (entry 'alpha', benchmark 'b1'): field 'where' must be non-empty text"),
    ([bench()], [{k: v for k, v in result().items() if k != "reported_by"}],
     "result #0 (entry 'alpha', benchmark 'b1'): field 'reported_by' is missing"),
    ([bench()], [result(value="101")], "result #0 (entry 'alpha', benchmark 'b1'): field 'value' 101 is outside the "
                                      "range of benchmark 'b1' (0..100)"),
    ([bench(range=(None, 5))], [result(value="-3.5", printed="x")], None),
    ([bench()], [result(value="about 50")], "field 'value' must be a number as the source prints it"),
    ([bench()], [result(), result(value="51.0")], "result (entry 'alpha', benchmark 'b1'): field 'value' 51.0 repeats "
                                                  "the same source as 50.0"),
    ([bench()], [result(colour="red")],
     "result #0 (entry 'alpha', benchmark 'b1'): field 'colour' is not a known field"),
    ([bench()], [result(date="2025")], "field 'date' must be 'YYYY-MM'"),
    ([bench(higher_is_better="yes")], [], "benchmark 'b1': field 'higher_is_better' must be True or False, got 'yes'"),
    ([bench(), bench()], [], "benchmark 'b1': field 'id' is duplicated"),
    ([bench(colour="red")], [], "benchmark 'b1': field 'colour' is not a known field"),
    ([bench(protocol=" ")], [], "benchmark 'b1': field 'protocol' must be non-empty text"),
    ([bench(range=(100, 0))], [], "benchmark 'b1': field 'range' has low 100 not below high 0"),
    ([bench(id="Bad Id")], [], "benchmark 'Bad Id': field 'id' must be a slug"),
])
def test_result_problems_name_entry_benchmark_and_field(spec, benchmarks, results, message):
    spec["benchmarks"], spec["results"] = benchmarks, results
    if message is None:
        G.validate(spec)      # an open range and a negative number are fine
        return
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    assert any(message in line for line in err.value.problems), err.value.problems


def test_two_sources_for_one_work_are_kept(spec):
    spec["benchmarks"] = [bench()]
    spec["results"] = [result(), result(value="51.0", source=("Later paper", "https://example.org/q"),
                                        reported_by="a later paper")]
    ls = G.validate(spec)
    assert [r.value for r in ls.results] == ["50.0", "51.0"]


def test_numbers_keep_their_printed_form_in_the_page(spec):
    spec["benchmarks"] = [bench(unit="")]
    spec["results"] = [result(value="4.30", model="v2", date="2021-06")]
    data = G.page_data(G.validate(spec), G.layout(G.validate(spec)))
    assert data["results"] == [{"entry": "alpha", "bench": "b1", "value": "4.30", "source": ["Paper", "https://example.org/p"],
                                "where": "Table 1", "by": "own paper", "model": "v2", "date": "2021-06"}]
    assert json.loads(G.json_island(data))["benchmarks"][0]["higher"] is True


# ----------------------------------------------------------------------------- page

def primary_points(bench_id):
    """One point per work and model version: its first listed result (later ones are 'also reported')."""
    seen = {}
    for r in R.RESULTS:
        key = (r["entry"], r.get("model", ""))
        if r["benchmark"] == bench_id and key not in seen:
            seen[key] = dict(id=r["entry"] + ("|" + r["model"] if r.get("model") else ""), entry=r["entry"],
                             num=float(r["value"]), date=r.get("date", ENTRY_DATE[r["entry"]]))
    return list(seen.values())


def expected_frontier(points, higher):
    """Independently of the page: in date order (best first within a month), each point beating all before it."""
    sign = 1 if higher else -1
    best, out = None, []
    for p in sorted(points, key=lambda p: (p["date"], -sign * p["num"])):
        if best is None or sign * p["num"] > sign * best:
            best = p["num"]
            out.append(p["id"])
    return out


FRONTIER_GEOMETRY = """(bench) => {
  const card = document.querySelector('.res-card[data-bench="' + bench + '"]');
  const path = card.querySelector('.res-front');
  const nums = path.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
  const ids = path.dataset.records.split(',');
  const dots = ids.map((id) => {
    const c = [...card.querySelectorAll('.res-pt.best')].find((d) => d.dataset.entry === id.split('|')[0]);
    return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];
  });
  return { ids, path: nums, dots, best: card.querySelectorAll('.res-pt.best').length };
}"""


def ordinal(n):
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@pytest.mark.browser
def test_results_view_has_a_card_chart_and_table_per_benchmark(open_page):
    page, log = open_page("#?view=results")
    page.wait_for_selector('#results-view:not([hidden]) #results[data-built="1"]')
    cards = page.evaluate("""() => [...document.querySelectorAll('.res-card')].map((c) => ({
        id: c.dataset.bench, dots: c.querySelectorAll('.res-pt').length, rows: c.querySelectorAll('tbody tr').length,
        protocol: c.querySelector('.protocol').textContent,
        links: c.querySelectorAll('tbody a[href^="https://"]').length }))""")
    assert [c["id"] for c in cards] == [b["id"] for b in R.BENCHMARKS]
    for c in cards:
        assert c["dots"] == len(primary_points(c["id"]))
        assert c["rows"] == c["links"] == sum(r["benchmark"] == c["id"] for r in R.RESULTS), "each row links a source"
        assert BENCH[c["id"]]["protocol"] in c["protocol"]
    assert page.evaluate("document.querySelector('.views [data-view=results]').getAttribute('aria-pressed')") == "true"
    # A row's note follows who reported it as a phrase of its own ("first arXiv version", "i2v setting"), not as a
    # sentence that would start in lower case.
    notes = [n for n in page.eval_on_selector_all(".res-card tbody .note", "ns => ns.map((n) => n.textContent)")
             if n.startswith("Reported by ")]
    assert len(notes) == len(R.RESULTS)
    assert not [n for n in notes if re.search(r"\. [a-z]", n.split(" · ")[0])], notes
    assert any(" · first arXiv version" in n for n in notes)
    assert log.errors == [] and log.blocked == []


@pytest.mark.browser
def test_frontier_of_the_real_data_is_the_best_so_far(open_page):
    page, _ = open_page("#?view=results")
    page.wait_for_selector('#results[data-built="1"]')
    for b in R.BENCHMARKS:
        points = primary_points(b["id"])
        got = page.evaluate(FRONTIER_GEOMETRY, b["id"])
        assert got["ids"] == expected_frontier(points, b["higher_is_better"]), b["id"]
        assert got["best"] == len(got["ids"])
        assert got["path"][:2] == got["dots"][0], "the step line starts at the first record's dot"


def test_expected_frontier_helper_reads_both_directions():
    pts = [dict(id="a", num=50, date="2020-01"), dict(id="b", num=60, date="2021-01"),
           dict(id="c", num=40, date="2022-01")]
    assert expected_frontier(pts, True) == ["a", "b"] and expected_frontier(pts, False) == ["a", "c"]


@pytest.fixture
def synthetic_url(spec, tmp_path):
    """The tiny spec with a higher-is-better and a lower-is-better benchmark on the same three works."""
    spec["benchmarks"] = [bench(id="up", name="Up"), bench(id="down", name="Down", higher_is_better=False),
                          bench(id="none", name="Nobody yet")]
    spec["results"] = [result(benchmark=k, entry=e, value=v) for k in ("up", "down")
                       for e, v in (("alpha", "50"), ("beta", "60"), ("gamma", "40"))]
    path = tmp_path / "page.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    return path.as_uri()


@pytest.mark.browser
def test_frontier_follows_the_metric_direction(open_page, synthetic_url):
    page, log = open_page("#?view=results", url=synthetic_url)
    page.wait_for_selector('#results[data-built="1"]')
    up, down = (page.evaluate(FRONTIER_GEOMETRY, k) for k in ("up", "down"))
    assert up["ids"] == ["alpha", "beta"] and down["ids"] == ["alpha", "gamma"]
    # Step line: from the first record, across to the next record's date, then to its value.
    for got in (up, down):
        (x0, y0), (x1, y1) = got["dots"]
        assert got["path"][:4] == pytest.approx([x0, y0, x1, y1]) and len(got["path"]) == 5, got
    assert up["dots"][1][1] < up["dots"][0][1], "a better score on 'up' is drawn higher"
    assert down["dots"][1][1] > down["dots"][0][1], "on 'down' the record is the lower value, drawn lower"
    assert "No result" in page.text_content('.res-card[data-bench="none"]')
    assert log.errors == []


@pytest.mark.browser
def test_points_show_their_source_and_open_the_work(open_page):
    page, _ = open_page("#?view=results&bench=calvin-abc-d")
    dot = '.res-card[data-bench="calvin-abc-d"] .res-pt[data-entry="dreamvla"]'
    page.hover(dot)
    detail = page.text_content('.res-card[data-bench="calvin-abc-d"] .res-detail')
    assert "4.44" in detail and "DreamVLA, NeurIPS 2025" in detail and "own paper" in detail
    page.focus('.res-card[data-bench="calvin-abc-d"] .res-pt[data-entry="gr1"]')
    assert "3.06" in page.text_content('.res-card[data-bench="calvin-abc-d"] .res-detail')
    page.keyboard.press("Enter")
    page.wait_for_selector('#panel[data-id="gr1"]')
    page.keyboard.press("Escape")
    page.click(dot)
    page.wait_for_selector('#panel[data-id="dreamvla"]')


@pytest.mark.browser
def test_table_sorts_by_score_and_work(open_page):
    page, _ = open_page("#?view=results&bench=vbench-total")
    card = '.res-card[data-bench="vbench-total"]'
    def values():
        return page.evaluate(f"""() => [...document.querySelectorAll('{card} tbody td.num')]
            .map((td) => parseFloat(td.textContent))""")
    assert values() == sorted(values(), reverse=True), "best first by default (higher is better)"
    assert page.get_attribute(f'{card} th:has([data-sort="value"])', "aria-sort") == "descending"
    page.click(f'{card} [data-sort="value"]')
    assert values() == sorted(values())
    assert page.get_attribute(f'{card} th:has([data-sort="value"])', "aria-sort") == "ascending"
    page.click(f'{card} [data-sort="work"]')
    names = page.evaluate(f"() => [...document.querySelectorAll('{card} tbody td:first-child button')]"
                          ".map(b => b.title)")
    assert names == sorted(names, key=str.lower) and page.evaluate("document.activeElement.dataset.sort") == "work"


@pytest.mark.browser
def test_url_round_trip_and_back_forward(open_page):
    page, _ = open_page()
    page.click('.views [data-view="results"]')
    page.wait_for_selector('#results[data-built="1"]')
    page.click('.res-nav [data-bench="calvin-abc-d"]')
    assert "view=results" in page.evaluate("location.hash") and "bench=calvin-abc-d" in page.evaluate("location.hash")
    page.click('.res-nav [data-bench="physics-iq-i2v"]')
    selected = "document.querySelector('.res-card.selected')?.dataset.bench"
    assert page.evaluate(selected) == "physics-iq-i2v"
    page.go_back()
    B.wait_until(page, f"{selected} === 'calvin-abc-d'")
    assert page.get_attribute('.res-nav [data-bench="calvin-abc-d"]', "aria-current") == "true"
    page.go_back()
    B.wait_until(page, "document.getElementById('results-view').hidden === false && !location.hash.includes('bench')")
    page.go_back()
    B.wait_until(page, "document.getElementById('results-view').hidden")
    reloaded, _ = open_page("#?view=results&bench=videophy2-human")
    reloaded.wait_for_selector('#results[data-built="1"]')
    assert reloaded.evaluate(selected) == "videophy2-human"
    top = reloaded.evaluate("""() => document.querySelector('.res-card.selected').getBoundingClientRect().top
        - document.querySelector('.res-nav').getBoundingClientRect().bottom""")
    assert 0 <= top < 40, "the selected card is scrolled to, just below the benchmark bar"
    junk, _ = open_page("#?view=results&bench=nope")
    assert junk.evaluate("location.hash") == "#?view=results"


@pytest.mark.browser
def test_panel_lists_the_works_results_with_rank_and_source(open_page):
    page, _ = open_page("#iris")
    page.wait_for_selector('#panel[data-id="iris"]')
    items = page.evaluate("""() => [...document.querySelectorAll('#panel .res-list > li')].map((li) =>
        [[...li.childNodes].filter((n) => !n.matches?.('.note')).map((n) => n.textContent).join(''),
         [...li.querySelectorAll('.note')].map((n) => n.textContent)])""")
    pts = sorted(primary_points("atari100k-mean"), key=lambda p: -p["num"])
    rank = 1 + [p["entry"] for p in pts].index("iris")
    assert items == [[f"104.6 % — {ordinal(rank)} of {len(pts)} on Atari 100k (mean HNS), as reported in Abstract of "
                      "IRIS, ICLR 2023, arXiv 2209.00588 (own paper).",
                      ["the source prints the score as a fraction (1 = human level); shown here in per cent"]]]
    assert page.get_attribute("#panel .res-list a", "href") == "https://arxiv.org/abs/2209.00588"
    page.click("#panel .res-list .link-btn")
    B.wait_until(page, "document.querySelector('.res-card.selected')?.dataset.bench === 'atari100k-mean'")
    page.evaluate("LS.app.openEntry('dreamer')")
    page.wait_for_selector('#panel[data-id="dreamer"]')
    assert page.evaluate("document.querySelector('#panel .res-list')") is None, "no section for a work without results"
    page.evaluate("LS.app.openEntry('efficientzero')")
    page.wait_for_selector('#panel[data-id="efficientzero"]')
    assert "Also reported: 190.4 %" in page.text_content("#panel .res-list")


@pytest.mark.browser
def test_compare_shows_shared_benchmarks_side_by_side(open_page):
    page, _ = open_page("#?cmp=sora,cogvideox")
    page.wait_for_selector("#compare:not([hidden])")
    labels = page.evaluate("() => [...document.querySelectorAll('#compare .row-label')].map((c) => c.textContent)")
    shared = [b["name"] for b in R.BENCHMARKS
              if {"sora", "cogvideox"} <= {r["entry"] for r in R.RESULTS if r["benchmark"] == b["id"]}]
    assert shared and [x for x in labels if x in {b["name"] for b in R.BENCHMARKS}] == shared
    cells = page.evaluate("""() => [...document.querySelectorAll(
        '#compare .cell[data-field="Physics-IQ (image-to-video)"]')].map((c) => c.textContent)""")
    assert "10.0 %" in cells[0] and "Sora 2: 42.3 %" in cells[0] and "32.3 %" in cells[1]
    other, _ = open_page("#?cmp=dreamer,muzero")
    other.wait_for_selector("#compare:not([hidden])")
    assert other.evaluate("document.querySelector('#compare .res-cmp')") is None


def export(page, kind):
    with page.expect_download() as info:
        page.click(f'[data-export="{kind}"]')
    return open(info.value.path(), encoding="utf-8", newline="").read()


@pytest.mark.browser
def test_exports_carry_the_results(open_page):
    page, _ = open_page()
    data = json.loads(export(page, "json"))
    assert len(data["results"]) == len(R.RESULTS) and {b["id"] for b in data["benchmarks"]} == set(BENCH)
    lines = export(page, "results-csv").strip().split("\r\n")
    assert lines[0].startswith('"entry","name","benchmark"') and len(lines) == 1 + len(R.RESULTS)
    assert any('"iris"' in line and '"104.6","1.046"' in line for line in lines)


@pytest.mark.browser
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_results_view_and_panel_are_axe_clean(open_page, dark):
    from test_a11y import axe
    page, _ = open_page("#?view=results&bench=vbench-total", dark=dark, bypass_csp=True)
    page.wait_for_selector('#results[data-built="1"]')
    assert axe(page) == []
    page.evaluate("LS.app.openEntry('cogvideox')")
    page.wait_for_selector('#panel[data-id="cogvideox"] .res-list')
    assert axe(page, "#panel") == []


@pytest.mark.browser
def test_chart_fits_a_320px_phone(open_page):
    page, _ = open_page("#?view=results&bench=vbench-total", phone=True)
    page.set_viewport_size({"width": 320, "height": 640})
    page.reload()
    page.wait_for_selector('#results[data-built="1"]')
    widths = page.evaluate("""() => ({ doc: document.documentElement.scrollWidth,
        chart: Math.max(...[...document.querySelectorAll('.res-chart')].map((c) => c.getBoundingClientRect().right)),
        card: document.querySelector('.res-card').scrollWidth - document.querySelector('.res-card').clientWidth })""")
    assert widths["doc"] <= 320 and widths["chart"] <= 320 and widths["card"] == 0, widths


# Every label's box against every horizontal run of the frontier path ("M x,y H x V y ... H x"), in the
# chart's own units; the labels' boxes come from the browser (getBBox), the path from its d attribute.
LABELS_ON_THE_LINE = """() => [...document.querySelectorAll('.res-card')].flatMap((card) => {
  const path = card.querySelector('.res-front');
  if (!path) return [];
  const runs = [];
  let x = 0, y = 0;
  for (const [, cmd, a, b] of path.getAttribute('d').matchAll(/([MHV])\\s*([-\\d.]+)(?:,([-\\d.]+))?/g)) {
    if (cmd === 'M') { x = +a; y = +b; }
    else if (cmd === 'H') { runs.push([Math.min(x, +a), Math.max(x, +a), y]); x = +a; }
    else y = +a;
  }
  return [...card.querySelectorAll('.res-labels text')].filter((t) => {
    const bb = t.getBBox();
    return runs.some(([x0, x1, ry]) => bb.x < x1 && x0 < bb.x + bb.width && bb.y < ry && ry < bb.y + bb.height);
  }).map((t) => card.querySelector('h3, h2').textContent + ': ' + t.textContent);
})"""


@pytest.mark.browser
@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone-320"])
def test_no_point_label_sits_on_the_frontier_line(open_page, phone):
    page, _ = open_page("#?view=results", phone=phone)
    if phone:
        page.set_viewport_size({"width": 320, "height": 640})
        page.reload()
    page.wait_for_selector('#results[data-built="1"]')
    assert page.evaluate("document.querySelectorAll('.res-labels text').length") >= 30
    assert page.evaluate(LABELS_ON_THE_LINE) == []


@pytest.mark.browser
def test_on_a_phone_the_panel_makes_way_for_the_chart(open_page):
    page, _ = open_page("#seer", phone=True)
    page.wait_for_selector('#panel[data-id="seer"] .res-list')
    page.click("#panel .res-list .link-btn")
    page.wait_for_selector("#panel", state="hidden")
    B.wait_until(page, "document.querySelector('.res-card.selected')?.dataset.bench === 'calvin-abc-d'")
    hash_ = page.evaluate("location.hash")
    assert "bench=calvin-abc-d" in hash_ and not hash_.startswith("#seer")
