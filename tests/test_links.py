"""Link check (`--check-links`) against a local http.server (loopback only) answering 200, 301, 404, 405 to
HEAD, 503-then-200, 403 and too slowly; politeness per host; the offline path for real, bounded."""
from __future__ import annotations

import http.server
import io
import socket
import subprocess
import sys
import threading
import time

import pytest
from conftest import ROOT, tiny_spec

import gen_landscape as G
import landscape_links as L


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: dict[str, int] = {}
    in_flight = 0
    max_in_flight = 0
    lock = threading.Condition()          # guards the counters; notified when a request ends

    def answer(self, status: int, headers: dict | None = None, body: bytes = b"") -> None:
        # The request stops counting before its answer leaves: once the client has the answer it may send the
        # next request, which could otherwise arrive while this thread has still to reach its `finally`.
        self.finish_counting()
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    def route(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.hits[self.path] = cls.hits.get(self.path, 0) + 1
            cls.in_flight += 1
            self.counted = False          # one handler serves every request of a kept-alive connection
            cls.max_in_flight = max(cls.max_in_flight, cls.in_flight)
            hits = cls.hits[self.path]
        try:
            if self.path.startswith("/ok"):
                self.answer(200, body=b"fine")
            elif self.path == "/moved":
                self.answer(301, {"Location": "/ok-target"})
            elif self.path == "/moved-to-gone":
                self.answer(302, {"Location": "/gone"})
            elif self.path == "/loop":
                self.answer(301, {"Location": "/loop"})
            elif self.path == "/gone":
                self.answer(404)
            elif self.path == "/nohead":
                self.answer(405 if self.command == "HEAD" else 200, body=b"get only")
            elif self.path == "/flaky":
                self.answer(503 if hits == 1 else 200)
            elif self.path == "/forbidden":
                self.answer(403)
            elif self.path == "/slow":
                time.sleep(1.5)
                self.answer(200)
            elif self.path.startswith("/busy"):
                time.sleep(0.15)
                self.answer(200)
            else:
                self.answer(404)
        finally:
            self.finish_counting()

    def finish_counting(self) -> None:
        cls = type(self)
        with cls.lock:
            if self.counted:
                return
            self.counted = True
            cls.in_flight -= 1
            cls.lock.notify_all()

    do_HEAD = do_GET = route

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def local_server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def server(local_server):
    """Fresh counters, once the previous test's requests have ended (a client that gave up on /slow leaves
    its server thread sleeping: resetting under it would drive in_flight below zero)."""
    with Handler.lock:
        assert Handler.lock.wait_for(lambda: Handler.in_flight == 0, timeout=10), "requests still running"
        Handler.hits, Handler.max_in_flight = {}, 0
    return local_server


FAST = dict(timeout=1.0, retries=1, backoff=0.05)     # /slow answers after 1.5 s: a time-out, with margin under load


@pytest.mark.parametrize("path, state, detail", [
    ("/ok", "ok", "200"),
    ("/moved", "redirected", "-> {base}/ok-target (301)"),
    ("/moved-to-gone", "broken", "404 Not Found after redirect to {base}/gone"),
    ("/loop", "broken", "more than 5 redirects"),
    ("/gone", "broken", "404 Not Found"),
    ("/nohead", "ok", "200"),
    ("/flaky", "ok", "200"),
    ("/forbidden", "unverified", "403 Forbidden"),
    ("/slow", "broken", "timed out"),
])
def test_each_kind_of_answer(server, path, state, detail):
    assert L.check_url(server + path, **FAST) == (state, detail.format(base=server))


def test_head_refused_falls_back_to_get_and_transient_errors_are_retried(server):
    L.check_url(server + "/nohead", **FAST)
    L.check_url(server + "/flaky", **FAST)
    assert Handler.hits["/nohead"] == 2 and Handler.hits["/flaky"] == 2


def test_a_refused_connection_and_an_unknown_host_are_broken_without_hanging():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]          # nothing listens here once closed
    started = time.monotonic()
    state, detail = L.check_url(f"http://127.0.0.1:{port}/x", **FAST)
    assert state == "broken" and "refused" in detail.lower()
    assert L.check_url("http://no-such-host.invalid/x", **FAST) == ("broken", "host not found (DNS)")
    assert time.monotonic() - started < 5


def test_at_most_two_requests_in_flight_per_host(server):
    urls = {f"{server}/busy{i}": [f"entry 'e{i}' (learn)"] for i in range(10)}
    results = L.check_all(urls, workers=8, **FAST)
    assert [r.state for r in results] == ["ok"] * 10
    assert Handler.max_in_flight == 2


def test_report_names_holders_and_sums_up(server):
    spec = tiny_spec()
    spec["papers"][0]["url"] = server + "/gone"
    for e in spec["entries"]:
        e["sources"] = [("Test paper", server + "/gone")]
    spec["entries"][0]["learn"] = ("Moved", server + "/moved")
    spec["entries"][1]["learn"] = ("Fine", server + "/ok")
    spec["entries"][2]["learn"] = ("Slow", server + "/slow")
    ls = G.validate(spec)
    out = io.StringIO()
    status = L.main(ls, out=out, **FAST)
    text = out.getvalue()
    assert status == L.EXIT_BROKEN
    assert f"broken      {server}/gone  404 Not Found\n              in paper 'p1' (cited by entry " \
           "'alpha', 'beta', 'gamma')" in text
    assert f"redirected  {server}/moved  -> {server}/ok-target (301)\n              in entry 'alpha' (learn)" in text
    assert f"broken      {server}/slow  timed out\n              in entry 'gamma' (learn)" in text
    assert f"{server}/ok " not in text                           # fine URLs are not listed
    summary = text.strip().splitlines()[-1]
    assert summary.startswith("4 URLs: 1 ok, 1 redirected, 2 broken (")


def test_all_fine_exits_0(server):
    spec = tiny_spec()
    spec["papers"][0]["url"] = server + "/okp"
    for i, e in enumerate(spec["entries"]):
        e["learn"] = ("Fine", f"{server}/ok{i}")
        e["sources"] = [("Test paper", server + "/okp")]
    out = io.StringIO()
    assert L.main(G.validate(spec), out=out, **FAST) == L.EXIT_OK
    assert out.getvalue().strip().splitlines()[-1].startswith("4 URLs: 4 ok, 0 redirected, 0 broken")


def test_offline_is_detected_from_dns_quickly():
    calls = []

    def never(host):
        calls.append(host)
        return False
    started = time.monotonic()
    assert L.any_host_resolves([f"h{i}.example" for i in range(60)], resolve=never) is False
    assert time.monotonic() - started < 2
    assert L.any_host_resolves(["a", "b"], resolve=lambda h: h == "b") is True


def test_offline_is_detected_when_nothing_answers():
    """DNS works but no connection gets an answer: stop after OFFLINE_AFTER failures, check nothing more."""
    seen = []

    def dead(url, *args):
        seen.append(url)
        time.sleep(0.01)
        return "broken", "timed out"
    urls = {f"https://h{i % 20}.example/{i}": ["x"] for i in range(200)}
    results = L.check_all(urls, workers=4, check=dead)
    assert len(seen) < 20 and {r.state for r in results} == {"broken", "offline"}


def test_cli_offline_for_real_is_fast_and_says_so():
    """This machine has no internet: the real command must finish well under a minute and say so."""
    try:
        socket.getaddrinfo("arxiv.org", 443)
        pytest.skip("this machine has a network: the offline path cannot be exercised for real")
    except OSError:
        pass
    started = time.monotonic()
    res = subprocess.run([sys.executable, "gen_worldmodel.py", "--check-links"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    elapsed = time.monotonic() - started
    assert res.returncode == L.EXIT_OFFLINE, res.stdout + res.stderr
    assert "no network" in res.stdout and "URLs not checked" in res.stdout
    assert elapsed < 30, elapsed
    print(f"offline link check: {elapsed:.2f} s")


def test_an_entrys_sources_are_checked_and_named():
    spec = tiny_spec()
    spec["entries"][1]["sources"] = [("official code", "https://example.org/code"), ("arXiv", "https://example.org/p1")]
    urls = L.collect(G.validate(spec))
    assert urls["https://example.org/code"] == ["entry 'beta' (source 'official code')"]
    assert urls["https://example.org/p1"] == ["paper 'p1' (cited by entry 'alpha', 'beta', 'gamma')",
                                             "entry 'alpha' (source 'Test paper')", "entry 'beta' (source 'arXiv')",
                                             "entry 'gamma' (source 'Test paper')"]
