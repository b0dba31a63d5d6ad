"""Benchmarks and results: how well each work does on a shared benchmark, with the source of every number.

Generic: a benchmark is a task + dataset + metric with the direction that is better and a protocol note that
says what makes two numbers comparable; a result links an entry to a benchmark with the value as its source
prints it, the source (title, URL), where in it (table or figure) and who reported it. Validated into records
(all problems at once, each naming the record and the field), then handed to the page as plain data.
"""
from __future__ import annotations

import math
import re

from landscape_records import NamedTuple

BENCH_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
URL_RE = re.compile(r"^https?://[^\s<>\"']+$")
BENCH_TEXT = ("id", "name", "task", "dataset", "metric", "protocol", "url")
BENCH_FIELDS = {*BENCH_TEXT, "unit", "higher_is_better", "range"}
RESULT_TEXT = ("entry", "benchmark", "where", "reported_by")
RESULT_OPTIONAL = ("note", "model", "printed")    # free text; `date` is checked on its own
RESULT_FIELDS = {*RESULT_TEXT, *RESULT_OPTIONAL, "value", "source", "date"}


class Benchmark(NamedTuple):
    id: str
    name: str
    task: str
    dataset: str
    metric: str
    unit: str                  # "" for a plain number
    higher_is_better: bool
    low: float | None          # the metric's range (None = open)
    high: float | None
    protocol: str              # what makes two numbers comparable
    url: str


class Result(NamedTuple):
    entry: str
    benchmark: str
    value: str                 # the number as the source prints it ("4.30"); float(value) compares
    source_title: str
    source_url: str
    where: str                 # "Table 1", "Abstract"
    reported_by: str           # "own paper", "benchmark authors", or the later paper
    note: str = ""
    model: str = ""            # the version the number is for, when not the entry's first release
    date: str = ""             # "YYYY-MM": that version's release month ("" = the entry's date)
    printed: str = ""          # the source's own form, when the value is shown in another unit


def _text(problems: list[str], where: str, raw: dict, field: str, optional: bool = False) -> str:
    value = raw.get(field)
    if value is None and optional:
        return ""
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: field '{field}' " + ("is missing" if value is None else "must be non-empty text"))
        return ""
    return value


def _unknown(problems: list[str], where: str, raw: dict, allowed: set[str]) -> None:
    for field in sorted(set(raw) - allowed):
        problems.append(f"{where}: field '{field}' is not a known field")


def _url(problems: list[str], where: str, field: str, value: str) -> None:
    if value and not URL_RE.match(value):
        problems.append(f"{where}: field '{field}' must be an http(s) URL without spaces or quotes")


def _bound(value) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value))


def _range(problems: list[str], where: str, raw) -> tuple[float | None, float | None]:
    if raw is None:
        return None, None
    if not (isinstance(raw, (list, tuple)) and len(raw) == 2 and all(_bound(v) for v in raw)):
        problems.append(f"{where}: field 'range' must be a (low, high) pair of numbers or None")
        return None, None
    low, high = raw
    if low is not None and high is not None and low >= high:
        problems.append(f"{where}: field 'range' has low {low} not below high {high}")
    return low, high


def _benchmark(problems: list[str], i: int, raw) -> Benchmark | None:
    if not isinstance(raw, dict):
        problems.append(f"benchmark #{i}: must be a dict")
        return None
    where = f"benchmark '{raw.get('id', f'#{i}')}'"
    _unknown(problems, where, raw, BENCH_FIELDS)
    text = {f: _text(problems, where, raw, f) for f in BENCH_TEXT}
    if text["id"] and not BENCH_ID_RE.match(text["id"]):
        problems.append(f"{where}: field 'id' must be a slug: lowercase letters, digits and '-'")
    _url(problems, where, "url", text["url"])
    unit = raw.get("unit", "")
    if not isinstance(unit, str):
        problems.append(f"{where}: field 'unit' must be a string ('' for a plain number)")
        unit = ""
    higher = raw.get("higher_is_better")
    if not isinstance(higher, bool):
        problems.append(f"{where}: field 'higher_is_better' must be True or False, got {higher!r}")
        higher = True
    low, high = _range(problems, where, raw.get("range"))
    return Benchmark(text["id"], text["name"], text["task"], text["dataset"], text["metric"], unit, higher,
                     low, high, text["protocol"], text["url"])


def _value(problems: list[str], where: str, raw: dict, bench: Benchmark | None) -> str:
    value = raw.get("value")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        value = repr(value)
    if not isinstance(value, str) or not NUMBER_RE.match(value):
        problems.append(f"{where}: field 'value' must be a number as the source prints it "
                        f"(e.g. \"4.30\"), got {value!r}")
        return ""
    number = float(value)
    if bench and ((bench.low is not None and number < bench.low) or (bench.high is not None and number > bench.high)):
        problems.append(f"{where}: field 'value' {value} is outside the range of benchmark '{bench.id}' "
                        f"({bench.low}..{bench.high})")
    return value


def _source(problems: list[str], where: str, raw) -> tuple[str, str]:
    if raw is None:
        problems.append(f"{where}: field 'source' is missing")
        return "", ""
    if not (isinstance(raw, (list, tuple)) and len(raw) == 2 and all(isinstance(x, str) and x.strip() for x in raw)):
        problems.append(f"{where}: field 'source' must be a (title, url) pair of non-empty strings")
        return "", ""
    _url(problems, where, "source", raw[1])
    return raw[0], raw[1]


def _result(problems: list[str], i: int, raw, entry_ids: set[str], benches: dict) -> Result | None:
    if not isinstance(raw, dict):
        problems.append(f"result #{i}: must be a dict")
        return None
    where = f"result #{i} (entry '{raw.get('entry', '?')}', benchmark '{raw.get('benchmark', '?')}')"
    _unknown(problems, where, raw, RESULT_FIELDS)
    text = {f: _text(problems, where, raw, f) for f in RESULT_TEXT}
    extra = {f: _text(problems, where, raw, f, optional=True) for f in RESULT_OPTIONAL}
    if text["entry"] and text["entry"] not in entry_ids:
        problems.append(f"{where}: field 'entry' names unknown entry {text['entry']!r}")
    bench = benches.get(text["benchmark"])
    if text["benchmark"] and not bench:
        problems.append(f"{where}: field 'benchmark' names unknown benchmark {text['benchmark']!r} "
                        f"(known: {', '.join(sorted(benches))})")
    value = _value(problems, where, raw, bench)
    title, url = _source(problems, where, raw.get("source"))
    date = _text(problems, where, raw, "date", optional=True)
    if date and not MONTH_RE.match(date):
        problems.append(f"{where}: field 'date' must be 'YYYY-MM' (the version's release month), got {date!r}")
    return Result(text["entry"], text["benchmark"], value, title, url, text["where"], text["reported_by"],
                  extra["note"], extra["model"], date, extra["printed"])


def _duplicates(problems: list[str], benchmarks, results) -> None:
    ids = [b.id for b in benchmarks]
    for bench_id in sorted({b for b in ids if b and ids.count(b) > 1}):
        problems.append(f"benchmark '{bench_id}': field 'id' is duplicated")
    seen: dict[tuple[str, str, str], str] = {}
    for r in results:
        key = (r.entry, r.benchmark, r.source_url)
        if r.source_url and key in seen:
            problems.append(f"result (entry '{r.entry}', benchmark '{r.benchmark}'): field 'value' {r.value} "
                            f"repeats the same source as {seen[key]} (one value per work, benchmark and source)")
        seen.setdefault(key, r.value)


def validate(problems: list[str], raw_benchmarks, raw_results, entry_ids: set[str]):
    """(benchmarks, results) as records; every problem is appended to `problems` (raised together)."""
    benchmarks = tuple(b for b in (_benchmark(problems, i, raw) for i, raw in enumerate(raw_benchmarks or ())) if b)
    benches = {b.id: b for b in benchmarks if b.id}
    results = tuple(r for r in (_result(problems, i, raw, entry_ids, benches)
                                for i, raw in enumerate(raw_results or ())) if r)
    _duplicates(problems, benchmarks, results)
    return benchmarks, results


def page_data(benchmarks, results) -> dict:
    """Plain data for the page; empty optional fields are left out."""
    def bench(b: Benchmark) -> dict:
        return {"id": b.id, "name": b.name, "task": b.task, "dataset": b.dataset, "metric": b.metric, "unit": b.unit,
                "higher": b.higher_is_better, "protocol": b.protocol, "url": b.url}

    def result(r: Result) -> dict:
        out = {"entry": r.entry, "bench": r.benchmark, "value": r.value, "source": [r.source_title, r.source_url],
               "where": r.where, "by": r.reported_by}
        out.update({k: v for k, v in (("note", r.note), ("model", r.model), ("date", r.date), ("printed", r.printed))
                    if v})
        return out
    return {"benchmarks": [bench(b) for b in benchmarks], "results": [result(r) for r in results]}
