"""The repository a scan belongs to: the root that paths in reports, fingerprints and
the trust model are measured from.

Found by walking up from the scan root for a `.git` entry (a folder, or the file a
worktree or submodule has), without running git; `--repo-root` overrides. With no
repository above, the scan root is the repository.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath


def find_repo_root(scan_root: Path, override: Path | None = None) -> Path:
    if override is not None:
        return Path(os.path.realpath(override))
    start = Path(os.path.realpath(scan_root))
    for folder in (start, *start.parents):
        if os.path.lexists(folder / ".git"):
            return folder
    return start


def prefix_within(repo_root: Path, scan_root: Path) -> str:
    """The scan root as a POSIX path relative to the repository root ("" when they are
    the same, or when the scan root lies outside the repository)."""
    try:
        rel = Path(os.path.realpath(scan_root)).relative_to(Path(os.path.realpath(repo_root)))
    except ValueError:
        return ""
    posix = PurePosixPath(rel.as_posix()).as_posix()
    return "" if posix == "." else posix
