"""What a first-time user hits, round 3 (issue 21, part A): search by real names, forgiving typos and
hyphens, years in the query, "did you mean", honest empty states, one group per undirected connection,
"Read first" for every work, print, and the small things (paths, focus, exports)."""
from __future__ import annotations

import re
from pathlib import Path

import browser as B
import pytest

pytestmark = pytest.mark.browser


def ranked(page, query: str) -> list[str]:
    return page.evaluate("(q) => LS.search.run(q).map((m) => m.id)", query)


def shown_ids(page) -> set[str]:
    return set(page.evaluate("LS.app.shownEntries().map((e) => e.id)"))


# ----------------------------------------------------------------------------- search

@pytest.mark.parametrize("query,first", [("DreamerV3", "dreamer"), ("DreamerV2", "dreamer"), ("dreamer", "dreamer"),
                                         ("V-JEPA2", "vjepa2"), ("Genie3", "genie3"), ("Cosmos WFM", "cosmos"),
                                         ("Cosmos World Foundation Model", "cosmos"), ("TD-MPC2", "tdmpc"),
                                         ("world model", "world-models"), ("World Models", "world-models")])
def test_a_work_is_found_first_by_the_names_people_type(shared_page, query, first):
    page, log = shared_page(reload=False)           # each query replaces the last one in the box
    page.fill("#search-input", query)
    assert page.locator("#search-results li").first.get_attribute("data-id") == first, ranked(page, query)[:5]
    assert log.errors == []


@pytest.mark.parametrize("typo,want", [("muzeor", "muzero"), ("jpea", "ijepa"), ("diffsuion", "diffusion-forcing"),
                                       ("robto", "daydreamer"), ("mincraft", "dreamer4")])
def test_one_slip_is_forgiven_against_every_indexed_word(shared_page, typo, want):
    page, _ = shared_page(reload=False)                 # asks the search index; changes nothing
    assert want in ranked(page, typo)


def test_a_slip_in_a_name_still_ranks_the_work_first(shared_page):
    page, _ = shared_page(reload=False)
    assert ranked(page, "muzeor")[0] == "muzero"


def test_hyphens_are_optional_everywhere(shared_page):
    page, _ = shared_page(reload=False)
    realtime, hyphen = ranked(page, "realtime"), ranked(page, "real-time")
    assert set(realtime) == set(hyphen) and len(realtime) > 5
    assert "genie3" in realtime


def test_nothing_matches_offers_the_closest_indexed_word(open_page):
    page, log = open_page()
    page.focus("#search-input")
    page.keyboard.type("mincrafttt")                    # two slips: no match
    item = page.locator("#search-results li.suggest")
    assert item.inner_text() == "Did you mean “minecraft”?"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.input_value("#search-input") == "minecraft"
    assert len(ranked(page, "minecraft")) == len(shown_ids(page)) > 0
    assert log.errors == []


@pytest.mark.parametrize("query,fragment", [("zzqqxx", ""), ("genie", "#?from=1990&to=1991")],
                         ids=["nothing-close", "hidden-by-the-years"])
def test_with_no_word_to_suggest_the_list_says_only_that_nothing_matches(open_page, query, fragment):
    """Gibberish (no indexed word is close), and a word whose works the year filter hides: one line, no option."""
    page, _ = open_page(fragment)
    page.focus("#search-input")
    page.keyboard.type(query)
    page.wait_for_selector("#search-results li.empty")
    assert page.inner_text("#search-results").strip() == "No entry matches."
    assert page.locator("#search-results li").count() == 1


@pytest.mark.parametrize("query,lo,hi", [("2025", 2025, 2025), ("2024–2025", 2024, 2025), ("2024-2025", 2024, 2025),
                                         ("2023..2024", 2023, 2024)])
def test_a_year_or_a_range_in_the_query_filters_by_release_date(shared_page, built, query, lo, hi):
    page, _ = shared_page(reload=False)                 # each query replaces the last one in the box
    page.fill("#search-input", query)
    want = {e.id for e in built[1].entries if lo <= e.year <= hi}
    assert shown_ids(page) == want


def test_a_year_narrows_a_search(shared_page):
    page, _ = shared_page(reload=False)
    assert set(ranked(page, "genie 2024")) == {"genie", "genie2"}


# ----------------------------------------------------------------------------- panel

def test_an_undirected_type_is_one_group_in_a_panel(open_page):
    page, _ = open_page("#dreamer")
    labels = page.eval_on_selector_all("#panel .conn-group h4", "els => els.map((e) => e.textContent)")
    assert labels.count("alternative to") == 1, labels
    assert len(labels) == len(set(labels))
    group = page.locator("#panel .conn-group", has_text="alternative to")
    names = group.locator("button").all_inner_texts()
    # Both directions of the undirected type, in one group: dreamer -> simple and others -> dreamer.
    expect = page.evaluate("""() => LS.data.edges.filter((e) => e[2] === 'alternative_to' && e.includes('dreamer'))
        .map((e) => [e[0] === 'dreamer', LS.index.byId.get(e[0] === 'dreamer' ? e[1] : e[0]).name])""")
    assert {out for out, _ in expect} == {True, False}, expect
    assert sorted(names) == sorted(name for _, name in expect)


def test_read_first_follows_components_and_else_points_to_the_family_start(open_page):
    page, _ = open_page("#dreamzero")
    assert "Wan 2.1" in page.text_content("#panel .read-first")   # DOM text: not yet laid out is fine
    counts = page.evaluate("""(() => { const c = {}; for (const e of LS.data.entries) {
      const k = LS.reading.block(e).className; c[k] = (c[k] || 0) + 1; } return c; })()""")
    assert counts.get("read-first none", 0) <= len(page.evaluate("LS.data.families"))
    page, _ = open_page("#sora")
    start = page.locator("#panel .read-first.start")
    assert "Video Diffusion Simulators starts with" in start.text_content()
    start.locator("button").click()
    B.wait_until(page, "document.getElementById('panel').dataset.id !== 'sora'")
    assert page.evaluate("LS.state.open") == page.evaluate("LS.reading.familyStart('VideoDiff').id")


def test_a_family_start_given_in_the_data_is_preferred(open_page):
    page, _ = open_page()
    assert page.evaluate("LS.reading.familyStart('VideoDiff').id") != "sora"
    page.evaluate("LS.index.family.get('VideoDiff').start = 'sora'")
    assert page.evaluate("LS.reading.familyStart('VideoDiff').id") == "sora"


# ----------------------------------------------------------------------------- empty states

def test_an_empty_map_says_why_and_offers_the_way_back(open_page, built):
    page, log = open_page("#?q=zzqqxx&hide=Latent")
    note = page.locator("#empty-note")
    assert note.is_visible()
    text = note.inner_text()
    assert "zzqqxx" in text and "0 works" in text and "1 of 11 families hidden" in text
    note.locator("button.show-everything").click()
    assert note.is_hidden()
    assert len(shown_ids(page)) == len(built[1].entries)
    assert page.evaluate("location.hash") == ""
    assert log.errors == []


def test_did_you_mean_in_the_empty_note_is_one_click(open_page):
    page, _ = open_page("#?q=mincraftt&view=list")
    page.locator("#empty-note button.suggest").click()
    assert page.input_value("#search-input") == "minecraft"
    assert page.locator("#empty-note").is_hidden() and page.locator("#entry-table tbody tr").count() > 0


def test_new_on_a_first_visit_does_nothing(open_page, built):
    page, _ = open_page("#?new=1")                      # a fresh browser context: a first visit
    assert len(shown_ids(page)) == len(built[1].entries)
    assert page.locator("#empty-note").is_hidden()
    assert "new=1" not in page.evaluate("location.hash")


# ----------------------------------------------------------------------------- print

def test_print_typesets_the_lists_equations_and_lists_paper_urls(open_page):
    page, log = open_page("#?q=genie&view=list")
    B.wait_until(page, "LS.math.ready()", timeout=20)    # the list view loads MathJax while idle
    page.emulate_media(media="print")
    # Fonts load on first use: print again until every equation is typeset (as a second Ctrl+P would).
    n = B.wait_until(page, """(dispatchEvent(new Event('beforeprint')),
      document.querySelectorAll('#print-list .tex-source').length === 0
      && document.querySelectorAll('#print-list mjx-container').length)""", timeout=20)
    assert n == page.locator("#print-list .print-entry").count() > 0
    text = page.inner_text("#print-list")
    assert "https://arxiv.org/abs/2402.15391" in text     # Genie's paper
    assert log.errors == []


@pytest.mark.allows_page_errors("ERR_FAILED")      # the MathJax CDN is blocked: offline
def test_print_without_mathjax_shows_readable_tex(open_page):
    page, _ = open_page("#?q=genie&view=list", allow_cdn=False)
    page.emulate_media(media="print")
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    sources = page.locator("#print-list .tex-source")
    assert sources.count() == page.locator("#print-list .print-entry").count() > 0
    assert sources.first.is_visible()


def test_printing_a_panel_leaves_out_the_pickers(open_page):
    page, _ = open_page("#dreamer")
    page.emulate_media(media="print")
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#panel").is_visible()
    assert page.locator("#panel select").evaluate_all("els => els.filter((e) => e.offsetParent).length") == 0


# ----------------------------------------------------------------------------- small things

def test_reset_clears_a_stale_nothing_to_export(open_page):
    page, _ = open_page("#?q=zzqqxx")
    page.click('[data-export="csv"]')
    assert "Nothing to export" in page.inner_text("#export-note")
    page.click("#reset-filters")
    assert page.inner_text("#export-note") == ""


def test_enter_in_the_list_view_stays_in_the_list(open_page):
    page, _ = open_page("#?view=list")
    page.fill("#search-input", "jepa")
    page.keyboard.press("Enter")
    assert page.evaluate("LS.state.view") == "list"
    assert page.locator("#list-view").is_visible()


def test_a_path_has_a_caption_a_clear_button_and_a_url(open_page):
    page, log = open_page("#dreamer4")
    page.focus("#panel .relate select")                             # its options go in when about to be used
    page.select_option("#panel .relate select", "world-models")
    caption = page.locator("#path-caption")
    assert caption.is_visible() and "Dreamer v1–v3" in caption.inner_text()
    assert "path=dreamer4%2Cworld-models" in page.evaluate("location.hash")
    assert "Dreamer v1–v3" in page.text_content("#panel .relate .path-words")
    caption.locator("button").click()
    assert caption.is_hidden() and "path=" not in page.evaluate("location.hash")
    assert page.locator(".map-focus .star.on-path").count() == 0
    assert page.input_value("#panel .relate select") == "" and page.locator("#panel .relate p").is_hidden()
    page.focus("#panel .relate select")
    page.select_option("#panel .relate select", "world-models")    # the panel clears it too
    page.click("#panel .relate button")
    assert caption.is_hidden() and page.locator(".map-focus .star.on-path").count() == 0
    page, _ = open_page("#dreamer4?path=dreamer4,world-models")      # a shared link shows the same path
    assert page.locator("#path-caption").is_visible() and page.locator(".map-focus .star.on-path").count() == 3
    assert page.input_value("#panel .relate select") == "world-models"
    assert log.errors == []


def test_focus_stays_on_the_page_after_leaving_a_tour_and_after_show_on_map(open_page):
    page, _ = open_page("#?tour=pixels-or-embeddings&step=2")
    page.click("#panel .tour-leave")
    assert page.evaluate("document.activeElement.id") == "panel"
    page, _ = open_page("#?cmp=dreamer4,world-models")
    page.click("#compare button:has-text('Show on map')")
    assert page.evaluate("document.activeElement.id") == "path-caption"


def test_csv_has_a_byte_order_mark_and_bibtex_keeps_years_out_of_venues(open_page):
    page, _ = open_page()
    with page.expect_download() as info:
        page.click('[data-export="csv"]')
    assert Path(info.value.path()).read_bytes().startswith(b"\xef\xbb\xbf")
    with page.expect_download() as info:
        page.click('[data-export="bib"]')
    bib = Path(info.value.path()).read_text(encoding="utf-8")
    assert "journal = {Nature}" in bib and "Nature 2020" not in bib
    tip = [block for block in re.split(r"^@", bib, flags=re.M) if "IEEE TIP" in block]
    assert tip and all(block.startswith("article{") and "journal = {IEEE TIP}" in block for block in tip), tip


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("state", ["#?q=mincraftt&hide=Latent", "#?q=zzqqxx&view=list", "#?path=dreamer4,world-models"])
def test_axe_on_the_empty_note_and_the_path_caption(open_page, state, dark):
    from test_a11y import axe
    page, _ = open_page(state, dark=dark, bypass_csp=True)
    assert page.locator("#empty-note:visible, #path-caption:visible").count() == 1
    assert axe(page) == []
