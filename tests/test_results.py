"""Benchmarks and results: data rules, validation messages, and the Results view, panel section, compare and
exports as a reader uses them."""
from __future__ import annotations

import json
from collections import Counter

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
