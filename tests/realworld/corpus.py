"""The real-world corpus: scan one repository with the installed CLI and compare with its reviewed expectation.

The corpus lives beside the repository (`<repo>/../shared/realworld/`, one folder per public repository); the
expectation of each folder is `tests/realworld/<folder>.yaml`, written by `update.py` and reviewed by a person.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]


def find_corpus() -> Path:
    """`<repo>/../shared/realworld` as CI lays it out (a worktree nested deeper finds it further up), or the folder
    SOVSCAN_REALWORLD_CORPUS names."""
    if os.environ.get("SOVSCAN_REALWORLD_CORPUS"):
        return Path(os.environ["SOVSCAN_REALWORLD_CORPUS"])
    for folder in REPO.parents:
        candidate = folder / "shared" / "realworld"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "realworld"


CORPUS = find_corpus()
EXPECTATIONS = Path(__file__).resolve().parent

VERDICTS = ("correct", "false", "unknown-justified")
UNREVIEWED = "unreviewed"
# What identifies a finding across rescans; the line comes second so that a shifted line keeps its review.
IDENTITY = ("rule", "file", "address", "message")
COMPARED = (*IDENTITY, "line", "level")


def folders() -> list[str]:
    """The corpus's repositories (empty when the corpus is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted(entry.name for entry in CORPUS.iterdir() if entry.is_dir() and "+" in entry.name)


def sovscan_command() -> list[str]:
    """The installed console script beside this interpreter, else the module (as tests/helpers.py runs it)."""
    script = Path(sys.executable).with_name("sovscan")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "scanner"]


def scan(folder: str) -> dict[str, Any]:
    """`sovscan scan` of one repository as a new user would run it: its own root, no cache, no baseline, hds."""
    root = CORPUS / folder
    args = ["scan", str(root), "--repo-root", str(root), "--no-cache", "--no-baseline", "--format", "json"]
    completed = subprocess.run(
        [*sovscan_command(), *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    if not completed.stdout.strip():
        raise RuntimeError(f"sovscan printed no report for {folder} (exit {completed.returncode}): {completed.stderr}")
    return json.loads(completed.stdout)


def observed(report: dict[str, Any]) -> dict[str, Any]:
    """The part of a JSON report the expectation records, in the expectation's shape."""
    summary = report["summary"]
    findings = [
        {
            "rule": item["rule"],
            "file": item["path"],
            "line": item["start_line"],
            "address": item["address"],
            "level": item["level"],
            "message": item["message"],
        }
        for item in report["findings"]
    ]
    notifications = [
        {key: item[key] for key in ("level", "rule", "path", "line", "message")} for item in report["notifications"]
    ]
    return {
        "files": summary["files"],
        "resources": summary["resources"],
        "execution_successful": summary["execution_successful"],
        "findings": sorted(findings, key=finding_order),
        "notifications": sorted(notifications, key=notification_order),
    }


def finding_order(finding: dict[str, Any]) -> tuple[str, int, str, str, str]:
    return (finding["file"] or "", finding["line"] or 0, finding["rule"], finding["address"] or "", finding["message"])


def notification_order(item: dict[str, Any]) -> tuple[str, int, str, str]:
    return (item["path"] or "", item["line"] or 0, item["rule"] or "", item["message"])


def identity(finding: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(finding.get(key) for key in IDENTITY)


def compared(finding: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(finding.get(key) for key in COMPARED)


def is_internal_error(notification: dict[str, Any]) -> bool:
    return notification["message"].startswith("internal error")


@dataclass(frozen=True)
class Pairing:
    """Each current finding paired with the recorded entry it continues (or None when it is new)."""

    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]]
    gone: list[dict[str, Any]]


def pair(current: Iterable[dict[str, Any]], recorded: Iterable[dict[str, Any]]) -> Pairing:
    """Pair on rule+file+address+message, then on the nearest line among entries sharing that identity."""
    waiting: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for entry in recorded:
        waiting.setdefault(identity(entry), []).append(entry)
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    unmatched: list[dict[str, Any]] = []
    for finding in current:
        same = waiting.get(identity(finding), [])
        exact = next((entry for entry in same if entry.get("line") == finding["line"]), None)
        if exact is not None:
            same.remove(exact)
            pairs.append((finding, exact))
        else:
            unmatched.append(finding)
    for finding in unmatched:
        same = waiting.get(identity(finding), [])
        if same:
            nearest = min(same, key=lambda entry: abs((entry.get("line") or 0) - (finding["line"] or 0)))
            same.remove(nearest)
            pairs.append((finding, nearest))
        else:
            pairs.append((finding, None))
    gone = [entry for entries in waiting.values() for entry in entries]
    return Pairing(sorted(pairs, key=lambda p: finding_order(p[0])), sorted(gone, key=finding_order))


def expectation_path(folder: str) -> Path:
    return EXPECTATIONS / f"{folder}.yaml"


def load_expectation(folder: str) -> dict[str, Any]:
    path = expectation_path(folder)
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
