"""Packing of the families' regions into the map (the engine lays each family out with landscape_layout, then
packs the regions here): rows of regions in their given order, the row width chosen for the shape asked for
(wide for desktops, tall for phones). Deterministic; standard library only.
"""
from __future__ import annotations

import math

from landscape_records import NamedTuple


class Region(NamedTuple):
    key: str
    w: float
    h: float


def _rows(regions: list[Region], width: float, gap: float) -> list[list[Region]]:
    rows: list[list[Region]] = [[]]
    used = 0.0
    for r in regions:
        if rows[-1] and used + gap + r.w > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0) + r.w
        rows[-1].append(r)
    return rows


Placement = tuple[dict[str, tuple[float, float]], float, float]


def pack(regions: tuple[Region, ...] | list[Region], aspect: float, gap: float = 24.0) -> Placement:
    """Shelf-pack regions in their given order into rows (each row centred, regions centred in it),
    choosing the row width whose result is closest to `aspect` (width / height) while wasting little.
    Returns ({key: (x0, y0)}, width, height)."""
    total = sum(r.w * r.h for r in regions)
    widest = max(r.w for r in regions)
    best = None
    tried = set()        # neighbouring widths often break into the same rows: the same score, never better
    for step in range(40):
        width = max(widest, math.sqrt(total * aspect) * (0.6 + step * 0.05))
        rows = _rows(regions, width, gap)
        breaks = tuple(map(len, rows))
        if breaks in tried:
            continue
        tried.add(breaks)
        w = max(sum(r.w for r in row) + gap * (len(row) - 1) for row in rows)
        h = sum(max(r.h for r in row) for row in rows) + gap * (len(rows) - 1)
        score = (w * h / total) * max(w / h / aspect, aspect * h / w) ** 0.7
        if best is None or score < best[0] - 1e-9:
            best = (score, rows, w, h)
    _, rows, w, h = best
    at: dict[str, tuple[float, float]] = {}
    y = 0.0
    for row in rows:
        row_h = max(r.h for r in row)
        x = (w - sum(r.w for r in row) - gap * (len(row) - 1)) / 2
        for r in row:
            at[r.key] = (x, y + (row_h - r.h) / 2)
            x += r.w + gap
        y += row_h + gap
    return at, w, h
