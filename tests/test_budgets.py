"""Evaluation budgets: nothing is truncated silently.

Within a budget every instance and value is evaluated; beyond it the value is unknown,
the budget is named in a notification (with the file and line), and the scan is incomplete
(`execution_successful` false). These tests run the real command; the figures (time,
memory) of the hostile set are measured by `benchmarks/hostile.py`, not here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scanner.evaluate.budget import MAX_INSTANCES, MAX_STEPS, MAX_VALUE_SIZE
from tests.helpers import run_sovscan

PROVIDER = 'provider "aws" {\n  region = "eu-west-3"\n}\n'


def _scan(tmp_path: Path, main_tf: str) -> tuple[int, dict[str, Any]]:
    tree = tmp_path / "tree"
    tree.mkdir(exist_ok=True)
    (tree / "main.tf").write_text(PROVIDER + main_tf, encoding="utf-8")
    result = run_sovscan("scan", str(tree), "--format", "json", "--no-cache", "--select", "RES001,RES002")
    assert result.returncode in (0, 1, 3), result.stderr
    return result.returncode, json.loads(result.stdout)


def _findings(report: dict[str, Any], rule: str) -> dict[str, str]:
    return {f["address"]: f["message"] for f in report["findings"] if f["rule"] == rule}


def _budget_notes(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in report["notifications"] if "budget" in n["message"]]


def _assert_incomplete(code: int, report: dict[str, Any]) -> None:
    assert report["summary"]["execution_successful"] is False
    assert code != 0


def test_count_past_the_old_cap_is_expanded_in_full(tmp_path: Path) -> None:
    code, report = _scan(
        tmp_path,
        'resource "aws_s3_bucket" "b" {\n  count  = 1001\n  bucket = "b-${count.index}"\n'
        '  region = count.index == 1000 ? "us-east-1" : "eu-west-3"\n}\n',
    )
    assert set(_findings(report, "RES001")) == {"aws_s3_bucket.b[1000]"}
    assert report["summary"]["resources"] == 1001
    assert report["summary"]["execution_successful"] is True
    assert not _budget_notes(report)
    assert code == 1


def test_for_each_past_the_old_cap_is_expanded_in_full(tmp_path: Path) -> None:
    _, report = _scan(
        tmp_path,
        'locals {\n  keys = [for i in split(",", join(",", [for a in ["a","b","c","d","e","f","g","h","i","j","k"] :'
        ' join(",", [for b in ["a","b","c","d","e","f","g","h","i","j","k"] : join(",", [for c in ["a","b","c",'
        '"d","e","f","g","h","i"] : "${a}${b}${c}"])])])) : i]\n}\n'
        'resource "aws_s3_bucket" "b" {\n  for_each = toset(local.keys)\n  bucket   = each.key\n'
        '  region   = each.key == "kki" ? "us-east-1" : "eu-west-3"\n}\n',
    )
    assert report["summary"]["resources"] == 11 * 11 * 9
    assert set(_findings(report, "RES001")) == {'aws_s3_bucket.b["kki"]'}
    assert report["summary"]["execution_successful"] is True


def test_count_past_the_instance_budget_is_unknown_and_named(tmp_path: Path) -> None:
    count = MAX_INSTANCES * 2
    code, report = _scan(
        tmp_path,
        f'resource "aws_s3_bucket" "many" {{\n  count  = {count}\n'
        f'  region = count.index == {count - 1} ? "us-east-1" : "eu-west-3"\n}}\n'
        'resource "aws_s3_bucket" "one" {\n  bucket = "one"\n}\n',
    )
    unknown = _findings(report, "RES002")
    assert list(unknown) == ["aws_s3_bucket.many[*]"]
    assert "budget" in unknown["aws_s3_bucket.many[*]"]
    assert not _findings(report, "RES001")  # the last instance is not passed silently: it is unknown
    notes = _budget_notes(report)
    assert len(notes) == 1
    assert "aws_s3_bucket.many" in notes[0]["message"] and f"{count:,}" in notes[0]["message"]
    assert (notes[0]["path"], notes[0]["line"]) == ("main.tf", 4)
    _assert_incomplete(code, report)


def test_instance_budget_is_shared_by_the_unit(tmp_path: Path) -> None:
    """Module count × resource count: the instances past the unit's budget are unknown."""
    tree = tmp_path / "tree"
    (tree / "mod").mkdir(parents=True)
    (tree / "main.tf").write_text(PROVIDER + 'module "m" {\n  count  = 20\n  source = "./mod"\n}\n', encoding="utf-8")
    per_module = MAX_INSTANCES // 10
    (tree / "mod" / "main.tf").write_text(
        f'resource "aws_s3_bucket" "b" {{\n  count  = {per_module}\n'
        '  region = count.index == 0 ? "eu-west-3" : "eu-west-1"\n}\n',
        encoding="utf-8",
    )
    result = run_sovscan("scan", str(tree), "--format", "json", "--no-cache", "--select", "RES001,RES002")
    report = json.loads(result.stdout)
    unknown = _findings(report, "RES002")
    # 20 module instances spend 20; then 9 modules' resources fit (9 × per_module), the 10th does not.
    expanded = (MAX_INSTANCES - 20) // per_module
    assert len(unknown) == 20 - expanded
    assert all(address.endswith("aws_s3_bucket.b[*]") for address in unknown)
    assert report["summary"]["resources"] == expanded * per_module + (20 - expanded)
    assert len(_budget_notes(report)) == 20 - expanded
    _assert_incomplete(result.returncode, report)


def test_a_string_that_grows_past_the_size_budget_is_unknown(tmp_path: Path) -> None:
    code, report = _scan(
        tmp_path,
        'locals {\n  s0 = "abcdefghij"\n  s1 = join("", [for i in split("", local.s0) : local.s0])\n'
        '  s2 = replace(local.s1, "a", local.s1)\n  s3 = replace(local.s2, "b", local.s2)\n'
        '  s4 = replace(local.s3, "c", local.s3)\n}\n'
        'resource "aws_s3_bucket" "grown" {\n  region = length(local.s4) > 0 ? "us-east-1" : "eu-west-3"\n}\n',
    )
    assert "budget" in _findings(report, "RES002")["aws_s3_bucket.grown"]
    notes = _budget_notes(report)
    assert [(n["path"], n["line"]) for n in notes] == [("main.tf", 9)]
    assert "replace()" in notes[0]["message"] and f"{MAX_VALUE_SIZE:,}" in notes[0]["message"]
    _assert_incomplete(code, report)


def test_a_template_that_grows_past_the_size_budget_is_unknown(tmp_path: Path) -> None:
    levels = ['  t0 = "0123456789"']
    levels += [f'  t{i} = "{("${local.t" + str(i - 1) + "}") * 10}"' for i in range(1, 8)]
    code, report = _scan(
        tmp_path,
        "locals {\n" + "\n".join(levels) + "\n}\n"
        'resource "aws_s3_bucket" "b" {\n  region = length(local.t7) > 0 ? "us-east-1" : "eu-west-3"\n}\n',
    )
    assert "aws_s3_bucket.b" in _findings(report, "RES002")
    assert any("template" in n["message"] for n in _budget_notes(report))
    _assert_incomplete(code, report)


def test_nested_concat_and_shared_nesting_stop_at_the_size_budget(tmp_path: Path) -> None:
    concat = ['  c0 = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]']
    concat += [f"  c{i} = concat({', '.join([f'local.c{i - 1}'] * 10)})" for i in range(1, 8)]
    nested = ['  n0 = ["x"]'] + [f"  n{i} = [local.n{i - 1}, local.n{i - 1}]" for i in range(1, 41)]
    code, report = _scan(
        tmp_path,
        "locals {\n" + "\n".join(concat + nested) + "\n}\n"
        'resource "aws_s3_bucket" "concat" {\n  region = element(local.c7, 3) == "d" ? "us-east-1" : "eu-west-3"\n}\n'
        'resource "aws_s3_bucket" "nested" {\n  region = local.n40 == local.n39 ? "eu-west-3" : "us-east-1"\n}\n'
        'resource "aws_s3_bucket" "small" {\n  region = element(local.c2, 3) == "d" ? "us-east-1" : "eu-west-3"\n}\n',
    )
    assert set(_findings(report, "RES002")) == {"aws_s3_bucket.concat", "aws_s3_bucket.nested"}
    assert set(_findings(report, "RES001")) == {"aws_s3_bucket.small"}  # within the budget: evaluated
    messages = " ".join(n["message"] for n in _budget_notes(report))
    assert "concat()" in messages and "tuple" in messages
    _assert_incomplete(code, report)


def test_references_that_fan_out_are_evaluated_once(tmp_path: Path) -> None:
    """Each resource names the previous one twice: 2^40 evaluations if each were evaluated
    again, 40 when a resource's argument is evaluated once."""
    chain = ['resource "aws_s3_bucket" "r0" {\n  region = "us-east-1"\n}\n']
    chain += [
        f'resource "aws_s3_bucket" "r{i}" {{\n'
        f"  region = coalesce(aws_s3_bucket.r{i - 1}.region, aws_s3_bucket.r{i - 1}.region)\n}}\n"
        for i in range(1, 41)
    ]
    _, report = _scan(tmp_path, "".join(chain))
    assert set(_findings(report, "RES001")) == {f"aws_s3_bucket.r{i}" for i in range(41)}
    assert report["summary"]["execution_successful"] is True


def test_work_past_the_step_budget_is_unknown_and_named(tmp_path: Path) -> None:
    """Three nested `for` over 200 items: 8 million iterations of small values."""
    items = ", ".join(f'"i{i}"' for i in range(200))
    code, report = _scan(
        tmp_path,
        f"locals {{\n  l = [{items}]\n"
        "  n = length([for a in local.l : length([for b in local.l : length([for c in local.l : 1])])])\n}\n"
        'resource "aws_s3_bucket" "busy" {\n  region = local.n > 0 ? "us-east-1" : "eu-west-3"\n}\n'
        'resource "aws_s3_bucket" "idle" {\n  region = "us-east-1"\n}\n',
    )
    assert "budget" in _findings(report, "RES002")["aws_s3_bucket.busy"]
    # Evaluated after the budget ran out: unknown too, but reported, never passed.
    assert "aws_s3_bucket.idle" in {**_findings(report, "RES001"), **_findings(report, "RES002")}
    notes = _budget_notes(report)
    assert [(n["path"], n["line"]) for n in notes] == [("main.tf", 6)]
    assert f"{MAX_STEPS:,} steps" in notes[0]["message"]
    _assert_incomplete(code, report)


def test_arithmetic_takes_numbers_only(tmp_path: Path) -> None:
    """Terraform's `*` multiplies numbers; it never repeats a string a billion times."""
    _, report = _scan(
        tmp_path,
        'resource "aws_s3_bucket" "b" {\n  region = try("eu-west-3" * 1000000000, "us-east-1")\n}\n',
    )
    assert set(_findings(report, "RES001")) == {"aws_s3_bucket.b"}
    assert report["summary"]["execution_successful"] is True


def test_the_step_budget_is_named_when_a_large_value_carries_the_count_past_it() -> None:
    """Building a value counts its size as work: the count may jump past the budget."""
    from scanner.evaluate.budget import Budget
    from scanner.evaluate.expressions import Context, evaluate
    from scanner.model import Value

    budget = Budget()
    budget.steps = budget.max_steps - 1
    big = budget.charge(Value(["x" * 1000] * 900), "a list", "main.tf", 3)
    assert big.known and budget.steps > budget.max_steps + 1
    value = evaluate(["lit", 4, "eu-west-3"], Context("main.tf", budget=budget))
    assert not value.known
    assert [(r.path, r.line) for r in budget.records] == [("main.tf", 4)]
    assert budget.incomplete
