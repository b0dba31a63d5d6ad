"""Real-browser harness: Debian's chromium driven by Playwright, MathJax served from npm for its CDN URL,
every other network request blocked and recorded, console/page errors and dialogs collected."""
from __future__ import annotations

import mimetypes
import sys
from dataclasses import dataclass, field
from pathlib import Path

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


def attach_logs(page, log: PageLog) -> None:
    page.on("console", lambda m: log.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))

    def on_dialog(d):
        log.dialogs.append(d.message)
        d.dismiss()
    page.on("dialog", on_dialog)


def wait_until(page, expression: str, timeout: float = 10.0, interval: float = 0.05):
    """Poll a JS expression until truthy. (wait_for_function evaluates strings, which the page's CSP
    forbids; page.evaluate goes through the debugger protocol and is allowed.)"""
    import time
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for: {expression}")
        page.wait_for_timeout(interval * 1000)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def open_page(browser, url: str, *, dark=False, reduced=False, phone=False, allow_cdn=True, wait_math=False,
              bypass_csp=False):
    """A new context+page at url; returns (context, page, log)."""
    opts = dict(color_scheme="dark" if dark else "light", reduced_motion="reduce" if reduced else "no-preference",
                accept_downloads=True, bypass_csp=bypass_csp)
    if phone:
        opts.update(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    else:
        opts.update(viewport={"width": 1440, "height": 900})
    context = browser.new_context(**opts)
    log = PageLog()
    route_network(context, log, allow_cdn)
    page = context.new_page()
    attach_logs(page, log)
    page.goto(url)
    wait_until(page, "document.body.dataset.ready === '1'")
    if wait_math:
        page.evaluate("LS.math.load()")       # MathJax loads on intent; tests that need it ask now
        wait_until(page, "Boolean(window.MathJax && MathJax.startup && MathJax.startup.promise)", timeout=20)
        page.evaluate("MathJax.startup.promise.then(() => true)")
    return context, page, log


def mathjax_sri_of_npm_copy() -> str:
    import base64
    import hashlib
    data = (NODE_MODULES / "mathjax" / Path(gen_landscape.MATHJAX_URL).name).read_bytes()
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
