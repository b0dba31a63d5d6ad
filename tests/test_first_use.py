"""What a first-time user hits (issue 11): odd URLs, forgiving search, the search list, keyboard and
focus, the owner's-papers control, year boxes, exports, Esc and view transitions, print, phone drawer."""
from __future__ import annotations

import json
from pathlib import Path

import browser as B
import pytest
from conftest import shot, tiny_spec

import gen_landscape as G

pytestmark = pytest.mark.browser


def shown(page) -> int:
    return int(page.inner_text("#shown-count"))


def matched(page) -> list[str]:
    """Ranked search results for the current query (all of them, not just the list's first 8)."""
    return page.evaluate("LS.search.run(LS.state.q).map((m) => m.id)")


def state(page) -> dict:
    return page.evaluate("""(() => { const s = LS.state; return { open: s.open, q: s.q, view: s.view,
      from: s.yearFrom, to: s.yearTo, cmp: s.compare, hide: [...s.hiddenFamilies] }; })()""")


# ----------------------------------------------------------------------------- equations

def test_the_five_repaired_equations_typeset_without_red_text(open_page):
    """The data fix seen in the browser (every entry's math is checked in Node by test_math.py)."""
    page, log = open_page(wait_math=True)
    for entry in ("ivideogpt", "videopoet", "lwm", "vjepa2", "dino-wm"):
        page.evaluate(f"location.hash = '#{entry}'")
        page.wait_for_selector(f'#panel[data-id="{entry}"] .math[data-typeset="1"]', timeout=20000)
        bad = page.evaluate("""[...document.querySelectorAll('#panel mjx-merror, #panel mjx-mtext')]
          .filter((n) => n.tagName === 'MJX-MERROR' || getComputedStyle(n).color === 'rgb(255, 0, 0)').length""")
        assert bad == 0, entry
        assert "\\quad" not in page.inner_text("#panel .math"), entry
    assert log.errors == []



LINES = """(box) => [...box.querySelectorAll('mjx-linebox')].filter((l) => !l.parentElement.closest('mjx-linebox'))
  .map((l) => { let a = Infinity, b = -Infinity;
    for (const c of l.querySelectorAll('mjx-c')) {
      const r = c.getBoundingClientRect();
      if (r.width) { a = Math.min(a, r.left); b = Math.max(b, r.right); } }
    return [a, b]; })"""


def test_dreamers_equation_breaks_into_full_lines_beside_muzeros(open_page):
    """A \\textstyle at the formula's top level (now refused by the schema) made MathJax break Dreamer's objective
    after "max over phi": a line of its own, in the compare view of the field's best-known pair."""
    page, log = open_page("#?cmp=dreamer,muzero", wait_math=True)
    page.wait_for_selector('#compare .math[data-typeset="1"]', timeout=20000)
    box = page.locator("#compare .math").first
    assert "symlog" in box.get_attribute("data-tex")
    right = box.evaluate("(m) => m.getBoundingClientRect().right")
    width = box.evaluate("(m) => m.clientWidth")
    lines = box.evaluate(LINES)
    assert len(lines) >= 2, lines
    assert all(b - a > 0.25 * width for a, b in lines), (width, lines)
    assert all(b <= right for _, b in lines), (right, lines)
    assert log.errors == []

# ----------------------------------------------------------------------------- URL fragments

HOSTILE = ["#%", "#%E0%A4%A", "#%?q=%", "#nope?q=%E0%A4%A&view=%&cmp=%,%%", "#?from=abc&to=-1&hide=%ZZ",
           "#?view=<script>&eoff=x&mine=2&zz=1", "#" + "%" * 300, "#dreamer?q=" + "a" * 5000]


def test_any_fragment_parses_on_load_and_on_hashchange(open_page, built, page_url):
    total = len(built[1].entries)
    page, log = open_page()
    for frag in HOSTILE:
        page.goto(B.PROBE.as_uri())                    # a new document each time: the fragment is read on load
        B.load(page, page_url + frag)
        assert log.errors == [], (frag, log.errors)
        assert page.inner_text("#total-count") == str(total), frag
        assert page.locator("#year-chart .bar-hit").count() > 0, frag
        assert len(page.input_value("#search-input")) <= 200
    page, log = open_page()
    ids = set(page.evaluate("LS.data.entries.map((e) => e.id)"))
    for frag in HOSTILE + ["#genie3", "#?q=genie"]:
        B.set_hash(page, frag)                         # returns once the page's hashchange handler ran
        st = state(page)
        assert st["view"] in ("map", "timeline", "list", "gallery") and len(st["q"]) <= 200, (frag, st)
        assert st["open"] is None or st["open"] in ids, (frag, st)
        assert set(st["cmp"]) <= ids and set(st["hide"]) <= {f["key"] for f in page.evaluate("LS.data.families")}
        if frag.startswith(("#dreamer", "#genie3")):
            assert st["open"] == frag[1:].split("?")[0], (frag, st)
    assert state(page)["q"] == "genie" and page.input_value("#search-input") == "genie"


def test_a_link_to_a_work_the_map_does_not_know_searches_for_it(open_page):
    """An old or guessed link ("#dreamerv3") is not dropped in silence: its id becomes the search."""
    page, _ = open_page("#dreamerv3")
    assert (state(page)["open"], state(page)["q"]) == (None, "dreamerv3")
    assert page.input_value("#search-input") == "dreamerv3" and "q=dreamerv3" in page.evaluate("location.hash")
    assert matched(page)[0] == "dreamer"
    page, _ = open_page("#nosuchwork")
    assert shown(page) == 0 and "nosuchwork" in page.inner_text("#empty-note")
    page, _ = open_page("#family=nope")                 # a family's head is not a search
    assert state(page)["q"] == "" and shown(page) == len(page.evaluate("LS.data.entries"))
    page, _ = open_page("#genie3?q=world")              # a known work opens, and its search stays its own
    assert (state(page)["open"], state(page)["q"]) == ("genie3", "world")


def test_odd_values_are_normalised_and_the_url_says_so(open_page):
    page, _ = open_page("#?from=2022.5&cmp=sora,sora,genie3,nope")
    st = state(page)
    assert st["from"] == 2022 and "from=2022&" in page.evaluate("location.hash + '&'")
    assert st["cmp"] == ["sora", "genie3"]
    assert page.locator("#compare .compare-grid h3").count() == 2         # Sora once
    assert all(page.evaluate(f"LS.index.byId.get('{i}').year") >= 2022
               for i in page.eval_on_selector_all("#map .star:not(.filtered)", "els => els.map(e => e.dataset.id)"))
    page, _ = open_page("#?from=2024&to=2019")                          # From after To: read as 2019-2024
    assert (state(page)["from"], state(page)["to"]) == (2019, 2024) and shown(page) > 0


def test_year_boxes_swap_when_from_is_after_to(open_page):
    page, _ = open_page()
    page.fill("#year-to", "2019")
    page.press("#year-to", "Enter")
    page.fill("#year-from", "2024")
    page.press("#year-from", "Tab")
    assert (state(page)["from"], state(page)["to"]) == (2019, 2024)
    assert (page.input_value("#year-from"), page.input_value("#year-to")) == ("2019", "2024")
    assert shown(page) > 0


# ----------------------------------------------------------------------------- search

def test_search_reads_every_field_and_forgives_typing(open_page):
    page, log = open_page()
    page.fill("#search-input", "MCTS")                  # in pipelines, not in names or taglines
    assert {"muzero", "efficientzero", "sampled-muzero"} <= set(matched(page))
    for query, want in (("vjepa", {"vjepa", "vjepa2"}), ("v jepa", {"vjepa", "vjepa2"}), ("genie3", {"genie3"}),
                        ("genie-3", {"genie3"}), ("dreamr", {"dreamer"})):
        page.fill("#search-input", query)
        assert want & set(matched(page)[:2]), (query, matched(page)[:5])
    for query, first in (("iris", "iris"), ("Δ-IRIS", "delta-iris"), ("delta-iris", "delta-iris")):
        page.fill("#search-input", query)               # a name's Greek letter counts: IRIS is not "Δ-IRIS"
        assert matched(page)[0] == first, (query, matched(page)[:3])
    page.fill("#search-input", "Ha")                    # a whole word, not inside "has", "hard"...
    ha = matched(page)
    assert "world-models" in ha and len(ha) <= 5, ha
    page.fill("#search-input", "when to use pros")      # multi-word: every term somewhere
    assert shown(page) == len(matched(page))
    assert log.errors == []


def test_search_ranks_name_hits_before_tagline_before_the_rest(open_page):
    page, _ = open_page()
    page.fill("#search-input", "diffusion")
    ranked = page.evaluate("""LS.search.run('diffusion').map((m) => { const e = LS.index.byId.get(m.id);
      const f = (s) => LS.util.fold(s).includes('diffusion');
      return f(e.name) || f(e.short) || (e.aliases || []).some(f) ? 0 : f(e.tagline) ? 1 : 2; })""")
    assert ranked == sorted(ranked) and ranked[0] == 0 and 2 in ranked


def test_enter_fits_the_map_to_the_matches(open_page):
    page, _ = open_page()
    page.fill("#search-input", "jepa")
    page.keyboard.press("Enter")
    B.settle(page, math=False)
    ids = matched(page)
    assert len(ids) >= 4
    box = page.locator("#map").bounding_box()
    for i in ids:
        r = page.locator(f'#map .star[data-id="{i}"] circle.core').bounding_box()
        assert box["x"] <= r["x"] and r["x"] + r["width"] <= box["x"] + box["width"], i
        assert box["y"] <= r["y"] and r["y"] + r["height"] <= box["y"] + box["height"], i
    assert page.locator("#search-results").is_hidden()
    page.click('.views [data-view="list"]')             # the list already lists just the matches: it stays
    page.focus("#search-input")
    page.keyboard.press("ArrowDown")
    page.locator("#search-results .show-all").dispatch_event("mousedown")
    assert state(page)["view"] == "list"


def test_search_works_at_2000_entries(open_page, tmp_path):
    """Search on a 2,000-entry page lists and counts its matches (its speed: bench/bench.py)."""
    from synthetic import synthetic_spec
    path = tmp_path / "big.html"
    path.write_text(G.build(synthetic_spec(2000))[0], encoding="utf-8")
    page, log = open_page(url=path.as_uri())
    page.fill("#search-input", "latent wrld mdel")
    assert 0 < shown(page) == len(matched(page)) < 2000
    assert page.locator("#search-results li[data-id]").count() > 0


@pytest.mark.motion
def test_search_list_stays_shut_after_a_panel_opened_from_it(open_page):
    page, _ = open_page()
    page.click("#search-input")
    page.keyboard.type("genie")
    page.locator('#search-results li[data-id="genie3"]').dispatch_event("mousedown")
    page.wait_for_selector('#panel[data-id="genie3"]')
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel", state="hidden")
    B.settle(page, math=False)                           # the closing transition hands focus back
    assert page.evaluate("document.activeElement.id") == "search-input"
    assert page.locator("#search-results").is_hidden()
    page.keyboard.type("2")                              # typing again reopens it
    assert page.locator("#search-results").is_visible()


@pytest.mark.parametrize("width", [390, 320])
def test_search_list_on_a_phone_leaves_the_view_buttons_free(open_page, page_url, width):
    page, _ = open_page(url=page_url, phone=True)
    page.set_viewport_size({"width": width, "height": 740})
    page.click("#search-input")
    page.keyboard.type("dream")
    results = page.locator("#search-results").bounding_box()
    views = page.locator(".views").bounding_box()
    assert results["y"] >= views["y"] + views["height"], (results, views)
    shot(page, f"search-phone-{width}")
    page.click('.views [data-view="timeline"]')       # reachable while the list is open
    assert state(page)["view"] == "timeline"


# ----------------------------------------------------------------------------- keyboard and focus

def focus_id(page) -> str:
    return page.evaluate("(() => { const a = document.activeElement; return a.closest('#compare') ? 'compare' "
                         ": a.closest('#panel') ? 'panel' : a.id || a.tagName; })()")


def test_compare_traps_focus_and_gives_it_back(open_page):
    page, log = open_page("#dreamer")
    page.wait_for_selector('#panel[data-id="dreamer"]')
    page.focus("#panel .compare-pick select")  # options go in when a picker is about to be used
    page.select_option("#panel .compare-pick select", "muzero")
    page.wait_for_selector("#compare:not([hidden])")
    assert page.get_attribute("#compare", "aria-modal") == "true"
    for key in ["Tab"] * 25 + ["Shift+Tab"] * 25:
        page.keyboard.press(key)
        assert focus_id(page) == "compare", key
    page.keyboard.press("Escape")
    page.wait_for_selector("#compare", state="hidden")
    assert focus_id(page) == "panel"                       # back in the panel it was opened from
    assert log.errors == []


def test_enter_on_a_year_bar_keeps_focus_on_it(open_page):
    page, _ = open_page()
    bar = page.locator('#year-chart .bar-hit[data-year="2024"]')
    bar.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.dataset.year") == "2024"
    assert page.get_attribute('#year-chart .bar-hit[data-year="2024"]', "aria-pressed") == "true"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.dataset.year") == "2024"
    assert state(page)["from"] is None


@pytest.mark.parametrize("view", ["map", "timeline", "list", "gallery"])
def test_skip_link_lands_on_the_visible_main_area_and_keeps_the_url(open_page, view):
    page, _ = open_page(f"#?q=genie&view={view}")
    before = page.evaluate("location.hash")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.locator("#main").is_visible()
    assert page.evaluate("location.hash") == before and state(page)["q"] == "genie"


# ----------------------------------------------------------------------------- owner's papers

def test_owner_filter_is_hidden_when_no_paper_is_marked(open_page, tmp_path):
    """No paper marked (the tiny spec): no control, and ?mine=1 cannot empty the map. With a marked
    paper the control works: test_page.py::test_owners_papers_are_marked_and_filterable."""
    spec = tiny_spec()
    assert not any(p.get("mine") for p in spec["papers"])
    path = tmp_path / "nomine.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    page, log = open_page(url=path.as_uri() + "#?mine=1")
    assert page.locator("#mine-only").is_hidden()
    assert shown(page) == len(spec["entries"])
    assert "mine" not in page.evaluate("location.hash")
    assert log.errors == []


def test_owner_filter_shows_when_a_paper_is_marked(open_page, tmp_path):
    """A spec with the owner's paper on one work: ?mine=1 shows the control, ticked, and that work alone."""
    spec = tiny_spec()
    spec["papers"].append(dict(key="mine1", title="My own paper", authors=["The Owner"], year=2021,
                               venue="Test 2021", url="https://example.org/mine", mine=True))
    spec["entries"][1]["papers"] = ["p1", "mine1"]                   # beta
    path = tmp_path / "mine.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    page, _ = open_page(url=path.as_uri() + "#?mine=1")
    assert page.locator("#mine-only").is_visible() and page.locator("#mine-only").is_checked()
    assert shown(page) == 1
    assert page.eval_on_selector_all("#map .star:not(.filtered)", "els => els.map(e => e.dataset.id)") == ["beta"]
    assert "mine=1" in page.evaluate("location.hash")


# ----------------------------------------------------------------------------- exports

def test_export_of_nothing_warns_instead_of_downloading(open_page):
    page, _ = open_page("#?q=zzqqxx")
    assert shown(page) == 0
    downloads = []
    page.on("download", lambda d: downloads.append(d))
    for kind in ("bib", "json", "csv"):
        page.click(f'[data-export="{kind}"]')
        B.wait_until(page, "document.getElementById('export-note').textContent.includes('Nothing to export')")
        page.evaluate("document.getElementById('export-note').textContent = ''")   # each click says it again
    B.settle(page, math=False)
    assert downloads == []


def test_exports_follow_the_list_sort_and_json_has_connections(open_page, built):
    page, _ = open_page("#?view=list&hide=Position")
    page.click('#entry-table [data-sort="name"]')
    rows = page.eval_on_selector_all("#entry-table tbody tr", "els => els.map(e => e.dataset.id)")
    with page.expect_download() as info:
        page.click('[data-export="json"]')
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert [e["id"] for e in data["entries"]] == rows
    ids = set(rows)
    want = {(s, t, k) for s, t, k in ((e.source, e.target, e.type) for e in built[1].edges) if s in ids and t in ids}
    assert {(c["source"], c["target"], c["type"]) for c in data["connections"]} == want and want
    with page.expect_download() as info:
        page.click('[data-export="csv"]')
    lines = Path(info.value.path()).read_text(encoding="utf-8").splitlines()[1:]
    csv_ids = [line.split(",")[0].strip('"') for line in lines]
    assert csv_ids == rows


def bib_of(page) -> str:
    with page.expect_download() as info:
        page.click('[data-export="bib"]')
    return Path(info.value.path()).read_text(encoding="utf-8")


def plain_style(bib: str):
    """Parse with pybtex (a real BibTeX parser) and render its 'plain' style as text."""
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin
    data = parse_string(bib, "bibtex")
    style = find_plugin("pybtex.style.formatting", "plain")()
    rendered = {e.key: e.text.render_as("text") for e in style.format_bibliography(data)}
    return data, rendered


def test_bibtex_has_types_venues_capitals_and_raw_urls(open_page):
    page, _ = open_page()
    data, rendered = plain_style(bib_of(page))
    muzero = data.entries["schrittwieser2020muzero"]
    assert muzero.type == "article" and muzero.fields["journal"] == "Nature"
    assert "Nature" in rendered["schrittwieser2020muzero"]
    diamond = data.entries["alonso2024diamond"]
    assert diamond.type == "inproceedings" and "NeurIPS" in diamond.fields["booktitle"]
    assert "NeurIPS" in rendered["alonso2024diamond"]
    vjepa = rendered["assran2025vjepa2"]
    assert "V-JEPA 2" in vjepa and "V-jepa" not in vjepa
    preprint = data.entries["assran2025vjepa2"]
    assert preprint.type == "misc" and "arXiv" in preprint.fields["howpublished"]
    assert all(e.fields["url"].startswith("http") and "\\" not in e.fields["url"] for e in data.entries.values())


def test_bibtex_urls_stay_raw_and_text_stays_escaped(open_page, tmp_path):
    spec = tiny_spec()
    spec["papers"][0].update(url="https://example.org/a_b?x=1&y=2", title="R&D of 100% MuZero_like models",
                             venue="ICML 2020")
    path = tmp_path / "bib.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    page, _ = open_page(url=path.as_uri())
    text = bib_of(page)
    assert "url = {https://example.org/a_b?x=1&y=2}" in text
    data, rendered = plain_style(text)
    p1 = data.entries["p1"]
    assert p1.type == "inproceedings" and p1.fields["booktitle"] == "ICML"
    assert "MuZero" in rendered["p1"] and "https://example.org/a_b?x=1&y=2" in rendered["p1"]


# ----------------------------------------------------------------------------- Esc, transitions, print

@pytest.mark.motion
def test_escape_right_after_a_click_closes_without_transition_errors(open_page):
    page, log = open_page()
    for _ in range(3):
        page.click('#map .star[data-id="dreamer"]', force=True)
        page.keyboard.press("Escape")
        B.settle(page, math=False)
        assert page.locator("#panel").is_hidden() and state(page)["open"] is None
    page.evaluate("""['dreamer', 'muzero'].forEach((id) =>      // a second star before the first morph ran
      document.querySelector(`#map .star[data-id="${id}"]`).dispatchEvent(new MouseEvent('click', {bubbles: true})))""")
    page.wait_for_selector('#panel[data-id="muzero"]')
    B.settle(page, math=False)
    assert page.locator(".ghost-star").count() == 0
    assert log.errors == []


# Printed boxes of at least 12 px whose background is dark (relative luminance under 0.2), or text in a light
# colour: a dark theme that reached the paper.
DARK_PRINTED = """(() => {
  const lum = (c) => {
    const m = c.match(/[\\d.]+/g);
    if (!m || (m[3] !== undefined && +m[3] === 0)) return null;          // transparent: no background of its own
    const [r, g, b] = m.slice(0, 3).map((v) => (v /= 255, v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  return [...document.querySelectorAll('.topbar, .topbar *, #panel, #panel *')].filter((e) => {
    const s = getComputedStyle(e), r = e.getBoundingClientRect(), bg = lum(s.backgroundColor), fg = lum(s.color);
    return r.width >= 12 && r.height >= 12 && ((bg !== null && bg < 0.2) || (e.textContent.trim() && fg > 0.5));
  }).map((e) => e.tagName + '.' + e.className); })()"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_print_with_a_panel_or_compare_open_prints_only_that(open_page, dark):
    page, _ = open_page("#vjepa2", wait_math=True, dark=dark)
    page.wait_for_selector('#panel .math[data-typeset="1"]', timeout=20000)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator("#panel").is_visible() and page.locator("#print-list").is_hidden()
    assert page.locator("#map-view").is_hidden() and page.locator(".sidebar").is_hidden()
    assert page.locator("#panel mjx-container").count() == 1 and page.locator("#panel .tex-source").count() == 0
    assert page.locator("#panel .panel-nav").is_hidden()
    assert page.evaluate(DARK_PRINTED) == []               # the dark theme prints in the light one
    if not dark and shot(page, "print-panel").exists():      # only when screenshots are asked for
        page.pdf(path=str(B.ROOT / "tests" / "out" / "print-panel.pdf"))
    page.emulate_media(media="screen")
    page.evaluate("location.hash = '#?cmp=dreamer,muzero'")
    page.wait_for_selector("#compare:not([hidden])")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator("#compare").is_visible() and page.locator("#panel").is_hidden()
    assert page.locator("#print-list").is_hidden()


def test_print_without_a_panel_prints_the_shown_list(open_page):
    page, _ = open_page("#?q=genie")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.locator(".print-entry").count() == shown(page) > 0


# ----------------------------------------------------------------------------- phone drawer and list

def test_phone_filters_drawer_closes_on_escape_and_tap_outside(open_page, page_url):
    page, _ = open_page(url=page_url, phone=True)
    page.click("#filters-toggle")
    assert "open" in page.get_attribute("#sidebar", "class")
    page.keyboard.press("Escape")
    assert "open" not in page.get_attribute("#sidebar", "class")
    assert page.get_attribute("#filters-toggle", "aria-expanded") == "false"
    page.click("#filters-toggle")
    page.mouse.click(370, 600)                          # the map, outside the drawer
    assert "open" not in page.get_attribute("#sidebar", "class")


@pytest.mark.parametrize("width", [390, 320])
def test_list_table_fits_a_phone(open_page, page_url, width):
    page, _ = open_page(url=page_url + "#?view=list", phone=True)
    page.set_viewport_size({"width": width, "height": 740})
    B.settle(page, math=False)
    sizes = page.evaluate("(() => { const v = document.getElementById('list-view'); "
                          "return [v.scrollWidth, v.clientWidth, document.documentElement.scrollWidth]; })()")
    assert sizes[0] <= sizes[1] and sizes[2] <= width, sizes
    assert page.locator("#entry-table tbody td:nth-child(4)").first.is_visible()      # the tagline stays
    shot(page, f"list-phone-{width}")


# ----------------------------------------------------------------------------- axe (moderate) items

def test_landmarks_headings_and_family_names(open_page, built):
    page, _ = open_page("#dreamer")
    page.wait_for_selector('#panel[data-id="dreamer"]')
    assert page.locator("#panel header, #panel [role=banner]").count() == 0
    fam = built[1].families[0]
    n = sum(e.family == fam.key for e in built[1].entries)
    assert page.get_by_role("button", name=f"{fam.label}, {n} works", exact=True).count() == 1
    page.keyboard.press("Escape")
    page.click('.views [data-view="gallery"]')
    page.wait_for_selector(".gallery-card h2")
    assert page.locator(".gallery-card h3").count() == 0



def test_the_year_chart_is_one_tab_stop_with_arrow_keys_and_a_clear_ring(open_page):
    page, _ = open_page()
    stops = page.evaluate("[...document.querySelectorAll('#year-chart [tabindex=\"0\"]')].map(b => b.dataset.year)")
    assert len(stops) == 1, "one Tab stop for the whole chart"
    page.focus("#year-to")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.dataset.year")
    assert first == stops[0]
    page.keyboard.press("ArrowLeft")
    year = page.evaluate("document.activeElement.dataset.year")
    assert int(year) < int(first)
    page.keyboard.press("Home")
    oldest = page.evaluate("document.activeElement.dataset.year")
    assert oldest == str(page.evaluate("Math.min(...LS.data.entries.map(e => e.year))"))
    page.keyboard.press("ArrowRight")     # skips the years without works
    assert page.evaluate("document.activeElement.dataset.n") != "0"
    ring = page.evaluate("""(() => { const s = getComputedStyle(document.activeElement);
        return [s.stroke, parseFloat(s.strokeWidth), getComputedStyle(document.documentElement)
          .getPropertyValue('--focus').trim()]; })()""")
    assert ring[1] >= 2 and ring[0] != "none", "a clearly visible focus ring"
    page.keyboard.press("Tab")
    assert not page.evaluate("document.getElementById('year-chart').contains(document.activeElement)"), \
        "one Tab leaves the chart"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.dataset.year") != first, "back to the year last moved to"


@pytest.mark.parametrize("width", [390, 320])
def test_the_header_keeps_its_height_whichever_view_is_picked(open_page, width):
    page, _ = open_page(phone=True)
    page.set_viewport_size({"width": width, "height": 700})
    heights = []
    for view in ("map", "timeline", "list", "gallery", "map"):
        page.click(f'.views [data-view="{view}"]')
        heights.append(page.evaluate("document.querySelector('.topbar').getBoundingClientRect().height"))
    assert len(set(heights)) == 1, heights


def test_a_phone_panel_pins_only_its_buttons(open_page):
    page, _ = open_page(phone=True)
    page.set_viewport_size({"width": 320, "height": 640})
    longest = page.evaluate("LS.data.entries.reduce((a, e) => e.name.length > a.name.length ? e : a).id")
    page.evaluate(f"LS.app.openEntry('{longest}')")
    page.wait_for_selector(f'#panel[data-id="{longest}"] .panel-head')
    page.evaluate("document.getElementById('panel').scrollTop = 600")
    pinned = page.evaluate("""() => { const p = document.getElementById('panel').getBoundingClientRect().top;
        return Math.max(...[...document.querySelectorAll('#panel *')].filter(e =>
          getComputedStyle(e).position === 'sticky').map(e => { const r = e.getBoundingClientRect();
          return Math.abs(r.top - p) <= 1 ? r.bottom - p : 0; })); }""")
    assert 0 < pinned <= 64, f"a {pinned:.0f} px sticky header on a 320 px phone"
