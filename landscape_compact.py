"""Compacting the page's own JS and CSS at build time (the source files stay readable and linted).

Two passes, both line-preserving so automatic semicolon insertion never changes meaning:
1. `compact_source` drops whole-line and block comments, blank lines and indentation.
2. `squeeze_js` / `squeeze_css` tokenise each remaining line (strings, regex literals, words, punctuation)
   and drop the spaces no token needs, plus trailing `// comments`.
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
        out.append(_drop_trailing_comment(text))
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


# One JS token at a time: a string, a comment, a word (identifier, keyword or number), a run of
# spaces, or one punctuation character. Regex literals are told apart from division by context.
_JS_TOKEN = re.compile(r"""
    (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<comment>//.*|/\*.*?\*/)
  | (?P<word>[A-Za-z0-9_$.\u0080-\uffff]+)
  | (?P<space>\s+)
  | (?P<punct>.)
""", re.VERBOSE)
_JS_REGEX = re.compile(r"/(?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[a-z]*")
# After these, a "/" starts a regex literal; after a word, ")" or "]" it divides.
_REGEX_AFTER_WORDS = {"return", "typeof", "case", "in", "of", "new", "delete", "void", "throw", "instanceof",
                      "yield", "await", "else", "do"}
_WORD_CHAR = re.compile(r"[A-Za-z0-9_$\u0080-\uffff]")


def _js_tokens(line: str) -> list[tuple[str, bool]] | None:
    """The line's tokens, each with whether a space came before it, without spaces or comments; None if
    the line cannot be tokenised safely."""
    tokens: list[tuple[str, bool]] = []
    pos, spaced = 0, False
    while pos < len(line):
        if line[pos] == "/" and not line.startswith(("//", "/*"), pos) and _regex_may_start(tokens):
            match = _JS_REGEX.match(line, pos)
            if not match:
                return None
            tokens.append((match.group(), spaced))
            pos, spaced = match.end(), False
            continue
        match = _JS_TOKEN.match(line, pos)
        kind = match.lastgroup
        if kind == "punct" and match.group() in "\"'`":
            return None                      # an unterminated string: leave the line as it is
        if kind in ("space", "comment"):
            spaced = True
        else:
            tokens.append((match.group(), spaced))
            spaced = False
        pos = match.end()
    return tokens


def _regex_may_start(tokens: list[str]) -> bool:
    if not tokens:
        return True
    last = tokens[-1][0]
    if last in _REGEX_AFTER_WORDS:
        return True
    return not (_WORD_CHAR.match(last[-1]) or last[-1] in ")]}\"'" or last.endswith("/") and len(last) > 1)


def _needs_space(left: str, right: str) -> bool:
    """Would gluing these two tokens make one different token?"""
    a, b = left[-1], right[0]
    if (_WORD_CHAR.match(a) or a == ".") and (_WORD_CHAR.match(b) or b == "."):
        return True
    return (a in "+-" and b == a) or a == "/" or b == "/"


def _join(tokens: list[tuple[str, bool]]) -> str:
    """Glue the tokens, keeping a space only where the source had one and the tokens need it."""
    out = [tokens[0][0]]
    for (left, _), (right, spaced) in zip(tokens, tokens[1:]):
        if spaced and _needs_space(left, right):
            out.append(" ")
        out.append(right)
    return "".join(out)


def squeeze_js(source: str) -> str:
    """`compact_source`, then each line without the spaces its tokens do not need."""
    compact = compact_source(source)
    if "`" in compact:                       # compact_source left a template literal alone: so do we
        return source
    lines = []
    for line in compact.split("\n"):
        tokens = _js_tokens(line)
        if tokens is None:
            lines.append(line)
        elif tokens:
            lines.append(_join(tokens))
    return "\n".join(lines)


_CSS_TOKEN = re.compile(r"""
    (?P<string>"[^"\n]*"|'[^'\n]*')
  | (?P<gap>\s*([{};,>])\s*|:\s+)
  | (?P<other>[^"'{};,>:\s]+|\s+|.)
""", re.VERBOSE)


def squeeze_css(source: str) -> str:
    """`compact_source`, then no spaces around { } ; , > and after a property's colon. A space before a
    colon is kept: `a :hover` and `a:hover` select different things. Inside parentheses nothing changes
    (calc() needs its spaces; a value with var() is kept as written), nor in custom properties."""
    out = []
    for line in compact_source(source).split("\n"):
        if line.startswith("--"):            # a custom property's value is kept as written, spaces and all
            out.append(line + "\n")
            continue
        depth = 0
        for match in _CSS_TOKEN.finditer(line):
            text, gap = match.group(), match.group("gap")
            out.append(gap.strip() if gap and not depth else text)
            depth += text.count("(") - text.count(")") if match.group("other") else 0
        out.append("\n")
    return "".join(out).rstrip("\n").replace(";}", "}")
