"""The CLI's layout cache: one family's force layout per file, named by a hash of exactly its inputs.

A family's layout depends only on its members' ids, their star+label boxes, the lineage links between
them and the layout code (landscape_layout.py, whose source is part of the key, so an edited engine
misses). Editing one work re-lays out only its own family; everything else is read back. Positions
are stored as JSON floats, which round-trip exactly, so a hit gives the very numbers a cold run
computes and the page stays byte-identical. Only the CLI uses it (gen_landscape.main passes a folder);
build() without one, as tests and benchmarks call it, always lays out from scratch. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import os

FOLDER_NAME = ".landscape-cache"     # beside the data module; gitignored
KEEP_PER_FAMILY = 4                  # prune down to this build's files once the folder holds this many per family
# The force layout's code, read as bytes for the key: imported only on a miss (a warm build never compiles it).
LAYOUT_CODE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "landscape_layout.py")


def file_digest(path: str) -> bytes:
    """The SHA-256 of a file's bytes: a cache keyed by it misses once the code that made its answers changes."""
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).digest()


def store_json(folder: str, path: str, value) -> None:
    """Write value as compact JSON via a temp file and rename (a reader never sees half a file); a cache that
    cannot be written only costs time."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(folder, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        if os.path.exists(tmp):
            os.unlink(tmp)


class LayoutCache:
    """family_layout() with a file per distinct input. `hits` and `misses` count this build's look-ups."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.code = file_digest(LAYOUT_CODE)
        self.used: set[str] = set()
        self.hits = self.misses = 0

    def key(self, ids: list[str], boxes: list[tuple[float, float, float]], links: list[tuple[int, int]]) -> str:
        inputs = repr((ids, boxes, links)).encode("utf-8")      # the settings' defaults are in the code's digest
        return hashlib.sha256(self.code + inputs).hexdigest()[:32]

    def family_layout(self, ids: list[str], boxes: list[tuple[float, float, float]],
                      links: list[tuple[int, int]]) -> dict[str, tuple[float, float]]:
        name = self.key(ids, boxes, links) + ".json"
        self.used.add(name)
        path = os.path.join(self.folder, name)
        try:
            with open(path, encoding="utf-8") as fh:
                stored = json.load(fh)
            if [row[0] for row in stored] == ids:
                self.hits += 1
                return {node_id: (x, y) for node_id, x, y in stored}
        except (OSError, ValueError, TypeError, IndexError):
            pass                        # absent, half-written by a crash, or not ours: lay out afresh
        self.misses += 1
        import landscape_layout
        pos = landscape_layout.family_layout(ids, boxes, links)
        store_json(self.folder, path, [[node_id, x, y] for node_id, (x, y) in pos.items()])
        return pos

    def prune(self, families: int) -> None:
        """Old inputs pile up as the data is edited: once there are many, keep only this build's files."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        if len(names) <= KEEP_PER_FAMILY * max(1, families):
            return
        for name in names:
            if name in self.used or not name.endswith(".json"):
                continue
            try:
                os.unlink(os.path.join(self.folder, name))
            except OSError:
                continue            # gone already (another build pruned it): nothing to do
