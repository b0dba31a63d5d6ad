"""Link check: `--check-links` tries every paper and learn URL. Standard library only, generic.

Concurrent (a thread pool), polite (at most PER_HOST requests in flight per host), HEAD first and GET when
a server refuses HEAD, timeouts and a few retries with back-off for transient failures (timeouts, 429,
5xx, resets). Redirects are followed by hand so they can be reported. A host that keeps failing at the
network level is given up on, and when no host resolves at all the check stops at once and says the
machine is offline: it never hangs. Exit status: 0 all fine, 1 something is broken, 3 no network.
"""
from __future__ import annotations

import concurrent.futures as cf
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import NamedTuple

TIMEOUT = 10.0          # seconds per request (connect and each read)
RETRIES = 2             # extra attempts for transient failures
PER_HOST = 2            # requests in flight per host
WORKERS = 16
MAX_HOPS = 5
HOST_DOWN_AFTER = 2     # URLs on a host failing at the network level before the rest are skipped
OFFLINE_AFTER = 6       # network-level failures with no HTTP answer at all: the machine is offline
USER_AGENT = "Mozilla/5.0 (compatible; landscape-link-check/1.0; +python-urllib)"
EXIT_OK, EXIT_BROKEN, EXIT_OFFLINE = 0, 1, 3


class Result(NamedTuple):
    url: str
    state: str          # "ok" | "redirected" | "unverified" (the site refuses robots) | "broken"
    detail: str         # "404 Not Found", "-> https://... (301)", "timed out", ...
    holders: tuple[str, ...]


# ----------------------------------------------------------------------------- what to check

def collect(ls) -> dict[str, list[str]]:
    """URL -> who holds it ("paper 'k' (cited by entry 'a')", "entry 'a' (learn)", "entry 'a' (source
    'official code')"), in data order."""
    cited_by: dict[str, list[str]] = {}
    for e in ls.entries:
        for key in e.papers:
            cited_by.setdefault(key, []).append(e.id)
    urls: dict[str, list[str]] = {}
    for p in ls.papers:
        who = ", ".join(f"'{i}'" for i in cited_by.get(p.key, []))
        urls.setdefault(p.url, []).append(f"paper '{p.key}'" + (f" (cited by entry {who})" if who else ""))
    for e in ls.entries:
        urls.setdefault(e.learn_url, []).append(f"entry '{e.id}' (learn)")
        for label, url in e.sources:
            urls.setdefault(url, []).append(f"entry '{e.id}' (source {label!r})")
    return urls


# ----------------------------------------------------------------------------- one URL

class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None         # surface 3xx as HTTPError: redirects are followed (and reported) by hand


_OPENER = urllib.request.build_opener(_NoRedirect)


class _NetworkError(Exception):
    """No HTTP answer at all (DNS, refused, unreachable, timed out)."""


def _request(url: str, method: str, timeout: float) -> tuple[int, str, str]:
    """(status, reason, Location) of one request; raises _NetworkError when nothing answers."""
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(req, timeout=timeout) as res:
            if method == "GET":
                res.read(1024)
            return res.status, res.reason, ""
    except urllib.error.HTTPError as err:
        return err.code, str(err.reason), err.headers.get("Location", "") if err.headers else ""
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, socket.gaierror):
            raise _NetworkError("host not found (DNS)") from None
        if isinstance(reason, TimeoutError):
            raise _NetworkError("timed out") from None
        raise _NetworkError(str(getattr(reason, "strerror", None) or reason)) from None
    except TimeoutError:
        raise _NetworkError("timed out") from None
    except (ConnectionError, OSError) as err:
        raise _NetworkError(err.strerror or type(err).__name__) from None
    except ValueError as err:         # a URL urllib cannot even request
        raise _NetworkError(f"invalid URL ({err})") from None


def _transient(status: int) -> bool:
    return status == 429 or status >= 500


def _attempt(url: str, timeout: float, retries: int, backoff: float) -> tuple[int, str, str]:
    """HEAD, then GET if HEAD is refused; retries transient failures with growing pauses."""
    for attempt in range(retries + 1):
        try:
            status, reason, location = _request(url, "HEAD", timeout)
            if status >= 400:
                status, reason, location = _request(url, "GET", timeout)
            if not _transient(status) or attempt == retries:
                return status, reason, location
        except _NetworkError as err:
            if str(err).startswith(("host not found", "invalid URL")) or attempt == retries:
                raise
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def check_url(url: str, timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = 0.5) -> tuple[str, str]:
    """(state, detail) for one URL, following up to MAX_HOPS redirects."""
    hops, current = [], url
    try:
        for _ in range(MAX_HOPS + 1):
            status, reason, location = _attempt(current, timeout, retries, backoff)
            if 300 <= status < 400 and location:
                hops.append(status)
                current = urllib.parse.urljoin(current, location)
                continue
            break
        else:
            return "broken", f"more than {MAX_HOPS} redirects"
    except _NetworkError as err:
        where = f" (after redirect to {current})" if hops else ""
        return "broken", f"{err}{where}"
    if status >= 400:
        state = "unverified" if status in (401, 403, 429) else "broken"
        detail = f"{status} {reason}" + (f" after redirect to {current}" if hops else "")
        return state, detail
    if hops:
        return "redirected", f"-> {current} ({hops[0]})"
    return "ok", f"{status}"


# ----------------------------------------------------------------------------- many URLs

def _host(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").lower()


def resolves(host: str) -> bool:
    try:
        socket.getaddrinfo(host, None)
        return True
    except (OSError, UnicodeError):
        return False


def any_host_resolves(hosts, timeout: float = 10.0, resolve=resolves, enough_failures: int = 12) -> bool:
    """True as soon as one host resolves; False once `enough_failures` hosts (or all) failed to resolve
    with none resolving, or none resolved within the timeout: the machine is offline. Daemon threads,
    not a pool: a lookup stuck in the system resolver must not hold up the exit."""
    import queue
    hosts = list(hosts)
    answers: queue.Queue = queue.Queue()
    for host in hosts:
        threading.Thread(target=lambda h=host: answers.put(resolve(h)), daemon=True).start()
    deadline = time.monotonic() + timeout
    failures = 0
    while failures < min(enough_failures, len(hosts)):
        try:
            if answers.get(timeout=max(0.0, deadline - time.monotonic())):
                return True
        except queue.Empty:
            return False
        failures += 1
    return False


def offline(answered: list[int]) -> bool:
    return answered[0] == 0 and answered[1] >= OFFLINE_AFTER


def check_all(urls: dict[str, list[str]], *, timeout: float = TIMEOUT, retries: int = RETRIES,
              per_host: int = PER_HOST, workers: int = WORKERS, backoff: float = 0.5,
              check=check_url) -> list[Result]:
    """Check every URL concurrently, at most per_host at a time per host; results in input order."""
    gates: dict[str, threading.Semaphore] = {}
    down: dict[str, int] = {}           # host -> URLs that failed at the network level
    answered = [0, 0]                   # [URLs with an HTTP answer, URLs failing at the network level]
    lock = threading.Lock()

    def one(url: str) -> Result:
        host = _host(url)
        with lock:
            gate = gates.setdefault(host, threading.Semaphore(per_host))
        with gate:
            if offline(answered):
                return Result(url, "offline", "not checked (no network)", tuple(urls[url]))
            if down.get(host, 0) >= HOST_DOWN_AFTER:
                return Result(url, "broken", "host unreachable (skipped after repeated failures)", tuple(urls[url]))
            state, detail = check(url, timeout, retries, backoff)
        no_answer = state == "broken" and not detail[:1].isdigit()
        with lock:
            answered[no_answer] += 1
            if no_answer:
                down[host] = down.get(host, 0) + 1
        return Result(url, state, detail, tuple(urls[url]))

    with cf.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, urls))


# ----------------------------------------------------------------------------- report

def summary(results: list[Result]) -> str:
    count = {s: sum(r.state == s for r in results) for s in ("ok", "redirected", "unverified", "broken")}
    parts = [f"{count['ok']} ok", f"{count['redirected']} redirected"]
    if count["unverified"]:
        parts.append(f"{count['unverified']} unverified")
    parts.append(f"{count['broken']} broken")
    return f"{len(results)} URLs: " + ", ".join(parts)


def report(results: list[Result], out=sys.stdout) -> None:
    for r in results:
        if r.state != "ok":
            print(f"{r.state:<10}  {r.url}  {r.detail}", file=out)
            for holder in r.holders:
                print(f"{'':<10}    in {holder}", file=out)


def main(ls, out=sys.stdout, **options) -> int:
    """Check a validated landscape's URLs; print each problem URL with its holders, then the summary."""
    urls = collect(ls)
    started = time.monotonic()
    hosts = sorted({_host(u) for u in urls})
    print(f"checking {len(urls)} URLs on {len(hosts)} hosts ...", file=out, flush=True)
    if not any_host_resolves(hosts):
        print(f"no network: host names do not resolve (DNS); {len(urls)} URLs not checked "
              f"({time.monotonic() - started:.1f} s)", file=out)
        return EXIT_OFFLINE
    results = check_all(urls, **options)
    if any(r.state == "offline" for r in results):
        print(f"no network: {OFFLINE_AFTER} URLs failed without any answer and none answered; "
              f"{len(urls)} URLs not checked", file=out)
        return EXIT_OFFLINE
    report(results, out)
    print(f"{summary(results)} ({time.monotonic() - started:.1f} s)", file=out)
    return EXIT_BROKEN if any(r.state == "broken" for r in results) else EXIT_OK
