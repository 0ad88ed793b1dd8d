"""Remote modules that are not downloaded: what they create uses the providers they inherit."""

from __future__ import annotations

import json
from pathlib import Path

from scanner.config.settings import Config
from scanner.model import ScanResult
from scanner.pipeline import ScanRequest, run_scan
from tests.conftest import write_tree
from tests.helpers import core_disabled, run_core


def _scan(root: Path) -> ScanResult:
    return run_scan(ScanRequest(paths=[root], config=Config(disabled=core_disabled()), tool_version="t"))


def _found(root: Path, main: str) -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    write_tree(root, {"main.tf": main})
    result = _scan(root)
    found: dict[str, list[tuple[str, str]]] = {}
    for f in result.findings:
        if f.rule_id.startswith("RES"):
            found.setdefault(f.address, []).append((f.rule_id, f.message))
    return found, [n.message for n in result.notifications]


def test_inherited_region_outside_the_zone_is_res001_at_the_call(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        'module "bucket" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  version = "~> 4.0"\n}\n'
        'module "sub" {\n  source = "app.terraform.io/acme/store/aws//modules/kms"\n}\n',
    )
    assert found["module.bucket"] == [("RES001", found["module.bucket"][0][1])]
    assert "whatever module.bucket creates with aws lands in us-east-1" in found["module.bucket"][0][1]
    assert found["module.sub"][0][0] == "RES001"


def test_inherited_region_in_the_zone_gives_no_finding(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'variable "region" {\n  default = "eu-west-3"\n}\nprovider "aws" {\n  region = var.region\n}\n'
        'module "bucket" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n}\n'
        'module "git" {\n  source = "git::https://example.com/store.git?ref=v1"\n}\n',
    )
    assert found == {}


def test_unknown_inherited_region_is_res002_with_why(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n'
        'provider "scaleway" {}\n'
        'module "a" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n'
        'module "b" {\n  source = "example/thing/scaleway"\n}\n',
    )
    assert found["module.a"][0][0] == "RES002" and "variable 'region'" in found["module.a"][0][1]
    assert found["module.b"][0][0] == "RES002" and "environment" in found["module.b"][0][1]


def test_providers_map_is_honoured(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'provider "aws" {\n  region = "eu-west-1"\n}\n'
        'provider "aws" {\n  alias = "remote"\n  region = "ap-southeast-2"\n}\n'
        'module "far" {\n  source = "terraform-aws-modules/vpc/aws"\n  providers = {\n    aws = aws.remote\n  }\n}\n'
        'module "near" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
    )
    assert [rule for rule, _ in found["module.far"]] == ["RES001"] and "ap-southeast-2" in found["module.far"][0][1]
    assert "module.near" not in found


def test_a_location_passed_to_the_module_places_it_and_null_is_unset(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'provider "azurerm" {\n  features {}\n}\n'
        'provider "aws" {\n  region = "us-west-2"\n}\n'
        'variable "region" {\n  default = null\n}\n'
        'module "store" {\n  source = "Azure/avm-res-storage-storageaccount/azurerm"\n  location = "eastus"\n}\n'
        'module "eks" {\n  source = "terraform-aws-modules/eks/aws"\n  region = var.region\n}\n',
    )
    assert found["module.store"][0][0] == "RES001" and "eastus" in found["module.store"][0][1]
    assert found["module.eks"][0][0] == "RES001" and "us-west-2" in found["module.eks"][0][1]


def test_a_module_that_places_no_data_is_a_note_not_a_finding(tmp_path: Path) -> None:
    found, notes = _found(
        tmp_path,
        'provider "google" {\n  region = "us-central1"\n}\nprovider "azurerm" {\n  features {}\n}\n'
        # listed as placing no data (rules/providers/placeless.yaml)
        'module "apis" {\n  source = "terraform-google-modules/project-factory/google//modules/project_services"\n'
        '  activate_apis = ["container.googleapis.com"]\n}\n'
        # its target system is no cloud sovscan places
        'module "ip" {\n  source = "lonegunmanb/public-ip/lonegunmanb"\n}\n',
    )
    assert found == {}
    assert any("module.apis" in n and "places no data" in n for n in notes)
    assert any("module.ip" in n and "not downloaded" in n for n in notes)


def test_a_data_module_whose_provider_does_not_place_it_stays_unknown(tmp_path: Path) -> None:
    # google and azurerm resources take their location from the module's own variables,
    # not from the provider: a call that passes none leaves the placement unknown.
    found, _ = _found(
        tmp_path,
        'provider "google" {\n  region = "europe-west9"\n}\nprovider "azurerm" {\n  features {}\n}\n'
        'module "buckets" {\n  source = "terraform-google-modules/cloud-storage/google"\n  names = ["a"]\n}\n'
        'module "vault" {\n  source = "Azure/avm-res-keyvault-vault/azurerm"\n}\n',
    )
    assert [rule for rule, _ in found["module.buckets"]] == ["RES002"]
    assert "decided inside" in found["module.buckets"][0][1]
    assert [rule for rule, _ in found["module.vault"]] == ["RES002"]


def test_a_call_with_no_instance_places_nothing(tmp_path: Path) -> None:
    found, notes = _found(
        tmp_path,
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        'module "off" {\n  source = "terraform-aws-modules/vpc/aws"\n  count = 0\n}\n'
        'module "none" {\n  source = "terraform-aws-modules/vpc/aws"\n  for_each = toset([])\n}\n',
    )
    assert found == {} and not any("module.off" in n or "module.none" in n for n in notes)


def test_a_downloaded_module_is_still_read_from_its_files(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n'
            'module "store" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n}\n',
            ".terraform/modules/modules.json": json.dumps({"Modules": [{"Key": "store", "Dir": "mod"}]}),
            "mod/main.tf": 'resource "aws_s3_bucket" "b" {\n  region = "eu-west-3"\n}\n',
        },
    )
    completed = run_core("scan", ".", "--format", "json", cwd=tmp_path)
    results = json.loads(completed.stdout)["findings"]
    assert [(r["rule"], r["address"]) for r in results if r["rule"].startswith("RES")] == []


def test_a_module_switched_off_by_its_input_is_a_note(tmp_path: Path) -> None:
    found, notes = _found(
        tmp_path,
        'provider "aws" {\n  region = "us-east-1"\n}\nlocals {\n  on = false\n}\n'
        'module "kms" {\n  source = "terraform-aws-modules/kms/aws"\n  create = local.on && true\n}\n'
        'module "on" {\n  source = "terraform-aws-modules/kms/aws"\n  create = true\n}\n',
    )
    assert list(found) == ["module.on"]
    assert any("module.kms" in n and "create = false" in n for n in notes)


def test_a_git_module_passed_no_placing_provider_is_unknown(tmp_path: Path) -> None:
    found, _ = _found(
        tmp_path,
        'module "net" {\n  source = "git::https://example.com/network.git?ref=v2"\n}\n',
    )
    assert [rule for rule, _ in found["module.net"]] == ["RES002"]
    assert "names no target system" in found["module.net"][0][1]
