"""A synthetic landscape of any size (deterministic), for scale tests and the benchmark."""
from __future__ import annotations

import copy
import random

import gen_worldmodel

WORDS = ("world model latent dynamics video diffusion token policy value planning imagination robot driving "
         "scene memory action reward encoder decoder transformer prediction embedding simulator").split()


def synthetic_spec(n: int, seed: int = 7) -> dict:
    """The real families, edge types, animations and papers; n made-up entries and ~1.5 n edges."""
    rng = random.Random(seed)
    real = gen_worldmodel.spec()
    families = [f[0] for f in real["families"]]
    anims = sorted(real["animations"])
    paper_keys = [p["key"] for p in real["papers"]]

    def month(year: int, m: int) -> str:      # not after the real spec's `added_default` month
        return min(f"{year}-{m:02d}", real.get("added_default") or "9999-12")

    def words(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    entries = []
    for i in range(n):
        entries.append(dict(
            id=f"e{i}", name=f"Entry {i} {words(2).title()}", short=f"Entry {i}", family=families[i % len(families)],
            anim=anims[i % len(anims)], date=month(2000 + rng.randrange(27), 1 + rng.randrange(12)),
            tagline=words(14).capitalize() + ".",
            simple=words(60).capitalize() + ".", mapping=" → ".join(words(2) for _ in range(4)),
            math=r"\mathcal{L}=\sum_t \lVert f_\theta(z_t, a_t) - z_{t+1} \rVert^2", when=words(12) + ".",
            pros=[words(5) for _ in range(3)], cons=[words(5) for _ in range(3)],
            papers=[rng.choice(paper_keys)], learn=("Project page", f"https://example.org/{i}")))
    types = [t["key"] for t in real["edge_types"]]
    edges, seen = [], set()
    while len(edges) < int(1.5 * n):
        a, b = rng.randrange(n), rng.randrange(n)
        key = (min(a, b), max(a, b))
        if a == b or key in seen:
            continue
        seen.add(key)
        if entries[a]["date"] < entries[b]["date"]:      # directed edges read newer -> older
            a, b = b, a
        edges.append((f"e{a}", f"e{b}", rng.choice(types)))
    # The real tours, results and family chapters name real entries: a synthetic landscape has none (its
    # benchmarks stay, empty); its entries joined when released.
    return with_evidence(dict(real, title=f"Synthetic landscape ({n})", entries=entries, edges=edges, tours=[],
                              results=[], added_default="", families=[tuple(f[:3]) for f in real["families"]]))


def cloned(spec: dict, times: int) -> dict:
    """Every entry cloned `times - 1` more times with its edges (the real data at `times` x its size)."""
    spec = copy.deepcopy(spec)
    entries, edges = list(spec["entries"]), list(spec["edges"])
    for c in range(2, times + 1):
        entries += [dict(e, id=f"{e['id']}-c{c}", short=f"{e['short']} ·{c}") for e in spec["entries"]]
        edges += [(f"{a}-c{c}", f"{b}-c{c}", *rest) for a, b, *rest in spec["edges"]]
    return dict(spec, entries=entries, edges=edges)


def with_evidence(spec: dict, today: str = "2026-12") -> dict:
    """The spec with made-up evidence for page tests: every edge a placeholder reason, every entry
    placeholder sources and a checked month, and the sources of `evaluates` edges marked as benchmarks.
    (Test data only: the real reasons and sources come from the papers.)"""
    spec = copy.deepcopy(spec)
    evaluators = {s for s, _, t, *_ in spec["edges"] if t == "evaluates"}
    spec["edges"] = [(s, t, k, f"Test reason {i}: what the newer work takes from the older one.")
                     for i, (s, t, k, *_) in enumerate(spec["edges"])]
    for e in spec["entries"]:
        e["sources"] = [("Test source A", f"https://example.org/src/{e['id']}"),
                        ("Test source B", f"https://example.org/code/{e['id']}")]
        e["checked"] = max(e["date"], today)
        if e["id"] in evaluators:
            e["kind"] = "benchmark"
    return dict(spec, today=max([today] + [e["date"] for e in spec["entries"]]))


def tripled(spec: dict) -> dict:
    """Every entry cloned twice with its edges (the '3x page')."""
    return cloned(spec, 3)
