"""A parse cache: the loaded form of a file, keyed by its content and the loader's version.

Stored as JSON (never pickle: a cache file can be tampered with, and JSON cannot run
code) under the user's cache directory, one small file per entry, written atomically,
pruned when it grows past a bound. A changed byte changes the key, so an entry can never
be stale; an unreadable or malformed entry is ignored and the file parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

# Bump when the shape of a loaded body changes (scanner/load/hcl_fast.py, hcl_ast.py, kubernetes.py).
FORMAT = "5"
MAX_ENTRIES = 50_000
_PRUNE_TO = 40_000


class ParseCache:
    def __init__(self, directory: Path, loader_version: str) -> None:
        self.directory = directory / "parse"
        self._salt = f"{FORMAT}\0{loader_version}\0".encode()
        self.written = 0

    def key(self, kind: str, text: str) -> str:
        digest = hashlib.sha256(self._salt)
        digest.update(kind.encode())
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            with self._path(key).open(encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".entry-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({**entry, "key": key}, handle, separators=(",", ":"))
            os.replace(tmp, path)
            self.written += 1
        except (OSError, ValueError, TypeError):
            return  # a read-only or full cache only costs a parse next time

    def prune(self) -> None:
        """Keep the cache bounded: drop the oldest entries past MAX_ENTRIES."""
        if not self.written:
            return
        entries: list[tuple[float, str]] = []
        try:
            for folder in os.scandir(self.directory):
                if folder.is_dir(follow_symlinks=False):
                    entries.extend((e.stat().st_mtime, e.path) for e in os.scandir(folder.path))
        except OSError:
            return
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort()
        for _, path in entries[: len(entries) - _PRUNE_TO]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def loader_version() -> str:
    """sovscan's version and python-hcl2's (read from its files: importing costs time)."""
    from scanner import __version__
    from scanner.load.hcl_parser import hcl2_package_dir

    try:
        hcl2 = (hcl2_package_dir() / "version.py").read_text(encoding="utf-8")
    except (OSError, RuntimeError):
        hcl2 = "unknown"
    return f"sovscan {__version__}; python-hcl2 {hashlib.sha256(hcl2.encode()).hexdigest()[:12]}"
