"""Unit results kept between scans, so that an unchanged part of a tree is not evaluated again.

A unit's entry (scanner/units/partition.py) is keyed by everything its answer depends on:
sovscan's code and rule data, the scan's settings, and the path, kind and content of each
of the unit's files. What the unit read beyond them (a module outside the scanned tree, a
`.terraform/modules/modules.json`) is listed in the entry with a hash of what was read,
and read again on a hit: any difference and the unit is evaluated again. Stored as JSON
(never pickle: an entry can be tampered with), like the parse cache (scanner/caches/store.py).
An entry that does not decode to exactly what was stored is never written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.caches.store import EntryStore
from scanner.model import Finding, Level, Location, Notification, Step, Suppression

FORMAT = "2"
MAX_ENTRIES = 5_000


@dataclass(slots=True)
class UnitResult:
    """A unit's answer, as plain data (it may come back from a worker process)."""

    findings: list[Finding]
    notifications: list[Notification]
    failed: bool
    resources: int
    calls: list[tuple[str, str]]
    cache_written: int = 0
    # What the unit read besides its own files: "file:<rel>" or "dir:<rel>" → a hash of it.
    reads: dict[str, str] = field(default_factory=dict)
    # YAML and JSON files of the unit found to be infrastructure code (scanned).
    files_scanned: int = 0
    # Placed resource instances by their countries (ScanResult.placements).
    placements: dict[str, int] = field(default_factory=dict)


class ResultCache:
    def __init__(self, directory: Path, salt: str) -> None:
        self.store = EntryStore(directory / "results", MAX_ENTRIES)
        self._salt = f"{FORMAT}\0{salt}\0".encode()

    def key(self, files: Iterable[tuple[str, str, str]]) -> str:
        """`files`: (path, kind, `text_hash` of its text) of every file of the unit."""
        digest = hashlib.sha256(self._salt)
        for rel, kind, text_digest in files:
            digest.update(f"{rel}\0{kind}\0{text_digest}\0".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def load(self, key: str, current: Callable[[str], str]) -> UnitResult | None:
        """The stored result, if every extra read still gives what it gave (`current`)."""
        entry = self.store.get(key)
        if entry is None:
            return None
        try:
            reads = entry["reads"]
            if not isinstance(reads, dict) or any(current(what) != digest for what, digest in reads.items()):
                return None
            return _decode(entry["result"], reads)
        except (KeyError, TypeError, ValueError, IndexError):
            return None  # a damaged or foreign entry: evaluate again

    def save(self, key: str, result: UnitResult) -> None:
        if result.failed:
            return  # an internal error is reported again, never remembered
        entry = {"reads": result.reads, "result": _encode(result), "key": key}
        try:
            text = json.dumps(entry, separators=(",", ":"))
            back = _decode(json.loads(text)["result"], result.reads)
        except (KeyError, TypeError, ValueError, IndexError):
            return
        if (back.findings, back.notifications, back.resources, back.calls, back.files_scanned, back.placements) != (
            result.findings,
            result.notifications,
            result.resources,
            result.calls,
            result.files_scanned,
            result.placements,
        ):
            return  # a value JSON cannot carry exactly (a tuple in properties, say)
        self.store.put_text(key, text)


def _location(loc: Location | None) -> list[Any] | None:
    return None if loc is None else list(loc)


def _unlocation(data: list[Any] | None) -> Location | None:
    return None if data is None else Location(*data)


def _encode(result: UnitResult) -> dict[str, Any]:
    return {
        "findings": [
            [
                f.rule_id,
                f.level.value,
                f.message,
                _location(f.location),
                f.address,
                [[step.label, _location(step.location)] for step in f.related],
                f.fingerprint_key,
                None
                if f.suppression is None
                else [f.suppression.kind, f.suppression.justification, _location(f.suppression.location)],
                f.properties,
                [f.root, f.attribute, f.value, f.condition],
            ]
            for f in result.findings
        ],
        "notifications": [[n.level.value, n.message, n.path, n.line, n.rule_id] for n in result.notifications],
        "resources": result.resources,
        "files": result.files_scanned,
        "placements": result.placements,
        "calls": [list(call) for call in result.calls],
    }


def _decode(data: dict[str, Any], reads: dict[str, str]) -> UnitResult:
    findings = []
    for rule_id, level, message, loc, address, related, key, suppression, properties, identity in data["findings"]:
        location = _unlocation(loc)
        if location is None or not isinstance(properties, dict):
            raise ValueError("a finding without a location")
        findings.append(
            Finding(
                rule_id=rule_id,
                level=Level(level),
                message=message,
                location=location,
                address=address,
                related=tuple(Step(label, _unlocation(where)) for label, where in related),
                fingerprint_key=key,
                suppression=None
                if suppression is None
                else Suppression(suppression[0], suppression[1], _unlocation(suppression[2])),
                properties=properties,
                root=identity[0],
                attribute=identity[1],
                value=identity[2],
                condition=identity[3],
            )
        )
    notifications = [Notification(Level(level), *rest) for level, *rest in data["notifications"]]
    return UnitResult(
        findings=findings,
        notifications=notifications,
        failed=False,
        resources=int(data["resources"]),
        files_scanned=int(data["files"]),
        placements={str(k): int(v) for k, v in (data.get("placements") or {}).items()},
        calls=[(caller, target) for caller, target in data["calls"]],
        reads=dict(reads),
    )
