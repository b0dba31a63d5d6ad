"""The family panel in a real browser: opened from the map's family name and from the legend, its
equation typeset, its animation moving, its members in release order, its URL shareable and reloadable,
back/forward through it; the other ways in (entry chip, list, timeline, hover definition)."""
from __future__ import annotations

import browser as B
import pytest
from conftest import tiny_spec

import gen_landscape
import gen_worldmodel as W

pytestmark = pytest.mark.browser
FAMILIES = [f[0] for f in W.FAMILIES]


def family_shown(page, key: str) -> None:
    B.wait_until(page, f"""document.getElementById('panel').dataset.id === '@{key}'
        && !document.getElementById('panel').hidden && document.querySelector('#panel .fam-timeline')""")


def canvas_picture(page) -> str:
    return page.evaluate("document.querySelector('#panel canvas').toDataURL()")


def assert_animation_moves(page, timeout: float = 10.0) -> None:
    """The panel's canvas shows a different picture as its clock runs (some clips hold a frame a while)."""
    B.wait_until(page, "document.querySelector('#panel canvas').__anim.tick > 0")
    page.evaluate("window.__firstPicture = document.querySelector('#panel canvas').toDataURL()")
    try:
        B.wait_until(page, "document.querySelector('#panel canvas').toDataURL() !== window.__firstPicture",
                     timeout=timeout, interval=0.05)
    except TimeoutError:
        raise AssertionError("the family's animation did not move") from None


@pytest.mark.parametrize("key", FAMILIES)
def test_each_familys_chapter_opens_from_its_name_on_the_map(shared_page, built, key):
    """Every family, on one page (read-only: each test closes what it opened): its name on the map opens
    its chapter, with its URL, title, typeset equation, moving animation and members in release order."""
    ls = built[1]
    fam = next(f for f in ls.families if f.key == key)
    page, log = shared_page(reload=False, wait_math=True)
    B.set_hash(page, "#")                                   # whatever an earlier failure left open
    B.wait_until(page, "document.getElementById('panel').hidden")

    page.click(f".family[data-family='{key}'] .fam-label")
    family_shown(page, key)
    assert page.evaluate("location.hash") == f"#family={key}"
    assert page.text_content("#panel h2") == fam.label
    # The equation typesets (no MathJax error) and the animation moves.
    B.wait_until(page, "document.querySelector('#panel .math[data-typeset=\"1\"] mjx-container')", timeout=20)
    assert not page.query_selector("#panel mjx-merror")
    assert_animation_moves(page)
    # Members: the family's entries in release order, each with its tagline.
    members = [e.id for e in sorted((e for e in ls.entries if e.family == key), key=lambda e: (e.date, e.id))]
    assert page.eval_on_selector_all("#panel .fam-timeline li", "els => els.map(li => li.dataset.id)") == members
    start = next(c.start for c in ls.chapters if c.family == key)
    assert page.get_attribute("#panel .fam-start .start", "data-goto") == start
    page.keyboard.press("Escape")
    B.wait_until(page, "document.getElementById('panel').hidden")
    assert page.evaluate("location.hash") in ("", "#")
    assert log.errors == [] and log.blocked == []


def test_a_chapter_from_the_legend_its_members_history_and_reload(open_page, built):
    """The legend's row opens the chapter too; a member opens its own panel; back returns to the family,
    forward to the member again; a reload of the chapter's URL shows the same chapter."""
    key = "Driving"
    members = [e.id for e in sorted((e for e in built[1].entries if e.family == key), key=lambda e: (e.date, e.id))]
    page, log = open_page()
    page.click(f".fam-about[data-family='{key}']")
    family_shown(page, key)
    B.settle(page, math=False)
    page.click(f"#panel .fam-timeline li[data-id='{members[-1]}'] .member")
    B.wait_until(page, f"document.getElementById('panel').dataset.id === '{members[-1]}'")
    page.go_back()
    family_shown(page, key)
    page.go_forward()
    B.wait_until(page, f"document.getElementById('panel').dataset.id === '{members[-1]}'")
    page.go_back()
    family_shown(page, key)
    page.reload()
    B.wait_until(page, "document.body.dataset.ready === '1'")
    family_shown(page, key)
    assert log.errors == [] and log.blocked == []


def test_other_ways_into_a_family_panel(open_page, built):
    page, log = open_page("#dreamer")
    B.wait_until(page, "document.getElementById('panel').dataset.id === 'dreamer'")
    page.click("#panel .panel-head .chip")                      # the entry's family chip
    family_shown(page, "Latent")
    page.click("#panel .fam-axes [data-goto='dreamerpro']")     # an axis example opens its work
    B.wait_until(page, "document.getElementById('panel').dataset.id === 'dreamerpro'")
    page.keyboard.press("Escape")
    B.wait_until(page, "document.getElementById('panel').hidden")

    # Hovering a region shows the family's one-line definition (the first sentence of `about`).
    box = page.eval_on_selector(".family[data-family='Value'] .fam-region",
                                "r => { const b = r.getBoundingClientRect(); return [b.left + 12, b.bottom - 12]; }")
    page.mouse.move(*box)
    B.wait_until(page, "!document.getElementById('tooltip').hidden")
    about = next(c.about for c in built[1].chapters if c.family == "Value")
    assert page.text_content("#tooltip span") == about.split(". ")[0] + "."

    # The keyboard: the family name on the map is a button.
    page.focus(".family[data-family='JEPA'] .fam-label")
    page.keyboard.press("Enter")
    family_shown(page, "JEPA")
    page.keyboard.press("Escape")
    B.wait_until(page, "document.getElementById('panel').hidden")

    # The list's family cell and the timeline's lane name.
    page.click(".views button[data-view='list']")
    page.click("#entry-table tr[data-id='genie'] .fam-cell")
    family_shown(page, "Interactive")
    page.keyboard.press("Escape")
    page.click(".views button[data-view='timeline']")
    B.wait_until(page, "!document.getElementById('map').classList.contains('morphing')")
    page.click(".axis .lane-label[data-family='Driving']")
    family_shown(page, "Driving")
    assert "view=timeline" in page.evaluate("location.hash")
    assert log.errors == []


@pytest.mark.parametrize("fragment", ["#family=Nope", "#family=", "#family=%E0%A4%A"])
def test_odd_family_urls_open_nothing(open_page, fragment):
    page, log = open_page(fragment)
    assert page.evaluate("document.getElementById('panel').hidden")
    assert log.errors == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_family_panel_on_a_320px_phone(browser, page_url, dark):
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True,
                              color_scheme="dark" if dark else "light")
    log = B.PageLog()
    B.route_network(ctx, log)
    page = ctx.new_page()
    B.attach_logs(page, log)
    page.goto(page_url + "#family=WMVLA")
    B.wait_until(page, "document.body.dataset.ready === '1'")
    family_shown(page, "WMVLA")
    # Nothing wider than the screen: no sideways scrolling inside the panel.
    assert page.evaluate("document.getElementById('panel').scrollWidth <= document.getElementById('panel').clientWidth")
    ctx.close()



VARIANTS = {"muzero": "MuZero", "sampled-muzero": "Sampled", "stochastic-muzero": "Stochastic",
            "gumbel-muzero": "Gumbel", "muzero-unplugged": "Reanalyse"}


# Every caption the panel's animation draws, scrubbing through its loop a quarter second at a time.
CAPTIONS_OVER_THE_LOOP = """() => { const rec = document.querySelector('#panel canvas').__anim, seen = new Set();
    const bar = document.querySelector('#panel .anim-scrub');
    for (let s = 0; s < rec.spec.period; s += 0.25) {
      bar.value = s; bar.dispatchEvent(new Event('input')); seen.add(LandscapeAnims.kit.said); }
    return [...seen]; }"""


def test_mcts_variants_change_the_picture_and_each_entry_shows_its_own(open_page):
    page, log = open_page("#muzero")
    B.wait_until(page, "document.querySelector('#panel select[data-param=variant]')")
    page.evaluate("""() => { const s = document.querySelector('#panel .anim-scrub');
        s.value = 11; s.dispatchEvent(new Event('input')); }""")       # paused at the decision
    pictures = {}
    for variant in VARIANTS.values():
        page.select_option("#panel select[data-param=variant]", variant)
        pictures[variant] = canvas_picture(page)
    assert len(set(pictures.values())) == len(VARIANTS), "every variant draws its own picture"
    for entry, variant in VARIANTS.items():
        page.evaluate(f"LS.app.openEntry('{entry}')")
        B.wait_until(page, f"document.getElementById('panel').dataset.id === '{entry}'")
        assert page.input_value("#panel select[data-param=variant]") == variant
        captions = page.evaluate(CAPTIONS_OVER_THE_LOOP)
        assert captions, entry
        if variant == "Gumbel":
            assert any("Gumbel top-k" in c for c in captions) and any("halve" in c for c in captions)
        if variant == "Sampled":
            assert any("of 8 actions" in c for c in captions)
        if variant == "Stochastic":
            assert any("afterstate" in c for c in captions)
        if variant == "Reanalyse":
            assert any("training targets" in c for c in captions)
    assert log.errors == []


def test_a_family_without_a_chapter_shows_its_members_and_nothing_else(open_page, tmp_path):
    """Another landscape's family may have no chapter (no `about`): its panel is the head and the members."""
    path = tmp_path / "tiny.html"
    path.write_text(gen_landscape.build(tiny_spec())[0], encoding="utf-8")
    page, log = open_page("#family=A", url=path.as_uri())
    family_shown(page, "A")
    B.settle(page, math=False)       # sections near the view laid out (content-visibility), so inner text has them
    text = page.inner_text("#panel")
    assert "members, in order of release" in text.lower() and "null" not in text
    assert page.locator("#panel .fam-intro").count() == 0
