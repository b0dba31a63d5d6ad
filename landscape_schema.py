"""Landscape schema: the typed records a spec is validated into, and the validation itself.

`validate(spec)` turns the plain-dict spec a data module hands the engine into frozen NamedTuple records
(typed and immutable like frozen dataclasses, but cheaper to import and define; generator start-up time
is a target), or raises ValidationError listing every problem at once, each naming the record and the
field. Knows nothing about any particular field and nothing about rendering. Standard library only.
"""
from __future__ import annotations

import json
import re

import landscape_evidence as evidence
import landscape_families
import landscape_results
import landscape_tours
from landscape_records import NamedTuple

# Every edge needs a reason, every entry its sources and the month they were checked. False while the
# data is being written: then what is missing is accepted, but whatever is present is checked in full.
REQUIRE_EVIDENCE = True


def _read(path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
ANIM_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
YEAR_RANGE = (1990, 2100)


# ----------------------------------------------------------------------------- records

class Family(NamedTuple):
    key: str
    label: str
    color: str


class EdgeType(NamedTuple):
    key: str
    label: str         # read from the source: "builds on"
    inverse: str       # read from the target: "built on by" (same as label when undirected)
    dash: str          # SVG stroke-dasharray ("" = solid): the line style that tells types apart
    directed: bool
    lineage: bool = False   # "newer stands on older": a family's lines at rest on the map, and
    #                         followed back in time for a panel's "Read first"
    read_first: bool = False    # not lineage, but also followed back for "Read first" (a component)
    source_kinds: tuple[str, ...] = ()   # an edge of this type starts at an entry of one of these kinds


class Paper(NamedTuple):
    key: str
    title: str
    authors: tuple[str, ...]
    year: int
    venue: str
    url: str
    mine: bool


class Entry(NamedTuple):
    id: str
    name: str
    short: str
    family: str
    anim: str
    date: str          # "YYYY-MM": the month of first public release
    year: int          # derived from date
    added: str         # "YYYY-MM": the month it joined the map ("" = unknown, never marked new)
    tagline: str
    simple: str
    mapping: tuple[str, ...]
    math: str
    when: str
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    papers: tuple[str, ...]
    learn_title: str
    learn_url: str
    anim_params: tuple[tuple[str, float | str], ...] = ()   # this entry's variant: (name, value), sorted
    kind: str = ""                               # one of the spec's entry_kinds ("" = an ordinary work)
    sources: tuple[tuple[str, str], ...] = ()    # (label, url): the primary sources its facts were checked against
    checked: str = ""                            # "YYYY-MM": when they were checked
    aliases: tuple[str, ...] = ()   # other names readers type ("DreamerV3"): searched like the name


class Edge(NamedTuple):
    source: str
    target: str
    type: str
    reason: str = ""   # one sentence: what the source takes, changes, measures or disputes


class AnimParam(NamedTuple):
    """A knob an animation declares: a number in [min, max] on a step grid, or one of `options`."""
    key: str
    label: str
    value: float | str  # the default
    min: float = 0
    max: float = 0
    step: float = 1
    options: tuple[str, ...] = ()


class Animation(NamedTuple):
    key: str
    source: str        # the JS file's text
    params: tuple[AnimParam, ...] = ()


class Landscape(NamedTuple):
    title: str
    subtitle: str
    families: tuple[Family, ...]
    edge_types: tuple[EdgeType, ...]
    entries: tuple[Entry, ...]
    edges: tuple[Edge, ...]
    papers: tuple[Paper, ...]
    animations: tuple[Animation, ...]
    tours: tuple[landscape_tours.Tour, ...] = ()
    benchmarks: tuple[landscape_results.Benchmark, ...] = ()
    results: tuple[landscape_results.Result, ...] = ()
    chapters: tuple[landscape_families.Chapter, ...] = ()   # families that teach a chapter (landscape_families)


class ValidationError(Exception):
    """All problems found in a spec, one line each, each naming the record and the field."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# ----------------------------------------------------------------------------- validation

class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, field: str, what: str) -> None:
        self.items.append(f"{where}: field '{field}' {what}")


def _text(p: _Problems, where: str, raw: dict, field: str) -> str:
    value = raw.get(field)
    if value is None:
        p.add(where, field, "is missing")
    elif not isinstance(value, str):
        p.add(where, field, f"must be a string, got {type(value).__name__}")
    elif not value.strip():
        p.add(where, field, "is empty")
    else:
        return value
    return ""


def _text_list(p: _Problems, where: str, raw: dict, field: str) -> tuple[str, ...]:
    value = raw.get(field)
    if value is None:
        p.add(where, field, "is missing")
        return ()
    if not isinstance(value, (list, tuple)):
        p.add(where, field, f"must be a list of strings, got {type(value).__name__}")
        return ()
    if not value:
        p.add(where, field, "is empty")
    bad = [i for i, v in enumerate(value) if not isinstance(v, str) or not v.strip()]
    if bad:
        p.add(where, field, f"has empty or non-string items at positions {bad}")
    return tuple(v for v in value if isinstance(v, str))


def _year(p: _Problems, where: str, raw: dict, field: str = "year") -> int:
    value = raw.get(field)
    if not isinstance(value, int) or isinstance(value, bool):
        p.add(where, field, "must be an integer year" if value is not None else "is missing")
        return 0
    if not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        p.add(where, field, f"is out of range {YEAR_RANGE[0]}-{YEAR_RANGE[1]}: {value}")
    return value


DATE_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


this_month = evidence.this_month      # one clock for release dates and checked months


def _month(p: _Problems, where: str, raw: dict, today: str = "") -> tuple[str, int]:
    """(date, year) from a "YYYY-MM" date; an optional `year` must agree with it. A date after `today`
    is reported here, once, and the entry's date is dropped so its edges are not blamed for it."""
    date = _text(p, where, raw, "date")
    match = DATE_RE.match(date) if date else None
    if date and not match:
        p.add(where, "date", f"must be 'YYYY-MM' (month of first release), got {date!r}")
    year = int(match.group(1)) if match else 0
    if match and not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        p.add(where, "date", f"has a year out of range {YEAR_RANGE[0]}-{YEAR_RANGE[1]}: {date}")
    if "year" in raw and match and raw["year"] != year:
        p.add(where, "year", f"is {raw['year']!r} but date {date!r} says {year}")
    if match and today and date > today:
        p.add(where, "date", f"is {date}, in the future: it is the month of first public release")
        return "", year
    return (date if match else ""), year


def _url(p: _Problems, where: str, field: str, value: str) -> None:
    if value and not re.match(r"^https?://[^\s<>\"']+$", value):
        p.add(where, field, f"must be an http(s) URL without spaces or quotes, got {value[:80]!r}")


_BRACE_OR_ESCAPE = re.compile(r"\\(?s:.)?|[{}]")
_ESCAPE = re.compile(r"\\(?s:.)?")
_INNERMOST_GROUP = re.compile(r"{[^{}]*}")


def _braces_balance(tex: str) -> bool:
    """The quick test, in C: with escapes dropped, deleting innermost {...} groups leaves no brace. An
    escape matters only where a backslash stands right before a brace (\\{, or \\\\{ whose brace counts)."""
    rest = _ESCAPE.sub("", tex) if "\\{" in tex or "\\}" in tex else tex
    while "{" in rest:
        rest, n = _INNERMOST_GROUP.subn("", rest)
        if not n:
            return False
    return "}" not in rest


def tex_brace_problem(tex: str) -> str | None:
    """Why the TeX's braces do not balance (escaped \\{ \\} ignored), or None."""
    if _braces_balance(tex):
        return None
    depth = 0
    for m in _BRACE_OR_ESCAPE.finditer(tex):
        ch = m.group()
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return f"has an unmatched '}}' at character {m.start()}"
    return f"has {depth} unclosed '{{'" if depth else None


# Zero-argument macros that data often glues to the next letter ("\\quadx"): TeX reads one unknown control
# word and MathJax shows it in red. Longer real macros that start with one of them are listed as known.
GLUE_PRONE_MACROS = ("qquad", "quad", "cdots", "cdot", "ldots", "times", "approx", "oplus", "otimes")
KNOWN_LONGER_MACROS = {"cdotp", "approxeq"}


_TEX_WORD = re.compile(r"\\([A-Za-z]+)")
_GLUED = re.compile(r"\\(?:" + "|".join(GLUE_PRONE_MACROS) + ")[A-Za-z]")     # the cheap test: may be glued


def tex_glued_problem(tex: str) -> str | None:
    """A known macro glued to the letters after it (\\quadx), which TeX reads as one undefined macro."""
    if not _GLUED.search(tex):
        return None
    for word in _TEX_WORD.findall(tex):
        if word in KNOWN_LONGER_MACROS or word in GLUE_PRONE_MACROS:
            continue
        for macro in GLUE_PRONE_MACROS:
            if word.startswith(macro) and word != macro:
                return f"has '\\{word}', an undefined macro: add a space after '\\{macro}'"
    return None


# A style switch reaches to the end of its group. At the formula's top level that is all the rest of it, which
# MathJax then lays out as one nested unit, and its line breaking, left with poor places to break, breaks
# badly on a narrow screen (a line of only "max over phi", words past the right edge).
_STYLE_SWITCH = re.compile(r"\\(?:textstyle|displaystyle)(?![A-Za-z])")


def _brace_depth(tex: str, end: int) -> int:
    """How many {...} groups are open at position end (escaped braces ignored)."""
    depth = 0
    for m in _BRACE_OR_ESCAPE.finditer(tex, 0, end):
        depth += {"{": 1, "}": -1}.get(m.group(), 0)
    return depth


def tex_style_problem(tex: str) -> str | None:
    """A \\textstyle or \\displaystyle at the formula's top level, which restyles all the rest of it."""
    if "style" not in tex:
        return None
    for m in _STYLE_SWITCH.finditer(tex):
        if _brace_depth(tex, m.start()) == 0:
            return (f"has '{m.group()}' at its top level, where it restyles all the rest of the formula as one unit "
                    f"that breaks badly across lines: give it a group of its own, e.g. {{\\textstyle\\sum_t}}")
    return None


# The TeX commands the data may use: ones MathJax knows (tests/test_math.py converts every one with the
# real MathJax). The engine stays stdlib-only, so an unknown command (a typo such as \maxx) is caught
# here rather than shown in red on the page. Add to this set when the data needs another real macro.
KNOWN_TEX_MACROS = frozenset("""
    alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho sigma
    tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega
    frac tfrac dfrac sqrt sum prod int oint bigcup bigcap lim sup inf max min arg log ln exp cos sin det Pr
    operatorname mathbb mathbf mathcal mathrm mathit boldsymbol text textstyle displaystyle textbf
    hat bar tilde widehat widetilde vec dot ddot overline underline underbrace overbrace underset overset
    left right big Big bigg Bigg langle rangle lVert rVert lvert rvert Vert vert lfloor rfloor lceil rceil
    quad qquad cdot cdots cdotp ldots dots vdots ddots times div pm mp ast star circ bullet odot oplus otimes
    approx approxeq sim simeq equiv propto neq ne le leq ge geq ll gg in notin ni subset subseteq supset cup cap
    setminus emptyset varnothing infty partial nabla forall exists neg land lor wedge vee top bot models mid
    to gets uparrow downarrow leftarrow rightarrow Leftarrow Rightarrow leftrightarrow Longrightarrow longrightarrow
    mapsto iff implies begin end ell hbar prime
""".split())


def tex_unknown_problem(tex: str) -> str | None:
    """A TeX command outside KNOWN_TEX_MACROS (MathJax would show it as red text)."""
    unknown = sorted(set(_TEX_WORD.findall(tex)).difference(KNOWN_TEX_MACROS))
    if not unknown:
        return None
    names = ", ".join("\\" + w for w in unknown)
    return f"uses unknown TeX command(s) {names} (a typo? known ones: landscape_schema.KNOWN_TEX_MACROS)"


def tex_math_problem(tex: str) -> str | None:
    """Why this TeX cannot go in an entry's `math` as written, or None. The page adds the display
    delimiters itself, so a `$` would show as text."""
    if "$" in tex and re.search(r"(?<!\\)\$", tex):
        return "contains '$': write the TeX without dollar signs (the page adds the delimiters)"
    return tex_brace_problem(tex) or tex_glued_problem(tex) or tex_unknown_problem(tex) or tex_style_problem(tex)


def _aliases(p: _Problems, where: str, raw: dict) -> tuple[str, ...]:
    """Optional other names of the work, as readers type them: a list of distinct non-empty strings."""
    if "aliases" not in raw:
        return ()
    value = raw["aliases"]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        p.add(where, "aliases", "must be a list of non-empty strings (other names of the work)")
        return ()
    for dup in _duplicates(v.strip().lower() for v in value):
        p.add(where, "aliases", f"repeats {dup!r}")
    return tuple(v.strip() for v in value)


def _unknown_fields(p: _Problems, where: str, raw: dict, allowed: set[str]) -> None:
    for field in sorted(set(raw) - allowed):
        p.add(where, field, "is not a known field")


def _family(p: _Problems, i: int, raw) -> Family | None:
    if not (isinstance(raw, (list, tuple)) and len(raw) == 3):
        p.items.append(f"family #{i}: must be a (key, label, colour) triple")
        return None
    key, label, color = raw
    where = f"family '{key}'"
    if not isinstance(key, str) or not re.match(r"^[A-Za-z][A-Za-z0-9_]{0,31}$", key):
        p.add(where, "key", "must be a short identifier")
    if not isinstance(label, str) or not label.strip():
        p.add(where, "label", "is empty")
    if not isinstance(color, str) or not COLOR_RE.match(color):
        p.add(where, "color", f"must be #rrggbb, got {color!r}")
    return Family(str(key), str(label), str(color).lower())


def _edge_type(p: _Problems, raw: dict, kinds: tuple[str, ...] = ()) -> EdgeType:
    where = f"edge type '{raw.get('key')}'"
    key = _text(p, where, raw, "key")
    if key and not ANIM_KEY_RE.match(key):
        p.add(where, "key", "must be a lowercase identifier")
    dash = raw.get("dash", "")
    if not isinstance(dash, str) or not re.match(r"^[0-9 .]*$", dash):
        p.add(where, "dash", "must be an SVG dash array like '6 4'")
        dash = ""
    directed = raw.get("directed", True)
    if not isinstance(directed, bool):
        p.add(where, "directed", "must be True or False")
    lineage = raw.get("lineage", False)
    if not isinstance(lineage, bool) or (lineage and directed is not True):
        p.add(where, "lineage", "must be True or False, and True only for a directed type")
    read_first = raw.get("read_first", False)
    if not isinstance(read_first, bool) or (read_first and directed is not True):
        p.add(where, "read_first", "must be True or False, and True only for a directed type")
    label = _text(p, where, raw, "label")
    inverse = _text(p, where, raw, "inverse") if directed is True else label
    return EdgeType(key, label, inverse, dash, directed is True, lineage is True, read_first is True,
                    evidence.source_kinds(p.add, where, raw, kinds))


PAPER_FIELDS = {"key", "title", "authors", "year", "venue", "url", "mine"}


def _paper(p: _Problems, raw: dict) -> Paper:
    where = f"paper '{raw.get('key')}'"
    _unknown_fields(p, where, raw, PAPER_FIELDS)
    key = _text(p, where, raw, "key")
    url = _text(p, where, raw, "url")
    _url(p, where, "url", url)
    mine = raw.get("mine", False)
    if not isinstance(mine, bool):
        p.add(where, "mine", "must be True or False")
    return Paper(key, _text(p, where, raw, "title"), _text_list(p, where, raw, "authors"),
                 _year(p, where, raw), _text(p, where, raw, "venue"), url, mine is True)


ENTRY_FIELDS = {"id", "name", "short", "family", "anim", "date", "tagline", "simple", "mapping",
                "math", "when", "pros", "cons", "papers", "learn"}
OPTIONAL_ENTRY_FIELDS = {"year", "anim_params", "added", "aliases"}   # year: checked against date; added: see _added
EVIDENCE_FIELDS = {"kind", "sources", "checked"}             # see landscape_evidence
_ALL_ENTRY_FIELDS = ENTRY_FIELDS | OPTIONAL_ENTRY_FIELDS | EVIDENCE_FIELDS


def _added(p: _Problems, where: str, raw: dict, default: str, date: str) -> str:
    """The month the entry joined the map: its own `added`, else the spec's `added_default`."""
    added = raw.get("added", default)
    if added is None or added == "":
        return ""
    if not isinstance(added, str) or not DATE_RE.match(added):
        p.add(where, "added", f"must be 'YYYY-MM' (month it joined the map), got {added!r}")
        return ""
    if date and added < date:
        p.add(where, "added", f"is {added} but the work was released in {date}: a work joins after its release")
    return added


def _entry(p: _Problems, raw: dict, i: int, added_default: str = "", kinds: tuple[str, ...] = (),
           today: str = "") -> Entry:
    where = f"entry '{raw.get('id', f'#{i}')}'"
    _unknown_fields(p, where, raw, _ALL_ENTRY_FIELDS)
    entry_id = _text(p, where, raw, "id")
    if entry_id and not ID_RE.match(entry_id):
        p.add(where, "id", "must be a slug: lowercase letters, digits and '-', at most 48 characters")
    math_tex = _text(p, where, raw, "math")
    if math_tex:
        problem = tex_math_problem(math_tex)
        if problem:
            p.add(where, "math", problem)
    mapping = _text(p, where, raw, "mapping")
    learn = raw.get("learn")
    learn_title = learn_url = ""
    if learn is None:
        p.add(where, "learn", "is missing")
    elif not (isinstance(learn, (list, tuple)) and len(learn) == 2
              and all(isinstance(x, str) and x.strip() for x in learn)):
        p.add(where, "learn", "must be a (title, url) pair of non-empty strings")
    else:
        learn_title, learn_url = learn
        _url(p, where, "learn", learn_url)
    date, year = _month(p, where, raw, today)
    anim_params = raw.get("anim_params", {})
    if not (isinstance(anim_params, dict) and all(isinstance(k, str) for k in anim_params)):
        p.add(where, "anim_params", "must be a dict of parameter name -> value")
        anim_params = {}
    return Entry(
        id=entry_id, name=_text(p, where, raw, "name"), short=_text(p, where, raw, "short"),
        family=_text(p, where, raw, "family"), anim=_text(p, where, raw, "anim"),
        date=date, year=year, added=_added(p, where, raw, added_default, date), tagline=_text(p, where, raw, "tagline"),
        simple=_text(p, where, raw, "simple"),
        mapping=tuple(s.strip() for s in mapping.split("→") if s.strip()),
        math=math_tex, when=_text(p, where, raw, "when"),
        pros=_text_list(p, where, raw, "pros"), cons=_text_list(p, where, raw, "cons"),
        papers=_text_list(p, where, raw, "papers"), learn_title=learn_title, learn_url=learn_url,
        anim_params=tuple(sorted(anim_params.items())), aliases=_aliases(p, where, raw),
        kind=evidence.kind(p.add, where, raw, kinds),
        sources=evidence.sources(p.add, where, raw, learn_url, REQUIRE_EVIDENCE),
        checked=evidence.checked(p.add, where, raw, date, today, REQUIRE_EVIDENCE))


def _edge(p: _Problems, raw, i: int) -> Edge | None:
    """(source, target, type, reason); the reason (checked in _cross_checks, which knows the names)
    may be left off while REQUIRE_EVIDENCE is False."""
    if not (isinstance(raw, (list, tuple)) and len(raw) in (3, 4) and all(isinstance(x, str) for x in raw[:3])):
        p.items.append(f"edge #{i}: must be a (source_id, target_id, type, reason) tuple of strings")
        return None
    return Edge(*raw[:3], reason=raw[3] if len(raw) == 4 else None)


def _duplicates(values) -> list[str]:
    seen, dup = set(), []
    for v in values:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    return dup


def _cross_checks(p: _Problems, ls: Landscape) -> None:
    """Checks that need more than one record: references, uniqueness, edge sanity."""
    for key in _duplicates(f.key for f in ls.families):
        p.items.append(f"family '{key}': field 'key' is duplicated")
    for key in _duplicates(t.key for t in ls.edge_types):
        p.items.append(f"edge type '{key}': field 'key' is duplicated")
    for key in _duplicates(x.key for x in ls.papers):
        p.items.append(f"paper '{key}': field 'key' is duplicated")
    for entry_id in _duplicates(e.id for e in ls.entries):
        p.items.append(f"entry '{entry_id}': field 'id' is duplicated")
    for short in _duplicates(e.short for e in ls.entries):
        owners = [e.id for e in ls.entries if e.short == short]
        p.items.append(f"entry '{owners[1]}': field 'short' duplicates {short!r} of entry '{owners[0]}'")

    families = {f.key for f in ls.families}
    anims = {a.key: a for a in ls.animations}
    papers = {x.key for x in ls.papers}
    paper_urls = {x.key: x.url for x in ls.papers}
    for e in ls.entries:
        where = f"entry '{e.id}'"
        if e.family and e.family not in families:
            p.add(where, "family", f"names unknown family {e.family!r}")
        if e.anim and e.anim not in anims:
            p.add(where, "anim", f"names unregistered animation {e.anim!r} (known: {', '.join(sorted(anims))})")
        elif e.anim_params:
            _check_variant(p, where, e, anims[e.anim])
        for key in e.papers:
            if key not in papers:
                p.add(where, "papers", f"cites unknown paper {key!r} (add it to the papers module)")
        if evidence.repeats_learn(e, paper_urls):
            p.add(where, "sources", "only repeats the learn link: list the paper, code or pages behind the facts")

    ids = {e.id for e in ls.entries}
    date_of = {e.id: e.date for e in ls.entries}
    directed = {t.key for t in ls.edge_types if t.directed}
    measured = {t.key for t in ls.edge_types if t.source_kinds}
    types = {t.key for t in ls.edge_types}
    seen: set[tuple[str, str, str]] = set()
    for edge in ls.edges:
        where = f"edge {edge.source} -> {edge.target} ({edge.type})"
        for end, field in ((edge.source, "source"), (edge.target, "target")):
            if end not in ids:
                p.items.append(f"{where}: field '{field}' names unknown entry {end!r}")
        if edge.type not in types:
            p.items.append(f"{where}: field 'type' is unknown (known: {', '.join(sorted(types))})")
        if edge.source == edge.target:
            p.items.append(f"{where}: is a self-loop")
        key = (edge.source, edge.target, edge.type)
        undirected = (edge.target, edge.source, edge.type)
        if key in seen or undirected in seen:
            p.items.append(f"{where}: is a duplicate edge")
        seen.add(key)
        # A directed edge reads "newer work <type> older work": it cannot point forward in time, except a
        # measurement by a benchmark (a type with source_kinds), which keeps scoring the works that follow.
        src_date, dst_date = date_of.get(edge.source, ""), date_of.get(edge.target, "")
        if edge.type in directed and edge.type not in measured and src_date and dst_date and src_date < dst_date:
            p.items.append(f"{where}: points forward in time: '{edge.source}' ({src_date}) is older "
                           f"than '{edge.target}' ({dst_date})")


def _edge_evidence(p: _Problems, ls: Landscape) -> tuple[Edge, ...]:
    """Each edge's reason says more than its type, and a type with source_kinds starts at such an entry.
    Returns the edges with a missing reason as ""."""
    types = {t.key: t for t in ls.edge_types}
    by_id = {e.id: e for e in ls.entries}
    out = []
    for edge in ls.edges:
        where = f"edge {edge.source} -> {edge.target} ({edge.type})"
        t, src, dst = types.get(edge.type), by_id.get(edge.source), by_id.get(edge.target)
        if edge.reason is None and REQUIRE_EVIDENCE:
            p.items.append(f"{where}: field 'reason' is missing: one sentence on what the source takes, "
                           "changes, measures or disputes")
        elif edge.reason is not None and t and src and dst:
            names = [x for e in (src, dst) for x in (e.id, e.name, e.short)]
            problem = evidence.reason_problem(edge.reason, t.label, t.inverse, names)
            if problem:
                p.items.append(f"{where}: field 'reason' {problem}")
        if t and t.source_kinds and src and src.kind not in t.source_kinds and (src.kind or REQUIRE_EVIDENCE):
            p.items.append(f"{where}: field 'source' is '{src.id}' ({src.kind or 'an ordinary work'}), but a "
                           f"'{t.key}' edge starts at an entry of kind {' or '.join(t.source_kinds)}")
        out.append(edge if isinstance(edge.reason, str) else edge._replace(reason=""))
    return tuple(out)


def _check_variant(p: _Problems, where: str, e: Entry, anim: Animation) -> None:
    """An entry's anim_params must name declared parameters and stay within their ranges."""
    declared = {q.key: q for q in anim.params}
    for name, v in e.anim_params:
        q = declared.get(name)
        if q is None:
            known = ", ".join(declared) or "none"
            p.add(where, "anim_params", f"names {name!r}, not a parameter of animation {e.anim!r} (known: {known})")
        elif q.options and v not in q.options:
            p.add(where, "anim_params", f"{name!r} = {v!r} is not one of {', '.join(q.options)}")
        elif not q.options and not _on_grid(v, q):
            p.add(where, "anim_params", f"{name!r} = {v!r} is outside {q.min:g}..{q.max:g} (step {q.step:g})")


def _on_grid(v, q: AnimParam) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not q.min <= v <= q.max:
        return False
    k = (v - q.min) / q.step
    return abs(k - round(k)) < 1e-6


def validate(spec: dict) -> Landscape:
    """Turn a raw spec into records, or raise ValidationError listing every problem."""
    p = _Problems()
    family_triples, raw_chapters = landscape_families.split(spec.get("families", ()))
    families = tuple(f for f in (_family(p, i, raw) for i, raw in enumerate(family_triples)) if f)
    if not families:
        p.items.append("spec: field 'families' is empty")
    kinds = evidence.entry_kinds(p.add, spec)
    today = evidence.today_month(spec, p.add)
    edge_types = tuple(_edge_type(p, raw, kinds) for raw in spec.get("edge_types", ()))
    papers = tuple(_paper(p, raw) for raw in spec.get("papers", ()))
    added_default = spec.get("added_default", "")
    if added_default and not (isinstance(added_default, str) and DATE_RE.match(added_default)):
        p.add("spec", "added_default", f"must be 'YYYY-MM', got {added_default!r}")
        added_default = ""
    entries = tuple(_entry(p, raw, i, added_default, kinds, today) if isinstance(raw, dict) else _not_a_dict(p, i)
                    for i, raw in enumerate(spec.get("entries", ())))
    edges = tuple(e for e in (_edge(p, raw, i) for i, raw in enumerate(spec.get("edges", ()))) if e)
    animations = tuple(_animation(p, key, path) for key, path in sorted(spec.get("animations", {}).items()))
    entry_ids = {e.id for e in entries if e}
    benchmarks, results = landscape_results.validate(p.items, spec.get("benchmarks"), spec.get("results"), entry_ids)
    landscape = Landscape(
        title=_text(p, "spec", spec, "title"), subtitle=_text(p, "spec", spec, "subtitle"),
        families=families, edge_types=edge_types, entries=tuple(e for e in entries if e),
        edges=edges, papers=papers, animations=animations,
        tours=landscape_tours.validate(p.items, spec.get("tours", ()), {e.id: e.date for e in entries if e}),
        benchmarks=benchmarks, results=results)
    _cross_checks(p, landscape)
    landscape = landscape._replace(edges=_edge_evidence(p, landscape), chapters=_chapters(p, raw_chapters, landscape))
    if p.items:
        raise ValidationError(p.items)
    return landscape


class _Variant(NamedTuple):
    """What _check_variant reads of an entry, for a family chapter's animation."""
    anim: str
    anim_params: tuple


def _chapters(p: _Problems, raw_chapters: dict, ls: Landscape) -> tuple:
    """Family chapters (landscape_families), their TeX and animation variant checked exactly like an entry's."""
    anims = {a.key: a for a in ls.animations}

    def variant_problems(where: str, anim: str, params: dict) -> list[str]:
        q = _Problems()
        _check_variant(q, where, _Variant(anim, tuple(sorted(params.items()))), anims[anim])
        return q.items

    return landscape_families.validate(p.items, raw_chapters, ls.entries, set(anims), tex_math_problem,
                                       variant_problems)


def _not_a_dict(p: _Problems, i: int) -> None:
    p.items.append(f"entry #{i}: must be a dict")
    return None


def _animation(p: _Problems, key: str, path) -> Animation:
    where = f"animation '{key}'"
    if not ANIM_KEY_RE.match(key):
        p.add(where, "key", "must be a lowercase identifier")
    try:
        source = _read(path)
    except OSError as err:
        p.add(where, "file", f"cannot be read: {err}")
        return Animation(key, "")
    if f'LandscapeAnims.register("{key}"' not in source:
        p.add(where, "file", f'does not call LandscapeAnims.register("{key}", …) ({path})')
    if _CLOSING_SCRIPT.search(source):
        p.add(where, "file", "contains '</script', which would end the inline script")
    return Animation(key, source, _anim_params(p, where, source))


# The build learns an animation's knobs from its file without running JS: the spec's `params:` value
# is a JSON list literal (valid JS too), read with a JSON decoder from where it starts.
PARAMS_RE = re.compile(r"^\s*params:\s*(?=\[)", re.M)
_CLOSING_SCRIPT = re.compile(r"</script", re.IGNORECASE | re.ASCII)    # in any case, as HTML reads it
PARAM_FIELDS = {"key", "label", "value", "min", "max", "step", "options"}


def _anim_params(p: _Problems, where: str, source: str) -> tuple[AnimParam, ...]:
    m = PARAMS_RE.search(source)
    if not m:
        return ()
    try:
        raw, _ = json.JSONDecoder().raw_decode(source, m.end())
    except json.JSONDecodeError as err:
        p.add(where, "params", f"must be a JSON list literal: {err.msg} (line {err.lineno})")
        return ()
    params = tuple(q for q in (_anim_param(p, where, d) for d in raw) if q)
    for key in _duplicates(q.key for q in params):
        p.add(where, "params", f"declares {key!r} twice")
    return params


def _anim_param(p: _Problems, where: str, d) -> AnimParam | None:
    if not (isinstance(d, dict) and d.keys() <= PARAM_FIELDS
            and isinstance(d.get("key"), str) and ANIM_KEY_RE.match(d["key"])
            and isinstance(d.get("label"), str) and d["label"].strip()):
        p.add(where, "params", f"{d!r} needs a key (identifier) and a label, and only {sorted(PARAM_FIELDS)}")
        return None
    if "options" in d:
        q = AnimParam(d["key"], d["label"], d.get("value"), options=tuple(d["options"]))
        if not (q.options and all(isinstance(o, str) for o in q.options) and q.value in q.options):
            p.add(where, "params", f"{q.key!r}: options must be strings and include the value")
            return None
        return q
    nums = [d.get(f) for f in ("value", "min", "max", "step")]
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in nums):
        p.add(where, "params", f"{d['key']!r}: value, min, max and step must be numbers")
        return None
    q = AnimParam(d["key"], d["label"], *nums)
    if not (q.min < q.max and q.step > 0 and _on_grid(q.value, q)):
        p.add(where, "params", f"{q.key!r}: needs min < max, step > 0 and the value on the grid")
        return None
    return q
