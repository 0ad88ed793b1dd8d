"""Where the shipped rule data lives, and how it is read (safely, once)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """`rules/` beside the package in a checkout, or `scanner/rules/` inside a wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "rules", package.parent / "rules"):
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("sovscan's rule data (rules/) is missing from this installation")


def load_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)
