"""Evidence in the schema: an edge's reason, an entry's sources, checked month and kind, and the
`source_kinds` of an edge type (landscape_evidence, wired in by landscape_schema)."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gen_landscape as G
import landscape_schema

REASON = "Keeps Alpha's latent model and learns a policy inside it instead of planning."
SOURCES = [("arXiv 2101.00001", "https://arxiv.org/abs/2101.00001"), ("official code", "https://github.com/x/beta")]


def problems(spec) -> list[str]:
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    return err.value.problems


def only_problem(spec) -> str:
    found = problems(spec)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def required(monkeypatch):
    monkeypatch.setattr(landscape_schema, "REQUIRE_EVIDENCE", True)


@pytest.fixture
def evidenced(spec):
    """The tiny spec with every piece of evidence present and valid."""
    spec["today"] = "2026-12"
    spec["entry_kinds"] = ["benchmark", "evaluation"]
    spec["edges"] = [("beta", "alpha", "builds_on", REASON),
                     ("gamma", "beta", "alternative_to", "Predicts tokens where Beta predicts pixels.")]
    for e in spec["entries"]:
        e["sources"] = [(label, url + "-" + e["id"]) for label, url in SOURCES]
        e["checked"] = "2026-12"
    return spec


# ----------------------------------------------------------------------------- the switch

def test_evidence_is_required_and_optional_with_the_switch_off(spec, monkeypatch):
    assert landscape_schema.REQUIRE_EVIDENCE is True      # the data has its evidence: required from now on
    spec["edges"] = [tuple(e[:3]) for e in spec["edges"]]
    for e in spec["entries"]:
        del e["sources"], e["checked"]
    assert "field 'sources' is missing" in " ".join(problems(spec))
    monkeypatch.setattr(landscape_schema, "REQUIRE_EVIDENCE", False)
    ls = G.validate(spec)
    assert [e.reason for e in ls.edges] == ["", ""]
    assert all(e.sources == () and e.checked == "" and e.kind == "" for e in ls.entries)


def test_a_full_spec_validates_with_the_switch_on(evidenced, required):
    ls = G.validate(evidenced)
    assert ls.edges[0].reason == REASON
    assert ls.entries[0].sources[0] == ("arXiv 2101.00001", "https://arxiv.org/abs/2101.00001-alpha")
    assert ls.entries[0].checked == "2026-12"


def test_missing_evidence_is_named_with_the_switch_on(spec, required):
    spec["today"] = "2026-12"
    spec["edges"] = [tuple(e[:3]) for e in spec["edges"]]
    for e in spec["entries"]:
        del e["sources"], e["checked"]
    found = problems(spec)
    assert "edge beta -> alpha (builds_on): field 'reason' is missing: one sentence on what the source takes, " \
        "changes, measures or disputes" in found
    assert any(p.startswith("entry 'alpha': field 'sources' is missing") for p in found), found
    assert any(p.startswith("entry 'gamma': field 'checked' is missing") for p in found), found
    assert len(found) == 2 + 3 * 2, found


# ----------------------------------------------------------------------------- reasons

@pytest.mark.parametrize("reason, says", [
    ("", "is empty"),
    (42, "must be a string, got int"),
    ("Keeps Alpha's latent model", "must be one sentence ending with a period"),
    ("Keeps Alpha's latent model. It also learns a policy.", "has more than one sentence"),
    ("x" * 199 + "..", "is 201 characters long"),
    ("Builds on Alpha.", "only restates the type ('builds on') and the works' names"),
    ("Beta builds on the Alpha model.", "only restates the type"),
])
def test_a_bad_reason_names_the_edge_and_the_field(evidenced, reason, says):
    evidenced["edges"][0] = ("beta", "alpha", "builds_on", reason)
    p = only_problem(evidenced)
    assert p.startswith("edge beta -> alpha (builds_on): field 'reason' "), p
    assert says in p, p


@pytest.mark.parametrize("reason", [
    "Keeps Alpha's latent model, e.g. Its RSSM, and learns a policy inside it.",
    "Reports a 2.5x speed-up vs. Alpha on the same benchmark.",
    "Follows J. Schmidhuber's recipe but trains the model and the controller jointly.",
    "Reuses Alpha's tokenizer.",
])
def test_abbreviations_and_short_real_reasons_pass(evidenced, reason):
    evidenced["edges"][0] = ("beta", "alpha", "builds_on", reason)
    assert G.validate(evidenced).edges[0].reason == reason


def test_an_edge_must_be_a_three_or_four_tuple(evidenced):
    evidenced["edges"][0] = ("beta", "alpha", "builds_on", REASON, "extra")
    assert only_problem(evidenced) == "edge #0: must be a (source_id, target_id, type, reason) tuple of strings"


# ----------------------------------------------------------------------------- sources and checked

@pytest.mark.parametrize("sources, says", [
    ([], "is empty: list at least one primary source"),
    ("https://arxiv.org/abs/1", "must be a list of (label, url) pairs"),
    ([("arXiv", "")], "must be a list of (label, url) pairs"),
    ([("arXiv", "javascript:alert(1)")], "has 'arXiv' with a URL that is not http(s)"),
    ([("arXiv", "https://a.org/x"), ("PDF", "https://a.org/x")], "lists 'https://a.org/x' twice"),
    ([("project", "https://example.org/a")], "only repeats the learn link"),
])
def test_bad_sources_are_named(evidenced, sources, says):
    evidenced["entries"][0]["sources"] = sources
    p = only_problem(evidenced)
    assert p.startswith("entry 'alpha': field 'sources' "), p
    assert says in p, p


@pytest.mark.parametrize("checked, says", [
    ("2026-13", "must be 'YYYY-MM'"),
    ("Dec 2026", "must be 'YYYY-MM'"),
    ("2027-01", "is 2027-01, in the future (this build's month is 2026-12)"),
    ("2019-12", "is 2019-12 but the work was released in 2020-01"),
])
def test_a_bad_checked_month_is_named(evidenced, checked, says):
    evidenced["entries"][0]["checked"] = checked
    p = only_problem(evidenced)
    assert p.startswith("entry 'alpha': field 'checked' "), p
    assert says in p, p


def test_without_a_given_today_the_check_uses_this_month(evidenced):
    del evidenced["today"]
    evidenced["entries"][0]["checked"] = "2999-01"
    assert "in the future" in only_problem(evidenced)


# ----------------------------------------------------------------------------- kinds

def evaluates_type():
    return dict(key="evaluates", label="evaluates", inverse="evaluated by", dash="4 3",
                source_kinds=["benchmark", "evaluation"])


def test_a_kind_must_be_declared(evidenced):
    evidenced["entries"][1]["kind"] = "dataset"
    assert only_problem(evidenced) == ("entry 'beta': field 'kind' is 'dataset', not one of the entry kinds "
                                       "(benchmark, evaluation)")


def test_source_kinds_must_be_declared_kinds(evidenced):
    evidenced["edge_types"].append(dict(evaluates_type(), source_kinds=["bench"]))
    assert "edge type 'evaluates': field 'source_kinds' names 'bench'" in only_problem(evidenced)


def test_an_evaluates_edge_starts_at_a_benchmark(evidenced, required):
    evidenced["edge_types"].append(evaluates_type())
    evidenced["edges"].append(("gamma", "alpha", "evaluates", "Measures Alpha's long-horizon error on its suite."))
    assert only_problem(evidenced) == ("edge gamma -> alpha (evaluates): field 'source' is 'gamma' (an ordinary "
                                       "work), but a 'evaluates' edge starts at an entry of kind benchmark or "
                                       "evaluation")
    evidenced["entries"][2]["kind"] = "benchmark"
    assert G.validate(evidenced).entries[2].kind == "benchmark"


def test_an_unmarked_source_passes_while_the_switch_is_off_but_a_wrong_kind_never(evidenced, monkeypatch):
    monkeypatch.setattr(landscape_schema, "REQUIRE_EVIDENCE", False)
    evidenced["edge_types"].append(evaluates_type())
    evidenced["edges"].append(("gamma", "alpha", "evaluates", "Measures Alpha's long-horizon error on its suite."))
    G.validate(evidenced)
    evidenced["entry_kinds"].append("survey")
    evidenced["entries"][2]["kind"] = "survey"
    assert "field 'source' is 'gamma' (survey)" in only_problem(evidenced)


def test_a_benchmark_may_measure_later_works_but_a_baseline_is_older(evidenced, required):
    """A benchmark keeps scoring the works that follow it (a leaderboard); any other directed edge reads
    newer -> older."""
    evidenced["edge_types"].append(evaluates_type())
    evidenced["entries"][0]["kind"] = "benchmark"          # alpha (2020-01) is older than beta (2021-01)
    evidenced["edges"].append(("alpha", "beta", "evaluates", "Its leaderboard scores Beta on the same suite."))
    G.validate(evidenced)
    evidenced["edges"][-1] = ("alpha", "gamma", "builds_on", "Takes Gamma's encoder and trains it on its own data.")
    assert "points forward in time" in only_problem(evidenced)


def test_sources_may_repeat_the_learn_link_only_when_it_is_the_publication(evidenced, required):
    """A blog-only release: its announcement is the paper record, what to read and the source."""
    alpha = evidenced["entries"][0]
    alpha["sources"] = [("announcement", alpha["learn"][1])]
    assert "only repeats the learn link" in only_problem(evidenced)
    evidenced["papers"][0]["url"] = alpha["learn"][1]
    G.validate(evidenced)


# ----------------------------------------------------------------------------- into the page

def island(html: str) -> dict:
    raw = re.search(r'<script type="application/json" id="landscape-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_the_page_data_carries_reasons_sources_checked_and_kind(evidenced):
    evidenced["entries"][2]["kind"] = "benchmark"
    data = island(G.build(evidenced)[0])
    assert data["edges"][0] == ["beta", "alpha", "builds_on", REASON]
    alpha, _, gamma = data["entries"]
    assert alpha["sources"][1] == ["official code", "https://github.com/x/beta-alpha"]
    assert alpha["checked"] == "2026-12" and "kind" not in alpha and gamma["kind"] == "benchmark"


def test_absent_evidence_costs_no_bytes(spec, monkeypatch):
    monkeypatch.setattr(landscape_schema, "REQUIRE_EVIDENCE", False)
    spec["edges"] = [tuple(e[:3]) for e in spec["edges"]]
    for e in spec["entries"]:
        del e["sources"], e["checked"]
    data = island(G.build(spec)[0])
    assert data["edges"][0] == ["beta", "alpha", "builds_on"]
    assert not {"sources", "checked", "kind"} & set(data["entries"][0])


def test_the_build_month_never_reaches_the_page(evidenced):
    html = G.build(evidenced)[0]
    del evidenced["today"]
    assert G.build(evidenced)[0] == html


_PIECES = st.tuples(st.sampled_from(["", "(", '"', "'"]), st.sampled_from(["Aa", "aa", "J", "e.g", "vs", "Et al"]),
                    st.sampled_from(["", ".", "!", "?", ","]), st.sampled_from([" ", "  ", "\n"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map(lambda pieces: "".join("".join(p) for p in pieces)))
def test_the_quick_sentence_test_never_hides_a_stop(text):
    """_sentences skips its full scan when no stop precedes a capital; the count stays the full scan's."""
    import landscape_evidence as ev
    ends = [m for m in ev._SENTENCE_END.finditer(text)
            if m.group(1).lower().rstrip(".") not in ev._ABBREVIATIONS and len(m.group(1).rstrip(".")) > 1]
    assert ev._sentences(text) == len(ends) + 1
