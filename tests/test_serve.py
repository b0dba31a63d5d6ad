"""Live preview (`--serve`): unit tests of its parts, and the whole loop in a real browser on a temporary
copy of the project (edit the data, break it, fix it, edit the engine, Ctrl-C)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import browser as B
import pytest
from conftest import OUT, ROOT, shot

import landscape_serve as S

# ----------------------------------------------------------------------------- units


def test_epoch_advances_only_after_a_good_build():
    st = S.BuildState()
    st.good(1, b"<!doctype html>one")
    st.bad(["entry 'x': field 'family' names unknown family 'Nope'"])
    assert (st.epoch, st.status, st.page) == (1, 2, b"<!doctype html>one")
    st.good(2, b"<!doctype html>two")
    assert (st.epoch, st.status, st.problems) == (2, 3, [])


def test_long_poll_wakes_on_news_and_times_out_without():
    st = S.BuildState()
    started = time.monotonic()
    assert st.wait_for_news(0, 0.2) == {"epoch": 0, "status": 0, "problems": []}
    assert time.monotonic() - started >= 0.19
    threading.Timer(0.1, st.bad, (["p"],)).start()
    started = time.monotonic()
    assert st.wait_for_news(0, 5)["problems"] == ["p"]
    assert time.monotonic() - started < 2


def test_problems_are_the_cli_lines_or_a_crash_tail():
    stderr = "error: 2 problem(s) in the data; nothing written\n  entry 'a': field 'x' is empty\n  edge a -> b: x\n"
    assert S.problems_from_stderr(stderr, 2) == ["entry 'a': field 'x' is empty", "edge a -> b: x"]
    crash = "Traceback (most recent call last):\n  File \"gen.py\", line 3\nSyntaxError: invalid syntax\n"
    problems = S.problems_from_stderr(crash, 1)
    # One readable block, not a bullet per traceback line.
    assert problems == ["the build failed (exit status 1):\nTraceback (most recent call last):\n"
                        "  File \"gen.py\", line 3\nSyntaxError: invalid syntax"]


def test_build_runs_in_a_fresh_process(tmp_path):
    script = tmp_path / "b.py"
    script.write_text("import sys\nprint('<!doctype html>epoch ' + sys.argv[1], end='')\n")
    page, problems = S.build_in_fresh_process([sys.executable, str(script)], 5)
    assert (page, problems) == (b"<!doctype html>epoch 5", [])
    script.write_text("import sys\nprint('error: 1 problem(s)\\n  entry \\'a\\': field \\'b\\' is empty', "
                      "file=sys.stderr)\nsys.exit(2)\n")
    assert S.build_in_fresh_process([sys.executable, str(script)], 6) == (None, ["entry 'a': field 'b' is empty"])


def _value_seen_by_a_fresh_process(folder) -> str:
    return subprocess.run([sys.executable, "-c", "import m; print(m.VALUE)"], cwd=folder, capture_output=True,
                          text=True, check=True).stdout.strip()


def _edit_keeping_size_and_mtime(path, old: str, new: str) -> None:
    stat = os.stat(path)
    path.write_text(path.read_text().replace(old, new))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


@pytest.mark.parametrize("mode", ["timestamp", "precompile"])
def test_precompiled_modules_still_see_an_edit_that_keeps_size_and_mtime(tmp_path, mode):
    """The build process reads the watched modules' bytecode from precompile(), checked by source hash: an
    edit within the same second that keeps the file's size is still seen. (Python's default, mtime-checked
    bytecode would serve the old module: the 'timestamp' case shows the trap.)"""
    import importlib.util
    import py_compile
    module = tmp_path / "m.py"
    module.write_text('VALUE = "aaaa"\n')
    if mode == "timestamp":
        py_compile.compile(str(module), cfile=importlib.util.cache_from_source(str(module)), doraise=True)
    else:
        S.precompile([str(module), str(tmp_path / "script.py")], skip=str(tmp_path / "script.py"))
    assert os.path.exists(importlib.util.cache_from_source(str(module)))
    assert _value_seen_by_a_fresh_process(tmp_path) == "aaaa"
    _edit_keeping_size_and_mtime(module, "aaaa", "bbbb")
    assert _value_seen_by_a_fresh_process(tmp_path) == ("aaaa" if mode == "timestamp" else "bbbb")


def test_precompile_skips_the_script_and_files_that_do_not_compile(tmp_path):
    import importlib.util
    (tmp_path / "script.py").write_text("X = 1\n")
    (tmp_path / "broken.py").write_text("def (:\n")
    S.precompile([str(tmp_path / "script.py"), str(tmp_path / "broken.py"), str(tmp_path / "gone.py")],
                 skip=str(tmp_path / "script.py"))
    for name in ("script.py", "broken.py"):
        assert not os.path.exists(importlib.util.cache_from_source(str(tmp_path / name))), name


def test_snapshot_sees_edits_new_and_deleted_files_but_not_hidden_or_other_files(tmp_path):
    (tmp_path / "a.py").write_text("1")
    (tmp_path / "notes.txt").write_text("x")
    before = S.snapshot([str(tmp_path)])
    assert [p.rsplit("/", 1)[1] for p in before] == ["a.py"]
    (tmp_path / "a.py").write_text("2")
    later = next(iter(before.values())) + 1_000_000_000      # an edit a second after the snapshot, whatever
    os.utime(tmp_path / "a.py", ns=(later, later))             # the file system's clock granularity
    (tmp_path / "b.js").write_text("")
    (tmp_path / ".a.py.swp").write_text("")
    after = S.snapshot([str(tmp_path)])
    assert [p.rsplit("/", 1)[1] for p in S.changed_files(before, after)] == ["a.py", "b.js"]
    (tmp_path / "b.js").unlink()
    assert [p.rsplit("/", 1)[1] for p in S.changed_files(after, S.snapshot([str(tmp_path)]))] == ["b.js"]


def test_watched_folders_cover_data_engine_assets_and_animations(real_spec):
    import gen_landscape as G
    folders = G.watched_folders(real_spec, str(ROOT / "gen_worldmodel.py"))
    assert set(folders) == {str(ROOT), str(ROOT / "landscape"), str(ROOT / "worldmodel_anims")}


def test_a_busy_port_is_reported_not_raised():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        lines = []
        assert S.serve(["true"], [], "x.html", port=s.getsockname()[1], log=lines.append) == 1
    assert "cannot listen on 127.0.0.1:" in lines[0] and "--port N" in lines[0]


# ----------------------------------------------------------------------------- the whole loop

def project_copy(tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(ROOT, proj, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", ".git", "out", "tests", "docs", "bench", "__pycache__", ".*cache*"))
    return proj


def start_server(proj):
    proc = subprocess.Popen([sys.executable, "gen_worldmodel.py", "--serve", "--port", "0"], cwd=proj,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if line.startswith("serving "):
            return proc, line.split()[1], lines
    proc.kill()
    raise AssertionError("server did not start: " + "".join(lines))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edit(path, old: str, new: str) -> float:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return time.monotonic()


def wait_reloaded(page, timeout=20.0):
    """The page set window.stale before the edit: a reload clears it."""
    from playwright.sync_api import Error
    deadline = time.monotonic() + timeout
    while True:
        try:
            if page.evaluate("!window.stale && document.body.dataset.ready === '1'"):
                break
        except Error:
            pass                    # the evaluation raced the navigation: ask again
        assert time.monotonic() < deadline, "the page did not reload"
        page.wait_for_timeout(20)
    page.evaluate("window.stale = true")


def test_broken_from_the_start_serves_the_problems_then_the_page(tmp_path):
    """No good build yet: an error page (no script, refreshes itself) lists the problems; fixing serves the page."""
    proj = project_copy(tmp_path)
    data = proj / "gen_worldmodel.py"
    edit(data, 'family="Latent",\n        anim="dream",', 'family="Latnt",\n        anim="dream",')
    proc, url, lines = start_server(proj)
    try:
        assert any("entry 'dreamer': field 'family' names unknown family 'Latnt'" in line for line in lines)
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url, timeout=5)
        body = err.value.read().decode()
        assert err.value.code == 503 and "<script" not in body and 'http-equiv="refresh"' in body
        assert "entry &#x27;dreamer&#x27;: field &#x27;family&#x27; names unknown family &#x27;Latnt&#x27;" in body
        assert "default-src 'none'" in err.value.headers["Content-Security-Policy"]
        edit(data, 'family="Latnt",', 'family="Latent",')
        status = json.load(urllib.request.urlopen(url + "livereload/1", timeout=25))
        assert status == {"epoch": 1, "status": 2, "problems": []}
        page = urllib.request.urlopen(url, timeout=5).read().decode()
        assert page.startswith("<!doctype html>") and 'data-epoch="1"' in page
        assert urllib.request.urlopen(url + "robot_worldmodel.html", timeout=5).status == 200
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url + "gen_worldmodel.py", timeout=5)      # serves the page only, no files
        assert err.value.code == 404
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    assert proc.returncode == 0


@pytest.mark.browser
def test_serve_rebuilds_reloads_keeps_state_and_overlays_bad_data(browser, tmp_path):
    proj = project_copy(tmp_path)
    committed = digest(proj / "robot_worldmodel.html")
    files_before = sorted(p.name for p in proj.iterdir() if p.name != "__pycache__")
    data = proj / "gen_worldmodel.py"
    proc, url, _ = start_server(proj)
    figures = {}
    try:
        assert url.startswith("http://127.0.0.1:")
        ctx, page, log = B.open_page(browser, url + "#dreamer?view=list")
        try:
            page.wait_for_selector('#panel[data-id="dreamer"]')
            page.evaluate("window.stale = true")

            # 1. edit the data: the page reloads itself with the panel and view kept
            t0 = edit(data, 'name="Dreamer v1–v3",', 'name="Dreamer (edited live)",')
            wait_reloaded(page)
            figures["edit_to_reload_s"] = round(time.monotonic() - t0, 2)
            assert page.inner_text("#panel-title") == "Dreamer (edited live)"
            assert page.get_attribute('#panel', "data-id") == "dreamer"
            assert page.evaluate("LS.state.view") == "list"
            assert page.locator("#entry-table tbody tr").count() > 50

            # 2. break it: the last good page stays, overlaid with the CLI's own problem lines
            t0 = edit(data, 'family="Latent",\n        anim="dream",', 'family="Latnt",\n        anim="dream",')
            page.wait_for_selector("#live-problems", timeout=20000)
            figures["break_to_overlay_s"] = round(time.monotonic() - t0, 2)
            overlay = page.inner_text("#live-problems")
            assert "entry 'dreamer': field 'family' names unknown family 'Latnt'" in overlay
            assert page.evaluate("window.stale") is True          # not reloaded onto a broken page
            shot(page, "serve-overlay")
            cli = subprocess.run([sys.executable, "gen_worldmodel.py", "--check"], cwd=proj, capture_output=True,
                                 text=True)
            for line in cli.stderr.splitlines()[1:]:
                assert line.strip() in overlay                     # exactly as the CLI names them

            # 3. fix it: reload, overlay gone, state kept
            edit(data, 'family="Latnt",', 'family="Latent",')
            wait_reloaded(page)
            assert page.locator("#live-problems").count() == 0
            assert page.get_attribute('#panel', "data-id") == "dreamer"

            # 4. edit the engine: the fresh build process picks it up
            edit(proj / "gen_landscape.py", '"TITLE": escape_text(ls.title),', '"TITLE": escape_text(ls.title + " ~"),')
            wait_reloaded(page)
            assert page.title().endswith(" ~")

            # 5. a crash in a data module (syntax error) is shown too, and the server lives on
            edit(data, 'short="Dreamer v1–3",', 'short="Dreamer v1–3",,')
            page.wait_for_selector("#live-problems")
            assert "SyntaxError" in page.inner_text("#live-problems")
            edit(data, 'short="Dreamer v1–3",,', 'short="Dreamer v1–3",')
            wait_reloaded(page)
            assert log.errors == [] and log.blocked == []
        finally:
            ctx.close()
        status = json.load(urllib.request.urlopen(url + "livereload/-1", timeout=5))
        assert status["epoch"] == 5 and status["problems"] == []
    finally:
        proc.send_signal(signal.SIGINT)
        t0 = time.monotonic()
        out, _ = proc.communicate(timeout=30)
        figures["ctrl_c_to_exit_s"] = round(time.monotonic() - t0, 2)
    assert proc.returncode == 0 and out.rstrip().endswith("stopped"), out
    assert digest(proj / "robot_worldmodel.html") == committed          # serving never writes the page
    caches = {"__pycache__", ".landscape-cache"}                     # bytecode and layouts, both gitignored
    assert sorted(p.name for p in proj.iterdir() if p.name not in caches) == files_before
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "serve-figures.json").write_text(json.dumps(figures, indent=1))
    print("serve figures:", figures)
