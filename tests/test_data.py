"""Data tests for the world-model landscape: coverage, completeness, links, edges, facts' shape."""
from __future__ import annotations

import re
import time
from collections import Counter

import pytest

import gen_landscape as G
import gen_worldmodel as W
import landscape_schema
import my_papers

ENTRIES = W.P
PAPERS = {p["key"]: p for p in my_papers.PAPERS}
PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|lorem|ipsum|XXX)\b|\?\?\?|^\.\.\.$|^-$", re.I)
TEXT_FIELDS = ["name", "short", "tagline", "simple", "mapping", "math", "when"]


def test_families_are_the_owners_eleven():
    assert [f[0] for f in W.FAMILIES] == ["Latent", "Value", "Token", "JEPA", "VideoDiff", "Interactive",
                                          "Spatial3D", "Driving", "RobotWM", "WMVLA", "Position"]


def test_seed_entries_are_kept():
    ids = {e["id"] for e in ENTRIES}
    assert {"world-models", "planet", "dreamer", "daydreamer", "dreamer4", "muzero", "efficientzero", "tdmpc",
            "iris", "gaia1"} <= ids


def test_the_real_data_validates(real_spec):
    G.validate(real_spec)


def test_every_family_holds_20_to_25_and_the_map_240():
    """Issue 27: the whole field, at least 240 works, every family at least 20 and at most 25."""
    counts = Counter(e["family"] for e in ENTRIES)
    off = {f[0]: counts[f[0]] for f in W.FAMILIES if not 20 <= counts[f[0]] <= 25}
    assert not off, f"families outside 20-25 entries: {off}"
    assert len(ENTRIES) >= 240


def test_this_rounds_works_were_checked_this_round():
    """A work that joined in 2026-12 was written and checked against its sources in 2026-12."""
    late = [e["id"] for e in ENTRIES if e.get("added") == "2026-12" and e.get("checked") != "2026-12"]
    assert not late, late


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["id"])
def test_entry_is_complete(entry):
    for field in TEXT_FIELDS:
        assert isinstance(entry[field], str) and entry[field].strip(), field
        assert not PLACEHOLDER.search(entry[field]), (field, entry[field])
    for field in ("pros", "cons"):
        assert len(entry[field]) >= 2, field
        assert all(x.strip() and not PLACEHOLDER.search(x) for x in entry[field]), field
    assert len([s for s in entry["mapping"].split("→") if s.strip()]) >= 3
    assert entry["papers"], "cites no paper"
    assert re.fullmatch(r"(199\d|20[0-2]\d)-(0[1-9]|1[0-2])", entry["date"]), entry["date"]
    assert entry["date"] <= time.strftime("%Y-%m"), "first release cannot be in the future"
    assert G.tex_brace_problem(entry["math"]) is None
    assert "$" not in entry["math"], "TeX goes in without $ delimiters"
    title, url = entry["learn"]
    assert title.strip() and url.startswith(("https://", "http://"))
    assert len(entry["short"]) <= 20 and len(entry["tagline"]) <= 160


def test_ids_and_short_labels_are_unique():
    for field in ("id", "short", "name"):
        dup = [k for k, n in Counter(e[field] for e in ENTRIES).items() if n > 1]
        assert not dup, f"duplicated {field}: {dup}"


@pytest.mark.parametrize("paper", my_papers.PAPERS, ids=lambda p: p["key"])
def test_paper_is_complete(paper):
    assert paper["title"].strip() and paper["venue"].strip()
    assert paper["authors"] and all(a.strip() for a in paper["authors"])
    assert re.match(r"^https?://\S+$", paper["url"]), "a paper needs a link"
    assert 1990 <= paper["year"] <= 2026
    if "arxiv.org" in paper["url"]:
        assert re.match(r"^https://arxiv\.org/abs/\d{4}\.\d{4,5}$", paper["url"])
    assert paper.get("mine", False) is False, "no paper is the owner's until the owner marks it"


def test_every_paper_is_cited_and_every_citation_exists():
    cited = {k for e in ENTRIES for k in e["papers"]}
    assert cited <= set(PAPERS)
    assert set(PAPERS) <= cited, f"uncited papers: {set(PAPERS) - cited}"


def test_edges_connect_everything_densely_and_across_families():
    fam = {e["id"]: e["family"] for e in ENTRIES}
    degree = Counter()
    for s, t, *_ in W.EDGES:
        degree[s] += 1
        degree[t] += 1
    lonely = [e["id"] for e in ENTRIES if not degree[e["id"]]]
    assert not lonely, f"entries without an edge: {lonely}"
    assert len(W.EDGES) / len(ENTRIES) >= 1.8
    cross = [e for e in W.EDGES if fam[e[0]] != fam[e[1]]]
    assert len(cross) >= 30, len(cross)
    unused = {t["key"] for t in W.EDGE_TYPES} - {t for _, _, t, *_ in W.EDGES}
    # compares_with arrives with the evidence data (landscape_schema.REQUIRE_EVIDENCE turns True with it).
    assert unused <= ({"compares_with"} if not landscape_schema.REQUIRE_EVIDENCE else set()), unused


def test_judgment_edges_stay_under_35_percent():
    """Lineage is fact, "alternative to" is judgment: most edges must be the facts (issue: at most 35%)."""
    kinds = Counter(t for _, _, t, *_ in W.EDGES)
    assert kinds["alternative_to"] / len(W.EDGES) <= 0.35, kinds


def test_directed_edges_point_back_in_time():
    """Newer <type> older, except a benchmark's measurement: it keeps scoring the works that follow it."""
    date = {e["id"]: e["date"] for e in ENTRIES}
    directed = {t["key"] for t in W.EDGE_TYPES if t.get("directed", True) and not t.get("source_kinds")}
    forward = [(s, t, k) for s, t, k, *_ in W.EDGES if k in directed and date[s] < date[t]]
    assert not forward, f"newer <type> older is the reading; these point forward: {forward}"


def test_paper_year_is_not_before_its_entries_first_release():
    """The entry's date is its first release; a record's year is its venue's year, never earlier."""
    early = [(e["id"], k) for e in ENTRIES for k in e["papers"]
             if k in PAPERS and PAPERS[k]["year"] < int(e["date"][:4]) and e["papers"][0] == k]
    assert not early, early


def test_venues_name_a_venue_and_its_year():
    for p in my_papers.PAPERS:
        assert re.search(r"\b(19|20)\d\d\b", p["venue"]), (p["key"], p["venue"])
        assert str(p["year"]) in p["venue"], (p["key"], "the record's year is its venue's year")


# Works whose only official source is the paper itself (no project page, talk or blog was found).
NO_SEPARATE_LEARN_PAGE = {"iwm", "vl-jepa"}


def test_learn_link_is_not_the_paper_again():
    """"Learn" points at the best place to learn a work, not at a paper already listed, unless the
    paper is an official blog post (then it is that place) or no separate page exists."""
    repeats = [e["id"] for e in ENTRIES
               if any(PAPERS[k]["url"].rstrip("/") == e["learn"][1].rstrip("/")
                      and not PAPERS[k]["venue"].startswith("Blog post") for k in e["papers"])]
    assert set(repeats) <= NO_SEPARATE_LEARN_PAGE, repeats


def test_same_name_works_are_told_apart():
    names = {e["id"]: (e["name"], e["short"]) for e in ENTRIES}
    for a, b in (("unisim-google", "unisim-waabi"), ("univla-bu", "univla-wang")):
        assert a in names and b in names
        assert names[a][0] != names[b][0] and names[a][1] != names[b][1]


def test_every_animation_is_used_by_some_entry():
    used = {e["anim"] for e in ENTRIES}
    assert set(W.animations()) == used
    assert len(used) >= 12


def test_every_entry_says_when_it_joined_the_map(real_spec):
    """`added` is optional in the engine but required here: own field or the module's ADDED_DEFAULT."""
    assert re.fullmatch(r"\d{4}-\d{2}", W.ADDED_DEFAULT)
    missing = [e.id for e in G.validate(real_spec).entries if not e.added]
    assert not missing, f"entries without an added month: {missing}"


def _lab(hex_colour):
    """CIE L*a*b* (D65) of a #rrggbb colour."""
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    fx, fy, fz = (v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_family_colours_are_clearly_distinct():
    """Issue 21: Video Diffusion vs Driving and Value-Equivalent vs Robot WM were near-identical."""
    colour = {f[0]: f[2] for f in W.FAMILIES}

    def delta(a, b):
        return sum((p - q) ** 2 for p, q in zip(_lab(colour[a]), _lab(colour[b]))) ** 0.5
    keys = sorted(colour)
    assert min(delta(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]) >= 24
    assert delta("VideoDiff", "Driving") >= 40 and delta("Value", "RobotWM") >= 40
