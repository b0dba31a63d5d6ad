"""Costs as the map grows (bench.py calls figures()): the real data cloned 10x and 20x with its edges.

Prints each figure against its target (issue: costs that grow with the work). Build times are medians in
this process; browser figures come from one Chromium, real page and 20x page in the same run, so ratios
compare like with like on a shared machine.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import browser as B  # noqa: E402
from synthetic import cloned  # noqa: E402

import bench as base  # noqa: E402
import gen_landscape  # noqa: E402
import gen_worldmodel  # noqa: E402

# The long tasks from now on in window.__lt (one observer per page, however often a figure asks).
LONG_TASKS = """() => { window.__lt = []; if (window.__ltSeen) return; window.__ltSeen = true;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(e.duration); })
    .observe({ type: 'longtask' }); }"""
# Long tasks that start while MathJax typesets a panel's equation (its own task, queued by the page) are told
# apart from the page's own work in the open figure: window.__mj gets their lengths.
MATHJAX_TASKS = """() => { window.__mj = []; window.__typesets = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) {
    const during = ([a, b]) => e.startTime >= a - 1 && e.startTime <= (b || Infinity);
    if (window.__typesets.some(during)) window.__mj.push(e.duration);
  } }).observe({ type: 'longtask' });
  const run = MathJax.typesetPromise;
  MathJax.typesetPromise = function (...args) {
    const span = [performance.now(), 0];
    window.__typesets.push(span);
    return run.apply(this, args).finally(() => { span[1] = performance.now(); });
  }; }"""


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def build_figures(repeat: int = 3) -> dict[int, str]:
    """Build time of the real data at 1x, 10x and 20x; returns the 20x page."""
    real = gen_worldmodel.spec()
    times, pages = {}, {}
    for k in (1, 10, 20):
        spec = cloned(real, k)
        times[k] = base.median_time(lambda spec=spec: gen_landscape.build(spec), repeat)
        pages[k] = gen_landscape.build(spec)[0]
        n = len(spec["entries"])
        print(f"build {k:>2}x ({n} works): {times[k] * 1000:6.0f} ms ({times[k] / n * 1e6:.0f} us/work)")
    ratio = times[20] / times[10]
    print(f"build 20x: {times[20]:.2f} s (target <= 1.5 s) {verdict(times[20] <= 1.5)}; "
          f"10x -> 20x grows {ratio:.2f}x (target <= 2.3x) {verdict(ratio <= 2.3)}")
    return pages


def _star_centre(page, entry_id: str) -> tuple[float, float]:
    page.evaluate(f"LS.map.fitTo(['{entry_id}'])")
    page.wait_for_timeout(200)
    box = page.locator(f'#map .star[data-id="{entry_id}"] circle.core').bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def focus_and_open_figures(page, ids: list[str]) -> str:
    """Entering and leaving focus (pointer on, pointer off) and a panel's first open and close (pointer on a
    star, then a click). MathJax is loaded and warmed first, but the first typeset of each work's equation
    runs in the measured window (bench.py reports MathJax's own tasks apart)."""
    page.evaluate("LS.math.load()")
    B.wait_until(page, "Boolean(window.MathJax && MathJax.startup && MathJax.startup.promise)", timeout=30)
    page.wait_for_timeout(1500)
    page.evaluate(LONG_TASKS)
    page.evaluate(MATHJAX_TASKS)
    worst = {"focus": [], "open": [], "close": []}
    for entry_id in ids:
        x, y = _star_centre(page, entry_id)
        page.evaluate("window.__lt = []")
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.move(x + 300, y + 300)
        page.wait_for_timeout(300)
        worst["focus"].append(max(page.evaluate("window.__lt"), default=0))
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.evaluate("window.__lt = []")
        page.mouse.click(x, y)
        page.wait_for_timeout(900)
        worst["open"].append(max(page.evaluate("window.__lt"), default=0))
        page.evaluate("window.__lt = []")
        page.keyboard.press("Escape")
        page.wait_for_timeout(900)
        worst["close"].append(max(page.evaluate("window.__lt"), default=0))
    mathjax = page.evaluate("window.__mj")
    said = "; ".join(f"{k}: longest task {max(v):.0f} ms (target <= 50) {verdict(max(v) <= 50)}"
                     for k, v in worst.items())
    typesets = ", ".join(f"{t:.0f} ms" for t in mathjax) or "none"
    return said + f" (of the opens' long tasks, MathJax's typesets of the works' equations: {typesets})"


SEARCHES = ("d", "dr", "dre", "drea", "dream", "dreamer", "dreamerv3", "jepa", "2024", "muzeor", "zzz")


# The frame after the smallest change outside the map (the sidebar's count, same width): what a page this size
# pays for any change at all (style, paint and layerisation walk every star), before a keystroke's own work.
FLOOR_FRAME = """() => new Promise((done) => requestAnimationFrame(() => {
  const count = document.getElementById('shown-count'), t0 = performance.now();
  count.textContent = count.textContent === '1' ? '2' : '1';
  requestAnimationFrame(() => done(performance.now() - t0)); }))"""


def search_figure(page) -> str:
    """Each query as one keystroke, twice: its script with the restyle and layout it causes (forced at once),
    then, typed as a reader types it, its long tasks up to and with the next frame (paint included)."""
    times = []
    for q in SEARCHES:           # a keystroke: the box's input event (its URL write waits for the keys to pause)
        times.append(page.evaluate("(q) => { const box = document.getElementById('search-input'); box.value = q; "
                                   "const t0 = performance.now(); "
                                   "box.dispatchEvent(new Event('input', { bubbles: true })); "
                                   "document.getElementById('map').getBoundingClientRect(); "
                                   "return performance.now() - t0; }", q))
    page.evaluate("LS.app.setQuery('')")
    page.wait_for_timeout(300)
    page.evaluate(LONG_TASKS)
    framed = []
    for q in SEARCHES + ("",):
        page.evaluate("window.__lt = []")
        page.evaluate("(q) => { const box = document.getElementById('search-input'); box.value = q; "
                      "box.dispatchEvent(new Event('input', { bubbles: true })); }", q)
        page.wait_for_timeout(250)
        framed.append(max(page.evaluate("window.__lt"), default=0))
    floor = statistics.median(page.evaluate(FLOOR_FRAME) for _ in range(5))
    over = [t for t in framed if t > 50]
    return (f"search keystroke (script + restyle) median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
            f"(target <= 50) {verdict(max(times) <= 50)}; with its frame: {len(over)} of {len(framed)} keystrokes "
            f"had a task over 50 ms" + (f" (longest {max(over):.0f} ms)" if over else "")
            + f" {verdict(not over)}; any change outside the map (the sidebar's count) costs a frame of "
            f"{floor:.0f} ms here")


def browser_figures(paths: dict[str, Path]) -> None:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        br = B.launch(pw)
        for label, path in paths.items():
            ctx, page, _ = B.open_page(br, path.as_uri())
            n = page.evaluate("LS.data.entries.length")
            print(f"{label} ({n} works): {base.pan_and_zoom_figures(page)} (target p95 <= 20 ms)")
            print(f"{label} ({n} works): {base.morph_figures(page)} (target <= 50 ms)")
            print(f"{label} ({n} works): {search_figure(page)}")
            print(f"{label} ({n} works): {focus_and_open_figures(page, ['dreamer', 'genie3', 'vjepa2', 'gaia1'])}")
            ctx.close()
        br.close()


def figures(tmp: Path) -> None:
    pages = build_figures()
    big = tmp / "scale20.html"
    big.write_text(pages[20], encoding="utf-8")
    browser_figures({"real page": ROOT / "robot_worldmodel.html", "20x page": big})


if __name__ == "__main__":
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        figures(Path(folder))
