"""Type patterns (`aws_s3_*`, `azurerm_storage_account`) matched without compiling a
regular expression for each: `fnmatchcase` compiles every new pattern, about 0.4 ms, and
the rules hold a few hundred of them, paid again by every pre-commit run."""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatchcase
from functools import lru_cache


@lru_cache(maxsize=4096)
def _matcher(pattern: str) -> Callable[[str], bool]:
    if not any(c in pattern for c in "*?["):
        return pattern.__eq__
    stem = pattern[:-1]
    if pattern.endswith("*") and not any(c in stem for c in "*?["):
        return lambda name: name.startswith(stem)
    return lambda name: fnmatchcase(name, pattern)


def matches(name: str, pattern: str) -> bool:
    """`fnmatchcase(name, pattern)`, case-sensitive, `*` also matching `/`."""
    return _matcher(pattern)(name)
