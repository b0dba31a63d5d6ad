"""Real-browser harness: Debian's chromium driven by Playwright, MathJax served from npm for its CDN URL,
every other network request blocked and recorded, console/page errors and dialogs collected.

Helpers for tests (use these instead of fixed sleeps):
- settle(page): wait until the page is at rest: no finite CSS/Web/view-transition animation running, no map
  morph, the idle queue (LS.util.later) drained and MathJax (if requested) loaded, warmed up and done
  typesetting. Call it after a click or navigation whose transition a check depends on.
- wait_until(page, "js expression"): poll an expression until truthy (the CSP forbids wait_for_function).
- typeset_done(page): MathJax has finished with everything requested so far (settle() includes it).
- set_hash(page, "#?view=list"): change the fragment and return once the page's hashchange handler ran.
- storage_landed(page): wait until the browser holds what the page wrote to localStorage; call it before a
  reload or a new tab must find a write the page has just made. store(context, {key: value}) seeds
  localStorage before a page opens (never from an init script: see storage_landed); seen_in_tab(page, items)
  waits until a tab's own process reads them, before it opens the page.
- Every PageLog made by open_page/attach_logs is registered; conftest fails the test on a console error,
  page error or dialog in any of them (opt out: @pytest.mark.allows_page_errors).
"""
from __future__ import annotations

import json
import mimetypes
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Error

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gen_landscape  # noqa: E402

NODE_MODULES = Path(__file__).resolve().parent / "node_modules"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-quic"]
CDN = "https://cdn.jsdelivr.net/npm/"
# npm package name (with the version the CDN URL names) -> local folder
CDN_PACKAGES = {"mathjax": NODE_MODULES / "mathjax",
                "@mathjax/mathjax-newcm-font": NODE_MODULES / "@mathjax" / "mathjax-newcm-font"}


@dataclass
class PageLog:
    errors: list[str] = field(default_factory=list)       # console errors + page errors
    dialogs: list[str] = field(default_factory=list)      # alert/confirm/prompt: data ran as code
    blocked: list[str] = field(default_factory=list)      # unexpected network requests
    served: list[str] = field(default_factory=list)       # CDN requests answered locally
    keep: bool = False                                     # a shared page's log: stays registered in LOGS

    def clear(self) -> None:
        for seen in (self.errors, self.dialogs, self.blocked, self.served):
            seen.clear()


def local_cdn_file(url: str) -> Path | None:
    """https://cdn.jsdelivr.net/npm/<pkg>@<ver>/<path> -> node_modules/<pkg>/<path>."""
    if not url.startswith(CDN):
        return None
    rest = url[len(CDN):].split("?")[0]
    for pkg, folder in CDN_PACKAGES.items():
        if rest.startswith(pkg + "@"):
            path = rest.split("/", 2 if pkg.startswith("@") else 1)[-1]
            candidate = folder / path
            return candidate if candidate.is_file() else None
    return None


def route_network(context, log: PageLog, allow_cdn: bool = True) -> None:
    def handle(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")) or url.startswith("http://127.0.0.1"):
            return route.continue_()
        local = local_cdn_file(url) if allow_cdn else None
        if local:
            log.served.append(url)
            ctype = mimetypes.guess_type(str(local))[0] or "application/octet-stream"
            if local.suffix == ".js":
                ctype = "text/javascript"
            return route.fulfill(status=200, body=local.read_bytes(), content_type=ctype,
                                 headers={"access-control-allow-origin": "*"})
        if not (url.startswith(CDN) and not allow_cdn):
            log.blocked.append(url)
        return route.abort()
    context.route("**/*", handle)


# Every PageLog attached to a page, so the conftest can check each test's pages for errors.
LOGS: list[PageLog] = []


def attach_logs(page, log: PageLog) -> None:
    LOGS.append(log)
    page.on("console", lambda m: log.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))

    def on_dialog(d):
        log.dialogs.append(d.message)
        d.dismiss()
    page.on("dialog", on_dialog)


# Polls in the page (no round trip per poll), so it returns within ~10 ms of the state being ready.
POLL = """(async () => {{
  const t0 = performance.now();
  for (;;) {{
    const value = ({expression});
    if (value) return {{ value }};
    if (performance.now() - t0 > {slice_ms}) return null;
    await new Promise((r) => setTimeout(r, {interval_ms}));
  }}
}})()"""


def wait_until(page, expression: str, timeout: float = 10.0, interval: float = 0.01):
    """Wait until a JS expression is truthy and return its value. The expression is polled inside the page
    (wait_for_function evaluates strings, which the page's CSP forbids; page.evaluate goes through the
    debugger protocol and is allowed). A navigation during the wait is survived: the poll starts again."""
    deadline = time.monotonic() + timeout
    while True:
        left_ms = max(0, int((deadline - time.monotonic()) * 1000))
        try:
            found = page.evaluate(POLL.format(expression=expression, slice_ms=left_ms,
                                              interval_ms=int(interval * 1000)))
        except Error as e:
            if "context was destroyed" not in str(e) and "navigat" not in str(e):
                raise
            found = None                      # the page navigated mid-poll: ask the new document
        if found:
            return found["value"]
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for: {expression}")


# One evaluate: loops in the page until two rounds in a row find nothing moving (a round = the idle queue
# drained, then two frames). Infinite animations (spinners, canvases driven by requestAnimationFrame) never
# count: they are not transitions.
SETTLE = """async ([timeout, math]) => {
  const t0 = performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const hasLS = () => typeof LS !== 'undefined' && Boolean(LS.util && LS.math);   // LS is a const, not on window
  const idle = () => new Promise((r) => (hasLS() ? LS.util.later(() => r()) : r()));
  const mathRequested = () => math && Boolean(document.getElementById('mathjax-script'));
  const busy = () => {
    const moving = document.getAnimations().filter((a) => (a.playState === 'running' || a.pending)
      && a.effect && a.effect.getComputedTiming().endTime !== Infinity);
    if (moving.length) return 'animations';
    if (document.querySelector('.morphing')) return 'morph';
    if (mathRequested() && !(hasLS() && LS.math.ready())) return 'mathjax loading';
    if (math && document.querySelector('.math-out.pending, .math[data-typeset="pending"]')) return 'typesetting';
    return '';
  };
  let quiet = 0, why = '';
  while (quiet < 2) {
    if (performance.now() - t0 > timeout) throw new Error('page did not settle: ' + why);
    if (mathRequested() && hasLS() && LS.math.ready()) await MathJax.startup.promise;
    await idle();
    await frame();
    await frame();
    why = busy();
    quiet = why ? 0 : quiet + 1;
  }
  return true;
}"""


# A search or a tour lifts its works (and the lines between them) above the veil that dims the rest of the map.
LIFTED = "[...document.querySelectorAll('.map-focus .lit .star')].map((s) => s.dataset.of)"
VEILED = "getComputedStyle(document.querySelector('.map-focus')).display !== 'none'"


def lifted(page) -> set[str]:
    """The ids of the works drawn above the veil as a search's or a tour's works."""
    return set(page.evaluate(LIFTED))


def veiled(page) -> bool:
    return page.evaluate(VEILED)


def settle(page, timeout: float = 20.0, math: bool = True) -> None:
    """Wait until transitions, idle work and MathJax have settled (see SETTLE). math=False: don't wait for
    MathJax (a test that never looks at equations need not wait for it to load)."""
    page.evaluate(SETTLE, [timeout * 1000, math])


def typeset_done(page, timeout: float = 20.0) -> None:
    """MathJax loaded and no math block still pending (part of settle; cheaper when only math matters)."""
    wait_until(page, "Boolean(window.MathJax && LS.math.ready()) && !document.querySelector("
                     "'.math-out.pending, .math[data-typeset=\"pending\"]')", timeout)


# Resolves after the page's own hashchange handler ran (registered at start-up, so it runs first).
HASH_CHANGE = """(frag) => new Promise((done) => {
  if (location.hash === frag || (frag === '#' && !location.hash)) { done(); return; }
  addEventListener('hashchange', () => done(), { once: true });
  location.hash = frag; })"""


def set_hash(page, fragment: str) -> None:
    """Go to a fragment as a link would (a hashchange, no reload) and return once the page has handled it."""
    page.evaluate(HASH_CHANGE, fragment)


# A blank page of the file:// origin (Chromium gives every file:// URL one origin, and so one localStorage).
PROBE = Path(__file__).resolve().parent / "probe.html"
STORED = "JSON.stringify(Object.entries(localStorage).sort())"


def _probe(context, origin: str):
    probe = context.new_page()
    probe.goto(PROBE.as_uri() if origin == "file://" else origin + "/")
    return probe


def storage_landed(page, timeout: float = 10.0) -> None:
    """Return once another tab of the page's origin reads the page's localStorage as the page does. A write
    reaches the browser process asynchronously, and a reload may start in a new renderer process that reads the
    browser's copy. (Chromium can also drop a storage connection opened while a document is still parsed, init
    scripts included: the page then keeps its writes to itself, and this fails.)"""
    want = page.evaluate(STORED)
    probe = _probe(page.context, page.evaluate("location.origin"))
    try:
        deadline = time.monotonic() + timeout
        while probe.evaluate(STORED) != want:
            assert time.monotonic() < deadline, "the page's localStorage writes never reached the browser"
            time.sleep(0.01)
    finally:
        probe.close()


def store(context, items: dict, origin: str = "file://") -> None:
    """Put items in the origin's localStorage as the browser holds it, before a page of it opens: through a
    loaded tab, not an init script (a page's own init script writes while its document is parsed)."""
    probe = _probe(context, origin)
    try:
        probe.evaluate("(items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v))", items)
        storage_landed(probe)
    finally:
        probe.close()


def seen_in_tab(page, items: dict, timeout: float = 10.0) -> None:
    """Take the tab to a blank page of the file:// origin and wait until it reads items from localStorage:
    a write from another tab reaches a tab's renderer process (which may already hold a copy) only later.
    The tab's next page of that origin then starts from them."""
    page.goto(PROBE.as_uri())
    wait_until(page, f"Object.entries({json.dumps(items)}).every(([k, v]) => localStorage.getItem(k) === v)", timeout)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def context_options(*, dark=False, reduced=False, phone=False, bypass_csp=False) -> dict:
    """Playwright's new_context options for a desktop (1440x900) or phone (390x844 @2x, touch) reader."""
    opts = dict(color_scheme="dark" if dark else "light", reduced_motion="reduce" if reduced else "no-preference",
                accept_downloads=True, bypass_csp=bypass_csp)
    if phone:
        opts.update(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    else:
        opts.update(viewport={"width": 1440, "height": 900})
    return opts


def new_page(browser, *, allow_cdn=True, **options):
    """A new context with one page, its network routed and its log attached; returns (context, page, log)."""
    context = browser.new_context(**context_options(**options))
    log = PageLog()
    route_network(context, log, allow_cdn)
    page = context.new_page()
    attach_logs(page, log)
    return context, page, log


def load(page, url: str, wait_math: bool = False) -> None:
    """Navigate to url and return once the page is ready (and MathJax loaded, with wait_math)."""
    page.goto(url)
    wait_until(page, "document.body.dataset.ready === '1'")
    if wait_math:
        page.evaluate("LS.math.load()")       # MathJax loads on intent; tests that need it ask now
        wait_until(page, "Boolean(window.MathJax && MathJax.startup && MathJax.startup.promise)", timeout=20)
        page.evaluate("MathJax.startup.promise.then(() => true)")


def open_page(browser, url: str, *, wait_math=False, **options):
    """A new context+page at url; returns (context, page, log). options: dark, reduced, phone, allow_cdn,
    bypass_csp."""
    context, page, log = new_page(browser, **options)
    load(page, url, wait_math)
    return context, page, log


def mathjax_sri_of_npm_copy() -> str:
    import base64
    import hashlib
    data = (NODE_MODULES / "mathjax" / Path(gen_landscape.MATHJAX_URL).name).read_bytes()
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
