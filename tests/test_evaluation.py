"""Terraform evaluation: every construct that decides where a resource lands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.config.settings import Config
from scanner.model import ScanResult
from scanner.pipeline import ScanRequest, run_scan
from tests.conftest import write_tree
from tests.helpers import core_disabled

BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'


def _scan(root: Path, **request: object) -> ScanResult:
    config = Config(disabled=core_disabled())
    return run_scan(ScanRequest(paths=[root], config=config, tool_version="t", **request))  # type: ignore[arg-type]


def _regions(result: ScanResult) -> dict[str, tuple[str, str]]:
    """address → (rule, message) for region findings."""
    return {f.address: (f.rule_id, f.message) for f in result.findings if f.rule_id.startswith("RES")}


def _only(result: ScanResult) -> tuple[str, str]:
    found = _regions(result)
    assert len(found) == 1, found
    return next(iter(found.values()))


PROVIDER_VAR = 'variable "region" {\n  default = "eu-west-3"\n}\nprovider "aws" {\n  region = var.region\n}\n'


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({}, None),
        ({"terraform.tfvars": 'region = "us-east-1"\n'}, "us-east-1"),
        ({"terraform.tfvars.json": '{"region": "us-west-1"}'}, "us-west-1"),
        ({"terraform.tfvars": 'region = "us-east-1"\n', "a.auto.tfvars": 'region = "ap-south-1"\n'}, "ap-south-1"),
        ({"a.auto.tfvars": 'region = "ap-south-1"\n', "b.auto.tfvars": 'region = "sa-east-1"\n'}, "sa-east-1"),
        ({"other.tfvars": 'region = "us-east-1"\n'}, None),
    ],
)
def test_variable_precedence(tmp_path: Path, files: dict[str, str], expected: str | None) -> None:
    write_tree(tmp_path, {"main.tf": PROVIDER_VAR + BUCKET, **files})
    result = _scan(tmp_path)
    if expected is None:
        assert _regions(result) == {}
    else:
        assert expected in _only(result)[1]


def test_var_file_and_var_beat_tfvars(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": PROVIDER_VAR + BUCKET, "terraform.tfvars": 'region = "eu-west-1"\n'})
    (tmp_path / "prod.tfvars").write_text('region = "us-east-2"\n')
    with_file = _scan(tmp_path, var_files=[tmp_path / "prod.tfvars"])
    assert "us-east-2" in _only(with_file)[1]
    with_var = _scan(tmp_path, var_files=[tmp_path / "prod.tfvars"], var_values={"region": "eu-central-2"})
    assert "eu-central-2" in _only(with_var)[1]


def test_provenance_chain_to_tfvars(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": PROVIDER_VAR + BUCKET, "terraform.tfvars": '\n\nregion = "us-east-1"\n'})
    finding = next(f for f in _scan(tmp_path).findings if f.rule_id == "RES001")
    steps = [(s.label, s.location.path, s.location.start_line) for s in finding.related]
    assert steps[0][:2] == ('region of provider "aws"', "main.tf")
    assert ("var.region", "main.tf", 5) in steps
    assert ("region in terraform.tfvars", "terraform.tfvars", 3) in steps


def test_locals_in_any_order_functions_and_cycles(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": """
provider "aws" {
  region = local.region
}
locals {
  region = lower(format("%s-%s-%d", local.geo, "WEST", 2))
  geo    = upper(element(split(",", "eu,us"), 0))
}
resource "aws_s3_bucket" "b" {
  bucket = "x"
}
""",
            "cycle/main.tf": """
locals {
  a = local.b
  b = local.a
}
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = local.a
}
""",
        },
    )
    found = _regions(_scan(tmp_path))
    assert found["aws_s3_bucket.b"][0] == "RES001" and "eu-west-2" in found["aws_s3_bucket.b"][1]
    assert found["azurerm_resource_group.rg"][0] == "RES002" and "cycle" in found["azurerm_resource_group.rg"][1]


@pytest.mark.parametrize(
    ("expression", "rule", "text"),
    [
        ('lookup({paris = "eu-west-3", virginia = "us-east-1"}, "virginia", "x")', "RES001", "us-east-1"),
        ('coalesce("", "us-east-1")', "RES001", "us-east-1"),
        ('join("-", concat(["us"], ["east", "1"]))', "RES001", "us-east-1"),
        ('replace("us_east_1", "_", "-")', "RES001", "us-east-1"),
        ('substr("xxus-east-1", 2, -1)', "RES001", "us-east-1"),
        ('trimspace("  us-east-1 ")', "RES001", "us-east-1"),
        ('try(local.nothing, "us-east-1")', "RES002", "local.nothing"),
        ('keys(merge({"us-east-1" = 1}, {}))[0]', "RES001", "us-east-1"),
        ('values({a = "us-east-1"})[0]', "RES001", "us-east-1"),
        ('length(["a"]) == 1 ? "us-east-1" : "eu-west-3"', "RES001", "us-east-1"),
        ('contains(toset(["a"]), "a") ? tostring("us-east-1") : "eu-west-3"', "RES001", "us-east-1"),
        ('tolist(["us-east-1"])[0]', "RES001", "us-east-1"),
        ('[for r in ["us-east-1", "eu-west-3"] : r if r != "eu-west-3"][0]', "RES001", "us-east-1"),
        ('{for k, v in {a = "us-east-1"} : v => k}["us-east-1"] == "a" ? "us-east-1" : "x"', "RES001", "us-east-1"),
        ('([{r = "us-east-1"}][*].r)[0]', "RES001", "us-east-1"),
        ('"${"us"}-east-${1}"', "RES001", "us-east-1"),
        ("timestamp()", "RES002", "function timestamp() is not evaluated"),
        ("can(local.x) ? 1 : 2", "RES002", "can()"),
    ],
)
def test_expressions(tmp_path: Path, expression: str, rule: str, text: str) -> None:
    write_tree(tmp_path, {"main.tf": f'provider "aws" {{\n  region = {expression}\n}}\n' + BUCKET})
    found_rule, message = _only(_scan(tmp_path))
    assert (found_rule, text in message) == (rule, True), message


def test_heredoc_and_tf_json(tmp_path: Path) -> None:
    config = {
        "variable": {"region": {"default": "us-east-1"}},
        "provider": {"aws": [{"region": "${var.region}"}]},
        "resource": {"aws_s3_bucket": {"b": {"bucket": "x"}}},
    }
    write_tree(tmp_path, {"json/main.tf.json": json.dumps(config, indent=2)})
    write_tree(
        tmp_path, {"hcl/main.tf": 'provider "aws" {\n  region = trimspace(<<EOT\nap-south-1\nEOT\n  )\n}\n' + BUCKET}
    )
    found = {f.location.path: f.message for f in _scan(tmp_path).findings}
    assert "us-east-1" in found["json/main.tf.json"]
    assert "ap-south-1" in found["hcl/main.tf"]


def test_references_to_resources_and_data_sources(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "azure/main.tf": """
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = "eastus"
}
resource "azurerm_storage_account" "sa" {
  name                = "sa"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
}
""",
            "aws/main.tf": """
provider "aws" {
  region = "us-west-2"
}
data "aws_region" "current" {}
resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "b" {
  bucket = "logs-${data.aws_region.current.name}"
  region = aws_kms_key.k.region
}
""",
        },
    )
    found = _regions(_scan(tmp_path))
    assert "eastus" in found["azurerm_storage_account.sa"][1]
    assert "us-west-2" in found["aws_s3_bucket.b"][1]
    assert found["aws_kms_key.k"][0] == "RES001"


def test_count_and_for_each_expand(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": """
variable "regions" {
  default = {paris = "eu-west-3", virginia = "us-east-1"}
}
resource "aws_s3_bucket" "b" {
  for_each = var.regions
  bucket   = "data-${each.key}"
  region   = each.value
}
resource "aws_s3_bucket" "c" {
  count  = 2
  bucket = "c-${count.index}"
  region = ["eu-west-3", "eu-central-2"][count.index]
}
resource "aws_s3_bucket" "none" {
  count  = 0
  bucket = "never"
  region = "us-east-1"
}
""",
        },
    )
    found = _regions(_scan(tmp_path))
    assert set(found) == {'aws_s3_bucket.b["virginia"]', "aws_s3_bucket.c[1]"}


def test_provider_aliases_and_module_instances(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "modules/store/main.tf": """
variable "name" {}
resource "aws_s3_bucket" "data" {
  bucket = var.name
}
output "region" {
  value = aws_s3_bucket.data.region
}
""",
            "modules/replica/main.tf": """
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.dest]
    }
  }
}
resource "aws_s3_bucket" "copy" {
  provider = aws.dest
  bucket   = "copy"
}
""",
            "live/main.tf": """
provider "aws" {
  region = "eu-west-3"
}
provider "aws" {
  alias  = "virginia"
  region = "us-east-1"
}
module "paris" {
  source = "../modules/store"
  name   = "paris"
}
module "us" {
  source    = "../modules/store"
  name      = "us"
  providers = { aws = aws.virginia }
}
module "replica" {
  source    = "../modules/replica"
  providers = { aws.dest = aws.virginia }
}
module "many" {
  source   = "../modules/store"
  for_each = toset(["a", "b"])
  name     = each.key
}
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = module.us.region == "us-east-1" ? "eastus" : "francecentral"
}
""",
        },
    )
    result = _scan(tmp_path)
    found = _regions(result)
    assert set(found) == {
        "module.us.aws_s3_bucket.data",
        "module.replica.aws_s3_bucket.copy",
        "azurerm_resource_group.rg",
    }
    us = next(f for f in result.findings if f.address == "module.us.aws_s3_bucket.data")
    assert us.location.path == "modules/store/main.tf"
    assert ("module.us", "live/main.tf") in {(s.label, s.location.path) for s in us.related}


def test_modules_remote_escaping_and_self_calling(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "root/main.tf": """
provider "aws" {
  region = "eu-west-3"
}
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
module "downloaded" {
  source = "git::https://example.com/store.git"
}
module "outside" {
  source = "../../../etc"
}
module "loop" {
  source = "./loop"
}
""",
            "root/loop/main.tf": 'module "again" {\n  source = "../loop"\n}\n' + BUCKET,
            "root/.terraform/modules/modules.json": json.dumps(
                {"Modules": [{"Key": "downloaded", "Source": "git::x", "Dir": ".terraform/modules/downloaded"}]}
            ),
            "root/.terraform/modules/downloaded/main.tf": BUCKET.replace('"x"', '"y"')
            + 'resource "aws_s3_bucket" "far" {\n  bucket = "z"\n  region = "ap-east-1"\n}\n',
        },
    )
    found = _regions(_scan(tmp_path / "root"))
    assert "module.vpc" not in found  # not downloaded, but it inherits the provider in eu-west-3
    assert found["module.outside"][0] == "RES002" and "leaves the scan root" in found["module.outside"][1]
    assert found["module.loop.module.again"][0] == "RES002" and "cycle" in found["module.loop.module.again"][1]
    assert found["module.downloaded.aws_s3_bucket.far"][0] == "RES001"
    assert "module.downloaded.aws_s3_bucket.b" not in found


def test_changed_tfvars_reports_the_resources_it_moves(tmp_path: Path) -> None:
    from tests.helpers import run_core

    write_tree(tmp_path, {"env/main.tf": PROVIDER_VAR + BUCKET, "env/terraform.tfvars": 'region = "us-east-1"\n'})
    completed = run_core("scan", "env/terraform.tfvars", "--format", "json", cwd=tmp_path)
    findings = json.loads(completed.stdout)["findings"]
    assert [(f["rule"], f["path"]) for f in findings] == [("RES001", "env/main.tf")]


def test_changed_child_module_file_is_evaluated_through_its_callers(tmp_path: Path) -> None:
    from tests.helpers import run_core

    write_tree(
        tmp_path,
        {
            "modules/store/main.tf": BUCKET,
            "live/main.tf": (
                'provider "aws" {\n  region = "us-east-1"\n}\nmodule "s" {\n  source = "../modules/store"\n}\n'
            ),
        },
    )
    completed = run_core("scan", "modules/store/main.tf", "--format", "json", cwd=tmp_path)
    findings = json.loads(completed.stdout)["findings"]
    assert [(f["rule"], f["path"], f["address"]) for f in findings] == [
        ("RES001", "modules/store/main.tf", "module.s.aws_s3_bucket.b")
    ]


def test_tf_var_environment_only_with_env_vars(tmp_path: Path) -> None:
    import os

    from tests.helpers import run_core

    write_tree(tmp_path, {"main.tf": 'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n' + BUCKET})
    os.environ["TF_VAR_region"] = "us-east-1"  # noqa: SIM112 - Terraform variable names are case-sensitive
    try:
        without = json.loads(run_core("scan", ".", "--format", "json", cwd=tmp_path).stdout)["findings"]
        with_env = json.loads(run_core("scan", ".", "--env-vars", "--format", "json", cwd=tmp_path).stdout)
    finally:
        del os.environ["TF_VAR_region"]  # noqa: SIM112
    assert [f["rule"] for f in without] == ["RES002"]
    assert [f["rule"] for f in with_env["findings"]] == ["RES001"]
