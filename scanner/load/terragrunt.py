"""The files a Terragrunt unit reads besides its own `terragrunt.hcl`, read safely.

`include`d and `read_terragrunt_config`'d files (`root.hcl`, `env.hcl`…) are not scanned on
their own: a unit reads them, so that a change to one invalidates the units that read it
(the pipeline's reader records every read). Nothing outside the repository is read — a
file or a folder reached through a link out of it does not exist here — and
`find_in_parent_folders` stops at the repository root. Terragrunt's download folder
(`.terragrunt-cache/`) is read only to find the module a remote `source` was fetched into.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

TERRAGRUNT_FILE = "terragrunt.hcl"
CACHE_DIR = ".terragrunt-cache"
# Terragrunt's own bound on the folders find_in_parent_folders walks up.
MAX_PARENT_FOLDERS = 100

Parse = Callable[[str, str], "dict[str, Any] | None"]  # (rel, text) -> parsed body, or None (reported)
Read = Callable[[str], "str | None"]  # rel -> text, or None (recorded as a read)


class HclFiles:
    """Absolute paths in, scan-root-relative POSIX paths out; every read stays in the repository."""

    def __init__(self, root: Path, repo_root: Path, read: Read, parse: Parse) -> None:
        self.root = os.path.realpath(root)
        self.repo_root = os.path.realpath(repo_root)
        self._read = read
        self._parse = parse
        self._bodies: dict[str, dict[str, Any] | None] = {}
        # What read_terragrunt_config gave for each file (evaluated in its own folder, so the same for every unit).
        self.exports: dict[str, dict[str, Any]] = {}

    def rel(self, path: str) -> str:
        return Path(os.path.relpath(path, self.root)).as_posix()

    def absolute(self, rel: str) -> str:
        return os.path.normpath(os.path.join(self.root, rel))

    def inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return any(real == top or real.startswith(top + os.sep) for top in (self.repo_root, self.root))

    def text(self, path: str) -> str | None:
        """The text of a file in the repository; None if it is absent, unreadable or out of it."""
        if not self.inside(path):
            return None
        return self._read(self.rel(path))

    def body(self, path: str) -> dict[str, Any] | None:
        """The parsed HCL of a file (None if absent or if it failed to parse, which is reported)."""
        if path not in self._bodies:
            text = self.text(path)
            self._bodies[path] = self._parse(self.rel(path), text) if text is not None else None
        return self._bodies[path]

    def find_in_parent_folders(self, start_dir: str, name: str) -> str | None:
        """The first `name` in the folders above `start_dir`, up to the repository root."""
        top = self.repo_root if self.inside(start_dir) else self.root
        current = os.path.normpath(start_dir)
        for _ in range(MAX_PARENT_FOLDERS):
            parent = os.path.dirname(current)
            if parent == current or not (parent == top or parent.startswith(top + os.sep)):
                return None
            candidate = os.path.normpath(os.path.join(parent, name))
            if self.text(candidate) is not None:
                return candidate
            current = parent
        return None

    def cached_module(self, unit_dir: str, subdir: str) -> str | None:
        """The folder a remote source was downloaded into, when Terragrunt's cache holds exactly one."""
        cache = os.path.join(unit_dir, CACHE_DIR)
        if not self.inside(cache) or not os.path.isdir(cache):
            return None
        found = []
        for first in _subdirs(cache):
            found.extend(_subdirs(first))
        if len(found) != 1:
            return None
        module = os.path.normpath(os.path.join(found[0], subdir)) if subdir else found[0]
        return module if self.inside(module) and os.path.isdir(module) else None


def _subdirs(path: str) -> list[str]:
    try:
        return sorted(entry.path for entry in os.scandir(path) if entry.is_dir(follow_symlinks=False))
    except OSError:
        return []
