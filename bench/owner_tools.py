"""Figures for the owner's tools (bench.py calls figures()): --serve edit-to-reload and break-to-overlay
latency in headless Chromium on a temporary copy of the project, the fresh-process build time, the
BibTeX import time, and how long --check-links takes to say there is no network (when there is none)."""
from __future__ import annotations

import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = 'name="Dreamer v1–v3",'
BROKEN = ('family="Latent",\n        anim="dream",', 'family="Latnt",\n        anim="dream",')


def _copy(tmp: Path) -> Path:
    proj = tmp / "proj"
    shutil.copytree(ROOT, proj, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", ".git", "out", "tests", "docs", "bench", "__pycache__", ".*cache*"))
    return proj


def _edit(path: Path, old: str, new: str) -> float:
    """Save the edit; returns the wall-clock time (s) of the save, comparable with the page's own clock."""
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return time.time()


def _reloaded(page, timeout: float = 30.0) -> tuple[float, float]:
    """Wait for the reloaded page to finish its start-up and idle-time work. Returns, by the page's own
    clock (wall-clock seconds), when its map was interactive (LS.readyAt) and when its first contentful
    paint was. The idle-time work (search index, warm-ups) ends about a second later while the open
    panel's animation runs; the reader has the page before that, so it is not what is measured."""
    from playwright.sync_api import Error
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if page.evaluate("!window.stale && document.body.dataset.ready === '1'"):
                page.evaluate("window.stale = true")
                origin, ready, paint = page.evaluate(
                    "[performance.timeOrigin, LS.readyAt, "
                    "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? LS.readyAt]")
                return (origin + ready) / 1000, (origin + paint) / 1000
        except Error:
            pass
        page.wait_for_timeout(10)
    raise TimeoutError("no reload")


def serve_figures(rounds: int = 5) -> None:
    import browser as B
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as tmp:
        proj = _copy(Path(tmp))
        data = proj / "gen_worldmodel.py"
        proc = subprocess.Popen([sys.executable, "gen_worldmodel.py", "--serve", "--port", "0"], cwd=proj,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        url = next(line.split()[1] for line in proc.stdout if line.startswith("serving "))
        reload_s, painted_s, overlay_s = [], [], []
        try:
            with sync_playwright() as pw:
                br = B.launch(pw)
                ctx, page, _ = B.open_page(br, url + "#dreamer")
                page.evaluate("window.stale = true")
                current = NAME
                for i in range(rounds):
                    new = f'name="Dreamer edit {i}",'
                    t0 = _edit(data, current, new)
                    current = new
                    interactive, painted = _reloaded(page)
                    reload_s.append(interactive - t0)
                    painted_s.append(painted - t0)
                    t0 = _edit(data, *BROKEN)
                    page.wait_for_selector("#live-problems", timeout=30000)
                    overlay_s.append(time.time() - t0)
                    _edit(data, BROKEN[1], BROKEN[0])
                    _reloaded(page)
                br.close()
        finally:
            proc.send_signal(signal.SIGINT)
            out = proc.communicate(timeout=20)[0]
    builds = [int(line.split()[2]) for line in out.splitlines() if line.startswith("built in")]
    median = statistics.median(reload_s)
    print(f"serve: file saved -> reloaded page interactive, median of {rounds}: {median * 1000:.0f} ms "
          f"(target <= 500 ms) {'ok' if median <= 0.5 else 'OVER'} (min {min(reload_s) * 1000:.0f}, "
          f"max {max(reload_s) * 1000:.0f}); first contentful paint of the reloaded page: median "
          f"{statistics.median(painted_s) * 1000:.0f} ms; "
          f"bad data -> overlay median {statistics.median(overlay_s) * 1000:.0f} ms; fresh-process build median "
          f"{statistics.median(builds)} ms")


def bibtex_figures() -> None:
    import landscape_bibtex
    import my_papers
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.bib")))
    text = "\n".join([text] * 20)          # a few hundred entries, as a big reference-manager export
    t0 = time.perf_counter()
    records, skipped, problems = landscape_bibtex.convert(text, my_papers.PAPERS)
    ms = (time.perf_counter() - t0) * 1000
    print(f"import-bibtex: {len(records) + len(skipped) + len(problems)} entries in {ms:.0f} ms")


def links_offline_figures() -> None:
    try:
        socket.getaddrinfo("arxiv.org", 443)
        print("check-links offline: skipped (this machine has a network)")
        return
    except OSError:
        pass
    t0 = time.monotonic()
    res = subprocess.run([sys.executable, "gen_worldmodel.py", "--check-links"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    print(f"check-links offline: exit {res.returncode} after {time.monotonic() - t0:.2f} s "
          f"({res.stdout.strip().splitlines()[-1]})")


def figures() -> None:
    serve_figures()
    bibtex_figures()
    links_offline_figures()
