"""What's new: the last visit stays in localStorage, works added since get a "new" badge on the star and in the
list and a filter; a first visit shows none. Last visits are faked by writing localStorage from another tab
(B.store), before the page opens."""
from __future__ import annotations

import copy

import browser as B
import pytest
from conftest import shot, tiny_spec
from test_a11y import axe

import gen_landscape as G

pytestmark = pytest.mark.browser


def visit_key(spec) -> str:
    return "landscape-visit:" + spec["title"]


def new_tab(ctx, url, viewport=None, last_visit=None):
    """A new tab at url. last_visit (key, date): the reader's last visit as this browser stored it, stored
    before the page opens (B.store) and seen by the tab's own process; a reload must then find what the page
    itself stored."""
    page = ctx.new_page()
    if last_visit:
        B.store(ctx, dict([last_visit]))
        B.seen_in_tab(page, dict([last_visit]))
    if viewport:
        page.set_viewport_size(viewport)
    log = B.PageLog()
    B.attach_logs(page, log)
    page.goto(url)
    B.wait_until(page, "document.body.dataset.ready === '1'")
    return page, log


# Screen boxes of a star's core, its label and its "new" badge.
BOXES = """(id) => ['circle.core', 'text:not(.new-badge)', '.new-badge'].map((s) => {
  const r = document.querySelector('.star[data-id="' + id + '"] ' + s).getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height,
           cx: r.left + r.width / 2, cy: r.top + r.height / 2 }; })"""


def boxes(page, entry_id):
    return page.evaluate(BOXES, entry_id)


def badged(page) -> list[str]:
    return page.eval_on_selector_all("#map .star:has(.new-badge)", "els => els.map(e => e.dataset.id)")


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    spec = tiny_spec()
    spec["added_default"] = "2026-09"
    spec["entries"][1]["added"] = "2026-11"          # beta
    spec["entries"][2]["added"] = "2026-10"          # gamma
    path = tmp_path_factory.mktemp("whatsnew") / "page.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    return spec, path.as_uri()


def test_first_visit_has_no_badges_then_a_faked_last_visit_marks_what_came_after(browser, small_site):
    spec, url = small_site
    first, page, log = B.open_page(browser, url)
    try:
        assert badged(page) == []
        assert page.is_hidden("#whatsnew")
        remembered = page.evaluate("(k) => localStorage.getItem(k)", visit_key(spec))
        assert len(remembered) == 10 and remembered[:2] == "20"            # today, YYYY-MM-DD
        assert log.errors == []
    finally:
        first.close()
    # The return visit in a browser of its own, seeded with the last visit: the first visit's own write can
    # then never land after the seed and overwrite it (waiting for it to land, the test once waited in vain).
    ctx = browser.new_context(**B.context_options())
    B.route_network(ctx, B.PageLog())
    try:
        page2, log2 = new_tab(ctx, url, last_visit=(visit_key(spec), "2026-10-05"))      # came back: a new tab
        assert badged(page2) == ["beta"]                                   # 2026-11 > Oct; gamma joined in Oct
        assert "new since your last visit" in page2.get_attribute('.star[data-id="beta"]', "aria-label")
        assert "new since" not in page2.get_attribute('.star[data-id="gamma"]', "aria-label")
        assert page2.is_visible("#whatsnew") and page2.inner_text("#new-count") == "1"

        page2.check("#new-only")
        assert page2.inner_text("#shown-count") == "1"
        assert "new=1" in page2.url
        assert page2.eval_on_selector_all("#map .star:not(.filtered)", "els => els.map(e => e.dataset.id)") == ["beta"]
        page2.uncheck("#new-only")
        page2.evaluate("LS.map.fitTo(['beta'])")                          # close enough for its label to show
        for _ in range(3):
            page2.click("#zoom-in")
        B.wait_until(page2, "!document.querySelector('#map .star[data-id=\"beta\"]').classList.contains('nolabel')")
        core, label, badge = boxes(page2, "beta")                          # on the map: above-right of the star
        assert core["cx"] < badge["left"] < core["right"] + core["width"], (core, badge)
        assert badge["bottom"] <= core["cy"] and badge["bottom"] > core["top"] - badge["height"], (core, badge)
        assert badge["bottom"] <= label["top"], "clear of the label under the star"
        page2.click('[data-view="timeline"]')                                # on a timeline row: after the label
        B.settle(page2, math=False)
        core, label, badge = boxes(page2, "beta")
        assert label["left"] > core["cx"] and badge["left"] >= label["right"], (label, badge)
        assert abs(badge["cy"] - label["cy"]) < label["height"] / 2, "on the label's row"
        page2.click('[data-view="list"]')
        rows = page2.eval_on_selector_all("#entry-table tbody tr:has(.badge-new)", "els => els.map(e => e.dataset.id)")
        assert rows == ["beta"]

        page2.reload()                                                     # the tab keeps its baseline
        B.wait_until(page2, "document.body.dataset.ready === '1'")
        assert badged(page2) == ["beta"]

        B.storage_landed(page2)
        page3, log3 = new_tab(ctx, url)                                    # the next visit starts from today
        assert badged(page3) == [] and page3.is_visible("#whatsnew") and page3.inner_text("#new-count") == "0"
        assert page3.is_disabled("#new-only")
        assert log2.errors == log3.errors == []
    finally:
        ctx.close()


def test_nothing_is_marked_without_storage(browser, small_site):
    """Storage blocked (some privacy modes): no errors, every visit is a first visit."""
    _, url = small_site
    ctx = browser.new_context()
    B.route_network(ctx, B.PageLog())
    ctx.add_init_script("Object.defineProperty(window, 'localStorage', { get() { throw new Error('denied'); } });"
                        "Object.defineProperty(window, 'sessionStorage', { get() { throw new Error('denied'); } });")
    try:
        page, log = new_tab(ctx, url)
        assert badged(page) == [] and page.is_hidden("#whatsnew") and log.errors == []
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def real_site_with_new(tmp_path_factory, real_spec):
    """The real map with four entries said to have joined in 2026-12: what a returning reader sees."""
    spec = copy.deepcopy(real_spec)
    fresh = ["dreamer4", "genie3", "vjepa2", "gaia2"]
    for e in spec["entries"]:
        if e["id"] in fresh:
            e["added"] = "2026-12"
        else:                      # the rest joined before the reader's last visit
            e["added"] = max(e["date"], "2026-11")
    path = tmp_path_factory.mktemp("whatsnew-real") / "page.html"
    path.write_text(G.build(spec)[0], encoding="utf-8")
    return spec, path.as_uri(), [e["id"] for e in spec["entries"] if e["id"] in fresh]


@pytest.mark.parametrize("view", ["map", "phone", "320", "list-dark"])
def test_badges_look_right_and_pass_axe(browser, real_site_with_new, view):
    spec, url, fresh = real_site_with_new
    opts = dict(dark=view.endswith("dark"), phone=view in ("phone", "320"), bypass_csp=True)
    ctx, _, _ = B.new_page(browser, **opts)        # a blank first tab: no visit of its own to race the seeded one
    try:
        page2, log2 = new_tab(ctx, url + ("#?view=list" if view.startswith("list") else ""),
                              {"width": 320, "height": 640} if view == "320" else None,
                              last_visit=(visit_key(spec), "2026-11-20"))
        assert sorted(badged(page2)) == sorted(fresh)
        if view == "map":
            page2.click("#zoom-in")
            page2.click("#zoom-in")
            page2.evaluate("document.querySelector('.star[data-id=\"dreamer4\"]').focus()")
        B.settle(page2, math=False)
        shot(page2, f"whatsnew-{view}")
        if view in ("phone", "list-dark"):
            if view == "phone":
                page2.click("#filters-toggle")
            page2.check("#new-only")
            page2.locator("#whatsnew").scroll_into_view_if_needed()
            assert page2.inner_text("#shown-count") == str(len(fresh))
            assert axe(page2) == []
            shot(page2, f"whatsnew-{view}-filtered")
        assert log2.errors == []
    finally:
        ctx.close()
