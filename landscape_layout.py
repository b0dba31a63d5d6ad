"""Deterministic force layout of the constellation map (d3-force's ideas in the standard library).

Each family is simulated on its own around (0, 0): lineage links pull related works together, a
short-range charge spreads stars organically (no lattice), a centring force holds the family together
and a collision force keeps star+label boxes apart; a final pass removes any overlap left. Families then
become regions sized by their content, which landscape_packing packs into a wide and a tall map.
Randomness comes from a seeded LCG, neighbour look-ups from a uniform grid: same input, same output.
"""
from __future__ import annotations

import math

from landscape_records import NamedTuple

GOLDEN = math.pi * (3 - math.sqrt(5))


class Lcg:
    """d3-force's linear congruential generator: a tiny, seeded, platform-independent random source."""

    def __init__(self, seed: int = 1) -> None:
        self.state = seed % 4294967296

    def __call__(self) -> float:
        self.state = (1664525 * self.state + 1013904223) % 4294967296
        return self.state / 4294967296


class Node:
    """One star: position, velocity and the half-extents of its star+label box around (x, y)."""
    __slots__ = ("id", "x", "y", "vx", "vy", "half", "up", "down")

    def __init__(self, node_id: str, half: float, up: float, down: float) -> None:
        self.id, self.half, self.up, self.down = node_id, half, up, down
        self.x = self.y = self.vx = self.vy = 0.0


class Settings(NamedTuple):
    gap: float = 10.0             # clear space between two star+label boxes
    link_distance: float = 70.0
    link_strength: float = 0.5
    charge: float = 900.0         # short-range repulsion (px^2 per tick at alpha 1)
    charge_range: float = 130.0
    centre: float = 0.06          # pull towards the family's centre (x; y is pulled harder: labels are wide)
    ticks: int = 120              # at most: a small family runs them all, unless it cools first
    node_ticks: int = 2400        # work per family: a big family gets fewer, gentler ticks (cost O(n))
    velocity_decay: float = 0.45
    alpha_min: float = 0.001
    cooled: float = 0.05          # stop once alpha is low and no star moves more than this (px per tick)


DEFAULT_SETTINGS = Settings()


def cell_keys(nodes: list[Node], cell: float) -> list[tuple[int, int]]:
    """Each node's cell in a uniform grid: neighbours are found without looking at every node."""
    return [(int(n.x // cell), int(n.y // cell)) for n in nodes]


_FORWARD = ((1, -1), (1, 0), (1, 1), (0, 1))


def near_pairs(nodes: list[Node], keys: list[tuple[int, int]]) -> list[tuple[Node, Node]]:
    """Every pair of nodes in the same or adjacent grid cells (keys: cell_keys), once, the earlier first."""
    grid: dict[tuple[int, int], list[int]] = {}
    for i, key in enumerate(keys):
        grid.setdefault(key, []).append(i)
    pairs = []
    for (cx, cy), here in grid.items():
        for k, i in enumerate(here):        # a cell lists its nodes in order: i < j
            a = nodes[i]
            pairs += [(a, nodes[j]) for j in here[k + 1:]]
        for dx, dy in _FORWARD:
            there = grid.get((cx + dx, cy + dy))
            if there:
                pairs += [(nodes[i], nodes[j]) if i < j else (nodes[j], nodes[i]) for i in here for j in there]
    return pairs


class Simulation:
    """A d3-style simulation: alpha decays from 1 towards alpha_min over `ticks` ticks; each tick the
    forces add to velocities, velocities decay and move the nodes. `tick(n)` makes it testable."""

    def __init__(self, nodes: list[Node], links: list[tuple[int, int]], settings: Settings = DEFAULT_SETTINGS,
                 seed: int = 1) -> None:
        self.nodes, self.links, self.s = nodes, links, settings
        self.random = Lcg(seed)
        # The seed spiral is already about as dense as the end: a big family only needs a few gentle
        # ticks to pull its lineage together (strong early ticks would compress it and leave settle()
        # a long search per star), so its work stays proportional to its size.
        self.ticks = max(8, min(settings.ticks, settings.node_ticks // max(1, len(nodes))))
        self.alpha = self.ticks / settings.ticks
        self.alpha_decay = 1 - (settings.alpha_min / self.alpha) ** (1 / self.ticks)
        self.degree = [0] * len(nodes)
        for a, b in links:
            self.degree[a] += 1
            self.degree[b] += 1
        self.cell = max(settings.charge_range, max((2 * n.half for n in nodes), default=0) + settings.gap)
        self._keys: list[tuple[int, int]] = []
        self._pairs: list[tuple[Node, Node]] = []
        self._seed_positions()

    def _seed_positions(self) -> None:
        """A phyllotaxis spiral in the given order (oldest works at the centre), slightly jittered,
        spaced so the boxes start about as dense as they end."""
        area = sum((2 * n.half + self.s.gap) * (n.up + n.down + self.s.gap) for n in self.nodes)
        step = math.sqrt(area / max(1, len(self.nodes)) / math.pi * 2.2)
        for i, n in enumerate(self.nodes):
            r, a = step * math.sqrt(i + 0.5), i * GOLDEN
            n.x = 1.25 * r * math.cos(a) + (self.random() - 0.5) * step * 0.5
            n.y = 0.8 * r * math.sin(a) + (self.random() - 0.5) * step * 0.5

    def tick(self, count: int = 1) -> float:
        """Advance `count` ticks; return the largest move of the last one (px)."""
        moved = 0.0
        keep = 1 - self.s.velocity_decay
        for _ in range(count):
            self.alpha += (0 - self.alpha) * self.alpha_decay
            pairs = self._near()
            self._link()
            self._charge(pairs)
            self._centre()
            self._collide(pairs, 0.7)
            moved = 0.0
            for n in self.nodes:
                vx, vy = n.vx * keep, n.vy * keep
                n.vx, n.vy = vx, vy
                n.x += vx
                n.y += vy
                if vx < 0:
                    vx = -vx
                if vy < 0:
                    vy = -vy
                if vx > moved:
                    moved = vx
                if vy > moved:
                    moved = vy
        return moved

    def _near(self) -> list[tuple[Node, Node]]:
        """near_pairs(), recomputed only when a node changed grid cell (late ticks move little: most
        reuse the last list, which is exactly what near_pairs would return again)."""
        keys = cell_keys(self.nodes, self.cell)
        if keys != self._keys:
            self._keys, self._pairs = keys, near_pairs(self.nodes, keys)
        return self._pairs

    def run(self) -> int:
        """Tick until alpha has decayed or the layout has cooled, then settle; return the ticks run."""
        done = 0
        while done < self.ticks:
            done += 1
            if self.tick() < self.s.cooled and self.alpha < 0.1:
                break
        self.settle()
        return done

    def _link(self) -> None:
        nodes, s, deg = self.nodes, self.s, self.degree
        for a, b in self.links:
            src, dst = nodes[a], nodes[b]
            dx = dst.x + dst.vx - src.x - src.vx or (self.random() - 0.5) * 1e-6
            dy = dst.y + dst.vy - src.y - src.vy or (self.random() - 0.5) * 1e-6
            d = math.sqrt(dx * dx + dy * dy)
            f = (d - s.link_distance) / d * self.alpha * s.link_strength / min(deg[a], deg[b])
            dx, dy = dx * f, dy * f
            bias = deg[a] / (deg[a] + deg[b])
            dst.vx -= dx * bias
            dst.vy -= dy * bias
            src.vx += dx * (1 - bias)
            src.vy += dy * (1 - bias)

    def _charge(self, pairs: list[tuple[Node, Node]]) -> None:
        """Short-range repulsion, falling off as 1/d."""
        s = self.s
        r2max = s.charge_range * s.charge_range
        k = s.charge * self.alpha
        for n, m in pairs:
            dx = m.x - n.x
            dy = m.y - n.y
            d2 = dx * dx + dy * dy
            if d2 >= r2max:
                continue
            if d2 < 1:
                dx, dy, d2 = self.random() - 0.5, self.random() - 0.5, 1.0
            f = k / d2
            fx, fy = dx * f, dy * f
            n.vx -= fx
            n.vy -= fy
            m.vx += fx
            m.vy += fy

    def _centre(self) -> None:
        kx = self.s.centre * self.alpha
        ky = 1.6 * kx
        for n in self.nodes:
            n.vx -= n.x * kx
            n.vy -= n.y * ky

    def _collide(self, pairs: list[tuple[Node, Node]], strength: float) -> None:
        """Push overlapping boxes (at their next positions) apart along the axis of least overlap."""
        gap = self.s.gap
        for a, b in pairs:
            ax, bx = a.x + a.vx, b.x + b.vx
            ox = a.half + b.half + gap - (bx - ax if bx >= ax else ax - bx)
            if ox <= 0:
                continue
            ay, by = a.y + a.vy, b.y + b.vy
            oy = (a.down + b.up + gap - (by - ay)) if by >= ay else (b.down + a.up + gap - (ay - by))
            if oy <= 0:
                continue
            if oy * 1.5 <= ox:      # prefer vertical separation: boxes are wider than tall
                push = oy * strength / 2 * (1 if by >= ay else -1)
                a.vy -= push
                b.vy += push
            else:
                push = ox * strength / 2 * (1 if bx >= ax else -1)
                a.vx -= push
                b.vx += push

    def settle(self) -> None:
        """Remove every overlap left: place the nodes one by one, centre outwards, each at the free spot
        nearest to where the simulation left it (a spiral search against the already placed)."""
        nodes, gap, cell = self.nodes, self.s.gap, self.cell
        placed: dict[tuple[int, int], list[Node]] = {}
        order = sorted(range(len(nodes)), key=lambda i: (nodes[i].x ** 2 + nodes[i].y ** 2, i))
        for i in order:
            n = nodes[i]
            x0, y0 = n.x, n.y
            for step in range(100000):
                r, a = 6.0 * math.sqrt(step), step * GOLDEN
                x, y = x0 + 1.6 * r * math.cos(a), y0 + r * math.sin(a)
                if not _collides(placed, cell, n, x, y, gap):
                    break
            n.x, n.y = x, y
            placed.setdefault((int(x // cell), int(y // cell)), []).append(n)


def _collides(placed: dict, cell: float, n: Node, x: float, y: float, gap: float) -> bool:
    cx, cy = int(x // cell), int(y // cell)
    for gx in (cx - 1, cx, cx + 1):
        for gy in (cy - 1, cy, cy + 1):
            for m in placed.get((gx, gy), ()):
                if abs(m.x - x) < n.half + m.half + gap and (
                        m.y - y < n.down + m.up + gap if m.y >= y else y - m.y < m.down + n.up + gap):
                    return True
    return False


def family_layout(ids: list[str], boxes: list[tuple[float, float, float]], links: list[tuple[int, int]],
                  settings: Settings = DEFAULT_SETTINGS) -> dict[str, tuple[float, float]]:
    """Positions around (0, 0) for one family. boxes[i] = (half width, above, below) of star i's
    star+label box; links are index pairs (lineage inside the family). Seeded by the member count."""
    nodes = [Node(i, *box) for i, box in zip(ids, boxes)]
    sim = Simulation(nodes, links, settings, seed=len(ids) + 1)
    sim.run()
    return {n.id: (n.x, n.y) for n in nodes}
