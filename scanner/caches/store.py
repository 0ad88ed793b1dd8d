"""A parse cache: the loaded form of a file, keyed by its content and the loader's version.

Stored as JSON (never pickle: a cache file can be tampered with, and JSON cannot run
code) under the user's cache directory, one small file per entry, written atomically,
pruned when it grows past a bound. A changed byte changes the key, so an entry can never
be stale; an unreadable or malformed entry is ignored and the file parsed again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

# Bump when the shape of a loaded body changes (scanner/load/hcl_fast.py, hcl_ast.py, kubernetes.py).
FORMAT = "6"
MAX_ENTRIES = 50_000


class EntryStore:
    """JSON entries named by their key, in two-level folders under `directory`."""

    def __init__(self, directory: Path, max_entries: int = MAX_ENTRIES) -> None:
        self.directory = directory
        self.max_entries = max_entries
        self.written = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            with self._path(key).open(encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        try:
            text = json.dumps({**entry, "key": key}, separators=(",", ":"))
        except (ValueError, TypeError):
            return
        self.put_text(key, text)

    def put_text(self, key: str, text: str) -> None:
        """Store an entry already written as JSON (with its "key")."""
        try:
            data = text.encode("utf-8")
        except UnicodeError:
            return
        if self._write(self._path(key), data):
            self.written += 1

    def remembered(self, key: str, field: str, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        """`entry[field]` when the entry is there and `valid` accepts it; else `build()`,
        stored (the store then kept bounded). How a reporter's descriptors are kept: it
        says how to build and check them, and never writes the cache itself."""
        entry = self.get(key)
        stored = entry.get(field) if entry is not None else None
        if stored is not None and valid(stored):
            return stored
        built = build()
        self.put(key, {field: built})
        self.prune()
        return built

    def put_beside(self, key: str, suffix: str, data: bytes) -> bool:
        """Store bytes beside the entry `key` (kept and pruned with it)."""
        return self._write(self._beside(key, suffix), data)

    def read_beside(self, key: str, suffix: str) -> bytes:
        with self._beside(key, suffix).open("rb") as handle:
            return handle.read()

    def _beside(self, key: str, suffix: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.{suffix}"

    @staticmethod
    def _write(path: Path, data: bytes) -> bool:
        from scanner.caches.atomic import write_atomically

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError:
            return False  # a read-only or full cache only costs a parse next time
        return True

    def prune(self) -> None:
        """Keep the store bounded: drop the oldest entries past `max_entries`, each with
        what is stored beside it."""
        if not self.written:
            return
        newest: dict[str, float] = {}
        files: dict[str, list[str]] = {}
        try:
            for folder in os.scandir(self.directory):
                if folder.is_dir(follow_symlinks=False):
                    for entry in os.scandir(folder.path):
                        group = f"{folder.name}/{entry.name.split('.', 1)[0]}"
                        newest[group] = max(newest.get(group, 0.0), entry.stat().st_mtime)
                        files.setdefault(group, []).append(entry.path)
        except OSError:
            return
        if len(newest) <= self.max_entries:
            return
        oldest = sorted(newest, key=lambda group: (newest[group], group))
        for group in oldest[: len(oldest) - self.max_entries * 4 // 5]:
            for path in files[group]:
                with contextlib.suppress(OSError):
                    os.unlink(path)


def cache_dir() -> Path:
    """Where every cache of sovscan lives: $SOVSCAN_CACHE_DIR, else the platform's user cache
    directory (platformdirs: $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on
    macOS, %LOCALAPPDATA% on Windows) with a `sovscan` folder."""
    base = os.environ.get("SOVSCAN_CACHE_DIR")
    if base:
        return Path(base)
    if sys.platform.startswith("linux") and "ANDROID_DATA" not in os.environ:
        # platformdirs' XDG rule, without its import (some 12 ms of every run, warm ones too);
        # tests/test_cache.py holds the two equal.
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        usable = xdg.strip() and os.path.isabs(xdg)  # the XDG spec: a relative path is ignored
        return Path(xdg if usable else os.path.expanduser("~/.cache"), "sovscan")
    from platformdirs import user_cache_path

    return user_cache_path("sovscan", appauthor=False)


def text_hash(text: str | None) -> str:
    if text is None:
        return "-"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# The HTML report's templates change its output as much as a module does.
_CODE_SUFFIXES = (".py", ".html", ".j2", ".jinja", ".css", ".js")


def code_fingerprint() -> str:
    """Changes whenever a module of sovscan is edited (a checkout does not bump the version)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = []
    for folder, subfolders, names in os.walk(package):
        # The rule data (scanner/rules in a wheel, with every rule's example folders) has its
        # own fingerprint in the same key; walking its hundreds of folders cost 30 ms a run.
        top = folder == package
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__" and not (top and d == "rules"))
        for name in names:
            if name.endswith(_CODE_SUFFIXES):
                path = os.path.join(folder, name)
                info = os.stat(path)
                found.append((os.path.relpath(path, package).replace(os.sep, "/"), info.st_size, info.st_mtime_ns))
    digest = hashlib.sha256()
    for rel, size, mtime in sorted(found):
        digest.update(f"{rel}\0{size}\0{mtime}\0".encode())
    return digest.hexdigest()


Parsed = TypeVar("Parsed")


class ParseCache(EntryStore):
    def __init__(self, directory: Path, loader_version: str) -> None:
        super().__init__(directory / "parse")
        self._salt = f"{FORMAT}\0{loader_version}\0".encode()

    def key(self, kind: str, text: str) -> str:
        digest = hashlib.sha256(self._salt)
        digest.update(kind.encode())
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def parsed(
        self,
        kind: str,
        text: str,
        parse: Callable[[str], Parsed],
        failure: type[Exception],
        to_json: Callable[[Parsed], Any],
        from_json: Callable[[Any], Parsed],
    ) -> Parsed:
        """`parse(text)`, or what it gave for the same kind and text before. A `failure`
        (with `message` and `line`) is kept too and raised again; an entry `from_json`
        rejects (KeyError, TypeError, ValueError) is damaged: the text is parsed again."""
        key = self.key(kind, text)
        entry = self.get(key)
        if entry is not None and "value" in entry:
            try:
                return from_json(entry["value"])
            except (KeyError, TypeError, ValueError):
                pass
        elif entry is not None and isinstance(entry.get("error"), str):
            raise failure(entry["error"], entry.get("line"))
        try:
            value = parse(text)
        except failure as error:
            self.put(key, {"error": getattr(error, "message", str(error)), "line": getattr(error, "line", None)})
            raise
        self.put(key, {"value": to_json(value)})
        return value


def open_parse_cache(enabled: bool) -> ParseCache | None:
    """The parse cache of a scan (each worker and the pruning parent open the same one);
    None when caching is off (--no-cache, SOVSCAN_NO_CACHE)."""
    if not enabled:
        return None
    return ParseCache(cache_dir(), loader_version())


@functools.lru_cache(maxsize=1)
def loader_version() -> str:
    """sovscan's version and python-hcl2's (read from its files: importing costs time)."""
    from scanner import __version__
    from scanner.load.hcl_parser import hcl2_package_dir

    try:
        hcl2 = (hcl2_package_dir() / "version.py").read_text(encoding="utf-8")
    except (OSError, RuntimeError):
        hcl2 = "unknown"
    return f"sovscan {__version__}; python-hcl2 {hashlib.sha256(hcl2.encode()).hexdigest()[:12]}"
