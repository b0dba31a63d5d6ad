"""Live preview for a landscape page: `--serve [--port N]`. Standard library only, generic.

Serves the page on 127.0.0.1, polls the watched files' mtimes, and on a change rebuilds the page in
a FRESH PROCESS (so edited engine files and data modules are picked up; nothing is cached), keeping
the page in memory only: serving never writes the page file. As in mkdocs' livereload, an epoch
advances only after a good build, and the open page long-polls `/livereload/<status>`: a newer epoch
makes it reload itself (the URL fragment keeps the open panel and view); a failed build leaves the
last good page up and the page overlays the problems, exactly as the CLI prints them. The server
never dies on bad data; Ctrl-C stops it.
"""
from __future__ import annotations

import contextlib
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time

WATCH_SUFFIXES = (".py", ".js", ".css", ".html")
POLL_SECONDS = 0.05         # how often mtimes are compared (a snapshot stats ~70 files: well under 1 ms)
SETTLE_SECONDS = 0.05       # an editor's save may touch several files: wait until they are quiet
LONG_POLL_SECONDS = 20.0    # a /livereload request answers at the latest after this
BUILD_TIMEOUT = 120.0


def say(message: str) -> None:
    print(message, flush=True)


class BuildState:
    """The last good page and the current problems; waiters wake on every build outcome."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.epoch = 0              # advances only after a good build
        self.status = 0             # advances after every build, good or bad
        self.page: bytes | None = None
        self.problems: list[str] = []
        self.stopped = False

    def good(self, epoch: int, page: bytes) -> None:
        with self.cond:
            self.epoch, self.page, self.problems = epoch, page, []
            self.status += 1
            self.cond.notify_all()

    def bad(self, problems: list[str]) -> None:
        with self.cond:
            self.problems = problems
            self.status += 1
            self.cond.notify_all()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify_all()

    def wait_for_news(self, seen: int, timeout: float) -> dict:
        """Block until the status differs from `seen` (or timeout); return what the page needs."""
        with self.cond:
            self.cond.wait_for(lambda: self.status != seen or self.stopped, timeout)
            return {"epoch": self.epoch, "status": self.status, "problems": list(self.problems)}


# ----------------------------------------------------------------------------- building

def problems_from_stderr(stderr: str, returncode: int) -> list[str]:
    """The CLI's problem lines ("  entry 'x': field 'y' ..."), or the tail of a crash's traceback as ONE
    problem: its lines (a SyntaxError's source line and caret) belong together, shown as one block."""
    lines = stderr.splitlines()
    listed = [line[2:] for line in lines if line.startswith("  ") and returncode == 2]
    if listed:
        return listed
    tail = [line for line in lines if line.strip()][-12:]
    return ["\n".join([f"the build failed (exit status {returncode}):"] + tail)]


def precompile(paths: list[str], skip: str = "") -> None:
    """Bytecode for the watched modules, checked against each source's hash (not its mtime: two saves
    within a second that keep the size would fool an mtime check), so a fresh build process skips
    compiling what did not change and still recompiles anything edited. `skip`: the script run as
    __main__, which Python never reads from a cache. A file that does not compile is left to the build,
    which reports it."""
    import importlib.util
    import py_compile
    skip = os.path.abspath(skip) if skip else ""
    for path in paths:
        if not path.endswith(".py") or os.path.abspath(path) == skip:
            continue
        with contextlib.suppress(py_compile.PyCompileError, OSError, ValueError):
            py_compile.compile(path, cfile=importlib.util.cache_from_source(path), doraise=True, quiet=2,
                               invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


def build_in_fresh_process(command: list[str], epoch: int) -> tuple[bytes | None, list[str]]:
    """Run `command + [epoch]`, which prints the served page on stdout: (page, []) or (None, problems)."""
    try:
        res = subprocess.run(command + [str(epoch)], capture_output=True, timeout=BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, [f"the build took longer than {BUILD_TIMEOUT:.0f} s and was stopped"]
    except OSError as err:
        return None, [f"the build could not start: {err}"]
    if res.returncode == 0 and res.stdout.startswith(b"<!doctype html>"):
        return res.stdout, []
    return None, problems_from_stderr(res.stderr.decode("utf-8", "replace"), res.returncode)


# ----------------------------------------------------------------------------- watching

def snapshot(folders: list[str], files: list[str] = ()) -> dict[str, int]:
    """mtime (ns) of every watched file: the given files and the source files directly in each folder."""
    paths = list(files)
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        paths += [os.path.join(folder, n) for n in names if n.endswith(WATCH_SUFFIXES) and not n.startswith(".")]
    stamps = {}
    for path in paths:
        with contextlib.suppress(OSError):      # deleted between listing and stat (an editor's atomic save)
            stamps[path] = os.stat(path).st_mtime_ns
    return stamps


def changed_files(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))


class Rebuilder(threading.Thread):
    """Polls mtimes; after a change has settled, rebuilds and publishes the outcome."""

    def __init__(self, state: BuildState, command: list[str], folders: list[str], log=say) -> None:
        super().__init__(daemon=True, name="landscape-rebuilder")
        self.state, self.command, self.folders, self.log = state, command, folders, log
        self.halt = threading.Event()
        self.stamps = snapshot(folders)
        self.script = command[1] if len(command) > 1 else ""     # [python, script, args...]
        precompile(list(self.stamps), self.script)

    def build_once(self) -> bool:
        started = time.perf_counter()
        epoch = self.state.epoch + 1
        page, problems = build_in_fresh_process(self.command, epoch)
        ms = (time.perf_counter() - started) * 1000
        if page is not None:
            self.state.good(epoch, page)
            self.log(f"built in {ms:.0f} ms (epoch {epoch}, {len(page) // 1024} KB)")
            return True
        self.state.bad(problems)
        self.log(f"error: {len(problems)} problem(s); the last good page stays up")
        for line in problems:
            self.log(f"  {line}")
        return False

    def run(self) -> None:
        while not self.halt.wait(POLL_SECONDS):
            now = snapshot(self.folders)
            if now == self.stamps:
                continue
            while not self.halt.wait(SETTLE_SECONDS):
                settled = snapshot(self.folders)
                if settled == now:
                    break
                now = settled
            changed = changed_files(self.stamps, now)
            self.log("changed: " + ", ".join(os.path.relpath(p) for p in changed))
            self.stamps = now
            precompile(changed, self.script)
            self.build_once()


# ----------------------------------------------------------------------------- serving

ERROR_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1">
<title>Build failed</title></head><body style="font:14px/1.5 monospace;background:#7f1d1d;color:#fff;padding:1em">
<h1 style="font-size:18px">error: {n} problem(s) in the data; no good build yet (this page retries)</h1>
<ul style="white-space:pre-wrap">{items}</ul></body></html>"""


def error_page(problems: list[str]) -> bytes:
    from html import escape
    items = "".join(f"<li>{escape(p)}</li>" for p in problems)
    return ERROR_PAGE.format(n=len(problems), items=items).encode("utf-8")


def make_handler(state: BuildState, page_name: str):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path in ("/", "/" + page_name):
                if state.page is not None:
                    self.send(200, state.page, "text/html; charset=utf-8")
                else:
                    self.send(503, error_page(state.problems), "text/html; charset=utf-8",
                              {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})
            elif path.startswith("/livereload/"):
                seen = path.rsplit("/", 1)[1]
                news = state.wait_for_news(int(seen) if seen.lstrip("-").isdigit() else -1, LONG_POLL_SECONDS)
                self.send(200, json.dumps(news).encode("utf-8"), "application/json")
            else:
                self.send(404, b"not found\n", "text/plain; charset=utf-8")

        do_HEAD = do_GET

        def log_message(self, *args) -> None:     # quiet: the rebuilder reports what matters
            pass

    return Handler


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True       # long polls must not keep the process alive after Ctrl-C
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        """A reader closing or reloading the tab drops its long poll: not worth a traceback."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def serve(command: list[str], folders: list[str], page_name: str, port: int = 8000, log=say) -> int:
    """Build once, serve on 127.0.0.1:port, rebuild on change until Ctrl-C. Returns the exit status."""
    state = BuildState()
    try:
        server = PreviewServer(("127.0.0.1", port), make_handler(state, page_name))
    except OSError as err:
        log(f"error: cannot listen on 127.0.0.1:{port} ({err.strerror}); choose another with --port N")
        return 1
    rebuilder = Rebuilder(state, command, folders, log)
    # Ctrl-C stops the server even when it was started with SIGINT ignored (as a shell's background job is).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        rebuilder.build_once()
        rebuilder.start()
        log(f"serving http://127.0.0.1:{server.server_address[1]}/ (watching {len(rebuilder.stamps)} files; "
            "Ctrl-C stops)")
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        rebuilder.halt.set()
        state.stop()
        server.server_close()
    log("stopped")
    return 0
