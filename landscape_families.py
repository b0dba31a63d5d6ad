"""Family chapters: what a family of entries shares, taught in a panel of its own.

Generic: a family may carry a fourth tuple element, a dict with `about` (3-5 sentences), `math` (its
defining objective, TeX), `anim` (+ optional `anim_params`), `start` (the entry to read first) and `axes`
(2-4 ways its members differ, each value naming example entries of the family). Validated into records
(every problem names the family and the field), then handed to the page as plain data. The engine passes
in its own TeX and animation-variant checks, so chapters are checked exactly like entries.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from landscape_records import NamedTuple

CHAPTER_FIELDS = {"about", "math", "anim", "start", "axes"}
OPTIONAL_CHAPTER_FIELDS = {"anim_params"}
AXIS_FIELDS = {"name", "values"}
SENTENCES = (3, 5)
AXES = (2, 4)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class AxisValue(NamedTuple):
    label: str
    examples: tuple[str, ...]     # entry ids of the family


class Axis(NamedTuple):
    name: str
    values: tuple[AxisValue, ...]


class Chapter(NamedTuple):
    family: str
    about: str
    math: str
    anim: str
    anim_params: tuple[tuple[str, float | str], ...]
    start: str
    axes: tuple[Axis, ...]


def sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text.strip()))


class _Check:
    """Problems for one family, each as "family 'K': field 'f' ..."."""

    def __init__(self, problems: list[str], key: str):
        self.problems, self.key, self.where = problems, key, f"family '{key}'"

    def add(self, field: str, what: str) -> None:
        self.problems.append(f"{self.where}: field '{field}' {what}")

    def text(self, raw: dict, field: str) -> str:
        value = raw.get(field)
        if isinstance(value, str) and value.strip():
            return value
        self.add(field, "is missing" if value is None else "must be non-empty text")
        return ""


def _example(c: _Check, field: str, entry_id, members: dict) -> None:
    if entry_id not in members:
        c.add(field, f"names unknown entry {entry_id!r}")
    elif members[entry_id] != c.key:
        c.add(field, f"names {entry_id!r}, an entry of family {members[entry_id]!r}, not of this family")


def _axis(c: _Check, i: int, raw, members: dict) -> Axis | None:
    field = f"axes[{i}]"
    if not isinstance(raw, dict) or set(raw) != AXIS_FIELDS:
        c.add(field, "must be dict(name=..., values=[(label, [entry ids]), ...]) with only those two keys")
        return None
    name = raw["name"] if isinstance(raw["name"], str) and raw["name"].strip() else ""
    if not name:
        c.add(field, "needs a non-empty name (what the members differ in)")
    values = []
    for j, v in enumerate(raw["values"] if isinstance(raw["values"], (list, tuple)) else ()):
        at = f"{field}.values[{j}]"
        if not (isinstance(v, (list, tuple)) and len(v) == 2 and isinstance(v[0], str) and v[0].strip()
                and isinstance(v[1], (list, tuple)) and v[1]):
            c.add(at, "must be a (label, [entry ids]) pair with a label and at least one example")
            continue
        for entry_id in v[1]:
            _example(c, at, entry_id, members)
        values.append(AxisValue(v[0], tuple(str(x) for x in v[1])))
    if len(values) < 2:
        c.add(field, "needs at least two values (a way members differ has two sides or more)")
    return Axis(name, tuple(values))


def _chapter(problems: list[str], key: str, raw, members: dict, anims: set,
             tex_problem: Callable[[str], str | None],
             variant_problems: Callable[[str, str, dict], list[str]]) -> Chapter | None:
    c = _Check(problems, key)
    if not isinstance(raw, dict):
        c.add("chapter", "must be a dict (about, math, anim, start, axes)")
        return None
    for field in sorted(set(raw) - CHAPTER_FIELDS - OPTIONAL_CHAPTER_FIELDS):
        known = ", ".join(sorted(CHAPTER_FIELDS | OPTIONAL_CHAPTER_FIELDS))
        c.add(field, f"is not a known field (known: {known})")
    about = c.text(raw, "about")
    n = sentences(about)
    if about and not SENTENCES[0] <= n <= SENTENCES[1]:
        c.add("about", f"has {n} sentences; write {SENTENCES[0]}-{SENTENCES[1]} (what unites the family, what "
                       "separates it from its neighbours)")
    math = c.text(raw, "math")
    problem = tex_problem(math) if math else None
    if problem:
        c.add("math", problem)
    anim = c.text(raw, "anim")
    params = raw.get("anim_params", {})
    if anim and anim not in anims:
        c.add("anim", f"names unregistered animation {anim!r} (known: {', '.join(sorted(anims))})")
    elif not (isinstance(params, dict) and all(isinstance(k, str) for k in params)):
        c.add("anim_params", "must be a dict of parameter name -> value")
        params = {}
    elif anim and params:
        problems.extend(variant_problems(c.where, anim, params))
    start = c.text(raw, "start")
    if start:
        _example(c, "start", start, members)
    axes = raw.get("axes")
    if not isinstance(axes, (list, tuple)) or not AXES[0] <= len(axes) <= AXES[1]:
        c.add("axes", f"must be a list of {AXES[0]}-{AXES[1]} axes (ways the members differ)")
        axes = axes if isinstance(axes, (list, tuple)) else ()
    parsed = tuple(a for a in (_axis(c, i, x, members) for i, x in enumerate(axes)) if a)
    return Chapter(key, about, math, anim, tuple(sorted(params.items())), start, parsed)


def split(raw_families) -> tuple[list, dict]:
    """The owner's (key, label, colour) triples, and the chapters of those that carry a fourth element."""
    triples, chapters = [], {}
    for raw in raw_families or ():
        if isinstance(raw, (list, tuple)) and len(raw) == 4:
            triples.append(tuple(raw[:3]))
            chapters[raw[0]] = raw[3]
        else:
            triples.append(raw)
    return triples, chapters


def validate(problems: list[str], raw_chapters: dict, entries, anims: set,
             tex_problem: Callable[[str], str | None],
             variant_problems: Callable[[str, str, dict], list[str]]) -> tuple[Chapter, ...]:
    """Chapters as records; every problem is appended to `problems` (the engine raises them together)."""
    members = {e.id: e.family for e in entries}
    return tuple(ch for ch in (_chapter(problems, key, raw, members, anims, tex_problem, variant_problems)
                               for key, raw in raw_chapters.items()) if ch)


def page_data(ch: Chapter) -> dict:
    return {"about": ch.about, "math": ch.math, "anim": ch.anim, "start": ch.start,
            "axes": [{"name": a.name, "values": [[v.label, list(v.examples)] for v in a.values]} for a in ch.axes],
            **({"animParams": dict(ch.anim_params)} if ch.anim_params else {})}
