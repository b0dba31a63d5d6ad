"""Shared fixtures: a fresh build of the page, a valid minimal spec to mutate, and a real browser.

For browser tests (mark the module `pytestmark = pytest.mark.browser`):
- open_page(fragment="", url=None, **opts) -> (page, log): a page just loaded at fragment, as a first-time
  visitor finds it; the page itself comes from the worker's pool (tests/pool.py) and goes back after the test.
  It prefers reduced motion (a reader's setting: no transitions, morphs or running animations; the suite
  runs a sixth faster): a test of a transition or of animation frames is marked
  @pytest.mark.motion (or passes reduced=False) and gets full motion.
- shared_page(fragment="", reload=True, **opts) -> (page, log): ONE page per module and options, re-opened
  at `fragment` (a real navigation, storage cleared) for each test that asks: for tests whose changes a
  reload undoes. reload=False hands the page over as the last test left it: only for tests that change
  nothing (read-only). Saves a context (and with reload=False the page load) per test.
- Console errors, page errors and dialogs fail the test by default, in every page opened through
  browser.open_page / browser.attach_logs (the shared page's log is checked per test). A test that expects
  some opts out with @pytest.mark.allows_page_errors("substring", ...) (errors containing one of them pass;
  no argument: any error passes, and the test checks what it expects itself).
- browser.settle(page) waits until transitions, idle work and MathJax have settled: use it, never a sleep.
- shot(page, name) writes tests/out/<name>.png only when LS_SCREENSHOTS=1 (screenshots nothing checks).
- in_ci(): CI=true in the environment; then a missing tool (ruff, ESLint, npm packages) fails, not skips.
"""
from __future__ import annotations

import copy
import functools
import http.server
import os
import threading
from pathlib import Path

import browser as B  # noqa: F401  (puts the repo root on sys.path)
import pytest
from pool import CLEAR_STORAGE, PagePool

import gen_landscape
import gen_worldmodel

ROOT = B.ROOT
OUT = ROOT / "tests" / "out"


BROWSER_FIXTURES = {"browser", "open_page", "shared_page", "page_url", "http_url", "pw", "page_pool"}


def pytest_collection_modifyitems(items):
    """A test that asks for a browser fixture is a browser test, whether or not its module says so:
    `-m "not browser"` then really runs without one."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def real_spec() -> dict:
    return gen_worldmodel.spec()


@pytest.fixture(scope="session")
def built(tmp_path_factory, real_spec):
    """(html, landscape, path) of a fresh build of the real data, written outside the repo."""
    html, ls = gen_landscape.build(real_spec)
    path = tmp_path_factory.mktemp("site") / "robot_worldmodel.html"
    path.write_text(html, encoding="utf-8")
    return html, ls, path


def tiny_spec() -> dict:
    """A small valid spec: two families, three entries, two edges, one animation."""
    anim = ROOT / "worldmodel_anims" / "dream.js"
    entry = dict(id="alpha", name="Alpha model", short="Alpha", family="A", anim="dream", date="2020-01",
                 tagline="A tagline.", simple="Plain words.", mapping="x → y → z", math=r"\frac{a}{b}",
                 when="Always.", pros=["fast"], cons=["slow"], papers=["p1"], learn=("Learn", "https://example.org/a"),
                 sources=[("Test paper", "https://example.org/p1")], checked="2022-01")
    return dict(
        title="Test landscape", subtitle="For tests",
        families=[("A", "Family A", "#2563eb"), ("B", "Family B", "#db2777")],
        edge_types=[dict(key="builds_on", label="builds on", inverse="built on by", dash=""),
                    dict(key="alternative_to", label="alternative to", directed=False, dash="2 4")],
        entries=[entry, dict(entry, id="beta", name="Beta model", short="Beta", family="B", date="2021-01"),
                 dict(entry, id="gamma", name="Gamma model", short="Gamma", date="2022-01")],
        edges=[("beta", "alpha", "builds_on", "Takes Alpha's model and trains it on more data."),
               ("gamma", "beta", "alternative_to", "Predicts tokens where Beta predicts pixels.")],
        papers=[dict(key="p1", title="Paper one", authors=["A. Author"], year=2020, venue="Test 2020",
                     url="https://example.org/p1")],
        animations={"dream": anim},
    )


@pytest.fixture
def spec():
    return copy.deepcopy(tiny_spec())


# ----------------------------------------------------------------------------- browser

@pytest.fixture(scope="session")
def pw():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(pw):
    br = B.launch(pw)
    yield br
    br.close()


@pytest.fixture(scope="session")
def triple_url(tmp_path_factory, real_spec):
    """The real data cloned 3x with its edges (723 works): a map big enough to crowd and to slice."""
    from synthetic import tripled
    html, _ = gen_landscape.build(tripled(real_spec))
    path = tmp_path_factory.mktemp("triple") / "triple.html"
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="session")
def page_url(built):
    return built[2].as_uri()


@pytest.fixture(scope="session")
def http_url(built):
    """The same page over http://127.0.0.1 (a thread-run http.server on a free port)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built[2].parent))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{built[2].name}"
    server.shutdown()


@pytest.fixture(autouse=True)
def _page_errors_fail_the_test(request):
    """Fail a test on a console error, page error or dialog in any page it drove (see the module doc)."""
    seen = {id(log): (len(log.errors), len(log.dialogs)) for log in B.LOGS}
    yield
    allowed = request.node.get_closest_marker("allows_page_errors")
    bad = []
    for log in B.LOGS:
        e0, d0 = seen.get(id(log), (0, 0))
        bad += log.errors[e0:] + [f"dialog: {d}" for d in log.dialogs[d0:]]
    B.LOGS[:] = [log for log in B.LOGS if log.keep]
    if allowed:              # @pytest.mark.allows_page_errors("ERR_FAILED", ...): only those; no argument: any
        bad = [e for e in bad if allowed.args and not any(a in e for a in allowed.args)]
    assert bad == [], f"console/page errors or dialogs: {bad}"


@pytest.fixture(scope="session")
def page_pool(browser):
    pool = PagePool(browser)
    yield pool
    pool.close()


@pytest.fixture
def open_page(page_pool, page_url, request):
    """open_page(fragment="", url=None, **opts) -> (page, log): a page as a first-time visitor finds it, taken
    from the worker's pool (tests/pool.py) and given back after the test. With reduced motion unless the test
    is marked @pytest.mark.motion or passes reduced=False (see the module doc)."""
    taken = []
    moving = request.node.get_closest_marker("motion") is not None

    def opener(fragment: str = "", url: str | None = None, **opts):
        opts.setdefault("reduced", not moving)
        page, log, ticket = page_pool.take((url or page_url) + fragment, **opts)
        taken.append((page, log, ticket))
        return page, log

    yield opener
    for page, log, ticket in taken:
        page_pool.give_back(page, log, ticket)


@pytest.fixture(scope="module")
def shared_page(browser, page_url):
    """shared_page(fragment="", **opts) -> (page, log): one page per module and options, opened afresh at
    fragment (storage cleared, a full navigation) each call. Checked for errors per test like any page."""
    pages = {}

    def opener(fragment: str = "", reload: bool = True, **opts):
        key = tuple(sorted(opts.items()))
        if key not in pages:
            ctx, page, log = B.open_page(browser, page_url + fragment, **opts)
            log.keep = True
            pages[key] = (ctx, page, log)
            return page, log
        ctx, page, log = pages[key]
        if not reload and page.url == page_url + fragment:
            return page, log
        page.evaluate(CLEAR_STORAGE)
        page.goto("about:blank")
        B.load(page, page_url + fragment)
        return page, log

    yield opener
    for ctx, _, log in pages.values():
        log.keep = False
        ctx.close()


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing_tool(why: str) -> None:
    """Skip locally; under CI a missing tool is a failure (a linter that never runs guards nothing)."""
    if in_ci():
        pytest.fail(f"{why} (CI is set: every tool must be installed)")
    pytest.skip(why)


def shot(page, name: str) -> Path:
    """A screenshot to look at, taken only on request (LS_SCREENSHOTS=1): no test checks it."""
    path = OUT / f"{name}.png"
    if os.environ.get("LS_SCREENSHOTS", "") not in ("", "0"):
        OUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
    return path
