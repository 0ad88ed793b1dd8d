"""Where the shipped rule data lives, and how it is read (safely, once).

Parsing some fifty YAML files costs more than a small scan, so the whole `rules/` tree is
kept as one JSON bundle in the user's cache directory, keyed by every file's path and
content (not its size and modification time: an edit that keeps both, a checkout, a copy
with `cp -p`, must not leave a stale catalog in use). The bundle's first line is the hash
of the rest: a truncated or altered bundle, or one of another shape, is rebuilt from the
YAML, never used. `--no-cache` (or SOVSCAN_NO_CACHE) neither reads nor writes it.

The same bundle ships inside the package (`scanner/ruledata/rules_bundle.json`, written by
`python -m scanner.ruledata.write_bundle` and held current by tests/test_rules_bundle.py), so that a
cold scan need not parse YAML either. It is not a cache: it is part of the installation,
written in the same checked format, and used only when its fingerprint is that of the rule
files actually present — an edited `rules/` in a checkout, or a stale file, falls back to
the user's bundle or the YAML. `--no-cache` therefore still uses it.
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
SHIPPED_BUNDLE = Path(__file__).with_name("rules_bundle.json")
_cache_bypassed = False
_CHUNK = 1 << 16
EXAMPLES_FOLDER = "examples"


def bypass_cache() -> None:
    """Read the rule data from its YAML files, not from the bundle (`--no-cache`)."""
    global _cache_bypassed
    _cache_bypassed = True


def cache_enabled() -> bool:
    return not _cache_bypassed and not os.environ.get("SOVSCAN_NO_CACHE")


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """`rules/` beside the package in a checkout, or `scanner/rules/` inside a wheel."""
    package = Path(__file__).resolve().parents[1]
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
        if prefix == ".":
            # The rules' examples (scanned files, not data) are read from disk when shown.
            subfolders[:] = [name for name in subfolders if name != EXAMPLES_FOLDER]
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
    fingerprint = rules_fingerprint()
    shipped = _read_bundle(SHIPPED_BUNDLE, fingerprint)
    if shipped is not None:
        return shipped
    if not cache_enabled():
        return _parsed(base)
    from scanner.caches.store import cache_dir

    cached = cache_dir() / f"rules-{fingerprint[:20]}.json"
    bundle = _read_bundle(cached, fingerprint)
    if bundle is not None:
        return bundle
    bundle = _parsed(base)
    _store(cached, {"fingerprint": fingerprint, "files": bundle})
    return bundle


def _parsed(base: Path) -> dict[str, Any]:
    from scanner.ruledata.schema import validate_bundle

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


def shipped_bundle_applies() -> bool:
    """Whether the bundle shipped in the package holds the rule files present (for the
    installation test: a wheel whose bundle does not apply still works, only slower)."""
    return _read_bundle(SHIPPED_BUNDLE, rules_fingerprint()) is not None


def bundle_bytes() -> bytes:
    """The bundle of the rule files present, parsed from their YAML: what the cache stores
    and what `scanner/ruledata/rules_bundle.json` must hold."""
    # One value a line: a change to the rules shows as a readable diff of the shipped file.
    return _checked({"fingerprint": rules_fingerprint(), "files": _parsed(rules_dir())}, indent=0)


def _checked(bundle: dict[str, Any], indent: int | None = None) -> bytes:
    body = json.dumps(bundle, default=str, indent=indent, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def _store(path: Path, bundle: dict[str, Any]) -> None:
    from scanner.caches.atomic import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, _checked(bundle))
    except OSError:
        pass  # a read-only cache only costs the YAML parse next time


def load_yaml(path: Path) -> Any:
    """A data file under `rules/`, from the bundle; any other path is parsed directly."""
    relative = _relative_to_rules(path)
    if relative is None:
        return _parse_yaml(path)
    bundle = _bundle()
    if relative in bundle:
        return bundle[relative]
    return _parse_yaml(path)


def _relative_to_rules(path: Path) -> str | None:
    # Callers name their files from rules_dir(): a comparison of the names first, since
    # resolving sixty paths (a system call per component) cost 20 ms of a cold scan.
    try:
        return path.relative_to(rules_dir()).as_posix()
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(rules_dir().resolve()).as_posix()
    except ValueError:
        return None
