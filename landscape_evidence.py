"""How the map knows what it says: the evidence fields of the schema, validated.

- an edge's `reason`: one sentence saying what the source work takes, changes, measures or disputes;
- an entry's `sources` (the primary sources its facts were checked against) and `checked` (the month);
- an entry's `kind` (one of the spec's `entry_kinds`, e.g. a benchmark) and an edge type's
  `source_kinds` (an edge of that type must start at an entry of one of those kinds).

`required` (landscape_schema.REQUIRE_EVIDENCE) says whether a missing reason, sources or checked month
is an error; whatever is present is always checked in full. Problems go to the caller's list as
"<where>: field '<field>' <what>". Standard library only.
"""
from __future__ import annotations

import functools
import re

REASON_MAX = 200
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
URL_RE = re.compile(r"^https?://[^\s<>\"']+$")
# A sentence ends at . ! or ? followed by a capital: "… with CEM. It also …". Abbreviations and
# initials before the stop do not end one ("e.g. Atari", "vs. DreamerV3", "J. Schmidhuber").
_SENTENCE_END = re.compile(r"(\S+)[.!?]\s+[\"'(]?[A-Z]")
_MAY_END = re.compile(r"[.!?]\s+[\"'(]?[A-Z]")    # the quick test: most texts have no stop before a capital
_ABBREVIATIONS = {"e.g", "i.e", "vs", "cf", "et al", "al", "fig", "eq", "no", "approx", "etc", "resp", "sec", "tab"}
_FILLER = {"a", "an", "the", "of", "on", "to", "it", "its", "and", "with", "by", "from", "in", "is", "as", "which"}


def _sentences(text: str) -> int:
    if not _MAY_END.search(text):
        return 1
    ends = [m for m in _SENTENCE_END.finditer(text)
            if m.group(1).lower().rstrip(".") not in _ABBREVIATIONS and len(m.group(1).rstrip(".")) > 1]
    return len(ends) + 1


_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(_POSSESSIVE.sub("", text.lower()))


def _says_only(text: str, said) -> bool:
    """Every word of text is in said (_words, read lazily: most reasons stop at their first word)."""
    return all(m.group() in said for m in _WORD.finditer(_POSSESSIVE.sub("", text.lower())))


@functools.lru_cache(maxsize=65536)
def _word_set(text: str) -> frozenset[str]:
    """The words of a label or a work's name: the same few hundred strings recur in every edge check."""
    return frozenset(_words(text))


def reason_problem(reason, label: str, inverse: str, names: list[str]) -> str | None:
    """Why an edge's reason is not one plain sentence that says more than its type, or None."""
    if not isinstance(reason, str):
        return f"must be a string, got {type(reason).__name__}"
    text = reason.strip()
    if not text:
        return "is empty"
    if len(text) > REASON_MAX:
        return f"is {len(text)} characters long; keep it to one sentence of at most {REASON_MAX}"
    if not text.endswith("."):
        return "must be one sentence ending with a period"
    if _sentences(text) > 1:
        return "has more than one sentence; say what the source takes, changes, measures or disputes in one"
    said = _word_set(label).union(_word_set(inverse), _FILLER, *map(_word_set, names))
    if _says_only(text, said):
        return (f"only restates the type ({label!r}) and the works' names; say what the source work takes, "
                "changes, measures or disputes")
    return None


def month_problem(value, date: str, today: str) -> str | None:
    """Why a `checked` month is not a valid month between the work's release and today, or None."""
    if not isinstance(value, str) or not MONTH_RE.match(value):
        return f"must be 'YYYY-MM' (the month the sources were checked), got {value!r}"
    if today and value > today:
        return f"is {value}, in the future (this build's month is {today})"
    if date and value < date:
        return f"is {value} but the work was released in {date}: a check comes after the release"
    return None


def sources(add, where: str, raw: dict, learn_url: str, required: bool) -> tuple[tuple[str, str], ...]:
    """An entry's primary sources as (label, url) pairs; `add(where, field, what)` records a problem."""
    value = raw.get("sources")
    if value is None:
        if required:
            add(where, "sources", "is missing: list the primary sources its facts were checked against")
        return ()
    pairs_ok = isinstance(value, (list, tuple)) and all(
        isinstance(s, (list, tuple)) and len(s) == 2 and all(isinstance(x, str) and x.strip() for x in s)
        for s in value)
    if not pairs_ok:
        add(where, "sources", "must be a list of (label, url) pairs of non-empty strings")
        return ()
    if not value:
        add(where, "sources", "is empty: list at least one primary source")
    for label, url in value:
        if not URL_RE.match(url):
            add(where, "sources", f"has {label!r} with a URL that is not http(s) without spaces: {url[:80]!r}")
    urls = [url for _, url in value]
    for url in sorted({u for u in urls if urls.count(u) > 1}):
        add(where, "sources", f"lists {url!r} twice")
    return tuple((label, url) for label, url in value)


def repeats_learn(e, paper_urls: dict[str, str]) -> bool:
    """Sources that are only the learn link say nothing more, unless that link is the work's own
    publication (a blog-only release: its announcement is both what to read and the source)."""
    urls = {url for _, url in e.sources}
    own = {paper_urls.get(k) for k in e.papers}
    return bool(urls) and urls == {e.learn_url} and e.learn_url not in own


def checked(add, where: str, raw: dict, date: str, today: str, required: bool) -> str:
    """The month the entry's sources were checked ("" when absent and not required)."""
    value = raw.get("checked")
    if value is None:
        if required:
            add(where, "checked", "is missing: give the month its sources were checked ('YYYY-MM')")
        return ""
    problem = month_problem(value, date, today)
    if problem:
        add(where, "checked", problem)
        return ""
    return value


def kind(add, where: str, raw: dict, kinds: tuple[str, ...]) -> str:
    """The entry's kind: absent for an ordinary work, else one of the spec's `entry_kinds`."""
    value = raw.get("kind")
    if value is None:
        return ""
    if value not in kinds:
        known = ", ".join(kinds) or "none declared in the spec's entry_kinds"
        add(where, "kind", f"is {value!r}, not one of the entry kinds ({known})")
        return ""
    return value


def entry_kinds(add, spec: dict) -> tuple[str, ...]:
    value = spec.get("entry_kinds", ())
    if not (isinstance(value, (list, tuple)) and all(isinstance(k, str) and re.match(r"^[a-z][a-z0-9_-]*$", k)
                                                      for k in value)):
        add("spec", "entry_kinds", "must be a list of lowercase words")
        return ()
    return tuple(value)


def source_kinds(add, where: str, raw: dict, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of entry an edge type may start at (empty: any entry)."""
    value = raw.get("source_kinds", ())
    if not (isinstance(value, (list, tuple)) and all(isinstance(k, str) for k in value)):
        add(where, "source_kinds", "must be a list of entry kinds")
        return ()
    for k in value:
        if k not in kinds:
            add(where, "source_kinds", f"names {k!r}, not one of the spec's entry_kinds ({', '.join(kinds) or 'none'})")
    return tuple(value)


def this_month() -> str:
    """Today as "YYYY-MM" (UTC): no work can have been released, or checked, after it."""
    import time
    return time.strftime("%Y-%m", time.gmtime())


def today_month(spec: dict, add) -> str:
    """The month `checked` may not pass: the spec's `today` ("YYYY-MM"), else this build's month (used
    only to validate, never written into the page, so the build stays deterministic)."""
    value = spec.get("today")
    if value is None:
        return this_month()
    if not isinstance(value, str) or not MONTH_RE.match(value):
        add("spec", "today", f"must be 'YYYY-MM', got {value!r}")
        return ""
    return value
