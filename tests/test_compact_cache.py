"""The CLI's cache of compacted page code (landscape_compact_cache.py): a hit gives exactly what squeezing
gives, an edited asset or compactor misses, a broken cache file is squeezed around and rewritten, and the
file holds only the last build's assets."""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import browser  # noqa: F401  (puts the repo root on sys.path)

import gen_landscape as G
import landscape_compact_cache as C


def assets(cache: C.CompactCache) -> int:
    return cache.hits + cache.misses


def test_a_warm_build_equals_an_uncached_one_and_squeezes_nothing(real_spec, tmp_path):
    plain = G.build(real_spec)[0]
    first = C.CompactCache(str(tmp_path))
    assert G.build(real_spec, compact_cache=first)[0] == plain
    assert first.hits == 0 and first.misses > 40
    first.save()
    warm = C.CompactCache(str(tmp_path))
    assert G.build(real_spec, compact_cache=warm)[0] == plain
    assert (warm.hits, warm.misses) == (assets(first), 0)


def test_an_edited_asset_misses_alone_and_its_new_text_is_used(real_spec, tmp_path):
    cache = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=cache)
    cache.save()
    spec = copy.deepcopy(real_spec)
    edited = tmp_path / "dream.js"
    source = Path(spec["animations"]["dream"]).read_text(encoding="utf-8")
    edited.write_text(source.replace("LandscapeAnims.register(", "var edited = 1;\nLandscapeAnims.register(", 1),
                      encoding="utf-8")
    spec["animations"]["dream"] = str(edited)
    cache = C.CompactCache(str(tmp_path))
    page = G.build(spec, compact_cache=cache)[0]
    assert cache.misses == 1 and cache.hits == assets(cache) - 1
    assert "var edited=1;" in page
    assert page == G.build(spec)[0]


def test_an_edited_compactor_misses(real_spec, tmp_path, monkeypatch):
    cache = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=cache)
    cache.save()
    monkeypatch.setattr(C, "file_digest", lambda path: b"another version of landscape_compact.py")
    cache = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=cache)
    assert cache.hits == 0


def test_a_broken_cache_file_is_squeezed_around_and_rewritten(real_spec, tmp_path):
    plain = G.build(real_spec)[0]
    path = tmp_path / C.FILE_NAME
    cache = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=cache)
    not_text = json.dumps(dict.fromkeys(cache.used, 7))          # the right keys, foreign values
    for broken in ('{"half": "writ', '["not", "a", "map"]', not_text):
        path.write_text(broken, encoding="utf-8")
        cache = C.CompactCache(str(tmp_path))
        assert G.build(real_spec, compact_cache=cache)[0] == plain
        assert cache.hits == 0
        cache.save()
        assert len(json.loads(path.read_text(encoding="utf-8"))) == len(cache.used)


def test_the_file_keeps_only_the_last_builds_assets(real_spec, tmp_path):
    path = tmp_path / C.FILE_NAME
    path.write_text(json.dumps({"0" * 32: "stale"}), encoding="utf-8")
    cache = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=cache)
    cache.save()
    assert json.loads(path.read_text(encoding="utf-8")) == cache.used
    assert "0" * 32 not in cache.used
    inode = os.stat(path).st_ino
    again = C.CompactCache(str(tmp_path))
    G.build(real_spec, compact_cache=again)
    again.save()                                    # nothing changed: not rewritten (a rewrite renames a new file)
    assert os.stat(path).st_ino == inode
