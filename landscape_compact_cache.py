"""The CLI's cache of compacted page code: squeeze_js / squeeze_css output per asset (page scripts,
animations, stylesheets), which otherwise costs about 25 ms of every build.

One JSON file in the layout cache's folder maps a hash of (landscape_compact.py's source, the kind, the
asset's text) to the squeezed text, so an edited asset or compactor misses and is squeezed afresh. The
file holds exactly the last build's assets (it is rewritten whenever that set changes), so it never
grows. A missing, unreadable or foreign file is squeezed around and rewritten; a hit returns the very
text squeezing gives, so the page stays byte-identical. Only the CLI uses it; build() without one
squeezes every asset. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import os

from landscape_layout_cache import file_digest, store_json

FILE_NAME = "compact.cache"          # JSON, in landscape_layout_cache.FOLDER_NAME (whose prune takes *.json)
COMPACTOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "landscape_compact.py")


class CompactCache:
    """squeeze_js / squeeze_css with a stored answer per distinct input. `hits` and `misses` count this
    build's look-ups; save() writes the file when this build's set differs from what was read."""

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.path = os.path.join(folder, FILE_NAME)
        self.code = file_digest(COMPACTOR)
        self.stored = self._load()
        self.used: dict[str, str] = {}
        self.hits = self.misses = 0

    def _load(self) -> dict:
        try:
            with open(self.path, encoding="utf-8") as fh:
                stored = json.load(fh)
        except (OSError, ValueError):
            return {}                   # absent, or half-written by a crash: squeeze afresh
        return stored if isinstance(stored, dict) else {}

    def _squeezed(self, kind: str, source: str) -> str:
        key = hashlib.sha256(self.code + kind.encode() + source.encode("utf-8")).hexdigest()[:32]
        text = self.stored.get(key)
        if isinstance(text, str):
            self.hits += 1
        else:
            self.misses += 1
            import landscape_compact  # only on a miss: its regexes cost start-up time
            text = (landscape_compact.squeeze_js if kind == "js" else landscape_compact.squeeze_css)(source)
        self.used[key] = text
        return text

    def squeeze_js(self, source: str) -> str:
        return self._squeezed("js", source)

    def squeeze_css(self, source: str) -> str:
        return self._squeezed("css", source)

    def save(self) -> None:
        """Write this build's set when it differs from what was read (see store_json)."""
        if self.used != self.stored:
            store_json(self.folder, self.path, self.used)
