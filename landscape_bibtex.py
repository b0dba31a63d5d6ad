"""BibTeX in: `--import-bibtex FILE.bib` prints ready-to-paste paper records. Standard library only, generic.

    dict(key="ha2018world", title="World Models", authors=["David Ha", "Jürgen Schmidhuber"],
         year=2018, venue="arXiv 2018", url="https://arxiv.org/abs/1803.10122"),

Reads what reference managers export (arXiv, Google Scholar, Zotero/BibLaTeX, JabRef): @string macros
and `#` concatenation, @comment and @preamble, braces or quotes, TeX accents and escapes. Authors become
"First Last" (more than MAX_AUTHORS, or `and others`: ending in "et al."); arXiv eprints become abs-page
URLs and DOIs doi.org URLs; the venue comes from journal/booktitle, with the year. Entries the papers
already hold (same arXiv id, DOI or normalised title) are skipped and named. A malformed entry is
reported with its key and line, the rest still convert; the exit status is then 2.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import NamedTuple

MAX_AUTHORS = 8
MONTHS = {m: str(i) for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


class BibEntry(NamedTuple):
    type: str           # lower-case: article, inproceedings, misc, ...
    key: str
    fields: dict        # lower-case field name -> value with macros expanded (still TeX)
    line: int


class BibProblem(NamedTuple):
    key: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: entry '{self.key}': {self.message}"


# ----------------------------------------------------------------------------- parsing

class _Malformed(Exception):
    def __init__(self, pos: int, message: str):
        super().__init__(message)
        self.pos, self.message = pos, message


# A new entry at the start of a line: where a broken entry ends and parsing resumes.
_ENTRY_START = re.compile(r"^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]", re.M)
_NAME = re.compile(r"[A-Za-z_][\w\-:.+/]*")
_KEY = re.compile(r"[^\s,{}()\"#%'=]+")
# A value that contains "\n  author = {" swallowed the following fields: a brace was left open.
_SWALLOWED_FIELD = re.compile(r"\n\s*[A-Za-z_][\w-]*\s*=\s*[{\"\d]")


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.macros = dict(MONTHS)
        self.entries: list[BibEntry] = []
        self.problems: list[BibProblem] = []

    def line_of(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1

    def skip_ws(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    def expect_char(self, pos: int, chars: str, what: str) -> int:
        pos = self.skip_ws(pos)
        if pos >= len(self.text) or self.text[pos] not in chars:
            found = repr(self.text[pos]) if pos < len(self.text) else "the end of the file"
            raise _Malformed(pos, f"expected {what}, found {found}")
        return pos + 1

    def next_entry_start(self, pos: int) -> int:
        match = _ENTRY_START.search(self.text, pos)
        return match.start() if match else len(self.text)

    def delimited(self, pos: int, closer: str) -> tuple[str, int]:
        """Text up to the closing `closer` ('}' or '"') at brace depth 0; pos is just after the opener.
        A value never runs into the next entry."""
        depth, start = 0, pos
        limit = self.next_entry_start(pos)
        while pos < limit:
            ch = self.text[pos]
            if ch == "\\":
                pos += 2
                continue
            if depth == 0 and ch == closer:
                return self.text[start:pos], pos + 1
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            pos += 1
        raise _Malformed(start, "has an unbalanced '{' (the value never closes)" if closer == "}"
                         else 'has an unclosed \'"\' value')

    def braced(self, pos: int) -> tuple[str, int]:
        return self.delimited(pos, "}")

    def quoted(self, pos: int) -> tuple[str, int]:
        return self.delimited(pos, '"')

    def value(self, pos: int) -> tuple[str, int]:
        """A field value: pieces ({...}, "...", number, macro) joined by '#'."""
        parts = []
        while True:
            pos = self.skip_ws(pos)
            ch = self.text[pos] if pos < len(self.text) else ""
            if ch == "{":
                part, pos = self.braced(pos + 1)
            elif ch == '"':
                part, pos = self.quoted(pos + 1)
            elif ch.isdigit():
                match = re.compile(r"\d+").match(self.text, pos)
                part, pos = match.group(), match.end()
            else:
                match = _NAME.match(self.text, pos)
                if not match:
                    raise _Malformed(pos, "has a field without a value")
                name = match.group().lower()
                if name not in self.macros:
                    raise _Malformed(pos, f"uses the undefined @string macro {match.group()!r}")
                part, pos = self.macros[name], match.end()
            parts.append(part)
            pos = self.skip_ws(pos)
            if pos < len(self.text) and self.text[pos] == "#":
                pos += 1
                continue
            return "".join(parts), pos

    def fields(self, pos: int, close: str, key: str) -> tuple[dict, int]:
        fields: dict[str, str] = {}
        while True:
            pos = self.skip_ws(pos)
            if pos < len(self.text) and self.text[pos] == close:
                return fields, pos + 1
            match = _NAME.match(self.text, pos)
            if not match:
                found = repr(self.text[pos]) if pos < len(self.text) else "the end of the file"
                raise _Malformed(pos, f"expected a field name or '{close}', found {found}")
            name = match.group().lower()
            pos = self.expect_char(match.end(), "=", f"'=' after field '{name}'")
            start = self.skip_ws(pos)
            value, pos = self.value(pos)
            if _SWALLOWED_FIELD.search(value):
                raise _Malformed(start, f"has an unbalanced '{{' in field '{name}' (its value runs into the "
                                        "next fields)")
            fields.setdefault(name, value)
            pos = self.skip_ws(pos)
            if pos < len(self.text) and self.text[pos] == ",":
                pos += 1
            elif pos >= len(self.text) or self.text[pos] != close:
                raise _Malformed(pos, f"is missing a ',' after field '{name}'")

    def entry(self, at: int, kind: str, pos: int, close: str) -> int:
        key = "?"
        try:
            pos = self.skip_ws(pos)
            match = _KEY.match(self.text, pos)
            after = self.skip_ws(match.end()) if match else pos
            if not match or self.text[after:after + 1] == "=":
                raise _Malformed(pos, "has no citation key")
            key = match.group()
            pos = self.expect_char(match.end(), ",", f"',' after the key {key!r}")
            fields, pos = self.fields(pos, close, key)
            self.entries.append(BibEntry(kind, key, fields, self.line_of(at)))
            return pos
        except _Malformed as err:
            self.problems.append(BibProblem(key, self.line_of(err.pos), err.message))
            return self.next_entry_start(at + 1)        # resume at the next entry, as BibTeX does

    def string(self, at: int, pos: int, close: str) -> int:
        try:
            pos = self.skip_ws(pos)
            match = _NAME.match(self.text, pos)
            if not match:
                raise _Malformed(pos, "@string needs a name")
            pos = self.expect_char(match.end(), "=", "'=' in @string")
            value, pos = self.value(pos)
            self.macros[match.group().lower()] = value
            return self.expect_char(pos, close, f"'{close}' closing @string")
        except _Malformed as err:
            self.problems.append(BibProblem("@string", self.line_of(err.pos), err.message))
            return self.next_entry_start(at + 1)

    def run(self) -> None:
        pos = 0
        while True:
            at = self.text.find("@", pos)
            if at < 0:
                return
            match = re.compile(r"@\s*([A-Za-z]+)\s*([{(])").match(self.text, at)
            if not match:
                pos = at + 1            # a stray '@' between entries is a comment, as in BibTeX
                continue
            kind, close = match.group(1).lower(), "}" if match.group(2) == "{" else ")"
            pos = match.end()
            if kind == "comment" or kind == "preamble":
                try:
                    pos = self.braced(pos)[1]
                except _Malformed:
                    pos = self.next_entry_start(pos)
            elif kind == "string":
                pos = self.string(at, pos, close)
            else:
                pos = self.entry(at, kind, pos, close)


def parse(text: str) -> tuple[list[BibEntry], list[BibProblem]]:
    parser = _Parser(text)
    parser.run()
    return parser.entries, parser.problems


# ----------------------------------------------------------------------------- TeX -> text

_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
            "r": "\u030a", "d": "\u0323", "b": "\u0331"}
_SYMBOLS = {"ss": "ß", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
            "aa": "å", "AA": "Å", "i": "ı", "j": "ȷ", "textendash": "–", "textemdash": "—", "dag": "†",
            "textquoteright": "’", "textquoteleft": "‘", "ldots": "…", "dots": "…", "textbar": "|",
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
            "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ",
            "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Omega": "Ω",
            "infty": "∞", "times": "×", "rightarrow": "→", "to": "→", "textasciitilde": "~", "S": "§"}
# \'e  \'{e}  \' e  \'{\i}  and letter accents \c{c} or \c c (a letter command needs a brace or space)
_ACCENT_RE = re.compile(r"\\([`'^\"~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z]?)\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))"
                        r"|\\([uvHckrdb])(?:\s*\{\s*(\\[ij]|[A-Za-z]?)\s*\}|\s+(\\[ij](?![A-Za-z])|[A-Za-z]))")
_COMMAND_RE = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])\s*(\{\})?")
_ESCAPED_RE = re.compile(r"\\([&%$_#{}])")


def _accent(match: re.Match) -> str:
    mark = _ACCENTS[match.group(1) or match.group(4)]
    base = next((g for g in match.group(2, 3, 5, 6) if g is not None), "")
    base = {"\\i": "i", "\\j": "j"}.get(base, base)
    return unicodedata.normalize("NFC", base + mark) if base else mark


def _command(match: re.Match) -> str:
    name = match.group(1)
    if name in _SYMBOLS:
        return _SYMBOLS[name]
    return ""       # \emph, \textbf, \url, \mbox ...: keep the argument (its braces go later), drop the name


def tex_to_text(tex: str) -> str:
    """TeX as BibTeX exports it -> plain Unicode text: accents, escapes, dashes, quotes, braces."""
    text = _ACCENT_RE.sub(_accent, tex)
    text = _ESCAPED_RE.sub(lambda m: "\x00" + m.group(1), text)     # protect \{ \} \& ...
    text = _COMMAND_RE.sub(_command, text)
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”")
    text = text.replace("\\\\", " ").replace("\\,", " ").replace("\\ ", " ").replace("~", " ")
    text = text.replace("{", "").replace("}", "").replace("$", "")
    text = re.sub(r"\x00(.)", r"\1", text)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


# ----------------------------------------------------------------------------- fields -> record

def _split_top(text: str, pattern: str) -> list[str]:
    """Split on a regex, but only outside braces."""
    parts, depth, start, pos = [], 0, 0, 0
    rx = re.compile(pattern)
    while pos < len(text):
        ch = text[pos]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0:
            match = rx.match(text, pos)
            if match and match.end() > pos:
                parts.append(text[start:pos])
                start = pos = match.end()
                continue
        pos += 1
    parts.append(text[start:])
    return parts


def person(name: str) -> str:
    """'Last, First' / 'Last, Jr, First' / 'First von Last' -> 'First von Last Jr'."""
    parts = [p.strip() for p in _split_top(name, r",")]
    if len(parts) == 2:
        name = f"{parts[1]} {parts[0]}"
    elif len(parts) >= 3:
        name = f"{parts[2]} {parts[0]} {parts[1]}"
    return tex_to_text(name)


def authors(raw: str) -> list[str]:
    names = [n.strip() for n in _split_top(raw, r"\s+and\s+") if n.strip()]
    more = any(n.lower() == "others" for n in names)
    people = [person(n) for n in names if n.lower() != "others"]
    if more or len(people) > MAX_AUTHORS:
        return people[:MAX_AUTHORS] + ["et al."]
    return people


ARXIV_ID = r"(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"


def arxiv_id(fields: dict) -> str:
    """From eprint (+ archivePrefix/eprinttype), a Scholar 'arXiv preprint arXiv:ID' journal, the url or
    an arXiv DOI (10.48550/arXiv.ID)."""
    prefix = (fields.get("archiveprefix") or fields.get("eprinttype") or "").lower()
    eprint = fields.get("eprint", "").strip()
    if eprint and (prefix in ("arxiv", "") and re.fullmatch(ARXIV_ID, eprint)):
        return re.fullmatch(ARXIV_ID, eprint).group(1)
    for field, rx in (("journal", r"arxiv:\s*" + ARXIV_ID), ("url", r"arxiv\.org/(?:abs|pdf)/" + ARXIV_ID),
                      ("doi", r"10\.48550/arxiv\." + ARXIV_ID), ("journaltitle", r"arxiv:\s*" + ARXIV_ID)):
        match = re.search(rx, fields.get(field, ""), re.I)
        if match:
            return match.group(1)
    return ""


def doi_of(fields: dict) -> str:
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", fields.get("doi", "").strip(), flags=re.I)
    return doi if doi.startswith("10.") else ""


# Long venue names as exported -> the short name papers are cited by (checked in order).
VENUES = [
    (r"neural information processing systems|\bneurips\b|\bnips\b", "NeurIPS"),
    (r"international conference on machine learning|\bicml\b", "ICML"),
    (r"international conference on learning representations|\biclr\b", "ICLR"),
    (r"computer vision and pattern recognition|\bcvpr\b", "CVPR"),
    (r"international conference on computer vision|\biccv\b", "ICCV"),
    (r"european conference on computer vision|\beccv\b", "ECCV"),
    (r"conference on robot learning|\bcorl\b", "CoRL"),
    (r"robotics: science and systems", "RSS"),
    (r"international conference on robotics and automation|\bicra\b", "ICRA"),
    (r"intelligent robots and systems|\biros\b", "IROS"),
    (r"transactions on machine learning research|\btmlr\b", "TMLR"),
    (r"aaai conference on artificial intelligence", "AAAI"),
    (r"^arxiv|^corr$|arxiv preprint", "arXiv"),
]


def venue(fields: dict, year: int, has_arxiv: bool) -> str:
    raw = next((fields[f] for f in ("journaltitle", "journal", "booktitle") if fields.get(f, "").strip()), "")
    name = tex_to_text(raw)
    name = re.sub(r"^(proceedings of the|proc\.)\s+", "", name, flags=re.I)
    if name.islower():
        name = name.title()         # Google Scholar lower-cases journals: "nature"
    for pattern, short in VENUES:
        if re.search(pattern, name, re.I):
            name = short
            break
    if not name:
        name = "arXiv" if has_arxiv else tex_to_text(next(
            (fields[f] for f in ("howpublished", "publisher", "institution", "school", "organization")
             if fields.get(f, "").strip() and "\\url" not in fields[f]), "Preprint"))
    return name if str(year) in name else f"{name} {year}"


def year_of(fields: dict) -> int:
    match = re.search(r"\b(\d{4})\b", fields.get("year", "")) or re.match(r"(\d{4})", fields.get("date", ""))
    return int(match.group(1)) if match else 0


def record(entry: BibEntry) -> tuple[dict | None, str]:
    """(record, "") or (None, why the entry cannot become a record)."""
    f = entry.fields
    title, year = tex_to_text(f.get("title", "")), year_of(f)
    people = authors(f.get("author", "") or f.get("editor", ""))
    missing = [n for n, v in (("title", title), ("author", people), ("year", year)) if not v]
    if missing:
        return None, "has no " + " or ".join(missing)
    arxiv, doi = arxiv_id(f), doi_of(f)
    url = (f"https://arxiv.org/abs/{arxiv}" if arxiv else f"https://doi.org/{doi}" if doi
           else tex_to_text(f.get("url", "")).replace(" ", "%20"))
    key = re.sub(r"[^a-z0-9_-]", "", entry.key.lower()) or f"paper{year}"
    return dict(key=key, title=title, authors=people, year=year, venue=venue(f, year, bool(arxiv)), url=url), ""


# ----------------------------------------------------------------------------- duplicates

def normal_title(title: str) -> str:
    text = unicodedata.normalize("NFKD", tex_to_text(title)).casefold()
    return "".join(c for c in text if c.isalnum())


def identities(paper: dict) -> list[tuple[str, str]]:
    """How a paper is recognised: ("arXiv id", ...), ("DOI", ...), ("title", normalised)."""
    url = paper.get("url", "")
    ids = []
    match = re.search(r"arxiv\.org/(?:abs|pdf)/" + ARXIV_ID, url, re.I)
    if match:
        ids.append(("arXiv id", match.group(1)))
    match = re.search(r"doi\.org/(10\..+)$", url, re.I)
    if match:
        ids.append(("DOI", match.group(1).lower()))
    if paper.get("title"):
        ids.append(("title", normal_title(paper["title"])))
    return ids


def convert(text: str, existing=()) -> tuple[list[dict], list[str], list[BibProblem]]:
    """(new records, skip notes, problems) for a .bib text, given the papers already held."""
    entries, problems = parse(text)
    known = {ident: p.get("key", "?") for p in existing for ident in identities(p)}
    keys = {p.get("key") for p in existing}
    records, skipped = [], []
    for entry in entries:
        rec, why = record(entry)
        if rec is None:
            problems.append(BibProblem(entry.key, entry.line, why))
            continue
        hit = next((ident for ident in identities(rec) if ident in known), None)
        if hit:
            skipped.append(f"skipped '{entry.key}' (line {entry.line}): already in the papers as "
                           f"'{known[hit]}' (same {hit[0]})")
            continue
        while rec["key"] in keys:
            rec["key"] += "x"
        keys.add(rec["key"])
        known.update({ident: rec["key"] for ident in identities(rec)})
        records.append(rec)
    problems.sort(key=lambda p: p.line)
    return records, skipped, problems


def _py(value) -> str:
    """A Python literal in the papers module's style (double quotes, Unicode kept)."""
    return json.dumps(value, ensure_ascii=False)


def format_record(rec: dict) -> str:
    return (f"    dict(key={_py(rec['key'])},\n"
            f"         title={_py(rec['title'])},\n"
            f"         authors=[{', '.join(_py(a) for a in rec['authors'])}],\n"
            f"         year={rec['year']}, venue={_py(rec['venue'])},\n"
            f"         url={_py(rec['url'])}),")


def main(path: str, existing=(), out=sys.stdout, err=sys.stderr) -> int:
    """Print records for the .bib file at `path`; notes and problems go to stderr. Exit 2 on malformed."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read {path}: {error}", file=err)
        return 2
    records, skipped, problems = convert(text, existing)
    for rec in records:
        print(format_record(rec), file=out)
        if not rec["url"]:
            print(f"note: '{rec['key']}' has no arXiv id, DOI or url: fill in its url", file=err)
    for note in skipped:
        print(note, file=err)
    for problem in problems:
        print(f"error: {problem}", file=err)
    print(f"{len(records)} converted, {len(skipped)} already in the papers, {len(problems)} malformed",
          file=err)
    return 2 if problems else 0
