"""sovscan on real public repositories matches the reviewed expectation of each (tests/realworld/*.yaml).

Any finding that appears, disappears or changes (line, level, message) fails until `update.py` is rerun and the
difference reviewed; so does an unreviewed finding, an unrecorded internal error or incomplete execution, and a
change in the number of resources read.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.realworld.corpus import (
    CORPUS,
    UNREVIEWED,
    VERDICTS,
    compared,
    expectation_path,
    folders,
    is_internal_error,
    load_expectation,
    observed,
    pair,
    scan,
)

pytestmark = pytest.mark.slow
RERUN = "rerun `python tests/realworld/update.py` and review the difference"


@cache
def scanned(folder: str) -> dict[str, Any]:
    """One scan per repository for the whole session."""
    return observed(scan(folder))


def corpus_folders() -> list[str]:
    return folders() or ["(corpus absent)"]


@pytest.fixture(params=corpus_folders())
def folder(request: pytest.FixtureRequest) -> str:
    if not CORPUS.is_dir():
        pytest.skip(f"the real-world corpus is not at {CORPUS} (CI copies shared/ beside the clone)")
    return str(request.param)


def shown(finding: dict[str, Any]) -> str:
    where = f"{finding['file']}:{finding['line']}"
    return f"{finding['rule']} {where} {finding['address']} [{finding['level']}] {finding['message']}"


def test_every_corpus_folder_has_an_expectation() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the real-world corpus is not at {CORPUS}")
    missing = [name for name in folders() if not expectation_path(name).is_file()]
    assert not missing, f"no expectation for {missing}: {RERUN}"


def test_findings_match_the_reviewed_expectation(folder: str) -> None:
    expected = load_expectation(folder)
    now = scanned(folder)
    pairing = pair(now["findings"], expected.get("findings") or [])
    new = [shown(finding) for finding, entry in pairing.pairs if entry is None]
    changed = [
        f"{shown(entry)}\n    now {shown(finding)}"
        for finding, entry in pairing.pairs
        if entry is not None and compared(finding) != compared(entry)
    ]
    gone = [shown(entry) for entry in pairing.gone]
    assert not (new or changed or gone), (
        f"{folder}: findings differ from the reviewed expectation ({RERUN})\n"
        + "".join(f"  new: {line}\n" for line in new)
        + "".join(f"  changed: {line}\n" for line in changed)
        + "".join(f"  gone: {line}\n" for line in gone)
    )


def test_every_finding_is_reviewed(folder: str) -> None:
    findings = load_expectation(folder).get("findings") or []
    unreviewed = [
        shown(entry)
        for entry in findings
        if entry.get("verdict") not in VERDICTS or not str(entry.get("reason") or "").strip()
    ]
    assert not unreviewed, (
        f"{folder}: {len(unreviewed)} findings without a verdict ({'/'.join(VERDICTS)}) and a reason:\n"
        + "\n".join(unreviewed[:20])
    )
    assert UNREVIEWED not in {entry.get("verdict") for entry in findings}
    missed = load_expectation(folder).get("missed") or []
    vague = [
        entry for entry in missed if not all(str(entry.get(key) or "").strip() for key in ("file", "address", "reason"))
    ]
    assert not vague, f"{folder}: a missed placement needs its file, address and reason: {vague}"


def test_no_resource_dropped_and_no_unexplained_failure(folder: str) -> None:
    expected = load_expectation(folder)
    now = scanned(folder)
    assert (now["files"], now["resources"]) == (expected.get("files"), expected.get("resources")), (
        f"{folder}: files and resources read changed from {expected.get('files')}/{expected.get('resources')} "
        f"to {now['files']}/{now['resources']} ({RERUN})"
    )
    assert now["execution_successful"] == expected.get("execution_successful"), f"{folder}: {RERUN}"
    if not now["execution_successful"]:
        assert str(expected.get("execution_reason") or "").strip(), f"{folder}: incomplete execution without a reason"
    recorded = expected.get("notifications") or []
    assert [strip(n) for n in now["notifications"]] == [strip(n) for n in recorded], (
        f"{folder}: notifications differ ({RERUN})"
    )
    unexplained = [n["message"] for n in recorded if is_internal_error(n) and not str(n.get("reason") or "").strip()]
    assert not unexplained, f"{folder}: internal errors with no recorded reason: {unexplained}"


def strip(notification: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(notification.get(key) for key in ("level", "rule", "path", "line", "message"))
