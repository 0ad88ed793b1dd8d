"""Paths as the places a report lands in read them: relative to the repository root.

GitHub code scanning ignores SARIF's `originalUriBaseIds` and reads a relative URI from
the repository root; GitLab, JUnit viewers and pull-request comments do the same. So
these reports name files by their repository path, whatever folder was scanned. A finding
carries its scan root's prefix (`Finding.repo_prefix`, set by the pipeline); anything
else (notifications, related steps) uses the same prefix, computed the same way.
"""

from __future__ import annotations

import os

from scanner.model import ScanResult
from scanner.report.fingerprint import in_repo


def report_base(result: ScanResult) -> tuple[str, str]:
    """The folder report paths are relative to, and the scan root's prefix within it.

    The repository root when the scan root lies inside it; otherwise the scan root."""
    from pathlib import Path

    from scanner.discover.repo import prefix_within

    if not result.repo_root or not result.root:
        return result.root, ""
    prefix = prefix_within(Path(result.repo_root), Path(result.root))
    same = os.path.realpath(result.repo_root) == os.path.realpath(result.root)
    if prefix or same:
        return result.repo_root, prefix
    return result.root, ""


def in_repository(prefix: str, path: str | None) -> str:
    """A scan-root-relative path as a repository-relative one ("" stays "")."""
    if not path:
        return path or ""
    return in_repo(prefix, path)
