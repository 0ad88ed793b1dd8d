"""Where the shipped rule data lives, and how it is read (safely, once).

Parsing some thirty YAML files costs more than a small scan, so the whole `rules/` tree is
kept as one JSON bundle in the user's cache directory, keyed by every file's path, size
and modification time; any change to the data rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

_BUNDLE_FORMAT = "1"


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """`rules/` beside the package in a checkout, or `scanner/rules/` inside a wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "rules", package.parent / "rules"):
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("sovscan's rule data (rules/) is missing from this installation")


def _parse_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def _files(base: Path) -> list[Path]:
    return [base / rel for rel, _, _ in _data_files()]


@lru_cache(maxsize=1)
def _data_files() -> tuple[tuple[str, int, int], ...]:
    """(path relative to rules/, size, modification time) of every YAML file of the data."""
    base = str(rules_dir())
    found = []
    for folder, subfolders, names in os.walk(base):
        subfolders.sort()
        prefix = os.path.relpath(folder, base).replace(os.sep, "/")
        for name in names:
            if not name.endswith(".yaml"):
                continue
            info = os.stat(os.path.join(folder, name))
            if stat.S_ISREG(info.st_mode):
                rel = name if prefix == "." else f"{prefix}/{name}"
                found.append((rel, info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Changes whenever a file of the rule data is added, removed or touched."""
    digest = hashlib.sha256(_BUNDLE_FORMAT.encode())
    for rel, size, mtime in _data_files():
        digest.update(f"{rel}\0{size}\0{mtime}\0".encode())
    return digest.hexdigest()


def names_in(folder: str) -> frozenset[str]:
    """The names of the data files directly in `rules/<folder>`: a rule's file is named by
    its id, a profile's by its name (tests/test_rule_examples.py holds them to it), so the
    options can be checked without reading the rules."""
    prefix = f"{folder}/"
    return frozenset(
        rel[len(prefix) : -len(".yaml")]
        for rel, _, _ in _data_files()
        if rel.startswith(prefix) and rel.count("/") == 1
    )


@lru_cache(maxsize=1)
def _bundle() -> dict[str, Any]:
    base = rules_dir()
    files = _files(base)
    from scanner.load.hcl_parser import cache_dir

    cached = cache_dir() / f"rules-{rules_fingerprint()[:20]}.json"
    try:
        with cached.open(encoding="utf-8") as handle:
            bundle = json.load(handle)
        if isinstance(bundle, dict):
            return bundle
    except (OSError, ValueError):
        pass
    bundle = {path.relative_to(base).as_posix(): _parse_yaml(path) for path in files}
    _store(cached, bundle)
    # Dates and other YAML-only types become strings, exactly as a cache hit would give them.
    return json.loads(json.dumps(bundle, default=str))


def _store(path: Path, bundle: dict[str, Any]) -> None:
    from scanner.atomic import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(bundle, default=str, separators=(",", ":")))
    except OSError:
        pass  # a read-only cache only costs the YAML parse next time


def load_yaml(path: Path) -> Any:
    """A data file under `rules/`, from the bundle; any other path is parsed directly."""
    try:
        relative = path.resolve().relative_to(rules_dir().resolve()).as_posix()
    except ValueError:
        return _parse_yaml(path)
    bundle = _bundle()
    if relative in bundle:
        return bundle[relative]
    return _parse_yaml(path)
