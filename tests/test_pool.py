"""The page pool (tests/pool.py) hands a reused page over as a first-time visitor would find it."""
from __future__ import annotations

import json

import browser as B
import pytest
from pool import PagePool

pytestmark = pytest.mark.browser


@pytest.fixture
def pool(browser):
    p = PagePool(browser)
    yield p
    p.close()


def dirty(page) -> None:
    """Everything a test may leave behind in its page."""
    page.evaluate("() => { localStorage.setItem('landscape-theme', 'dark'); sessionStorage.setItem('x', '1'); }")
    page.route("**/tex-chtml.js", lambda route: route.abort())
    page.evaluate("LS.map.fitTo(['dreamer'])")
    B.settle(page, math=False)
    box = page.locator('#map .star[data-id="dreamer"] circle.core').bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    B.wait_until(page, "LS.focus.hovered() === 'dreamer'")
    page.set_viewport_size({"width": 320, "height": 640})
    page.emulate_media(media="print", color_scheme="dark", reduced_motion="reduce")
    B.set_hash(page, "#?view=list")
    page.evaluate("console.error('left by the last test')")


STORED = "[JSON.stringify(Object.keys(localStorage).sort()), JSON.stringify(Object.keys(sessionStorage).sort())]"


def test_a_reused_page_starts_clean(pool, page_url):
    page, log, ticket = pool.take(page_url)
    dirty(page)
    assert log.errors                                  # the error reached the log ...
    pool.give_back(page, log, ticket)
    again, log2, ticket2 = pool.take(page_url + "#dreamer", wait_math=True)
    assert again is page                               # ... the same tab came back (else this proves nothing)
    assert log2.errors == []                           # ... and the log starts empty
    local, session = (json.loads(keys) for keys in again.evaluate(STORED))
    for keys in (local, session):                     # only the visit the page itself keeps (whatsnew.js)
        assert [k for k in keys if not k.startswith("landscape-visit:")] == [], (local, session)
    assert again.evaluate("LS.whatsnew.since") == ""  # a first visit: the last test's visit was cleared
    assert again.viewport_size == {"width": 1440, "height": 900}
    assert again.evaluate("[matchMedia('print').matches, matchMedia('(prefers-color-scheme: dark)').matches,"
                          " matchMedia('(prefers-reduced-motion: reduce)').matches]") == [False, False, False]
    assert again.evaluate("document.documentElement.dataset.theme") != "dark"
    assert again.evaluate("LS.focus.hovered()") is None
    B.typeset_done(again)                              # MathJax is served again: the test's route is gone
    assert again.locator("#panel .math mjx-container").count() == 1
    pool.give_back(again, log2, ticket2)


def test_pages_of_other_options_or_origins_are_not_mixed(pool, page_url, http_url):
    page, log, ticket = pool.take(page_url)
    pool.give_back(page, log, ticket)
    dark, dlog, dticket = pool.take(page_url, dark=True)
    assert dark is not page and dark.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    over_http, hlog, hticket = pool.take(http_url)
    assert over_http is not page                       # only file:// pages are reused
    for p, lg, t in ((dark, dlog, dticket), (over_http, hlog, hticket)):
        pool.give_back(p, lg, t)
