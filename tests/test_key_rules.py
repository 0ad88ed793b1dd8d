"""KEY001–KEY005 (key custody, encryption at rest, HSM, external keys, rotation): what the
rules' own examples cannot show — coverage of every resource family, the profile gates, the
AWS-managed alias forms, the operator gate of KEY004, and the cases that wait for a feature
of the attributes kind (strict xfail: they start passing, and fail, when the feature lands)."""

from __future__ import annotations

import json
import re
from fnmatch import fnmatchcase
from pathlib import Path

import pytest

from scanner.check.library import all_rules
from scanner.check.rule import Example
from tests.conftest import write_tree
from tests.helpers import scan

KEY_RULES = ("KEY001", "KEY002", "KEY003", "KEY004", "KEY005")

# KEY004 reports every key these resources hold (the operator holds the key material): no
# configuration of them is compliant, so they have no good example.
ALWAYS_REPORTED = {
    ("KEY004", "aws_kms_external_key"),
    ("KEY004", "aws_kms_replica_key"),
    ("KEY004", "aws_kms_replica_external_key"),
    ("KEY004", "azurerm_key_vault_key"),
    ("KEY004", "azurerm_key_vault_managed_hardware_security_module_key"),
}

AWS = 'provider "aws" {\n  region = "eu-west-3"\n}\n'
KEY_ARN = "arn:aws:kms:eu-west-3:111122223333:key/6f1c2a9e-3b7d-4c1e-9a55-0d2f8e7b4c21"


def _types(examples: tuple[Example, ...]) -> set[str]:
    found: set[str] = set()
    for example in examples:
        for text in example.files.values():
            found.update(re.findall(r'^\s*resource\s+"([^"]+)"', text, re.MULTILINE))
            if re.search(r"^kind:\s*StorageClass\s*$", text, re.MULTILINE):
                found.add("storage.k8s.io/v1/StorageClass")
    return found


def _findings(tmp_path: Path, files: dict[str, str], rule_id: str, profiles: tuple[str, ...] = ("hds",)) -> list:
    write_tree(tmp_path, files)
    return [f for f in scan([tmp_path], profiles=profiles).findings if f.rule_id == rule_id]


@pytest.mark.parametrize("rule_id", KEY_RULES)
def test_every_resource_family_has_a_bad_and_a_good_example(rule_id: str) -> None:
    rule = all_rules()[rule_id]
    bad, good = _types(rule.bad), _types(rule.good)
    for pattern in rule.params["resources"]:
        assert any(fnmatchcase(t, pattern) for t in bad), f"{rule_id}: no bad example for {pattern}"
        if (rule_id, pattern) not in ALWAYS_REPORTED:
            assert any(fnmatchcase(t, pattern) for t in good), f"{rule_id}: no good example for {pattern}"


@pytest.mark.parametrize(
    ("key", "count"),
    [
        ("alias/aws/s3", 1),
        ("arn:aws:kms:eu-west-3:111122223333:alias/aws/s3", 1),
        ("alias/aws-s3-records", 0),  # a customer alias may start with "aws-", not with "aws/"
        ("alias/patient-records", 0),
        (KEY_ARN, 0),
    ],
)
def test_aws_managed_key_forms(tmp_path: Path, key: str, count: int) -> None:
    bucket = f"""{AWS}
resource "aws_s3_bucket" "records" {{
  bucket = "patient-records"
}}
resource "aws_s3_bucket_server_side_encryption_configuration" "records" {{
  bucket = aws_s3_bucket.records.id
  rule {{
    apply_server_side_encryption_by_default {{
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "{key}"
    }}
  }}
}}
"""
    assert len(_findings(tmp_path, {"main.tf": bucket}, "KEY001")) == count


def test_custody_gates_follow_the_profile(tmp_path: Path) -> None:
    files = {
        "main.tf": AWS
        + 'resource "aws_s3_bucket" "records" {\n  bucket = "patient-records"\n}\n'
        + 'resource "google_kms_crypto_key" "records" {\n  name     = "patient-records"\n'
        + '  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"\n}\n'
    }
    write_tree(tmp_path, files)
    by_profile = {
        profile: sorted(f.rule_id for f in scan([tmp_path], profiles=(profile,)).findings if f.rule_id in KEY_RULES)
        for profile in ("eu-residency", "hds", "secnumcloud")
    }
    # customer custody (KEY001) from hds up, HSM custody (KEY003) only under secnumcloud.
    assert "KEY001" not in by_profile["eu-residency"]
    assert "KEY001" in by_profile["hds"] and "KEY003" not in by_profile["hds"]
    assert {"KEY001", "KEY003"} <= set(by_profile["secnumcloud"])


def test_key004_depends_on_the_operator_not_on_the_key(tmp_path: Path) -> None:
    key = (
        'resource "google_kms_crypto_key" "records" {\n  name     = "patient-records"\n'
        '  key_ring = "projects/health-kms/locations/u-france-east1/keyRings/phi"\n}\n'
    )
    s3ns = 'provider "google" {\n  universe_domain = "s3nsapis.fr"\n  region          = "u-france-east1"\n}\n'
    google = 'provider "google" {\n  region = "europe-west9"\n}\n'
    assert _findings(tmp_path / "s3ns", {"main.tf": s3ns + key}, "KEY004", ("secnumcloud",)) == []
    assert len(_findings(tmp_path / "google", {"main.tf": google + key}, "KEY004", ("secnumcloud",))) == 1


# --- Waiting for features of the attributes kind or of the plan adapter -------------------


def test_customer_key_referenced_by_resource_is_accepted(tmp_path: Path) -> None:
    files = {
        "main.tf": AWS
        + """resource "aws_kms_key" "records" {
  description         = "patient records"
  enable_key_rotation = true
}
resource "aws_ebs_volume" "pacs" {
  availability_zone = "eu-west-3a"
  size              = 500
  encrypted         = true
  kms_key_id        = aws_kms_key.records.arn
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.records.arn
    }
  }
}
"""
    }
    assert _findings(tmp_path, files, "KEY001") == []


@pytest.mark.xfail(
    strict=True,
    reason="attributes kind: a `when` cannot test that a path is absent; the stand-in "
    "(default: absent, equals: absent) applies when the value is unknown, e.g. a reference",
)
def test_tde_key_on_the_server_by_reference_is_accepted(tmp_path: Path) -> None:
    files = {
        "main.tf": """resource "azurerm_key_vault_key" "tde" {
  name         = "sql-tde"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
resource "azurerm_mssql_server" "ehr" {
  name                                         = "sql-ehr"
  resource_group_name                          = "rg-health"
  location                                     = "francecentral"
  version                                      = "12.0"
  transparent_data_encryption_key_vault_key_id = azurerm_key_vault_key.tde.id
}
"""
    }
    assert _findings(tmp_path, files, "KEY001") == []


@pytest.mark.xfail(
    strict=True,
    reason="attributes kind: a requirement has one `when`; excluding keys in a custom key store "
    "(which AWS cannot rotate) needs a second condition",
)
def test_key_in_an_external_key_store_needs_no_automatic_rotation(tmp_path: Path) -> None:
    files = {
        "main.tf": AWS
        + """resource "aws_kms_key" "records" {
  description         = "patient records, key material in our HSM"
  custom_key_store_id = "cks-1234567890abcdef0"
  xks_key_id          = "phi-records-2026"
}
"""
    }
    assert _findings(tmp_path, files, "KEY005") == []


def test_plan_json_is_checked_too(tmp_path: Path) -> None:
    plan = {
        "format_version": "1.2",
        "terraform_version": "1.9.5",
        "planned_values": {
            "root_module": {
                "resources": [
                    {
                        "address": "aws_db_instance.research",
                        "mode": "managed",
                        "type": "aws_db_instance",
                        "name": "research",
                        "provider_name": "registry.terraform.io/hashicorp/aws",
                        "values": {"engine": "postgres", "storage_encrypted": False},
                    }
                ]
            }
        },
        "configuration": {
            "provider_config": {
                "aws": {
                    "name": "aws",
                    "full_name": "registry.terraform.io/hashicorp/aws",
                    "expressions": {"region": {"constant_value": "eu-west-3"}},
                }
            },
            "root_module": {
                "resources": [
                    {
                        "address": "aws_db_instance.research",
                        "type": "aws_db_instance",
                        "name": "research",
                        "provider_config_key": "aws",
                    }
                ]
            },
        },
    }
    assert len(_findings(tmp_path, {"plan.json": json.dumps(plan)}, "KEY002")) == 1
