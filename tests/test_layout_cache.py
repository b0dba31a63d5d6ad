"""The CLI's layout cache (landscape_layout_cache.py): a hit gives exactly the cold layout, a changed input
or edited layout code misses, a broken cache file is laid out afresh, and the CLI's page is the same
cold or warm."""
from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
import sys

import browser  # noqa: F401  (puts the repo root on sys.path)
from conftest import ROOT

import gen_landscape as G
import landscape_compact_cache
import landscape_layout_cache as C


def test_a_warm_build_equals_a_cold_one_and_reads_every_family(real_spec, tmp_path):
    cold, ls = G.build(real_spec)
    first = C.LayoutCache(str(tmp_path))
    assert G.build(real_spec, layout_cache=first)[0] == cold
    assert (first.hits, first.misses) == (0, len(ls.families))
    warm = C.LayoutCache(str(tmp_path))
    assert G.build(real_spec, layout_cache=warm)[0] == cold
    assert (warm.hits, warm.misses) == (len(ls.families), 0)


def test_a_changed_input_misses_for_its_family_only(real_spec, tmp_path):
    G.build(real_spec, layout_cache=C.LayoutCache(str(tmp_path)))
    spec = copy.deepcopy(real_spec)
    entry = spec["entries"][0]
    entry["short"] += " wider"                      # its star+label box grows: a layout input
    cache = C.LayoutCache(str(tmp_path))
    page = G.build(spec, layout_cache=cache)[0]
    assert (cache.hits, cache.misses) == (len(spec["families"]) - 1, 1)
    assert page == G.build(spec)[0]
    spec["entries"][0]["name"] += " (renamed)"      # not a layout input: every family hits
    cache = C.LayoutCache(str(tmp_path))
    G.build(spec, layout_cache=cache)
    assert cache.misses == 0


def test_edited_layout_code_misses(real_spec, tmp_path, monkeypatch):
    G.build(real_spec, layout_cache=C.LayoutCache(str(tmp_path)))
    monkeypatch.setattr(C, "file_digest", lambda path: b"another version of landscape_layout.py")
    cache = C.LayoutCache(str(tmp_path))
    G.build(real_spec, layout_cache=cache)
    assert cache.hits == 0


def test_a_broken_cache_file_is_laid_out_afresh(real_spec, tmp_path):
    cold = G.build(real_spec)[0]
    G.build(real_spec, layout_cache=C.LayoutCache(str(tmp_path)))
    for name in os.listdir(tmp_path):
        (tmp_path / name).write_text('[["not", "a", "layout"', encoding="utf-8")
    cache = C.LayoutCache(str(tmp_path))
    assert G.build(real_spec, layout_cache=cache)[0] == cold
    assert cache.hits == 0


def test_prune_keeps_this_builds_files_once_the_folder_is_full(real_spec, tmp_path):
    stale = [tmp_path / f"{i:032x}.json" for i in range(C.KEEP_PER_FAMILY * len(real_spec["families"]))]
    for path in stale:
        path.write_text("[]", encoding="utf-8")
    cache = C.LayoutCache(str(tmp_path))
    G.build(real_spec, layout_cache=cache)
    cache.prune(len(real_spec["families"]))
    assert sorted(os.listdir(tmp_path)) == sorted(cache.used)


def test_the_cli_writes_the_same_page_cold_and_warm(tmp_path):
    proj = tmp_path / "proj"
    shutil.copytree(ROOT, proj, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", ".git", "out", "tests", "docs", "bench", "__pycache__", ".*cache*"))
    pages = []
    for run in ("cold", "warm"):
        out = tmp_path / f"{run}.html"
        done = subprocess.run([sys.executable, "-X", "importtime", "gen_worldmodel.py", "-o", str(out)], cwd=proj,
                              check=True, capture_output=True, text=True)
        pages.append(out.read_bytes())
        # The force simulation's module is compiled only when a family is laid out afresh.
        assert bool(re.search(r"\|\s+landscape_layout\s*$", done.stderr, re.M)) == (run == "cold"), run
        assert os.listdir(proj / C.FOLDER_NAME)
        assert (proj / C.FOLDER_NAME / landscape_compact_cache.FILE_NAME).is_file()
    assert pages[0] == pages[1] == (ROOT / "robot_worldmodel.html").read_bytes()
