"""Baselines: accept today's findings so that only new ones fail the build.

`.sovscan-baseline.json`::

    {
      "version": 2,
      "tool": "sovscan",
      "fingerprint": "sovscanFingerprint/v2",
      "created": "2026-11-30",
      "findings": [
        {"fingerprint": "3f2a…", "rule": "RES001", "path": "main.tf",
         "address": "aws_s3_bucket.b", "message": "…"}
      ]
    }

Entries are sorted by (path, rule, address, fingerprint). Matching is by fingerprint only
(`scanner.report.fingerprint`), which holds no line number, so a finding keeps matching
when lines above it move; the file records the fingerprint scheme it was written with,
and a baseline of another scheme is refused ("recreate the baseline") rather than
matching nothing, or the wrong findings. PARSE001 (a file that was not read) is never
written to a baseline nor matched from one: an unread file is never accepted. Rule,
path, address and message are there for whoever reviews the file in a diff, so they go
through `terminal_safe`. A matched finding is suppressed
with kind "external" and stays in every report.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, NamedTuple

from scanner.config.settings import BASELINE_NAME
from scanner.model import Finding, ScanResult, Suppression
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import FINGERPRINT_NAME, fingerprint, sorted_findings

VERSION = 2
# Findings no baseline may accept.
_NEVER_ACCEPTED = frozenset({"PARSE001"})
_RECREATE = "recreate the baseline with 'sovscan baseline create'"
_ENTRY_FIELDS = ("fingerprint", "rule", "path", "address", "message")


class Baseline(NamedTuple):
    """A baseline to apply, as read (scanner/runner.py reads it under the trust model)."""

    path: Path
    text: str
    # "command line", or the file's path in the repository when found in the scanned tree.
    source: str


class BaselineError(Exception):
    """The baseline file is not one sovscan wrote; the message says what is wrong."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def accepted_findings(result: ScanResult) -> list[Finding]:
    """What a baseline of this result accepts: every unsuppressed finding (an inline
    suppression already covers the others) but those no baseline may accept."""
    return [f for f in result.findings if f.suppression is None and f.rule_id not in _NEVER_ACCEPTED]


def create_baseline(result: ScanResult, today: datetime.date | None = None) -> str:
    entries = {fingerprint(f): _entry(f) for f in sorted_findings(accepted_findings(result))}
    document = {
        "version": VERSION,
        "tool": "sovscan",
        "fingerprint": FINGERPRINT_NAME,
        "created": (today or datetime.date.today()).isoformat(),
        "findings": sorted(entries.values(), key=_entry_order),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def apply_baseline(result: ScanResult, baseline_text: str, name: str = BASELINE_NAME) -> list[dict[str, Any]]:
    """Suppress the findings the baseline holds, in place; return its stale entries."""
    document = _parse(baseline_text, name)
    entries = {entry["fingerprint"]: entry for entry in document["findings"]}
    reason = f"in baseline {name} since {document['created']}"
    seen: set[str] = set()
    for finding in result.findings:
        if finding.rule_id in _NEVER_ACCEPTED:
            continue
        key = fingerprint(finding)
        if key not in entries:
            continue
        seen.add(key)
        if finding.suppression is None:
            finding.suppression = Suppression("external", reason)
    return sorted((e for k, e in entries.items() if k not in seen), key=_entry_order)


def _entry(finding: Finding) -> dict[str, str]:
    return {
        "fingerprint": fingerprint(finding),
        "rule": finding.rule_id,
        "path": terminal_safe(finding.location.path),
        "address": terminal_safe(finding.address),
        "message": terminal_safe(finding.message),
    }


def _entry_order(entry: dict[str, Any]) -> tuple[str, ...]:
    return (entry["path"], entry["rule"], entry["address"], entry["fingerprint"])


def _parse(text: str, name: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise BaselineError(f"{name} is not valid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("tool") != "sovscan":
        raise BaselineError(f'{name} is not a sovscan baseline (no "tool": "sovscan")')
    scheme = document.get("fingerprint")
    if document.get("version") == 1 or (document.get("version") == VERSION and scheme != FINGERPRINT_NAME):
        written = scheme if isinstance(scheme, str) else "sovscanFingerprint/v1"
        raise BaselineError(
            f"{name} matches findings by {terminal_safe(written)}, this sovscan by {FINGERPRINT_NAME}: {_RECREATE}"
        )
    if document.get("version") != VERSION:
        raise BaselineError(f"{name} has version {document.get('version')!r}; this sovscan reads version {VERSION}")
    if not _is_date(document.get("created")):
        raise BaselineError(f'{name} has no "created" date (YYYY-MM-DD)')
    findings = document.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f'{name} has no "findings" list')
    for index, entry in enumerate(findings):
        _check_entry(entry, index, name)
    return document


def _is_date(value: object) -> bool:
    try:
        datetime.date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _check_entry(entry: object, index: int, name: str) -> None:
    if not isinstance(entry, dict):
        raise BaselineError(f"{name}: findings[{index}] is not an object")
    for field in _ENTRY_FIELDS:
        if not isinstance(entry.get(field), str):
            raise BaselineError(f'{name}: findings[{index}] has no "{field}" string')
