"""Compacting the page's own JS and CSS at build time (the source files stay readable and linted).

Two passes:
1. `compact_source` drops whole-line and block comments, blank lines and indentation.
2. `squeeze_js` / `squeeze_css` tokenise each remaining line (strings, regex literals, words, punctuation)
   and drop the spaces no token needs, plus trailing `// comments`, and a `;` right before a `}` (the brace
   ends the statement). Then every JS line is joined: the lint makes each statement end in `;` (eslint's semi
   rule), so a line break never ends one.
Together they take about a third off the page code's gzip size. tests/test_compact.py parses every
squeezed script with acorn and checks its syntax tree equals the source's, so a tokenising slip fails
a test instead of breaking the page.
Standard library only.
"""
from __future__ import annotations

import re


def compact_source(source: str) -> str:
    """Drop whole-line comments, blank lines and indentation (about a quarter of the bytes).
    Line-based, so it is only safe without template literals, whose text may span lines: a source
    with a backtick outside a comment line is returned unchanged."""
    out: list[str] = []
    in_comment = False
    for line in source.splitlines():
        text = line.strip()
        if in_comment:
            in_comment = "*/" not in text
            continue
        if text.startswith("/*") and ("*/" not in text or text.endswith("*/")):
            in_comment = "*/" not in text
            continue
        if text.startswith("//") or not text:
            continue
        if "`" in text:
            return source
        out.append(_drop_trailing_comment(text) if "//" in text else text)     # most lines have no comment
    return "\n".join(out)


# `code; // why`: a trailing comment after code that ends a statement or bracket. Cut only when the code
# before it has balanced quotes and the comment has no quote or slash, so a "//" inside a string or
# regex literal is never taken for a comment.
_TRAILING_COMMENT = re.compile(r"^(.*[;,{}()\[\]])\s+//\s[^\"'`/]*$")


def _drop_trailing_comment(line: str) -> str:
    match = _TRAILING_COMMENT.match(line)
    if not match or match.group(1).count('"') % 2 or match.group(1).count("'") % 2:
        return line
    return match.group(1)


# Strings and regex literals are set aside first (each becomes one NUL), so nothing inside them changes, and
# trailing `// comments` go in the same scan. Then re.sub passes, all in C, work on code only: spaces beside
# punctuation go, except beside "+", "-" and "/" ("a + +b", "a - -1", division next to a regex literal),
# where only the spaces of a plain `x + y` go. Spaces between two words (`return x`) stay.
_JS_LITERAL = re.compile(
    r"""//[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
    # a "/" starts a regex literal after an operator, an opening bracket, `return` or at a line's start
    r"|(?=/)(?:(?<=[(,=:\[!&|?{};])|(?<=[(,=:\[!&|?{};] )|(?<=return )|(?<=typeof )|^)"
    r"/(?![/*])(?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[a-z]*", re.MULTILINE)
# Each pattern starts with its literal space (a lookbehind first would be tried at every character).
_P = r"[{}()\[\];,:=<>!&|?*%^~]"
# The spaces of "x + y" and "x / y" go first, while the spaces beside them still tell a sign or a regex apart.
_JS_SQUEEZES = [re.compile(r" (?<=[\w$)\]\x00] )(?=[+-] [\w$(\[!\x00])"),   # x + y: the space before "+"
                re.compile(r" (?<=[\w$)\]\x00][+-] )(?=[\w$(\[!\x00])"),    # x+ y: the space after it
                re.compile(r" (?<=[\w$)\]\x00] )(?=/ ?[\w$(\[!.\x00])"),   # x / y (never "//" or "/*")
                re.compile(r" (?<=[\w$)\]\x00]/ )(?=[\w$(\[!.\x00])"),
                re.compile(f" (?={_P})"), re.compile(f" (?<={_P} )"),
                re.compile(r" +(?=\n|\Z)"),                                    # before a dropped comment
                re.compile(r"(?<=[;{,])\n"),       # joined now (the rest after these passes): ";\n}" becomes ";}"
                # before a } a statement ends anyway (an empty statement, as in `for (...);}`, would not parse:
                # test_compact compares syntax trees)
                re.compile(r";(?=})"),
                re.compile(r"(?<![\w$.])0(?=\.\d)")]    # 0.5 -> .5
# (x) => ...: x => ... (one plain parameter needs no brackets)
_ARROW_PARAM = re.compile(r"(?<![\w$])\(([A-Za-z_$][\w$]*)\)(?==>)")
# Then every line is joined to the next: the lint makes each statement end in ";" (eslint's semi rule), so no
# line break ends one; between two words a space stays.
_JS_JOINS = [(re.compile(r"(?<=[\w$])\n(?=[\w$])"), " "), (re.compile(r"\n"), "")]
_SET_ASIDE = "\x00"


def _outside_literals(code: str, literal: re.Pattern, passes: list[tuple[re.Pattern, str]]) -> str:
    """Run the re passes on code with every `literal` match set aside as one NUL (a match that is a
    `// comment` is dropped instead), then put the literals back in order."""
    literals: list[str] = []

    def set_aside(match: re.Match) -> str:
        text = match.group()
        if text.startswith("//"):            # a trailing comment: dropped (its quotes are not strings)
            return ""
        literals.append(text)
        return _SET_ASIDE

    code = literal.sub(set_aside, code)
    for pattern, repl in passes:
        code = pattern.sub(repl, code)
    restored = iter(literals)
    return re.sub(_SET_ASIDE, lambda _: next(restored), code)


def squeeze_js(source: str) -> str:
    """`compact_source`, then no space its neighbours do not need and no trailing comment."""
    compact = compact_source(source)
    if "`" in compact or _SET_ASIDE in compact:   # a template literal (left alone) or a NUL: keep as is
        return source
    return _outside_literals(compact, _JS_LITERAL,
                             [(spaces, "") for spaces in _JS_SQUEEZES] + _JS_JOINS + [(_ARROW_PARAM, r"\1")])


# CSS the same way: strings, parenthesised groups (calc() needs its spaces; a value with var() is kept as
# written) and custom property lines are set aside; then spaces around { } ; , > and after a colon go.
_CSS_LITERAL = re.compile(
    r""""[^"\n]*"|'[^'\n]*'|^--[^\n]*"""
    r"""|\((?:[^()"'\n]|\((?:[^()"'\n]|\([^()"'\n]*\))*\))*\)""", re.MULTILINE)
_CSS_SPACES = [(re.compile(r"\s*([{};,>])\s*"), r"\1"), (re.compile(r":\s+"), ":"), (re.compile(r";}"), "}"),
               (re.compile(r"(?<![\w.-])0(?=\.\d)"), ""),
               # a line break: a space between two words (a descendant combinator), else nothing
               (re.compile(r"(?<=[\w)\]*-])\n(?=[\w.#:\[*-])"), " "), (re.compile(r"\n"), "")]


def squeeze_css(source: str) -> str:
    """`compact_source`, then no spaces around { } ; , > and after a property's colon, no leading 0 before a
    decimal point, and the lines joined (a space where a break separated two words). A space before a colon
    is kept: `a :hover` and `a:hover` select different things. Inside parentheses nothing changes (calc()
    needs its spaces; a value with var() is kept as written), nor in custom properties."""
    compact = compact_source(source)
    if _SET_ASIDE in compact:
        return compact
    return _outside_literals(compact, _CSS_LITERAL, _CSS_SPACES)
