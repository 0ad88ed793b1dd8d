"""update.py keeps reviews across rescans, and pairing survives a shifted line but not a changed finding."""

from __future__ import annotations

from typing import Any

import yaml

from tests.realworld.corpus import compared, pair
from tests.realworld.update import render


def finding(line: int, message: str = "the region of x is unknown", address: str = "aws_s3_bucket.x") -> dict[str, Any]:
    return {
        "rule": "RES002",
        "file": "main.tf",
        "line": line,
        "address": address,
        "level": "warning",
        "message": message,
    }


def reviewed(entry: dict[str, Any], verdict: str = "false", reason: str = "region defaults to null") -> dict[str, Any]:
    return {**entry, "verdict": verdict, "reason": reason}


def test_a_shifted_line_keeps_its_review_but_still_counts_as_a_change() -> None:
    pairing = pair([finding(12)], [reviewed(finding(10))])
    [(now, entry)] = pairing.pairs
    assert entry is not None and entry["verdict"] == "false"
    assert compared(now) != compared(entry)  # the test reports it until the expectation is rewritten
    assert pairing.gone == []


def test_equal_findings_pair_on_the_nearest_line_first() -> None:
    recorded = [reviewed(finding(10), "correct", "a"), reviewed(finding(50), "false", "b")]
    pairing = pair([finding(49), finding(11)], recorded)
    verdicts = {now["line"]: entry["verdict"] for now, entry in pairing.pairs if entry}
    assert verdicts == {11: "correct", 49: "false"}


def test_a_changed_message_is_new_and_the_old_one_gone() -> None:
    pairing = pair([finding(10, "the region of x is not set")], [reviewed(finding(10))])
    assert [entry for _, entry in pairing.pairs] == [None]
    assert len(pairing.gone) == 1


def expectation(findings: list[dict[str, Any]]) -> dict[str, Any]:
    return {"files": 1, "resources": 1, "execution_successful": True, "findings": findings, "notifications": []}


def test_render_keeps_verdicts_marks_new_findings_unreviewed_and_hints_the_earlier_review() -> None:
    recorded = expectation([reviewed(finding(3)), reviewed(finding(7, address="aws_s3_bucket.y"), "correct", "us")])
    now = expectation([finding(3), finding(7, "the region of y is us-east-1", "aws_s3_bucket.y"), finding(9, "new")])
    written = yaml.safe_load(render("repo", now, recorded))
    by_line = {entry["line"]: entry for entry in written["findings"]}
    assert (by_line[3]["verdict"], by_line[3]["reason"]) == ("false", "region defaults to null")
    assert by_line[7]["verdict"] == "unreviewed"
    assert by_line[7]["previous"]["verdict"] == "correct"
    assert by_line[9]["verdict"] == "unreviewed" and "previous" not in by_line[9]
    assert written["resources"] == 1 and written["missed"] == []
