"""Terraform plan JSON: it resolves what static evaluation left unknown, for the resources
it provably describes; it never replaces the configuration, and in strict mode only a plan
named with --plan is applied."""

from __future__ import annotations

import json
from pathlib import Path

from scanner.config.settings import Config
from scanner.pipeline import ScanRequest, run_scan
from tests.conftest import write_tree
from tests.helpers import core_disabled, run_core

MAIN_TF = """provider "aws" {
  region = var.region
}

variable "region" {}

resource "aws_s3_bucket" "records" {
  bucket = "records"
}

module "store" {
  source = "./store"
}
"""
STORE_TF = 'resource "aws_s3_bucket" "copy" {\n  bucket = "copy"\n  region = "eu-central-2"\n}\n'


def _plan() -> dict:
    return {
        "format_version": "1.2",
        "terraform_version": "1.9.5",
        "variables": {"region": {"value": "us-east-1"}},
        "planned_values": {
            "root_module": {
                "resources": [
                    {
                        "address": "aws_s3_bucket.records",
                        "mode": "managed",
                        "type": "aws_s3_bucket",
                        "name": "records",
                        "provider_name": "registry.terraform.io/hashicorp/aws",
                        "values": {"bucket": "records"},
                    }
                ],
                "child_modules": [
                    {
                        "address": "module.store",
                        "resources": [
                            {
                                "address": "module.store.aws_s3_bucket.copy",
                                "mode": "managed",
                                "type": "aws_s3_bucket",
                                "name": "copy",
                                "provider_name": "registry.terraform.io/hashicorp/aws",
                                "values": {"bucket": "copy", "region": "eu-central-2"},
                            }
                        ],
                    }
                ],
            }
        },
        "configuration": {
            "provider_config": {
                "aws": {
                    "name": "aws",
                    "full_name": "registry.terraform.io/hashicorp/aws",
                    "expressions": {"region": {"references": ["var.region"]}},
                }
            },
            "root_module": {
                "resources": [
                    {
                        "address": "aws_s3_bucket.records",
                        "type": "aws_s3_bucket",
                        "name": "records",
                        "provider_config_key": "aws",
                    }
                ],
                "module_calls": {
                    "store": {
                        "source": "./store",
                        "module": {
                            "resources": [
                                {
                                    "address": "aws_s3_bucket.copy",
                                    "type": "aws_s3_bucket",
                                    "name": "copy",
                                    "provider_config_key": "aws",
                                }
                            ]
                        },
                    }
                },
            },
        },
    }


def test_plan_values_resolve_what_static_evaluation_left_unknown(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": MAIN_TF, "store/main.tf": STORE_TF, "plan.json": json.dumps(_plan(), indent=1)})
    result = run_scan(ScanRequest(paths=[tmp_path], config=Config(disabled=core_disabled()), tool_version="t"))
    found = {(f.rule_id, f.address, f.location.path, f.location.start_line) for f in result.findings}
    assert found == {
        ("RES001", "aws_s3_bucket.records", "main.tf", 7),
        ("RES001", "module.store.aws_s3_bucket.copy", "store/main.tf", 1),
    }
    records = next(f for f in result.findings if f.address == "aws_s3_bucket.records")
    assert "us-east-1" in records.message
    assert [s.label for s in records.related][:2] == ['region of provider "aws"', "var.region in the plan"]


def test_plan_alone_points_into_the_plan(tmp_path: Path) -> None:
    write_tree(tmp_path, {"plans/plan.json": json.dumps(_plan(), indent=1)})
    result = run_scan(ScanRequest(paths=[tmp_path], config=Config(disabled=core_disabled()), tool_version="t"))
    assert {(f.rule_id, f.location.path) for f in result.findings} == {("RES001", "plans/plan.json")}
    assert len(result.findings) == 2


def _planned(resources: list[tuple[str, dict]], region: str = "us-east-1") -> dict:
    """A plan of `(address, planned values)` resources, the provider's region from var.region."""
    modules: dict[str, list[dict]] = {}
    for address, values in resources:
        module, _, local = address.rpartition(".aws_")
        rtype, name = ("aws_" + local).split(".")
        name = name.split("[")[0]
        modules.setdefault(module, []).append(
            {
                "address": address,
                "mode": "managed",
                "type": rtype,
                "name": name,
                "provider_name": "registry.terraform.io/hashicorp/aws",
                "values": values,
            }
        )
    root = {"resources": modules.pop("", [])}
    root["child_modules"] = [{"address": m, "resources": r} for m, r in sorted(modules.items())]
    return {
        "format_version": "1.2",
        "variables": {"region": {"value": region}},
        "planned_values": {"root_module": root},
        "configuration": {
            "provider_config": {"aws": {"name": "aws", "expressions": {"region": {"references": ["var.region"]}}}},
            "root_module": {},
        },
    }


UNKNOWN_REGION_TF = (
    'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n'
    'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
)
FIXED_REGION_TF = 'provider "aws" {\n  region = "%s"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def _scan(*args: str) -> tuple[int, list[dict], list[dict]]:
    completed = run_core("scan", *args, "--no-cache", "--format", "json")
    assert completed.returncode in (0, 1), completed.stderr
    data = json.loads(completed.stdout)
    return completed.returncode, data["findings"], data["notifications"]


def _regions(findings: list[dict]) -> set[tuple[str, str]]:
    return {(f["rule"], f["address"]) for f in findings}


def test_an_empty_plan_in_the_tree_no_longer_removes_the_findings(tmp_path: Path) -> None:
    tree = write_tree(
        tmp_path,
        {"main.tf": FIXED_REGION_TF % "us-east-1", "plan.json": '{"format_version":"1.2","planned_values":{}}'},
    )
    for strict in ((), ("--strict",)):
        code, findings, notes = _scan(str(tree), *strict)
        assert code == 1
        assert _regions(findings) == {("RES001", "aws_s3_bucket.b")}
        assert any(n["path"] == "plan.json" for n in notes)


def test_a_plan_in_the_tree_resolves_unknowns_outside_strict_mode_only(tmp_path: Path) -> None:
    plan = _planned([("aws_s3_bucket.b", {"bucket": "b"})], region="us-east-1")
    tree = write_tree(tmp_path, {"main.tf": UNKNOWN_REGION_TF, "plan.json": json.dumps(plan)})
    code, findings, notes = _scan(str(tree))
    assert code == 1 and _regions(findings) == {("RES001", "aws_s3_bucket.b")}
    # It matches its configuration; that it was applied is said.
    assert [n["message"] for n in notes if n["path"] == "plan.json"] == [
        "plan plan.json applied to 1 resource(s) of the root module at the scan root"
        " (found in the scanned tree: not applied with --strict)"
    ]
    code, findings, notes = _scan(str(tree), "--strict")
    assert _regions(findings) == {("RES002", "aws_s3_bucket.b")}
    assert [n["path"] for n in notes if "strict" in n["message"]] == ["plan.json"]


def test_a_plan_named_with_the_option_applies_in_strict_mode(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": UNKNOWN_REGION_TF})
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(_planned([("aws_s3_bucket.b", {"bucket": "b"})], "ca-central-1")), encoding="utf-8")
    code, findings, _ = _scan(str(tree), "--strict", "--plan", str(plan))
    assert code == 1
    assert _regions(findings) == {("RES001", "aws_s3_bucket.b")}
    assert "ca-central-1" in findings[0]["message"]
    assert findings[0]["path"] == "main.tf"
    inside = write_tree(tree, {"plans/eu.json": json.dumps(_planned([("aws_s3_bucket.b", {})], "eu-west-3"))})
    code, findings, _ = _scan(str(tree), "--strict", "--plan", str(inside / "plans" / "eu.json"))
    assert code == 0 and findings == []


def test_a_known_value_the_plan_contradicts_is_reported_and_both_are_checked(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": FIXED_REGION_TF % "eu-west-3"})
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(_planned([("aws_s3_bucket.b", {"bucket": "other"})], "us-east-1")), encoding="utf-8")
    code, findings, notes = _scan(str(tree), "--plan", str(plan))
    assert code == 1
    assert _regions(findings) == {("RES001", "aws_s3_bucket.b")} and "us-east-1" in findings[0]["message"]
    contradictions = [n["message"] for n in notes if "contradicts" in n["message"]]
    assert len(contradictions) == 2
    assert any("eu-west-3" in m and "us-east-1" in m for m in contradictions)
    assert any("bucket" in m and "other" in m for m in contradictions)


MODULE_ROOT_TF = (
    'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\nmodule "store" {\n  source = "./store"\n}\n'
)


def test_a_plan_applies_only_to_the_addresses_it_describes(tmp_path: Path) -> None:
    tree = write_tree(
        tmp_path / "repo", {"main.tf": MODULE_ROOT_TF, "store/main.tf": 'resource "aws_s3_bucket" "b" {}\n'}
    )
    plan = tmp_path / "plan.json"
    # Another module instance: the plan was made from another configuration.
    plan.write_text(json.dumps(_planned([("module.store[0].aws_s3_bucket.b", {})], "us-east-1")), encoding="utf-8")
    code, findings, notes = _scan(str(tree), "--plan", str(plan))
    # The configured resource stays unknown; the planned one, in no configuration, is still checked.
    assert code == 1
    assert _regions(findings) == {
        ("RES002", "module.store.aws_s3_bucket.b"),
        ("RES001", "module.store[0].aws_s3_bucket.b"),
    }
    mismatch = [n["message"] for n in notes if "does not match" in n["message"]]
    assert len(mismatch) == 1
    assert "module.store[0].aws_s3_bucket.b" in mismatch[0] and "module.store.aws_s3_bucket.b" in mismatch[0]


def test_a_plan_applies_to_the_root_it_was_made_from(tmp_path: Path) -> None:
    tree = write_tree(
        tmp_path / "repo",
        {
            "live/a/main.tf": UNKNOWN_REGION_TF,
            "live/b/main.tf": UNKNOWN_REGION_TF.replace('"b" {', '"logs" {'),
        },
    )
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(_planned([("aws_s3_bucket.logs", {})], "us-east-1")), encoding="utf-8")
    code, findings, notes = _scan(str(tree), "--strict", "--plan", str(plan))
    assert code == 1
    assert {(f["rule"], f["path"]) for f in findings} == {("RES002", "live/a/main.tf"), ("RES001", "live/b/main.tf")}
    assert [n["message"] for n in notes if "plan" in n["message"]] == [
        f"plan {plan} applied to 1 resource(s) of root module live/b"
    ]


def test_a_changed_plan_is_read_again_by_a_cached_scan(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": UNKNOWN_REGION_TF})
    plan = tmp_path / "plan.json"
    for region, rule in (("us-east-1", "RES001"), ("eu-west-3", None), ("ca-central-1", "RES001")):
        plan.write_text(json.dumps(_planned([("aws_s3_bucket.b", {})], region)), encoding="utf-8")
        completed = run_core("scan", str(tree), "--plan", str(plan), "--format", "json")
        findings = json.loads(completed.stdout)["findings"]
        assert [f["rule"] for f in findings] == ([rule] if rule else [])
        assert all(region in f["message"] for f in findings)


def test_a_plan_option_that_names_no_plan_fails_the_scan(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": FIXED_REGION_TF % "eu-west-3"})
    (tmp_path / "notes.json").write_text('{"hello": "world"}', encoding="utf-8")
    code, findings, _ = _scan(str(tree), "--plan", str(tmp_path / "notes.json"))
    assert code == 1
    assert [f["rule"] for f in findings] == ["PARSE001"]


def test_equal_numbers_are_no_contradiction(tmp_path: Path) -> None:
    from scanner.adapt.tfplan import _same

    assert _same(1, 1.0) and _same(True, "true") and _same("10", 10)
    assert not _same(1, 2) and not _same(True, 1)


def test_a_plan_alone_drops_no_resource_of_a_provider_without_a_placement_table(tmp_path: Path) -> None:
    """A plan scanned on its own: a SaaS resource is judged where it keeps data, a resource of
    a provider sovscan does not know is unknown (as in a configuration), a placeless one is not."""

    def resource(rtype: str, provider: str, values: dict) -> dict:
        return {
            "address": f"{rtype}.x",
            "mode": "managed",
            "type": rtype,
            "name": "x",
            "provider_name": f"registry.terraform.io/{provider}",
            "values": values,
        }

    plan = {
        "format_version": "1.2",
        "planned_values": {
            "root_module": {
                "resources": [
                    resource("ec_deployment", "elastic/ec", {"region": "gcp-us-central1", "name": "logs"}),
                    resource("acme_database", "acme/acme", {"name": "records"}),
                    resource("random_id", "hashicorp/random", {"byte_length": 8}),
                ]
            }
        },
    }
    write_tree(tmp_path, {"plan.json": json.dumps(plan, indent=1)})
    result = run_scan(ScanRequest(paths=[tmp_path], config=Config(), tool_version="t"))
    found = [(f.rule_id, f.message) for f in result.findings]
    assert [m for rule, m in found if rule == "EGR001" and "ec_deployment.x" in m and "United States" in m]
    assert [m for rule, m in found if rule == "RES002" and "acme_database.x" in m]
    assert not [f for f in result.findings if "random_id" in f.message]
