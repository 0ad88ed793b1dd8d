"""Where the shipped rule data lives, and how it is read (safely, once).

Parsing some fifty YAML files costs more than a small scan, so the whole `rules/` tree is
kept as one JSON bundle in the user's cache directory, keyed by every file's path and
content (not its size and modification time: an edit that keeps both, a checkout, a copy
with `cp -p`, must not leave a stale catalog in use). The bundle's first line is the hash
of the rest: a truncated or altered bundle, or one of another shape, is rebuilt from the
YAML, never used. `--no-cache` (or SOVSCAN_NO_CACHE) neither reads nor writes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

_BUNDLE_FORMAT = "2"
_cache_bypassed = False
_CHUNK = 1 << 16


def bypass_cache() -> None:
    """Read the rule data from its YAML files, not from the bundle (`--no-cache`)."""
    global _cache_bypassed
    _cache_bypassed = True


def cache_enabled() -> bool:
    return not _cache_bypassed and not os.environ.get("SOVSCAN_NO_CACHE")


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
    return [base / rel for rel in _data_files()]


@lru_cache(maxsize=1)
def _data_files() -> tuple[str, ...]:
    """The path relative to rules/ of every YAML file of the data, sorted."""
    base = str(rules_dir())
    found = []
    for folder, subfolders, names in os.walk(base):
        subfolders.sort()
        prefix = os.path.relpath(folder, base).replace(os.sep, "/")
        for name in names:
            if not name.endswith(".yaml"):
                continue
            if stat.S_ISREG(os.stat(os.path.join(folder, name)).st_mode):
                found.append(name if prefix == "." else f"{prefix}/{name}")
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Changes whenever a file of the rule data is added, removed or changed: a hash of
    every file's path and bytes (some 0.5 MB; well under a millisecond to hash)."""
    base = str(rules_dir())
    digest = hashlib.sha256(_BUNDLE_FORMAT.encode())
    for rel in _data_files():
        data = _read_bytes(os.path.join(base, rel))
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _read_bytes(path: str) -> bytes:
    """Plain system calls: a file object per file would double the cost of the hash."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while chunk := os.read(fd, _CHUNK):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def names_in(folder: str) -> frozenset[str]:
    """The names of the data files directly in `rules/<folder>`: a rule's file is named by
    its id, a profile's by its name (tests/test_rule_examples.py holds them to it), so the
    options can be checked without reading the rules."""
    prefix = f"{folder}/"
    return frozenset(
        rel[len(prefix) : -len(".yaml")] for rel in _data_files() if rel.startswith(prefix) and rel.count("/") == 1
    )


@lru_cache(maxsize=1)
def _bundle() -> dict[str, Any]:
    base = rules_dir()
    if not cache_enabled():
        return _parsed(base)
    from scanner.load.hcl_parser import cache_dir

    fingerprint = rules_fingerprint()
    cached = cache_dir() / f"rules-{fingerprint[:20]}.json"
    bundle = _read_bundle(cached, fingerprint)
    if bundle is not None:
        return bundle
    bundle = _parsed(base)
    _store(cached, {"fingerprint": fingerprint, "files": bundle})
    return bundle


def _parsed(base: Path) -> dict[str, Any]:
    from scanner.data_schema import validate_bundle

    bundle = {path.relative_to(base).as_posix(): _parse_yaml(path) for path in _files(base)}
    # Dates and other YAML-only types become strings, exactly as a cache hit would give them.
    bundle = json.loads(json.dumps(bundle, default=str))
    validate_bundle(bundle)  # here only: a warm start reads a bundle validated when it was built
    return bundle


def _read_bundle(path: Path, fingerprint: str) -> dict[str, Any] | None:
    """The bundle's files if it is whole, for these rules, and of the shape written."""
    try:
        with path.open("rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    check, _, body = raw.partition(b"\n")
    if check != hashlib.sha256(body).hexdigest().encode():
        return None
    try:
        stored = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint:
        return None
    files = stored.get("files")
    if not isinstance(files, dict):
        return None
    if sorted(files) != list(_data_files()) or not all(isinstance(data, dict) for data in files.values()):
        return None
    return files


def _store(path: Path, bundle: dict[str, Any]) -> None:
    from scanner.atomic import write_atomically

    body = json.dumps(bundle, default=str, separators=(",", ":")).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
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
