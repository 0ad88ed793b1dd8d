"""What a scan reads before it evaluates anything, and the key of all of it.

The first stage of every scan, and all that a cached re-scan runs besides replaying its
report (scanner/caches/reports.py): so this module imports neither the model's dataclasses
nor any later stage (measured: they took 23 ms of a 140 ms warm re-scan of 770 files).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import NamedTuple

from scanner.caches.store import text_hash
from scanner.config.settings import Config
from scanner.discover.walk import (
    LINK_OUT_OF_REPOSITORY,
    TERRAFORM_KINDS,
    Discovery,
    ReadFailure,
    SourceFile,
    classify,
    discover,
    read_text,
    trusted_roots,
    within_trusted,
)

# Files read around the scanned ones (modules, callers, var files) are not subject to
# --max-file-size, which the user sets for the files they name.
CONTEXT_READ_LIMIT = 5 * 1024 * 1024
_SNIFF_BYTES = 65536
_NO_VALUES: Mapping[str, str] = MappingProxyType({})


class ScanRequest(NamedTuple):
    paths: Sequence[Path]
    config: Config
    stdin_text: str | None = None
    stdin_filename: str | None = None
    tool_version: str = "0"
    var_files: Sequence[Path] = ()
    var_values: Mapping[str, str] = _NO_VALUES
    env_vars: Mapping[str, str] = _NO_VALUES
    use_cache: bool = False
    progress: Callable[[int, int], None] | None = None
    # CI gate mode: what the scanned tree says may only make the scan stricter.
    strict: bool = False
    # Plan JSON files named on the command line (trusted).
    plans: Sequence[Path] = ()
    # The repository the scan root lies in (scanner/discover/repo.py); None: the scan root.
    repo_root: Path | None = None
    # `--workspace`: the value of terraform.workspace (None: any the configuration names).
    workspace: str | None = None
    # --helm: charts are rendered with the helm binary (scanner/load/helm_render.py).
    helm: bool = False
    helm_values: Sequence[Path] = ()
    helm_timeout: float = 60.0


class Unread(NamedTuple):
    """A file found but not read. `fails_closed`: it is (or looks like) infrastructure code,
    so the scan reports it as a failure (PARSE001) instead of a note."""

    rel: str
    reason: str
    fails_closed: bool


class Inputs(NamedTuple):
    discovery: Discovery
    # rel → (kind, text) of every file that could be read.
    texts: dict[str, tuple[str, str]]
    unread: list[Unread]
    # Terraform files read, and files that failed closed: what the scan counts as scanned
    # before its units add the YAML and JSON files that turn out to be infrastructure.
    files_scanned: int
    # What every cached answer of the scan depends on besides its files (`_cache_salt`);
    # None when no cache applies.
    salt: str | None
    # rel → hash of its text, filled when a cache key needs it (`input_key`).
    digests: dict[str, str]


def read_inputs(request: ScanRequest) -> Inputs:
    if request.stdin_text is not None:
        discovery = _stdin_discovery(request)
    else:
        discovery = discover(list(request.paths), request.config.excludes, repo_root=request.repo_root)
    texts: dict[str, tuple[str, str]] = {}
    # What discovery would not take (a link out of the repository, a folder it cannot
    # list) may be, or hold, what Terraform or kubectl reads: it fails closed.
    unread = [Unread(refused.rel, refused.reason, True) for refused in discovery.refused]
    files_scanned = len(unread)
    for source in discovery.files:
        if request.stdin_text is not None:
            texts[source.rel] = (source.kind, request.stdin_text)
            files_scanned += 1
            continue
        try:
            text = read_text(source.path, request.config.max_file_size)
        except ReadFailure as failure:
            # Terraform files always fail closed; YAML/JSON only when they look like manifests.
            fails_closed = source.kind in TERRAFORM_KINDS or _sniff_is_manifest(Path(source.path))
            unread.append(Unread(source.rel, str(failure), fails_closed))
            files_scanned += fails_closed
            continue
        # A YAML or JSON file may not be infrastructure code: the unit that holds it
        # decides, so that a cached unit pays neither for the YAML scanner nor for a check
        # of every file.
        texts[source.rel] = (source.kind, text)
        if source.kind in TERRAFORM_KINDS:
            files_scanned += 1
    return Inputs(discovery, texts, unread, files_scanned, _cache_salt(request, discovery), {})


def input_key(inputs: Inputs) -> str | None:
    """A key for everything a scan's answer depends on: sovscan's code and rule data, the
    settings, and every file found (its path, kind and content, or why it was not read).
    What the scan reads beyond them is not in it: a cached answer lists those reads
    (`ScanResult.reads`) to check again. None when no cache applies to this scan."""
    if inputs.salt is None:
        return None
    import hashlib

    digest = hashlib.sha256(f"inputs\0{inputs.salt}\0".encode("utf-8", "surrogatepass"))
    for rel, (kind, text) in inputs.texts.items():
        inputs.digests[rel] = text_hash(text)
        digest.update(f"{rel}\0{kind}\0{inputs.digests[rel]}\0".encode("utf-8", "surrogatepass"))
    early = repr((inputs.unread, inputs.discovery.notifications, inputs.discovery.skipped, inputs.files_scanned))
    digest.update(early.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _cache_salt(request: ScanRequest, discovery: Discovery) -> str | None:
    """What every cached answer of this scan depends on besides its files; None for a
    file-by-file or stdin scan (small, and read around its files) or --no-cache."""
    if not request.use_cache or discovery.explicit_files or request.stdin_text is not None:
        return None
    if request.helm:  # what helm renders depends on files and a binary the key does not cover
        return None
    from scanner.caches.store import code_fingerprint, loader_version
    from scanner.ruledata.bundle import rules_fingerprint

    config = request.config
    parts = [
        loader_version(),
        rules_fingerprint(),
        code_fingerprint(),
        str(discovery.root),
        str(request.repo_root),
        repr((request.strict, [str(p) for p in request.plans])),
        # An inline suppression can expire (`until=`): an answer holds for the day it was given.
        date.today().isoformat(),
        # A frozenset's order changes from one process to the next (string hashing).
        repr((sorted(config.disabled), config._replace(disabled=frozenset()))),
        repr(sorted(request.var_values.items())),
        repr(sorted(request.env_vars.items())),
        repr(request.workspace),
    ]
    from scanner.config.trusted_files import read_var_file

    for var_file in request.var_files:
        parts.append(f"{var_file.resolve()}\0{text_hash(read_var_file(var_file))}")
    for plan in request.plans:
        parts.append(f"plan\0{plan.resolve()}\0{text_hash(text_at(plan))}")
    return "\n".join(parts)


def _stdin_discovery(request: ScanRequest) -> Discovery:
    name = request.stdin_filename or "stdin.tf"
    discovery = Discovery(root=Path.cwd().resolve(), explicit_files=True)
    discovery.files.append(
        SourceFile(path=name, rel=PurePosixPath(name).as_posix(), kind=classify(name) or "tf", explicit=True)
    )
    return discovery


# A manifest's keys may lie anywhere in a file too big to read: it is searched chunk by
# chunk (bounded memory), up to this many bytes; beyond, it is taken for a manifest.
_SNIFF_LIMIT = 256 * 1024 * 1024
_SNIFF_OVERLAP = 64


def _sniff_is_manifest(path: Path) -> bool:
    """Whether a YAML or JSON file that could not be read may be a manifest (the scan then
    fails closed on it). The prefilter of `looks_like_yaml_manifest`, over the whole file;
    True when the file cannot be opened (it may be one)."""
    from scanner.load.kubernetes import looks_like_yaml_manifest

    try:
        if not path.is_file():  # a FIFO or a device would block or never end
            return False
        with path.open("rb") as handle:
            found = _Sniffed()
            tail = b""
            for _ in range(_SNIFF_LIMIT // _SNIFF_BYTES):
                chunk = handle.read(_SNIFF_BYTES)
                if not chunk:
                    return False
                window = tail + chunk
                for encoding in _sniff_encodings(window):
                    if found.update(looks_like_yaml_manifest, window.decode(encoding, errors="replace")):
                        return True
                tail = window[-_SNIFF_OVERLAP:]
    except OSError:
        return True
    return True


class _Sniffed:
    """What the chunks of a file held so far: `apiVersion` and `kind` may sit in different chunks."""

    __slots__ = ("api_version", "kind")

    def __init__(self) -> None:
        self.api_version = False
        self.kind = False

    def update(self, prefilter: Callable[[str], bool], text: str) -> bool:
        self.api_version = self.api_version or "apiVersion" in text
        self.kind = self.kind or "kind" in text
        return (self.api_version and self.kind) or prefilter(text)


def _sniff_encodings(window: bytes) -> tuple[str, ...]:
    # UTF-16 (with a byte-order mark at the start, or NUL bytes between ASCII letters).
    if b"\x00" in window:
        return ("utf-8", "utf-16-le", "utf-16-be")
    return ("utf-8",)


def text_at(path: Path) -> str | None:
    """A file read around the scanned ones (a module, a var file): None if it cannot be."""
    try:
        return read_text(path, CONTEXT_READ_LIMIT)
    except ReadFailure:
        return None


class ModuleFiles(NamedTuple):
    """The Terraform files of a module directory read around the scan: (rel, kind, text)
    of those read, and the files (or the folder) that could not be, with why."""

    texts: list[tuple[str, str, str]]
    unread: list[tuple[str, str]]


def module_dir_files(
    root: Path, directory: str, kinds: frozenset[str] = frozenset({"tf", "tf.json"}), repo_root: Path | None = None
) -> ModuleFiles:
    """The files of `kinds` in a module directory that discovery did not read (a
    downloaded or excluded module, the rest of a given file's module). A file Terraform
    would read there but sovscan cannot (a link out of the repository, unreadable, over
    the size limit) is listed in `unread`, never dropped."""
    folder = root / directory
    found = ModuleFiles([], [])
    roots = trusted_roots(root, repo_root)
    if not within_trusted(folder, roots):
        found.unread.append((directory, LINK_OUT_OF_REPOSITORY))
        return found
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return found  # no such folder: the evaluator says the module has no files
    for name in names:
        kind = classify(name)
        if kind not in kinds:
            continue
        path = folder / name
        rel = f"{directory}/{name}" if directory != "." else name
        if not within_trusted(path, roots):
            found.unread.append((rel, LINK_OUT_OF_REPOSITORY))
            continue
        try:
            text = read_text(path, CONTEXT_READ_LIMIT)
        except ReadFailure as failure:
            found.unread.append((rel, str(failure)))
            continue
        found.texts.append((rel, kind, text))
    return found


def module_dir_texts(root: Path, directory: str) -> list[tuple[str, str, str]]:
    """(path, kind, text) of the Terraform files of a module directory that discovery did
    not read (a downloaded or excluded module)."""
    return module_dir_files(root, directory).texts


def module_dir_hash(files: ModuleFiles) -> str:
    return text_hash(f"{texts_hash(files.texts)}\0{files.unread!r}")


def texts_hash(texts: list[tuple[str, str, str]]) -> str:
    return text_hash("\0".join(f"{rel}\0{kind}\0{text_hash(text)}" for rel, kind, text in texts))


def read_again(root: Path, what: str, repo_root: Path | None = None) -> str:
    """The hash a unit's extra read (`UnitResult.reads`) gives now."""
    kind, _, rel = what.partition(":")
    if kind == "dir":
        return module_dir_hash(module_dir_files(root, rel, repo_root=repo_root))
    if kind == "file":
        return text_hash(text_at(root / rel))
    return "?"
