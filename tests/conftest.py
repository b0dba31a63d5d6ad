"""Shared fixtures: a fresh build of the page, a valid minimal spec to mutate, and a real browser."""
from __future__ import annotations

import copy
import functools
import http.server
import threading
from pathlib import Path

import browser as B  # noqa: F401  (puts the repo root on sys.path)
import pytest

import gen_landscape
import gen_worldmodel

ROOT = B.ROOT
OUT = ROOT / "tests" / "out"


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


@pytest.fixture
def open_page(browser, page_url):
    """open_page(fragment="", **opts) -> (page, log); contexts close after the test."""
    contexts = []

    def opener(fragment: str = "", url: str | None = None, **opts):
        ctx, page, log = B.open_page(browser, (url or page_url) + fragment, **opts)
        contexts.append(ctx)
        return page, log

    yield opener
    for ctx in contexts:
        ctx.close()


def shot(page, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    page.screenshot(path=str(path))
    return path
