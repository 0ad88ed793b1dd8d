"""What the HTML verdict banner says besides the verdict: the scan date and the commit.

Both are read without running anything: the date from `SOURCE_DATE_EPOCH` when set (a
reproducible build), else today's UTC date (a day, not a time, so two runs of one day are
byte-identical); the commit from `.git/HEAD` and the ref it names (loose, or in
packed-refs) under the repository root. The repository is untrusted input: only a
hexadecimal object name is shown, a ref must stay under `refs/`, and anything unreadable
or odd means no commit is shown.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

_HASH = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")
_REF = re.compile(r"refs/[A-Za-z0-9._/-]+")
_MAX_READ = 1 << 20


def scan_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def head_commit(repo_root: str | Path) -> str | None:
    """The commit HEAD names in the repository at `repo_root`, or None."""
    try:
        git_dir = _git_dir(Path(repo_root))
        if git_dir is None:
            return None
        head = _read(git_dir / "HEAD").strip()
        if _HASH.fullmatch(head):
            return head  # a detached HEAD
        if not head.startswith("ref: "):
            return None
        ref = head[5:].strip()
        if not _REF.fullmatch(ref) or ".." in ref.split("/"):
            return None
        common = _common_dir(git_dir)
        for folder in dict.fromkeys((git_dir, common)):
            loose = folder / ref
            if loose.is_file():
                value = _read(loose).strip()
                return value if _HASH.fullmatch(value) else None
        for folder in dict.fromkeys((git_dir, common)):
            packed = folder / "packed-refs"
            if packed.is_file():
                for line in _read(packed).splitlines():
                    name_hash = line.split(" ", 1)
                    if len(name_hash) == 2 and name_hash[1] == ref and _HASH.fullmatch(name_hash[0]):
                        return name_hash[0]
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None


def _git_dir(root: Path) -> Path | None:
    dot_git = root / ".git"
    if dot_git.is_dir():
        return dot_git
    if dot_git.is_file():  # a worktree or submodule: "gitdir: <path>"
        text = _read(dot_git).strip()
        if text.startswith("gitdir: "):
            target = Path(text[8:].strip())
            target = target if target.is_absolute() else root / target
            return target if target.is_dir() else None
    return None


def _common_dir(git_dir: Path) -> Path:
    """A worktree's refs live in the main repository's git directory (its `commondir`)."""
    pointer = git_dir / "commondir"
    if pointer.is_file():
        target = Path(_read(pointer).strip())
        target = target if target.is_absolute() else git_dir / target
        if target.is_dir():
            return target
    return git_dir


def _read(path: Path) -> str:
    if not path.is_file():  # a FIFO or a device would block or never end
        raise ValueError(f"{path} is not a regular file")
    with open(path, encoding="utf-8") as handle:
        return handle.read(_MAX_READ)
