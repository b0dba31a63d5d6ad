"""Guided tours: an ordered walk through a landscape's entries, each step with its own narration.

Generic: a tour names entries by id and says why each step matters in its story. Validated into records
(all problems at once, each naming the tour and the step), then handed to the page as plain data.
"""
from __future__ import annotations

import re

from landscape_records import NamedTuple

TOUR_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
TOUR_FIELDS = {"id", "title", "summary", "steps"}


class TourStep(NamedTuple):
    entry: str
    narration: str


class Tour(NamedTuple):
    id: str
    title: str
    summary: str
    steps: tuple[TourStep, ...]


def _text(problems: list[str], where: str, raw: dict, field: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: field '{field}' " + ("is missing" if value is None else "must be non-empty text"))
        return ""
    return value


def _in_date_order(problems: list[str], where: str, steps: list[TourStep], dates: dict) -> None:
    """A tour walks history in order: each step's work is released no earlier than the one before."""
    prev = None
    for n, step in enumerate(steps, 1):
        date = dates.get(step.entry) or ""
        if prev and date and date < prev[1]:
            problems.append(f"{where}: step {n}: field 'entry' {step.entry!r} ({date}) comes after "
                            f"{prev[0]!r} ({prev[1]}): tours walk history in date order")
        if date:
            prev = (step.entry, date)


def _steps(problems: list[str], where: str, raw, entry_ids: dict) -> tuple[TourStep, ...]:
    if not isinstance(raw, (list, tuple)) or not raw:
        problems.append(f"{where}: field 'steps' must be a non-empty list of (entry id, narration) pairs")
        return ()
    steps, seen = [], set()
    for n, step in enumerate(raw, 1):
        at = f"{where}: step {n}"
        if not (isinstance(step, (list, tuple)) and len(step) == 2 and all(isinstance(x, str) for x in step)):
            problems.append(f"{at}: must be an (entry id, narration) pair of strings")
            continue
        entry, narration = step
        if entry not in entry_ids:
            problems.append(f"{at}: field 'entry' names unknown entry {entry!r}")
        elif entry in seen:
            problems.append(f"{at}: field 'entry' repeats {entry!r} (an entry appears once per tour)")
        if not narration.strip():
            problems.append(f"{at}: field 'narration' is empty")
        seen.add(entry)
        steps.append(TourStep(entry, narration))
    if isinstance(entry_ids, dict):
        _in_date_order(problems, where, steps, entry_ids)
    return tuple(steps)


def validate(problems: list[str], raw_tours, entry_ids) -> tuple[Tour, ...]:
    """Tours as records; every problem is appended to `problems` (the engine raises them together).
    entry_ids: the known entry ids, or a dict id -> "YYYY-MM" date to check the steps' date order too."""
    tours: list[Tour] = []
    for i, raw in enumerate(raw_tours or ()):
        if not isinstance(raw, dict):
            problems.append(f"tour #{i}: must be a dict")
            continue
        where = f"tour '{raw.get('id', f'#{i}')}'"
        for field in sorted(set(raw) - TOUR_FIELDS):
            problems.append(f"{where}: field '{field}' is not a known field")
        tour_id = _text(problems, where, raw, "id")
        if tour_id and not TOUR_ID_RE.match(tour_id):
            problems.append(f"{where}: field 'id' must be a slug: lowercase letters, digits and '-'")
        tours.append(Tour(tour_id, _text(problems, where, raw, "title"), _text(problems, where, raw, "summary"),
                          _steps(problems, where, raw.get("steps"), entry_ids)))
    ids = [t.id for t in tours]
    for tour_id in sorted({t for t in ids if ids.count(t) > 1}):
        problems.append(f"tour '{tour_id}': field 'id' is duplicated")
    return tuple(tours)


def page_data(tours: tuple[Tour, ...]) -> list[dict]:
    return [{"id": t.id, "title": t.title, "summary": t.summary, "steps": [list(s) for s in t.steps]}
            for t in tours]
