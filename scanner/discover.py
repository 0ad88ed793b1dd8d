"""Find the files to scan, classify them, and read them as text — safely.

Never follows a symlink out of the scan root, never reads a file over the size limit,
and reports (rather than drops) every file it could not take.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from scanner.model import Level, Notification

SKIPPED_DIRS = frozenset({".git", ".terraform", "node_modules", ".hg", ".svn", "__pycache__"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

TERRAFORM_KINDS = frozenset({"tf", "tf.json", "tfvars", "tfvars.json"})


class UsageError(Exception):
    """Bad paths or options given by the user: exit code 2."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path  # absolute
    rel: str  # POSIX, relative to the scan root
    kind: str  # tf | tf.json | tfvars | tfvars.json | yaml | json
    explicit: bool = False  # named on the command line (pre-commit mode)


@dataclass(slots=True)
class Discovery:
    root: Path
    files: list[SourceFile] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    explicit_files: bool = False


def classify(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".tf"):
        return "tf"
    if lower.endswith(".tf.json"):
        return "tf.json"
    if lower.endswith(".tfvars"):
        return "tfvars"
    if lower.endswith(".tfvars.json"):
        return "tfvars.json"
    if lower.endswith((".yaml", ".yml")):
        return "yaml"
    if lower.endswith(".json"):
        return "json"
    return None


def scan_root(paths: list[Path]) -> Path:
    """A single directory is its own root; otherwise the working directory, if it holds them all."""
    resolved = [p.resolve() for p in paths]
    if len(resolved) == 1 and resolved[0].is_dir():
        return resolved[0]
    cwd = Path.cwd().resolve()
    if all(_is_within(p, cwd) for p in resolved):
        return cwd
    return Path(os.path.commonpath([str(p if p.is_dir() else p.parent) for p in resolved]))


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def is_excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    if not patterns:
        return False
    posix = PurePosixPath(rel)
    candidates = {rel, posix.name}
    parts = posix.parts
    for i in range(1, len(parts)):
        candidates.add("/".join(parts[:i]))
        candidates.add(parts[i - 1])
    for pattern in patterns:
        cleaned = pattern.rstrip("/")
        if cleaned.startswith("./"):
            cleaned = cleaned[2:]
        for candidate in candidates:
            if fnmatchcase(candidate, cleaned) or fnmatchcase(candidate, cleaned.replace("**/", "")):
                return True
    return False


def discover(paths: list[Path], excludes: tuple[str, ...] = (), root: Path | None = None) -> Discovery:
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"path does not exist: {path}")
    root = root or scan_root(paths)
    result = Discovery(root=root)
    seen: set[str] = set()
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            _walk(path.resolve(), root, excludes, result, seen)
        else:
            result.explicit_files = True
            _add_file(Path(os.path.abspath(path)), root, excludes, result, seen, explicit=True)
    result.files.sort(key=lambda f: f.rel)
    result.notifications.sort(key=lambda n: (n.path or "", n.message))
    return result


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _walk(directory: Path, root: Path, excludes: tuple[str, ...], result: Discovery, seen: set[str]) -> None:
    stack = [directory]
    while stack:
        current = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            result.notifications.append(
                Notification(Level.WARNING, f"directory not readable: {error.strerror}", _relative(current, root))
            )
            continue
        for entry in entries:
            path = Path(entry.path)
            rel = _relative(path, root)
            if is_excluded(rel, excludes):
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in SKIPPED_DIRS:
                    stack.append(path)
            elif entry.is_symlink() and entry.is_dir(follow_symlinks=True):
                result.notifications.append(Notification(Level.NOTE, "symbolic link to a directory not followed", rel))
            else:
                _add_file(path, root, excludes, result, seen, explicit=False)


def _add_file(
    path: Path, root: Path, excludes: tuple[str, ...], result: Discovery, seen: set[str], *, explicit: bool
) -> None:
    rel = _relative(path, root)
    kind = classify(path.name)
    if kind is None or rel in seen or is_excluded(rel, excludes):
        return
    if path.is_symlink():
        target = path.resolve()
        if not _is_within(target, root):
            result.notifications.append(
                Notification(Level.WARNING, "symbolic link out of the scan root not followed", rel)
            )
            return
    seen.add(rel)
    result.files.append(SourceFile(path=path, rel=rel, kind=kind, explicit=explicit))


class ReadFailure(Exception):
    """A file that could not be read as text; the message says why."""


def read_text(path: Path, max_bytes: int) -> str:
    """Read a file as text, decoding BOM-marked UTF-8/UTF-16 and plain UTF-8.

    Raises ReadFailure for unreadable, oversized, binary or undecodable files.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadFailure("not a regular file")
        if info.st_size > max_bytes:
            raise ReadFailure(f"skipped: {info.st_size:,} bytes is over the size limit of {max_bytes:,} bytes")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadFailure("permission denied") from None
    except OSError as error:
        raise ReadFailure(f"cannot be read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise ReadFailure(f"skipped: file is over the size limit of {max_bytes:,} bytes")
    return decode(data)


def decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadFailure(f"not valid {encoding.upper()} text (byte {error.start})") from None
    if "\x00" in text:
        raise ReadFailure("binary file (contains NUL bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
