"""Whole reports kept between scans, so that a tree scanned again unchanged is not
evaluated, merged or rendered again.

An entry is keyed by everything the reports depend on: the scan's input key
(`inputs.input_key`: sovscan's code and rule data, the settings, every file's path,
kind and content), the baseline's content and the formats asked for. What the scan read
beyond its files is listed in the entry with a hash, and read again on a hit, as the
result cache does (scanner/units/results.py). A scan that did not complete is never
stored. The entry is JSON (never pickle); each report's text sits beside it as a plain
file, named in the entry with its hash and checked against it when read (a report of
many megabytes costs a tenth of a second to decode out of a JSON string). Few entries:
a report can be large.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from scanner.caches.store import EntryStore

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

    def load(self, key: str, current: Callable[[str], str], files: int) -> Reports | None:
        """The stored reports (`files` of them, and the terminal's if it had one), if every
        extra read still gives what it gave (`current`)."""
        entry = self.store.get(key)
        if entry is None:
            return None
        try:
            reads, texts, exit_code, stale = entry["reads"], entry["texts"], entry["exit_code"], entry["stale"]
            terminal_index = entry["terminal"]
            valid = (
                isinstance(reads, dict)
                and isinstance(texts, list)
                and all(isinstance(digest, str) for digest in texts)
                and len(texts) == files + (terminal_index is not None)
                and (terminal_index is None or (type(terminal_index) is int and terminal_index == files))
                and type(exit_code) is int
                and type(stale) is int
            )
            if not valid or any(current(what) != digest for what, digest in reads.items()):
                return None
            loaded = [self._read_text(key, index, digest) for index, digest in enumerate(texts)]
        except (KeyError, TypeError, ValueError, OSError, UnicodeDecodeError):
            return None  # a damaged or foreign entry: scan again
        files = loaded[:-1] if terminal_index is not None else loaded
        terminal = loaded[-1] if terminal_index is not None else None
        return Reports(files, terminal, exit_code, stale)

    def save(self, key: str, reads: dict[str, str], reports: Reports) -> None:
        texts = [*reports.files, *([] if reports.terminal is None else [reports.terminal])]
        digests = []
        for index, text in enumerate(texts):
            data = text.encode("utf-8", "surrogatepass")
            digests.append(hashlib.sha256(data).hexdigest())
            if not self.store.put_beside(key, f"{index}.txt", data):
                return
        entry = {
            "reads": reads,
            "texts": digests,
            "terminal": None if reports.terminal is None else len(texts) - 1,
            "exit_code": reports.exit_code,
            "stale": reports.stale_baseline_entries,
        }
        self.store.put(key, entry)
        self.store.prune()

    def _read_text(self, key: str, index: int, digest: str) -> str:
        data = self.store.read_beside(key, f"{index}.txt")
        if hashlib.sha256(data).hexdigest() != digest:
            raise ValueError("a report that is not the one stored")
        return data.decode("utf-8", "surrogatepass")
