"""Find the files to scan, classify them, and read them as text — safely.

Follows symbolic links only while they stay inside the repository (or the scan root),
never reads a file over the size limit, and reports (rather than drops) every file it
could not take: a file Terraform or kubectl would read and sovscan cannot is *refused*
(the scan fails closed on it); what a user might expect scanned but is left out on
purpose is *skipped*, with why (`--list-files`, the summary's count).
"""

from __future__ import annotations

import codecs
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from scanner.levels import Notification

# Folders never walked. `.terraform/` is Terraform's working folder: the modules it
# downloaded are read when `.terraform/modules/modules.json` lists them (the evaluator);
# `.terragrunt-cache/` is Terragrunt's, read for the unit whose remote source it holds.
SKIPPED_DIRS = frozenset({".git", ".terraform", ".terragrunt-cache", "node_modules"})
# Of those, the ones that hold nothing a user expects scanned, so skipping them is not
# worth a word (git's own store; Terraform's working folder, read as said above).
QUIET_DIRS = frozenset({".git", ".terraform", ".terragrunt-cache"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# `terragrunt`: a Terragrunt unit's terragrunt.hcl (scanner/evaluate/terragrunt.py).
TERRAFORM_KINDS = frozenset({"tf", "tf.json", "tfvars", "tfvars.json", "terragrunt"})

# Why something was skipped (the keys of `ScanResult.skipped`).
EXCLUDED = "excluded"
SKIPPED_FOLDER = "skipped folder"
LINK_ALREADY_SCANNED = "link to a folder scanned elsewhere"
NOT_INFRASTRUCTURE = "not read"

LINK_OUT_OF_REPOSITORY = "symbolic link out of the repository: not followed"
# Terraform's dependency lock file: HCL no Terragrunt unit reads.
LOCK_FILE = ".terraform.lock.hcl"


class UsageError(Exception):
    """Bad paths or options given by the user: exit code 2."""


class SourceFile(NamedTuple):
    path: str  # absolute (a string: a Path per file cost a tenth of a warm scan)
    rel: str  # POSIX, relative to the scan root
    kind: str  # tf | tf.json | tfvars | tfvars.json | yaml | json
    explicit: bool = False  # named on the command line (pre-commit mode)


class Skipped(NamedTuple):
    """A file or folder (`rel` ends with "/") left out on purpose, and why."""

    rel: str
    reason: str


class Refused(NamedTuple):
    """A file or folder Terraform or kubectl would read that discovery did not take."""

    rel: str
    reason: str


class Discovery:
    """The files found under a root, and what was found but not taken.

    A plain class: a dataclass takes a millisecond to build at import, and every cached
    re-scan imports this module."""

    __slots__ = ("explicit_files", "files", "notifications", "refused", "repo_root", "root", "skipped")

    def __init__(self, root: Path, explicit_files: bool = False, repo_root: Path | None = None) -> None:
        self.root = root
        self.repo_root = repo_root or root
        self.files: list[SourceFile] = []
        self.notifications: list[Notification] = []
        self.skipped: list[Skipped] = []
        self.refused: list[Refused] = []
        self.explicit_files = explicit_files


def classify(name: str) -> str | None:
    lower = name.lower()
    if name == "terragrunt.hcl":
        return "terragrunt"
    if lower.endswith((".tf", ".tofu")):  # OpenTofu reads .tofu files as it reads .tf ones
        return "tf"
    if lower.endswith((".tf.json", ".tofu.json")):
        return "tf.json"
    if lower.endswith(".tfvars"):
        return "tfvars"
    if lower.endswith(".tfvars.json"):
        return "tfvars.json"
    if lower.endswith((".yaml", ".yml")) or name == "Kustomization":  # kustomize's third file name
        return "yaml"
    if lower.endswith(".json"):
        return "json"
    return None


def _real(path: Path) -> Path:
    """`path` with symbolic links resolved; never raises, even on a symlink loop.

    (Python 3.11's `Path.resolve` raises RuntimeError on a loop; `realpath` stops there.)
    """
    return Path(os.path.realpath(path))


def _display(rel: str) -> str:
    """A path as text every output can hold: bytes of a non-UTF-8 file name become `\\xNN`."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", errors="backslashreplace")
    return rel


def scan_root(paths: list[Path]) -> Path:
    """A single directory is its own root; otherwise the working directory, if it holds them all."""
    resolved = [_real(p) for p in paths]
    if len(resolved) == 1 and resolved[0].is_dir():
        return resolved[0]
    cwd = _real(Path.cwd())
    if all(_is_within(p, cwd) for p in resolved):
        return cwd
    return Path(os.path.commonpath([str(p if p.is_dir() else p.parent) for p in resolved]))


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def within_trusted(path: str | Path, roots: tuple[Path, ...]) -> bool:
    """Whether `path`, every link resolved, lies in one of `roots` (the repository and the scan root)."""
    real = _real(Path(path))
    return any(_is_within(real, root) for root in roots)


def trusted_roots(root: Path, repo_root: Path | None) -> tuple[Path, ...]:
    """Where a symbolic link may lead: the repository, and the scan root (when the
    repository given with --repo-root does not hold it)."""
    real_root = _real(root)
    if repo_root is None:
        return (real_root,)
    return (_real(repo_root), real_root)


def is_excluded(rel: str, patterns: tuple[str, ...], folder: bool = False) -> bool:
    """Whether the exclude patterns skip `rel` (a path from the scan root; `folder`: a
    folder, which a pattern ending in `/` names). The patterns mean what they mean in a
    .gitignore (README, what is scanned): without a `/` but at the end, a name at any
    depth; with one, a path from the scan root; `*` stays within a folder, `**` crosses
    folders; `!` takes a file back, unless a folder holding it was excluded."""
    if not patterns:
        return False
    return _exclude_spec(patterns).match_file(f"{rel}/" if folder else rel)


@lru_cache(maxsize=16)
def _exclude_spec(patterns: tuple[str, ...]) -> Any:
    from pathspec import GitIgnoreSpec  # a scan without excludes does not pay for it

    # `./x` (a habit from the shell) is `/x`: x at the scan root.
    lines = [f"/{p[2:]}" if p.startswith("./") else p for p in patterns]
    for pattern, line in zip(patterns, lines, strict=True):
        try:
            GitIgnoreSpec.from_lines([line])
        except ValueError:
            raise UsageError(f"exclude pattern '{pattern}' is not a valid .gitignore pattern") from None
    return GitIgnoreSpec.from_lines(lines)


class _Walk:
    """One discovery's walk: its settings, and the real folders it has walked (links to
    a folder already walked, or to one of their own ancestors, are not walked again)."""

    __slots__ = ("excludes", "pending_links", "result", "roots", "seen", "walked")

    def __init__(self, result: Discovery, excludes: tuple[str, ...], roots: tuple[Path, ...]) -> None:
        self.result = result
        self.excludes = excludes
        self.roots = roots
        self.seen: set[str] = set()
        self.walked: dict[str, str] = {}  # real path → the rel it was walked as
        # (link path, its rel, its real target): walked after every real folder, so that
        # a folder reached both ways is listed under its own path.
        self.pending_links: list[tuple[str, str, str]] = []


def discover(
    paths: list[Path], excludes: tuple[str, ...] = (), root: Path | None = None, repo_root: Path | None = None
) -> Discovery:
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"path does not exist: {path}")
    if excludes:
        _exclude_spec(excludes)  # a pattern that is not one stops the scan before it walks
    root = root or scan_root(paths)
    result = Discovery(root=root, repo_root=repo_root)
    walk = _Walk(result, excludes, trusted_roots(root, repo_root))
    for path in paths:
        if path.is_dir():
            # A folder named on the command line is trusted, even as a link.
            _walk(_real(path), walk)
        else:
            result.explicit_files = True
            _add_file(Path(os.path.abspath(path)), walk, explicit=True)
    _walk_links(walk)
    configs = [p for p in paths if p.name.endswith(".hcl") and p.name != LOCK_FILE and not p.is_dir()]
    _add_terragrunt_readers(configs, walk)
    result.files.sort(key=lambda f: f.rel)
    result.notifications.sort(key=lambda n: (n.path or "", n.message))
    result.skipped.sort()
    result.refused.sort()
    return result


def _relative(path: Path, root: Path) -> str:
    try:
        return _display(path.relative_to(root).as_posix())
    except ValueError:
        return _display(path.as_posix())


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether a symlink points to a directory; False for a dangling link or a symlink loop."""
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _walk(directory: Path, walk: _Walk, start: str | None = None) -> None:
    # Paths relative to the root are built as strings along the walk: pathlib per entry
    # cost a quarter of a second on 3,000 files.
    result, excludes = walk.result, walk.excludes
    if start is None:
        try:
            start = directory.relative_to(result.root).as_posix()
        except ValueError:
            start = directory.as_posix()
    real_start = os.path.realpath(directory)
    if walk.walked.get(real_start) == start:
        return  # named twice on the command line, or inside another folder named
    walk.walked[real_start] = start
    stack = [(str(directory), start, real_start)]
    while stack:
        current, current_rel, current_real = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            # It may hold files Terraform or kubectl would read: the scan fails closed.
            result.refused.append(Refused(_display(current_rel), f"folder not readable: {error.strerror}"))
            continue
        for entry in entries:
            name = entry.name
            raw_rel = name if current_rel == "." else f"{current_rel}/{name}"
            rel = _display(raw_rel)
            folder = entry.is_dir(follow_symlinks=False)
            if name in SKIPPED_DIRS and (folder or (entry.is_symlink() and _is_dir(entry))):
                if name not in QUIET_DIRS:
                    result.skipped.append(Skipped(rel + "/", SKIPPED_FOLDER))
            elif folder:
                real = f"{current_real}/{name}"  # not a link: no need to resolve it
                if is_excluded(rel, excludes, folder=True):
                    result.skipped.append(Skipped(rel + "/", EXCLUDED))
                elif real in walk.walked:
                    if walk.walked[real] != raw_rel:  # reached again through a link to an ancestor
                        result.skipped.append(Skipped(rel + "/", LINK_ALREADY_SCANNED))
                else:
                    walk.walked[real] = raw_rel
                    stack.append((entry.path, raw_rel, real))
            elif entry.is_symlink() and _is_dir(entry):
                if is_excluded(rel, excludes, folder=True):
                    result.skipped.append(Skipped(rel + "/", EXCLUDED))
                else:
                    walk.pending_links.append((entry.path, raw_rel, os.path.realpath(entry.path)))
            else:
                kind = classify(name)  # before building a Path: most files are not ours
                if kind is None:
                    continue
                if is_excluded(rel, excludes):
                    result.skipped.append(Skipped(rel, EXCLUDED))
                    continue
                _add(entry.path, rel, kind, entry.is_symlink(), walk, explicit=False)


def _walk_links(walk: _Walk) -> None:
    """Walk the links to folders found, in order, once every real folder is walked; the
    links found there are walked in turn. Each real folder is walked once: a link loop
    or a link to a folder already scanned is skipped, with its reason."""
    result = walk.result
    while walk.pending_links:
        walk.pending_links.sort(key=lambda link: link[1])
        path, raw_rel, real = walk.pending_links.pop(0)
        rel = _display(raw_rel)
        if not any(_is_within(Path(real), root) for root in walk.roots):
            result.refused.append(Refused(rel, LINK_OUT_OF_REPOSITORY))
        elif real in walk.walked:
            result.skipped.append(Skipped(rel + "/", LINK_ALREADY_SCANNED))
        else:
            _walk(Path(path), walk, raw_rel)


def _add_file(path: Path, walk: _Walk, *, explicit: bool) -> None:
    rel = _relative(path, walk.result.root)
    kind = classify(path.name)
    if kind is None:
        return
    if is_excluded(rel, walk.excludes):
        walk.result.skipped.append(Skipped(rel, EXCLUDED))
        return
    _add(str(path), rel, kind, path.is_symlink(), walk, explicit=explicit)


def _add(path: str, rel: str, kind: str, symlink: bool, walk: _Walk, *, explicit: bool) -> None:
    if rel in walk.seen:
        return
    walk.seen.add(rel)
    if symlink and not within_trusted(path, walk.roots):
        walk.result.refused.append(Refused(rel, LINK_OUT_OF_REPOSITORY))
        return
    walk.result.files.append(SourceFile(path=path, rel=rel, kind=kind, explicit=explicit))


def _add_terragrunt_readers(configs: list[Path], walk: _Walk) -> None:
    """A Terragrunt configuration named one by one (pre-commit names a changed `root.hcl`,
    `env.hcl` or parent `terragrunt.hcl`): the units under the scan root that read it are
    scanned as if named. A `.hcl` file nothing reads adds nothing."""
    if not configs:
        return
    from scanner.evaluate.terragrunt import units_reading

    def read(path: str) -> str | None:
        try:
            return read_text(path, DEFAULT_MAX_BYTES)
        except ReadFailure:
            return None

    result = walk.result
    real_configs = {str(_real(config)) for config in configs}
    for unit in units_reading(str(result.root), str(result.repo_root), real_configs, read):
        _add_file(Path(unit), walk, explicit=True)


class ReadFailure(Exception):
    """A file that could not be read as text; the message says why."""


def read_text(path: str | Path, max_bytes: int) -> str:
    """Read a file as text, decoding BOM-marked UTF-8/UTF-16 and plain UTF-8.

    Raises ReadFailure for unreadable, oversized, binary or undecodable files.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ReadFailure("not a regular file")
        if info.st_size > max_bytes:
            raise ReadFailure(f"skipped: {info.st_size:,} bytes is over the size limit of {max_bytes:,} bytes")
        data = _read_at_most(path, max_bytes + 1, info.st_size)
    except PermissionError:
        raise ReadFailure("permission denied") from None
    except OSError as error:
        raise ReadFailure(f"cannot be read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise ReadFailure(f"skipped: file is over the size limit of {max_bytes:,} bytes")
    return decode(data)


def _read_at_most(path: str | Path, limit: int, expected: int) -> bytes:
    """Plain system calls: a buffered file object per file cost a tenth of a warm scan.
    O_NONBLOCK: a file swapped for a FIFO since the stat fails instead of blocking."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        chunks = []
        total = 0
        while limit > 0:
            wanted = min(limit, max(expected + 1, 65536))
            chunk = os.read(fd, wanted)
            if not chunk:
                break
            chunks.append(chunk)
            limit -= len(chunk)
            total += len(chunk)
            if len(chunk) < wanted and total == expected:
                break  # short of what was asked, at the size the stat gave: the end (one call saved)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _line_at(data: bytes, offset: int, encoding: str) -> int:
    head = data[:offset]
    if encoding == "utf-16":
        return head.decode("utf-16", errors="replace").count("\n") + 1
    return head.count(b"\n") + 1


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
        line = _line_at(data, error.start, encoding)
        raise ReadFailure(f"not valid {encoding.upper()} text at line {line} (byte {error.start})") from None
    if "\x00" in text:
        raise ReadFailure("binary file (contains NUL bytes)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
