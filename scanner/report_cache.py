"""Whole reports kept between scans, so that a tree scanned again unchanged is not
evaluated, merged or rendered again.

An entry is keyed by everything the reports depend on: the scan's input key
(`pipeline.input_key`: sovscan's code and rule data, the settings, every file's path,
kind and content), the baseline's content and the formats asked for. What the scan read
beyond its files is listed in the entry with a hash, and read again on a hit, as the
result cache does (scanner/result_cache.py). A scan that did not complete is never
stored. Stored as JSON (never pickle), few entries: a report can be large.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from scanner.cache import EntryStore

FORMAT = "1"
MAX_ENTRIES = 16


class Reports(NamedTuple):
    """What a scan printed and wrote, and how it ended."""

    files: list[str]  # one text per `-o` output, in order
    terminal: str | None
    exit_code: int
    stale_baseline_entries: int


class ReportCache:
    def __init__(self, directory: Path) -> None:
        self.store = EntryStore(directory / "reports", MAX_ENTRIES)

    @staticmethod
    def key(input_key: str, baseline: str | None, outputs: list[str], terminal: str | None, color: bool) -> str:
        """`baseline`: the baseline file's text (None: no baseline); `outputs`: the format of
        each `-o` file; `terminal`: the terminal's format (None: quiet)."""
        digest = hashlib.sha256(f"{FORMAT}\0{input_key}\0".encode())
        digest.update(repr((outputs, terminal, color)).encode())
        digest.update(b"\0-" if baseline is None else b"\0+" + baseline.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def load(self, key: str, current: Callable[[str], str]) -> Reports | None:
        """The stored reports, if every extra read still gives what it gave (`current`)."""
        entry = self.store.get(key)
        if entry is None:
            return None
        try:
            reads, files, terminal = entry["reads"], entry["files"], entry["terminal"]
            exit_code, stale = entry["exit_code"], entry["stale"]
            valid = (
                isinstance(reads, dict)
                and isinstance(files, list)
                and all(isinstance(text, str) for text in files)
                and (terminal is None or isinstance(terminal, str))
                and type(exit_code) is int
                and type(stale) is int
            )
            if not valid or any(current(what) != digest for what, digest in reads.items()):
                return None
        except (KeyError, TypeError, ValueError):
            return None  # a damaged or foreign entry: scan again
        return Reports(files, terminal, exit_code, stale)

    def save(self, key: str, reads: dict[str, str], reports: Reports) -> None:
        self.store.put(
            key,
            {
                "reads": reads,
                "files": reports.files,
                "terminal": reports.terminal,
                "exit_code": reports.exit_code,
                "stale": reports.stale_baseline_entries,
            },
        )
        self.store.prune()
