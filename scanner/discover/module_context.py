"""In file-by-file mode (pre-commit names the changed files one by one), the rest of each
named file's module and the modules that call it, so that values resolve as they would in a
scan of the whole tree."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from scanner.discover.inputs import module_dir_files, text_at
from scanner.discover.walk import SKIPPED_DIRS, TERRAFORM_KINDS, Discovery
from scanner.units.partition import local_calls


def add_module_context(discovery: Discovery, texts: dict[str, str], kinds: dict[str, str]) -> list[tuple[str, str]]:
    """Add the rest of each given file's module, and of the modules that call it, to `texts`
    and `kinds`; returns the files of those modules that could not be read, with the reason."""
    unread: list[tuple[str, str]] = []
    directories = {str(PurePosixPath(rel).parent) for rel in texts}
    directories |= calling_directories(discovery.root, directories)
    for directory in sorted(directories):
        found = module_dir_files(discovery.root, directory, TERRAFORM_KINDS, discovery.repo_root)
        for rel, kind, text in found.texts:
            if rel not in texts:
                texts[rel] = text
                kinds[rel] = kind
        unread.extend((rel, reason) for rel, reason in found.unread if rel not in texts)
    return unread


MAX_CALLER_FILES = 20000


def calling_directories(root: Path, targets: set[str]) -> set[str]:
    """Directories whose `.tf` files call one of `targets` as a local module, transitively.

    A cheap text search (no parsing) over the tree's Terraform files."""
    calls: list[tuple[str, str]] = []
    seen_files = 0
    for folder, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        directory = Path(folder).relative_to(root).as_posix()
        for name in names:
            if not name.endswith((".tf", ".tf.json", ".tofu", ".tofu.json")):
                continue
            seen_files += 1
            if seen_files > MAX_CALLER_FILES:
                break
            text = text_at(Path(folder) / name)
            if text is not None:
                calls.extend((directory, target) for target in local_calls(directory, text))
    found: set[str] = set()
    frontier = set(targets)
    while frontier:
        callers = {caller for caller, target in calls if target in frontier} - found - targets
        found |= callers
        frontier = callers
    return found
