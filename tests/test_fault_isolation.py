"""Fault isolation: an evaluation error is what try() and can() recover from, as in
Terraform; an unexpected exception costs the one expression or resource it came from —
that resource is reported as unknown with the reason, the scan is incomplete, and every
other resource and unit is still checked and reported."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from scanner.model import Finding, ScanResult
from tests.helpers import run_sovscan, scan

PROVIDER = 'provider "aws" {\n  region = "eu-west-3"\n}\n'
SELECT = ("RES001", "RES002")


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _by_address(result: ScanResult, rule: str) -> dict[str, str]:
    return {f.address: f.message for f in result.findings if f.rule_id == rule}


def _core(paths: list[Path]) -> ScanResult:
    from tests.helpers import core_disabled

    return scan(paths, disabled=core_disabled())


# --- try() and can() -------------------------------------------------------------


TRY_TREE = {
    "a/main.tf": (
        'provider "aws" {\n  region = "eu-west-3"\n}\n'
        'data "aws_s3_bucket" "existing" {\n  count  = 0\n  bucket = "x"\n}\n'
        'resource "aws_s3_bucket" "fallback" {\n'
        '  region = try(data.aws_s3_bucket.existing[0].region, "us-east-1")\n}\n'
        'resource "aws_s3_bucket" "checked" {\n'
        '  region = can(data.aws_s3_bucket.existing[0].region) ? "eu-west-3" : "us-west-2"\n}\n'
    ),
    "b/main.tf": (
        'provider "aws" {\n  region = "ap-south-1"\n}\nresource "aws_s3_bucket" "other" {\n  bucket = "o"\n}\n'
    ),
}


def test_try_recovers_from_an_index_into_a_resource_with_no_instances(tmp_path: Path) -> None:
    """Two directories; one holds the try() pattern that used to discard its unit."""
    tree = _tree(tmp_path / "tree", TRY_TREE)
    result = run_sovscan("scan", str(tree), "--format", "json", "--no-cache", "--select", ",".join(SELECT))
    report = json.loads(result.stdout)
    outside = {f["address"]: f["properties"].get("region") for f in report["findings"] if f["rule"] == "RES001"}
    assert outside == {
        "aws_s3_bucket.fallback": "us-east-1",  # try() took its fallback
        "aws_s3_bucket.checked": "us-west-2",  # can() was false
        "aws_s3_bucket.other": "ap-south-1",  # the other directory is intact
    }
    assert report["summary"]["execution_successful"] is True
    assert not report["notifications"]
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("expression", "region"),
    [
        ('try({a = "eu-west-3"}.b, "us-east-1")', "us-east-1"),  # missing attribute
        ('try({a = "eu-west-3"}["b"], "us-east-1")', "us-east-1"),  # missing key
        ('try(["eu-west-3"][3], "us-east-1")', "us-east-1"),  # index out of range
        ('try(1 + "x", "us-east-1")', "us-east-1"),  # type error
        ('try(element([], 0), "us-east-1")', "us-east-1"),  # failed function call
        ('try(lookup({}, "k"), "us-east-1")', "us-east-1"),
        ('try(["eu-west-3"][0], "us-east-1")', None),  # no error: the first argument
        ('can(["x"][3]) ? "eu-west-3" : "us-east-1"', "us-east-1"),
    ],
)
def test_try_and_can_catch_evaluation_errors(tmp_path: Path, expression: str, region: str | None) -> None:
    tree = _tree(tmp_path, {"main.tf": PROVIDER + f'resource "aws_s3_bucket" "b" {{\n  region = {expression}\n}}\n'})
    result = _core([tree])
    outside = _by_address(result, "RES001")
    if region is None:
        assert not outside
    else:
        assert list(outside) == ["aws_s3_bucket.b"] and region in outside["aws_s3_bucket.b"]
    assert not _by_address(result, "RES002")
    assert result.execution_successful


def test_try_does_not_choose_past_an_unknown_value(tmp_path: Path) -> None:
    """An unknown is not an error: Terraform would wait for it, so the value stays unknown."""
    tree = _tree(
        tmp_path,
        {
            "main.tf": PROVIDER
            + 'variable "r" {}\nresource "aws_s3_bucket" "b" {\n  region = try(var.r, "eu-west-3")\n}\n'
        },
    )
    result = _core([tree])
    assert "aws_s3_bucket.b" in _by_address(result, "RES002")


# --- injected faults -------------------------------------------------------------

TREE = {
    "one/main.tf": (
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        'locals {\n  broken = "eu-west-3"\n  fine = "ap-south-1"\n}\n'
        'resource "aws_s3_bucket" "victim" {\n  region = local.broken\n}\n'
        'resource "aws_s3_bucket" "neighbour" {\n  region = local.fine\n}\n'
        'resource "aws_s3_bucket" "plain" {\n  bucket = "p"\n}\n'
    ),
    "two/main.tf": 'provider "aws" {\n  region = "us-west-2"\n}\nresource "aws_s3_bucket" "far" {\n  bucket = "f"\n}\n',
}


def _clean_findings(tmp_path: Path) -> tuple[Path, set[tuple[str, str, str]]]:
    tree = _tree(tmp_path / "tree", TREE)
    return tree, _keys(_core([tree]).findings)


def _keys(findings: list[Finding]) -> set[tuple[str, str, str]]:
    return {(f.rule_id, f.address, f.message) for f in findings}


def _raising_for(original: Callable[..., Any], hit: Callable[..., bool]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if hit(*args, **kwargs):
            raise RuntimeError("injected fault")
        return original(*args, **kwargs)

    return wrapper


@pytest.fixture
def clean(tmp_path: Path) -> Iterator[tuple[Path, set[tuple[str, str, str]]]]:
    yield _clean_findings(tmp_path)


def _assert_only_victim_lost(
    result: ScanResult, clean: set[tuple[str, str, str]], victim: str, expected_reason: str
) -> None:
    others = {key for key in clean if key[1] != victim}
    assert others <= _keys(result.findings), "another resource's findings were lost"
    unknown = _by_address(result, "RES002")
    assert victim in unknown and expected_reason in unknown[victim]
    assert not result.execution_successful
    assert any(victim in n.message or "injected fault" in n.message for n in result.notifications)


def test_a_fault_while_evaluating_costs_only_that_expression(
    clean: tuple[Path, set[tuple[str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from scanner.evaluate.instance import Instance

    tree, findings = clean
    monkeypatch.setattr(Instance, "_local", _raising_for(Instance._local, lambda self, name: name == "broken"))
    result = _core([tree])
    _assert_only_victim_lost(result, findings, "aws_s3_bucket.victim", "injected fault")
    assert ("RES001", "aws_s3_bucket.neighbour") in {(f.rule_id, f.address) for f in result.findings}
    assert any(n.path == "one/main.tf" and "injected fault" in n.message for n in result.notifications)


def test_a_fault_while_reading_a_resource_costs_only_that_resource(
    clean: tuple[Path, set[tuple[str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import scanner.adapt.terraform as adapter

    tree, findings = clean
    hit = lambda instance, block, iteration, table: block.labels[1] == "victim"  # noqa: E731
    monkeypatch.setattr(adapter, "placement", _raising_for(adapter.placement, hit))
    result = _core([tree])
    _assert_only_victim_lost(result, findings, "aws_s3_bucket.victim", "internal error")


def test_a_fault_in_a_rule_costs_only_that_rule_on_that_resource(
    clean: tuple[Path, set[tuple[str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from scanner.check import engine

    tree, findings = clean
    hit = lambda rule, asset, ctx, catalog: asset.resource.address == "aws_s3_bucket.plain"  # noqa: E731
    kinds = dict(engine.CHECK_KINDS)
    kinds["region-in-zone"] = _raising_for(kinds["region-in-zone"], hit)
    monkeypatch.setattr(engine, "CHECK_KINDS", kinds)
    result = _core([tree])
    assert {key for key in findings if key[1] != "aws_s3_bucket.plain"} <= _keys(result.findings)
    assert not result.execution_successful
    assert any("aws_s3_bucket.plain" in n.message and "RES001" in n.message for n in result.notifications)


def test_a_fault_that_loses_a_unit_leaves_the_other_units(
    clean: tuple[Path, set[tuple[str, str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even a fault outside every guard of the evaluator costs one unit, not the scan."""
    import scanner.adapt.terraform as adapter

    tree, findings = clean
    hit = lambda project: any(i.module.directory == "one" for i in project.instances)  # noqa: E731
    monkeypatch.setattr(adapter, "project_assets", _raising_for(adapter.project_assets, hit))
    result = _core([tree])
    assert {key for key in findings if key[1] == "aws_s3_bucket.far"} <= _keys(result.findings)
    assert not result.execution_successful
    # The lost directory does not vanish: its file is reported as not scanned.
    assert [f.location.path for f in result.findings if f.rule_id == "PARSE001"] == ["one/main.tf"]
