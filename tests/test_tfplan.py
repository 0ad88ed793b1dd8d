"""Terraform plan JSON: planned values and provider configuration, mapped back to source."""

from __future__ import annotations

import json
from pathlib import Path

from scanner.config import Config
from scanner.pipeline import ScanRequest, run_scan
from tests.conftest import write_tree
from tests.helpers import core_disabled

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


def test_plan_values_replace_static_evaluation(tmp_path: Path) -> None:
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
