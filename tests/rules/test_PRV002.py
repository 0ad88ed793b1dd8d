"""PRV002: the operator's qualification must cover the service and region (operator-qualified)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.conftest import write_tree
from tests.helpers import run_sovscan
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("PRV002"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "PRV002", kind, example)


def _volume(region: str) -> str:
    return (
        f'provider "aws" {{\n  region = "{region}"\n}}\n'
        f'resource "aws_ebs_volume" "data" {{\n  availability_zone = "{region}a"\n  size = 10\n}}\n'
    )


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-3"])
def test_selected_operator_rules_judge_a_volume_wherever_it_is(tmp_path: Path, region: str) -> None:
    """Under --select PRV001,PRV002 the region rules do not run: nothing else will say that
    AWS is not SecNumCloud-qualified, so a volume in us-east-1 must fail as one in Paris does."""
    write_tree(tmp_path / "tree", {"main.tf": _volume(region)})
    out = tmp_path / "out.sarif"
    completed = run_sovscan(
        "scan", str(tmp_path / "tree"), "--profile", "secnumcloud", "--select", "PRV001,PRV002",
        "--format", "sarif", "-o", str(out),
    )  # fmt: skip
    assert completed.returncode == 1, completed.stdout + completed.stderr
    produced = sorted(r["ruleId"] for r in json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"])
    assert produced == ["PRV001", "PRV002"]


def test_an_unknown_region_is_unverified_not_outside_the_scope(tmp_path: Path) -> None:
    """With RES002 not selected, PRV002 is all that speaks of a volume whose region is unknown:
    it must say unverified (at the profile's level for unknowns), never 'not covered'."""
    tree = (
        'variable "region" {}\nprovider "aws" {\n  region = "eu-west-3"\n}\n'
        'resource "aws_s3_bucket" "b" {\n  region = var.region\n}\n'
    )
    write_tree(tmp_path / "tree", {"main.tf": tree})
    out = tmp_path / "out.sarif"
    completed = run_sovscan(
        "scan", str(tmp_path / "tree"), "--select", "PRV002", "--format", "sarif", "-o", str(out)
    )  # fmt: skip
    assert completed.returncode in (0, 1), completed.stderr
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["PRV002"]
    assert results[0]["properties"]["outcome"] == "unverified"


def test_a_value_that_is_no_region_is_unverified_not_outside_the_scope(tmp_path: Path) -> None:
    tree = 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  region = "nowhere-9"\n}\n'
    write_tree(tmp_path / "tree", {"main.tf": tree})
    out = tmp_path / "out.sarif"
    completed = run_sovscan(
        "scan", str(tmp_path / "tree"), "--select", "PRV002", "--format", "sarif", "-o", str(out)
    )  # fmt: skip
    assert completed.returncode in (0, 1), completed.stderr
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["properties"]["outcome"] for r in results] == ["unverified"]
