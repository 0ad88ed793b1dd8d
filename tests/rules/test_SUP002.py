"""SUP002: Inline suppression past its expiry date, or beyond the maximum horizon (suppression)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.conftest import write_tree
from tests.helpers import run_sovscan
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("SUP002"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "SUP002", kind, example)


def _suppressed_bucket(until: datetime.date) -> str:
    return (
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        f"# sovscan:ignore RES001 until={until.isoformat()} -- replica moves to eu-west-3, ticket MIG-9\n"
        'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
    )


@pytest.mark.parametrize(("days", "expired"), [(0, False), (-1, True), (1, False)])
def test_a_suppression_holds_through_its_until_day(tmp_path: Path, days: int, expired: bool) -> None:
    """`until=` names the last day the suppression holds: it expires the day after."""
    until = datetime.date.today() + datetime.timedelta(days=days)
    write_tree(tmp_path / "tree", {"main.tf": _suppressed_bucket(until)})
    completed = run_sovscan("scan", str(tmp_path / "tree"), "--select", "RES001,SUP002", "--format", "json")
    rules = [f["rule"] for f in json.loads(completed.stdout)["findings"]]
    assert ("SUP002" in rules) is expired, rules
