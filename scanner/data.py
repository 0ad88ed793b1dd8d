"""Where the shipped rule data lives, and how it is read (safely, once).

Parsing some thirty YAML files costs more than a small scan, so the whole `rules/` tree is
kept as one JSON bundle in the user's cache directory, keyed by every file's path, size
and modification time; any change to the data rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
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
    return sorted(p for p in base.rglob("*.yaml") if p.is_file())


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Changes whenever a file of the rule data is added, removed or touched."""
    base = rules_dir()
    digest = hashlib.sha256(_BUNDLE_FORMAT.encode())
    for path in _files(base):
        info = path.stat()
        digest.update(f"{path.relative_to(base).as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(bundle, handle, default=str, separators=(",", ":"))
        os.replace(tmp, path)
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
