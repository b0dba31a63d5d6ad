"""Landscape engine: turns families, entries, typed edges, papers and animations into ONE HTML page.

The engine knows nothing about any particular field. A data module (e.g. gen_worldmodel.py) hands
`build()` a plain-dict spec; landscape_schema validates it into frozen records; this module lays out
the constellation map deterministically and fills TEMPLATE. Data enters the page once, as an escaped
JSON island; the page's JS (landscape/*.js, inlined at build time) reads it and renders every string
as text. Standard library only. Same spec in -> byte-identical HTML out.
"""
from __future__ import annotations

import binascii
import functools
import hashlib
import json
import os
import re
import sys

import landscape_families
import landscape_packing
import landscape_results
import landscape_tours
from landscape_records import NamedTuple

# The records and validate() live in landscape_schema; re-exported here, where callers and tests look.
from landscape_schema import (  # noqa: F401
    ENTRY_FIELDS,
    KNOWN_TEX_MACROS,
    Animation,
    AnimParam,
    Edge,
    EdgeType,
    Entry,
    Family,
    Landscape,
    Paper,
    ValidationError,
    tex_brace_problem,
    tex_glued_problem,
    tex_math_problem,
    this_month,
    validate,
)

# os.path, not pathlib: pathlib costs ~8 ms of import and start-up time is a target.
ENGINE_DIR = os.path.dirname(os.path.abspath(__file__))
ASSET_DIR = os.path.join(ENGINE_DIR, "landscape")

# One pinned MathJax build. The SRI hash is of that exact file (tests check it against npm's copy).
MATHJAX_VERSION = "4.1.3"
MATHJAX_ORIGIN = "https://cdn.jsdelivr.net"
MATHJAX_URL = f"{MATHJAX_ORIGIN}/npm/mathjax@{MATHJAX_VERSION}/tex-chtml.js"
MATHJAX_SRI = "sha384-IgpmJyK7IVIVd18E1Ubslp9a1s6/6VBt9aJFbpzNIJPPMaxwEV7OxR/xY0hHbSck"

# Page JS, in load order. The registry comes before the animation files that call it. Modules only read each
# other when called (LS.map.init runs from app.js), so the map's parts may follow it.
PAGE_SCRIPTS = ("util.js", "theme.js", "whatsnew.js", "mathjax.js", "anim_host.js", "labels.js", "paths.js",
                "camera.js", "focus.js", "inview.js", "map.js", "timeline.js", "regions.js", "morph.js", "evidence.js",
                "panel.js", "family.js", "spelling.js", "search.js", "empty.js", "views.js", "results.js", "compare.js",
                "exports.js", "reading.js", "tours.js", "router.js", "app.js")
REGISTRY_SCRIPT = "anim_registry.js"
EARLY_SCRIPT = "theme_early.js"       # in <head>: runs before the first paint
STYLESHEETS = ("page.css", "tours.css", "evidence.css", "results.css", "family.css", "print.css")


def _read(path) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ----------------------------------------------------------------------------- layout

STAR_R = 6.0
STAR_HALO = 14.0            # the outer ring (owner's-paper marker) around a star
LABEL_PX = 13.0             # map label font size (page.css: .star text)
# Advance widths in em of DejaVu Sans, one of the widest common UI fonts: an upper bound for labels.
_NARROW = dict.fromkeys("fijlIJ.,:;'|!", 0.30) | dict.fromkeys(" -/()[]\\tr", 0.41)
_WIDE = dict.fromkeys("mwMW%@—", 1.0) | dict.fromkeys("DGHNOQUw#&+<=>^~→", 0.84)
_DEFAULT_EM = 0.70          # capitals and anything unlisted
_LOWER_EM = 0.64            # other lowercase letters and digits
LABEL_H = 19.0
LABEL_GAP = 4.0             # star edge to label top
MAP_PAD = 30.0


class Box(NamedTuple):
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return not (self.x1 + margin <= other.x0 or other.x1 + margin <= self.x0
                    or self.y1 + margin <= other.y0 or other.y1 + margin <= self.y0)


@functools.cache
def label_width(text: str) -> float:
    """Upper estimate of a label's rendered width in px (no font metrics at build time)."""
    em = sum(_NARROW.get(c) or _WIDE.get(c) or (_LOWER_EM if c.islower() or c.isdigit() else _DEFAULT_EM)
             for c in text)
    return em * LABEL_PX * 1.04


def star_box(x: float, y: float, short: str) -> Box:
    """The area a star and its label (centred below it) cover on the map."""
    half = max(STAR_HALO, label_width(short) / 2 + 2)
    return Box(x - half, y - STAR_HALO, x + half, y + STAR_R + LABEL_GAP + LABEL_H)


class Layout(NamedTuple):
    width: float
    height: float
    positions: dict           # entry id -> (x, y) on the wide (desktop) map
    family_boxes: dict        # family key -> Box: its region on the wide map (label at the top)
    tall: tuple               # (width, height, {family key -> Box}): the same regions packed for portrait screens
    bands: tuple = (0.0, 0.0)  # the family name band's height (wide, tall) above the stars of each region


FAM_LABEL_PX = 18.0         # family label size on the map at zoom 1 (page.css: .fam-label)
REGION_PAD = 18.0           # region edge to the nearest star+label box
REGION_GAP = 26.0
# A family's name is drawn at 11-20 px on screen whatever the zoom (map.js placeFamilyLabels), in a band
# above its stars. The band is sized in map units for the smallest overview zoom: the map fitted into
# DESIGN_PX screen px (a 1024 px desktop beside the sidebar; a 390 px phone, zoom buttons aside), so at
# that zoom and any closer the name fits its band and its region and never covers a star (further out,
# it hides).
DESIGN_PX = {"wide": (690.0, 640.0), "tall": (330.0, 570.0)}
MAX_TITLE_LINES = {"wide": 2, "tall": 3}
MIN_DESIGN_K = {"wide": 0.33, "tall": 0.15}    # a bigger map's overview is too small to read names anyway
TITLE_PX = 13.0             # the name's size at the smallest overview zoom
TITLE_PAD = 10.0            # screen px beside the name within its region (map.js: room)
TITLE_LINE = 1.18           # line height in em (map.js)
BOLD = 1.1                  # bold names are wider than the label estimate


def _word_width(word: str) -> float:
    return BOLD * label_width(word) * TITLE_PX / LABEL_PX


def title_lines(label: str, max_w: float) -> int:
    """How many lines a name takes wrapped word by word into max_w screen px at TITLE_PX (map.js wrapTitle)."""
    lines, used, space = 0, 0.0, _word_width(" ")
    for word in label.split(" "):
        w = _word_width(word)
        if lines and used + space + w <= max_w:
            used += space + w
        else:
            lines, used = lines + 1, w
    return lines


def title_room(labels: list[str], widths: list[float], k: float, max_lines: int) -> tuple[float, list[float]]:
    """(band height, [region widths]) in map units for names at TITLE_PX at zoom k: a region is widened
    until its name fits in max_lines lines, and the band holds the name with the most lines."""
    widths = [max(rw, (max(map(_word_width, t.split(" "))) + TITLE_PAD) / k) for t, rw in zip(labels, widths)]
    for i, t in enumerate(labels):
        while title_lines(t, widths[i] * k - TITLE_PAD) > max_lines:
            widths[i] += 4 / k
    lines = max(title_lines(t, rw * k - TITLE_PAD) for t, rw in zip(labels, widths))
    return ((lines * TITLE_LINE + 0.07) * TITLE_PX + 2 * TITLE_PAD) / k, widths


def _star_extent(e: Entry) -> tuple[float, float, float]:
    """(half width, above, below) of a star+label box around the star: star_box() as numbers."""
    return max(STAR_HALO, label_width(e.short) / 2 + 2), STAR_HALO, STAR_R + LABEL_GAP + LABEL_H


def _lineage_links(members: list[Entry], ls: Landscape) -> list[tuple[int, int]]:
    """Index pairs of the directed edges inside one family (lineage, components, evaluations: one
    work standing on another), in edge order; undirected "alternative" edges do not pull."""
    index = {e.id: i for i, e in enumerate(members)}
    lineage = {t.key for t in ls.edge_types if t.directed}
    return [(index[x.source], index[x.target]) for x in ls.edges
            if x.type in lineage and x.source in index and x.target in index]


def _family_region(fam: Family, members: list[Entry], ls: Landscape, cache=None) -> tuple[dict, float, float]:
    """Lay out one family (through the CLI's layout cache, if given); return its positions relative to
    its content's top-left (name band not included), and the content size."""
    extents = [_star_extent(e) for e in members]
    if cache is not None:
        family_layout = cache.family_layout
    else:       # the force simulation: a warm cache never needs it
        import landscape_layout
        family_layout = landscape_layout.family_layout
    pos = family_layout([e.id for e in members], extents, _lineage_links(members, ls))
    x0 = min(pos[e.id][0] - hw for e, (hw, _, _) in zip(members, extents))
    x1 = max(pos[e.id][0] + hw for e, (hw, _, _) in zip(members, extents))
    y0 = min(pos[e.id][1] - up for e, (_, up, _) in zip(members, extents))
    y1 = max(pos[e.id][1] + down for e, (_, _, down) in zip(members, extents))
    w = x1 - x0 + 2 * REGION_PAD
    return {k: (x - x0 + REGION_PAD, y - y0) for k, (x, y) in pos.items()}, w, y1 - y0 + REGION_PAD


def _packing(ls: Landscape, sizes: dict, aspect: float, shape: str):
    """Regions with a name band sized for the zoom that fits the map into design (screen px), packed;
    the band changes the map's size, so the zoom is found by a few rounds. Returns (boxes, width,
    height, band)."""
    keys = [f.key for f in ls.families]
    labels = [f.label for f in ls.families]
    design = DESIGN_PX[shape]

    def fit(w: float, h: float) -> float:
        return max(MIN_DESIGN_K[shape], min(design[0] / (w + 2 * MAP_PAD), design[1] / (h + 2 * MAP_PAD)))
    packed: dict[tuple, tuple] = {}     # the rounds settle: a repeated input packs the same

    def pack(regions: tuple):
        if regions not in packed:
            packed[regions] = landscape_packing.pack(regions, aspect, REGION_GAP)
        return packed[regions]
    _, w, h = pack(tuple(landscape_packing.Region(key, *sizes[key]) for key in keys))
    k = fit(w, h)
    for _ in range(8):
        band, widths = title_room(labels, [sizes[key][0] for key in keys], k, MAX_TITLE_LINES[shape])
        regions = tuple(landscape_packing.Region(key, w, sizes[key][1] + band) for key, w in zip(keys, widths))
        at, w, h = pack(regions)
        k, last = fit(w, h), k
        if k == last:           # settled: another round would repeat this one exactly
            break
    boxes = {r.key: Box(*(round(v, 1) for v in (at[r.key][0] + MAP_PAD, at[r.key][1] + MAP_PAD,
                                                at[r.key][0] + MAP_PAD + r.w, at[r.key][1] + MAP_PAD + r.h)))
             for r in regions}
    return boxes, round(w + 2 * MAP_PAD, 1), round(h + 2 * MAP_PAD, 1), round(band, 1)


def layout(ls: Landscape, cache=None) -> Layout:
    """A force-laid constellation per family (landscape_layout), families as regions sized by their
    content and name and packed in rows (landscape_packing): wide for desktops, tall for phones.
    Deterministic. `cache` (landscape_layout_cache.LayoutCache) reads back families whose layout inputs
    did not change."""
    local, sizes = {}, {}
    for fam in ls.families:
        members = sorted((e for e in ls.entries if e.family == fam.key), key=lambda e: (e.date, e.id))
        if not members:
            local[fam.key], sizes[fam.key] = {}, (2 * REGION_PAD + 120, REGION_PAD)
            continue
        local[fam.key], w, h = _family_region(fam, members, ls, cache)
        sizes[fam.key] = (w, h)
    boxes, width, height, band = _packing(ls, sizes, WIDE_ASPECT, "wide")
    tall_boxes, tall_w, tall_h, tall_band = _packing(ls, sizes, TALL_ASPECT, "tall")
    # the content sits centred at the bottom of its region (the name band above it)
    positions = {eid: (round(x + (boxes[key].x0 + boxes[key].x1 - sizes[key][0]) / 2, 1),
                       round(y + boxes[key].y0 + band, 1))
                 for key, pos in local.items() for eid, (x, y) in pos.items()}
    return Layout(width, height, positions, boxes, (tall_w, tall_h, tall_boxes), (band, tall_band))


WIDE_ASPECT = 1.55          # a desktop map pane
TALL_ASPECT = 0.5           # a phone held upright, below the header


def _overlapping(entries, positions: dict) -> list[tuple[str, str]]:
    """Pairs of entries whose star+label boxes overlap (sorted by x, so only near boxes are compared)."""
    boxes = sorted(((star_box(*positions[e.id], e.short), e.id) for e in entries), key=lambda b: b[0].x0)
    pairs = []
    for i, (ba, a) in enumerate(boxes):
        for bb, b in boxes[i + 1:]:
            if bb.x0 >= ba.x1:
                break
            if ba.overlaps(bb):
                pairs.append((a, b))
    return pairs


def overlapping_pairs(ls: Landscape, lay: Layout) -> list[tuple[str, str]]:
    """Pairs of entries whose star+label boxes overlap anywhere on the map (should be none)."""
    return _overlapping(ls.entries, lay.positions)


# ----------------------------------------------------------------------------- rendering

def escape_text(value: str) -> str:
    """For HTML text nodes."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: str) -> str:
    """For double-quoted HTML attribute values."""
    return escape_text(value).replace('"', "&quot;").replace("'", "&#x27;")


def json_island(data) -> str:
    """JSON safe inside <script type=application/json>: ASCII, every other character a \\u escape (line
    separators included), and '<', '>', '&' escaped too. ASCII is also the cheap form to build: one character
    beyond U+FFFF in the text would make every character of it, and of the page around it, 4 bytes long."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"), check_circular=False)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")    # 3x a regex's speed


def page_data(ls: Landscape, lay: Layout) -> dict:
    """Everything the page's JS needs, once."""
    chapters = {ch.family: landscape_families.page_data(ch) for ch in ls.chapters}
    return {
        "title": ls.title,
        "map": {"width": lay.width, "height": lay.height, "band": lay.bands[0]},
        "tall": {"width": lay.tall[0], "height": lay.tall[1], "band": lay.bands[1]},
        "families": [{"key": f.key, "label": f.label, "color": f.color, "box": list(lay.family_boxes[f.key]),
                      "tall": list(lay.tall[2][f.key]), **chapters.get(f.key, {})} for f in ls.families],
        "edgeTypes": [{"key": t.key, "label": t.label, "inverse": t.inverse, "dash": t.dash,
                       "directed": t.directed, "lineage": t.lineage, **({"readFirst": True} if t.read_first else {})}
                      for t in ls.edge_types],
        "tours": landscape_tours.page_data(ls.tours),
        "entries": [_entry_data(e, lay) for e in ls.entries],
        "edges": [[e.source, e.target, e.type] + ([e.reason] if e.reason else []) for e in ls.edges],
        "papers": {x.key: {"title": x.title, "authors": list(x.authors), "year": x.year,
                           "venue": x.venue, "url": x.url, "mine": x.mine} for x in ls.papers},
        **landscape_results.page_data(ls.benchmarks, ls.results),
    }


def _entry_data(e: Entry, lay: Layout) -> dict:
    x, y = lay.positions[e.id]
    return {"id": e.id, "name": e.name, "short": e.short, "family": e.family, "anim": e.anim,
            "date": e.date, "year": e.year, "added": e.added, "tagline": e.tagline, "simple": e.simple,
            "mapping": list(e.mapping),
            "math": e.math, "when": e.when, "pros": list(e.pros), "cons": list(e.cons),
            "papers": list(e.papers), "learn": [e.learn_title, e.learn_url], "x": x, "y": y,
            **({"animParams": dict(e.anim_params)} if e.anim_params else {}),
            **({"aliases": list(e.aliases)} if e.aliases else {}), **_evidence_data(e)}


def _evidence_data(e: Entry) -> dict:
    """kind, sources and checked, only where the entry has them (absent keys cost no bytes)."""
    return {k: v for k, v in (("kind", e.kind), ("sources", [list(s) for s in e.sources]), ("checked", e.checked))
            if v}


# A closing tag ends an inline block whatever its case (ASCII only, as HTML reads tags; a search, not a
# lowercased copy of every file).
_CLOSING_TAG = re.compile(r"</(?:script|style)", re.IGNORECASE | re.ASCII)


def read_asset(name: str) -> str:
    text = _read(os.path.join(ASSET_DIR, name))
    if _CLOSING_TAG.search(text):
        raise ValueError(f"asset {name} contains a closing tag that would end its inline block")
    return text


def compactor(compact_cache=None):
    """What squeezes the page code (squeeze_js, squeeze_css): the CLI's cache (landscape_compact_cache),
    else landscape_compact itself, imported only here: its regexes cost start-up time a warm cache saves."""
    if compact_cache is not None:
        return compact_cache
    import landscape_compact
    return landscape_compact


def render_script(ls: Landscape, compact_cache=None) -> str:
    parts = [read_asset(REGISTRY_SCRIPT)]
    parts += [a.source for a in ls.animations]
    parts += [read_asset(name) for name in PAGE_SCRIPTS]
    squeeze_js = compactor(compact_cache).squeeze_js
    return "\n".join(squeeze_js(p) for p in parts)


def render_styles(compact_cache=None) -> str:
    squeeze_css = compactor(compact_cache).squeeze_css
    return "\n".join(squeeze_css(read_asset(name)) for name in STYLESHEETS)


MATHJAX_CONFIG = """window.MathJax = {
  tex: { inlineMath: [["\\\\(", "\\\\)"]], displayMath: [["\\\\[", "\\\\]"]] },
  startup: { typeset: false },
  output: { displayOverflow: "linebreak" },
  options: {
    enableMenu: true,
    menuOptions: { settings: { enrich: false, speech: false, braille: false, assistiveMml: true } }
  }
};"""


def sha256_csp(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + binascii.b2a_base64(digest, newline=False).decode() + "'"


def render_csp(scripts: list[str], style: str, connect_self: bool = False) -> str:
    """Only this page's own inline scripts (by hash) and the pinned MathJax host may run.
    connect_self: the served preview's live-reload script polls its own server."""
    connect = f"'self' {MATHJAX_ORIGIN}" if connect_self else MATHJAX_ORIGIN
    script_src = " ".join([sha256_csp(s) for s in scripts] + [MATHJAX_ORIGIN])
    # MathJax's CHTML output injects its own <style> and style attributes at run time, which hashes
    # cannot cover, so style-src needs 'unsafe-inline'; CSS cannot run script, and script-src is strict.
    return ("default-src 'none'; "
            f"script-src {script_src}; "
            f"style-src 'unsafe-inline'; "
            f"font-src {MATHJAX_ORIGIN} data:; "
            f"connect-src {connect}; "
            "img-src data: blob:; worker-src blob:; "
            "base-uri 'none'; form-action 'none'")


def fill_template(template: str, slots: dict[str, str]) -> str:
    """Replace every @@NAME@@ once; fail if a slot is missing or one is left unused."""
    found = set(re.findall(r"@@([A-Z_]+)@@", template))
    missing, unused = sorted(found - set(slots)), sorted(set(slots) - found)
    if missing or unused:
        raise KeyError(f"template slots missing values: {missing}; values without a slot: {unused}")
    return re.sub(r"@@([A-Z_]+)@@", lambda m: slots[m.group(1)], template)


# The template's indentation is for its readers: a line's leading spaces before a tag go (spaces between tags
# render as one either way; the template has no <pre> or <textarea>, whose spaces would show).
TEMPLATE = re.sub(r"\n[ \t]+(?=<)", "\n", _read(os.path.join(ASSET_DIR, "template.html")))
LIVE_RELOAD_SCRIPT = "livereload.js"     # only in pages served by landscape_serve, never written to disk


def favicon_url(title: str, color: str) -> str:
    """An SVG favicon as a data: URL: the title's first letter on the first family's colour."""
    letter = next((c for c in title if c.isalnum()), "*").upper()
    svg = ("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>"
           f"<rect width='32' height='32' rx='7' fill='{color}'/>"
           "<text x='16' y='23' font-family='sans-serif' font-size='20' font-weight='700' "
           f"text-anchor='middle' fill='#fff'>{escape_text(letter)}</text></svg>")
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~/:=,;()")
    return "data:image/svg+xml," + "".join(
        c if c in safe else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in svg)


def render_live_reload(epoch: int) -> str:
    """The served preview's own script block: its hash joins the CSP; the epoch rides in an attribute
    so the script text (and so its hash) stays the same from build to build."""
    return f'<script data-epoch="{int(epoch)}">{read_asset(LIVE_RELOAD_SCRIPT)}</script>'


def build(spec: dict, live_epoch: int | None = None, layout_cache=None,
          compact_cache=None) -> tuple[str, Landscape]:
    """Validate, lay out and render: the whole page as one string. live_epoch (serve only) adds the
    live-reload script and lets the page connect to its own origin; layout_cache: see layout();
    compact_cache: see compactor()."""
    ls = validate(spec)
    lay = layout(ls, layout_cache)
    script = render_script(ls, compact_cache)
    data = json_island(page_data(ls, lay))
    styles = render_styles(compact_cache)
    early = compactor(compact_cache).squeeze_js(read_asset(EARLY_SCRIPT))
    scripts = [early, MATHJAX_CONFIG, script]
    if live_epoch is not None:
        scripts.append(read_asset(LIVE_RELOAD_SCRIPT))
    page = fill_template(TEMPLATE, {
        "TITLE": escape_text(ls.title),
        "SUBTITLE": escape_text(ls.subtitle),
        "TITLE_ATTR": escape_attr(ls.title),
        "DESCRIPTION": escape_attr(ls.subtitle),
        "FAVICON": escape_attr(favicon_url(ls.title, ls.families[0].color)),
        "LIVE_RELOAD": render_live_reload(live_epoch) if live_epoch is not None else "",
        "CSP": escape_attr(render_csp(scripts, styles, connect_self=live_epoch is not None)),
        "CSS": styles,
        "DATA": data,
        "MATHJAX_CONFIG": MATHJAX_CONFIG,
        "MATHJAX_URL": escape_attr(MATHJAX_URL),
        "MATHJAX_SRI": escape_attr(MATHJAX_SRI),
        "SCRIPT": script,
        "THEME_EARLY": early,
    })
    return page, ls


def write_atomic(path, text: str) -> None:
    """Write via a temp file in the same folder, then rename: readers never see half a page."""
    path = os.fspath(path)
    # O_EXCL temp name beside the target (tempfile would do the same but costs ~10 ms to import,
    # and start-up time is a target).
    folder, name = os.path.split(path)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def print_problems(err: ValidationError, consequence: str = "nothing written") -> None:
    print(f"error: {len(err.problems)} problem(s) in the data; {consequence}", file=sys.stderr)
    for line in err.problems:
        print(f"  {line}", file=sys.stderr)


def watched_folders(spec: dict, data_module_file: str) -> list[str]:
    """What a live preview watches: the data modules' folder, the engine and its assets, the animations."""
    anim_dirs = {os.path.dirname(os.path.abspath(p)) for p in spec.get("animations", {}).values()}
    return sorted({os.path.dirname(os.path.abspath(data_module_file)), ENGINE_DIR, ASSET_DIR} | anim_dirs)


def _cache_folder(make_spec) -> str:
    """The CLI's caches' gitignored folder, beside the data module."""
    import landscape_layout_cache
    folder = os.path.dirname(os.path.abspath(sys.modules[make_spec.__module__].__file__))
    return os.path.join(folder, landscape_layout_cache.FOLDER_NAME)


def _layout_cache(make_spec):
    import landscape_layout_cache
    return landscape_layout_cache.LayoutCache(_cache_folder(make_spec))


def _compact_cache(make_spec):
    import landscape_compact_cache
    return landscape_compact_cache.CompactCache(_cache_folder(make_spec))


def parse_args(argv: list[str], default_output):
    import argparse
    parser = argparse.ArgumentParser(description="Build the landscape page.")
    parser.add_argument("-o", "--output", default=os.fspath(default_output), help="where to write the HTML")
    parser.add_argument("--check", action="store_true", help="validate the data only; write nothing")
    parser.add_argument("--serve", action="store_true",
                        help="live preview on 127.0.0.1: rebuild on save, the open page reloads itself")
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default 8000; 0 = any free)")
    parser.add_argument("--import-bibtex", metavar="FILE.bib", help="print paper records for a BibTeX file")
    parser.add_argument("--check-links", action="store_true", help="check every paper, learn and source URL")
    parser.add_argument("--emit-served", type=int, metavar="EPOCH", help=argparse.SUPPRESS)   # serve's builds
    return parser.parse_args(argv)


def _exits_after_this_build() -> None:
    """The CLI's own process ends with this build, and what it makes lives until then: the collector
    would find no garbage, and the exit's last collection walks every object once more (~5 ms). Frozen
    objects it skips. Not for callers in a longer-lived process (tests, --serve's server)."""
    import gc
    gc.disable()
    gc.freeze()


def plain_build_args(argv: list[str], default_output):
    """What parse_args gives for a plain build (no arguments, or -o/--output PATH), without argparse: it
    and what it imports (gettext, locale, shutil) cost ~5 ms of a run whose target is 100. Else None."""
    if argv and not (len(argv) == 2 and argv[0] in ("-o", "--output") and not argv[1].startswith("-")):
        return None
    import types
    return types.SimpleNamespace(output=argv[1] if argv else os.fspath(default_output), check=False, serve=False,
                                 port=8000, import_bibtex=None, check_links=False, emit_served=None)


def main(argv: list[str] | None, make_spec, default_output) -> int:
    """Generic CLI: build [-o PATH] [--check], or one of the owner's tools (each its own module).
    Returns the process exit status."""
    own_process, argv = argv is None, sys.argv[1:] if argv is None else list(argv)
    args = plain_build_args(argv, default_output) or parse_args(argv, default_output)
    if args.serve:
        import landscape_serve
        script = os.path.abspath(sys.modules[make_spec.__module__].__file__)
        return landscape_serve.serve([sys.executable, script, "--emit-served"],
                                     watched_folders(make_spec(), script),
                                     os.path.basename(os.fspath(default_output)), args.port)
    if args.import_bibtex:
        import landscape_bibtex
        return landscape_bibtex.main(args.import_bibtex, make_spec().get("papers", ()))
    try:
        spec = make_spec()
        if args.check_links:
            import landscape_links
            return landscape_links.main(validate(spec))
        if args.check:
            ls = validate(spec)
            print(f"ok: {len(ls.entries)} entries, {len(ls.families)} families, {len(ls.edges)} edges valid")
            return 0
        if own_process:
            _exits_after_this_build()
        cache, compact = _layout_cache(make_spec), _compact_cache(make_spec)
        page, ls = build(spec, live_epoch=args.emit_served, layout_cache=cache, compact_cache=compact)
        cache.prune(len(ls.families))
        compact.save()
    except ValidationError as err:
        print_problems(err, "nothing checked" if args.check_links else "nothing written")
        return 2
    if args.emit_served is not None:
        sys.stdout.buffer.write(page.encode("utf-8"))
        return 0
    folder = os.path.dirname(os.path.abspath(args.output))
    if not os.path.isdir(folder):
        print(f"error: cannot write {args.output}: folder {folder} does not exist; nothing written", file=sys.stderr)
        return 1
    try:
        write_atomic(args.output, page)
    except OSError as err:
        print(f"error: cannot write {args.output}: {err.strerror or err}; nothing written", file=sys.stderr)
        return 1
    size = os.path.getsize(args.output)
    print(f"wrote {args.output}: {len(ls.entries)} entries, {len(ls.families)} families, "
          f"{len(ls.edges)} edges, {size / 1024:.0f} KB")
    return 0
