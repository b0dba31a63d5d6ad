"""The force layout (landscape_layout.py) and the map it gives: exact ticks, no lattice, no overlap,
regions that hold their stars, lineage kept close, and 2,000 entries placed."""
from __future__ import annotations

import copy

import browser  # noqa: F401  (puts the repo root on sys.path)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from synthetic import synthetic_spec, tripled

import gen_landscape as G
import landscape_layout as L
import landscape_packing as P


def test_lcg_is_d3s():
    rng, state = L.Lcg(1), 1
    for _ in range(3):              # d3-force lcg(): s = (1664525 s + 1013904223) mod 2^32, value s / 2^32
        state = (1664525 * state + 1013904223) % 4294967296
        assert rng() == state / 4294967296


def test_one_tick_of_two_linked_nodes_matches_a_hand_computation():
    """Two linked 60x43 boxes at (-30, -40) and (30, 40), at rest; 20 ticks from alpha 1 to 2^-20, so this
    tick's alpha is 1/2. Worked by hand with the default forces (d3-force's rules):
      link:    d = 100, f = (100 - 70) / 100 * alpha 0.5 * strength 0.5 / min degree 1 = 0.075;
               (dx, dy) * f = (4.5, 6), half each (equal degrees): a.v = (2.25, 3), b.v = -a.v
      charge:  d2 = 10000 < 130^2, f = 900 * 0.5 / 10000 = 0.045: a.v -= (2.7, 3.6) -> (-0.45, -0.6)
      centre:  kx = 0.06 * 0.5 = 0.03, ky = 1.6 kx = 0.048: a.v -= (-30 kx, -40 ky) -> (0.45, 1.32)
      collide: next y gap 77.36 > 29 + 14 + 10: no overlap, no push
      decay:   v *= 1 - 0.45 -> a.v = (0.2475, 0.726); a moves to (-29.7525, -39.274), b mirrors it."""
    nodes = [L.Node(k, 30, 14, 29) for k in "ab"]
    sim = L.Simulation(nodes, [(0, 1)], L.Settings(ticks=20, alpha_min=0.5 ** 20))
    (nodes[0].x, nodes[0].y), (nodes[1].x, nodes[1].y) = (-30.0, -40.0), (30.0, 40.0)
    sim.tick()
    assert sim.alpha == pytest.approx(0.5)
    assert [(n.x, n.y, n.vx, n.vy) for n in nodes] == [
        pytest.approx((-29.7525, -39.274, 0.2475, 0.726)), pytest.approx((29.7525, 39.274, -0.2475, -0.726))]


def test_overlapping_boxes_are_pushed_apart_the_shorter_way():
    """Same two boxes 20 px apart in x and 10 in y, charge and link off, no centring: only collide acts.
    ox = 30 + 30 + 10 - 20 = 50, oy = 29 + 14 + 10 - 10 = 43; 43 * 1.5 > 50, so the push is along x:
    50 * 0.7 / 2 = 17.5 each way, then decay 0.55: vx = -+9.625."""
    nodes = [L.Node(k, 30, 14, 29) for k in "ab"]
    settings = L.Settings(ticks=20, alpha_min=0.5 ** 20, charge=0.0, centre=0.0)
    sim = L.Simulation(nodes, [], settings)
    (nodes[0].x, nodes[0].y), (nodes[1].x, nodes[1].y) = (0.0, 0.0), (20.0, 10.0)
    sim.tick()
    assert [(n.vx, n.vy) for n in nodes] == [pytest.approx((-9.625, 0.0)), pytest.approx((9.625, 0.0))]


def test_family_layout_is_deterministic_and_overlap_free():
    ids = [f"n{i}" for i in range(40)]
    boxes = [(20 + (i * 7) % 40, 14, 29) for i in range(40)]
    links = [(i, i + 1) for i in range(0, 39, 2)]
    a = L.family_layout(ids, boxes, links)
    assert a == L.family_layout(ids, boxes, links)
    for i in range(40):
        for j in range(i + 1, 40):
            (xa, ya), (xb, yb) = a[ids[i]], a[ids[j]]
            overlap_x = abs(xa - xb) < boxes[i][0] + boxes[j][0]
            overlap_y = (yb - ya < 43) if yb >= ya else (ya - yb < 43)
            assert not (overlap_x and overlap_y), (ids[i], ids[j])


def lattice_like(values: list[float], tolerance: float = 2.0) -> bool:
    """True if the values fall on few distinct levels (rows or columns of a grid)."""
    levels: list[float] = []
    for v in sorted(values):
        if not levels or v - levels[-1] > tolerance:
            levels.append(v)
    return len(levels) <= len(values) / 2


def test_no_family_sits_on_a_lattice(real_spec):
    ls = G.validate(tripled(real_spec))
    lay = G.layout(ls)
    for fam in ls.families:
        pts = [lay.positions[e.id] for e in ls.entries if e.family == fam.key]
        assert len(pts) >= 20
        assert not lattice_like([x for x, _ in pts]), f"{fam.key}: stars in columns"
        assert not lattice_like([y for _, y in pts]), f"{fam.key}: stars in rows"


def test_lattice_check_catches_a_grid():
    grid = [(x * 80.0, y * 44.0) for x in range(5) for y in range(5)]
    assert lattice_like([x for x, _ in grid]) and lattice_like([y for _, y in grid])


def test_tripled_map_has_no_overlap_and_regions_hold_their_stars(real_spec):
    ls = G.validate(tripled(real_spec))
    lay = G.layout(ls)
    assert G.overlapping_pairs(ls, lay) == []
    for e in ls.entries:
        x, y = lay.positions[e.id]
        b = G.star_box(x, y, e.short)
        box = lay.family_boxes[e.family]
        assert box.x0 <= b.x0 and b.x1 <= box.x1 and box.y0 <= b.y0 and b.y1 <= box.y1, e.id
    for boxes in (lay.family_boxes, lay.tall[2]):       # regions never overlap, wide or tall
        rs = list(boxes.values())
        assert not any(a.overlaps(b) for i, a in enumerate(rs) for b in rs[i + 1:])
    assert lay.width > lay.height and lay.tall[0] < lay.tall[1]


def test_lineage_pulls_related_works_together(real_spec):
    ls = G.validate(real_spec)
    lay = G.layout(ls)
    fam_of = {e.id: e.family for e in ls.entries}
    lineage = {t.key for t in ls.edge_types if t.lineage}

    def dist(a, b):
        (xa, ya), (xb, yb) = lay.positions[a], lay.positions[b]
        return ((xa - xb) ** 2 + (ya - yb) ** 2) ** 0.5
    linked = [dist(s, t) for s, t, k, _ in ls.edges if k in lineage and fam_of[s] == fam_of[t]]
    same_family = [dist(a.id, b.id) for i, a in enumerate(ls.entries) for b in ls.entries[i + 1:]
                   if a.family == b.family]
    assert sum(linked) / len(linked) < 0.8 * sum(same_family) / len(same_family)


def test_regions_are_sized_by_their_members(real_spec):
    spec = copy.deepcopy(real_spec)
    fam = spec["entries"][0]["family"]
    base = [e for e in spec["entries"] if e["family"] == fam][0]
    before = G.layout(G.validate(spec)).family_boxes[fam]
    n = sum(1 for e in spec["entries"] if e["family"] == fam)
    spec["entries"] += [dict(base, id=f"extra-{i}", short=f"Extra {i}") for i in range(2 * n)]
    after = G.layout(G.validate(spec)).family_boxes[fam]
    area = lambda b: (b.x1 - b.x0) * (b.y1 - b.y0)  # noqa: E731
    assert area(after) > 2 * area(before), "three times the works, well over twice the room"


def test_two_thousand_entries_lay_out_without_overlap():
    """Scale: every one of 2,000 entries placed, none overlapping (its speed: bench/bench.py)."""
    ls = G.validate(synthetic_spec(2000))
    lay = G.layout(ls)
    assert len(lay.positions) == 2000
    assert G.overlapping_pairs(ls, lay) == []


def test_layout_work_grows_linearly_with_the_family(real_spec, monkeypatch):
    """Cost as counted work, not seconds: ticks x stars stays within the budget and settle()'s collision
    checks per star stay flat from 10x to 20x (the old fixed-tick layout compressed big families and
    settle searched ever longer: 2.3 checks per star at 1x, hundreds at 20x)."""
    from synthetic import cloned
    checks = [0]
    real_collides = L._collides

    def counted(*args):
        checks[0] += 1
        return real_collides(*args)

    monkeypatch.setattr(L, "_collides", counted)
    ticks = []
    real_run = L.Simulation.run
    def counted_run(self):
        ticks.append((len(self.nodes), real_run(self)))
        return ticks[-1][1]

    monkeypatch.setattr(L.Simulation, "run", counted_run)
    per_star = {}
    for times in (10, 20):
        checks[0], ticks[:] = 0, []
        ls = G.validate(cloned(real_spec, times))
        lay = G.layout(ls)
        assert not G.overlapping_pairs(ls, lay)
        assert all(n * t <= L.DEFAULT_SETTINGS.node_ticks + 8 * n for n, t in ticks), ticks
        per_star[times] = checks[0] / len(ls.entries)
    assert per_star[20] <= 1.3 * per_star[10] + 2, per_star



def _pack_every_width(regions, aspect, gap):
    """pack() as it was before it skipped widths that break into rows already scored."""
    import math
    total = sum(r.w * r.h for r in regions)
    widest = max(r.w for r in regions)
    best = None
    for step in range(40):
        width = max(widest, math.sqrt(total * aspect) * (0.6 + step * 0.05))
        rows = P._rows(regions, width, gap)
        w = max(sum(r.w for r in row) + gap * (len(row) - 1) for row in rows)
        h = sum(max(r.h for r in row) for row in rows) + gap * (len(rows) - 1)
        score = (w * h / total) * max(w / h / aspect, aspect * h / w) ** 0.7
        if best is None or score < best[0] - 1e-9:
            best = (score, rows, w, h)
    _, rows, w, h = best
    at, y = {}, 0.0
    for row in rows:
        row_h = max(r.h for r in row)
        x = (w - sum(r.w for r in row) - gap * (len(row) - 1)) / 2
        for r in row:
            at[r.key] = (x, y + (row_h - r.h) / 2)
            x += r.w + gap
        y += row_h + gap
    return at, w, h


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.floats(20, 900), st.floats(20, 900)), min_size=1, max_size=14),
       st.sampled_from([0.5, 1.55, 3.0]))
def test_pack_gives_exactly_what_scoring_every_width_gives(sizes, aspect):
    regions = [P.Region(f"r{i}", w, h) for i, (w, h) in enumerate(sizes)]
    assert P.pack(regions, aspect, 26.0) == _pack_every_width(regions, aspect, 26.0)
