"""XFR001-003, TLS001, LOG001, EXP001 beyond their rule-file examples: the data the rules
rely on, how they combine with suppressions and profiles, and the cases that wait for a
check-kind feature (strict xfail: when the feature lands the test passes, and the case
belongs in the rule file's examples)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.facts.regions import load_catalog
from scanner.model import Level
from tests.conftest import write_tree
from tests.helpers import scan


def _findings(tmp_path: Path, files: dict[str, str], rule_id: str, profiles: tuple[str, ...] = ("hds",)):
    write_tree(tmp_path, files)
    result = scan([tmp_path], profiles=profiles)
    return [f for f in result.findings if f.rule_id == rule_id]


# --- data the rules rely on -------------------------------------------------------------------


def test_no_eea_azure_region_pairs_outside_the_eea() -> None:
    """XFR003's notes: under hds a geo-redundant finding always goes with a primary RES001
    also reports. If Microsoft adds an EEA region whose pair is outside, this fails and the
    rule's examples should gain that realistic case."""
    catalog = load_catalog()
    eea = catalog.allowed_countries("eea")
    azure = catalog.regions["azurerm"]
    leaving = []
    for code, info in azure.regions.items():
        if info.pair and info.countries and set(info.countries) <= eea:
            pair = azure.lookup(info.pair)
            assert pair is not None, f"{code} pairs with {info.pair}, which the catalog lacks"
            if not set(pair.countries) <= eea:
                leaving.append((code, info.pair))
    assert leaving == []


def test_brazil_south_pairs_across_the_border() -> None:
    pair = load_catalog().regions["azurerm"].lookup("brazilsouth")
    assert pair is not None and pair.pair == "southcentralus"


# --- behaviour with suppressions and profiles -----------------------------------------------------

BACKUP_TO_VIRGINIA = """provider "aws" {
  region = "eu-west-3"
}
# sovscan:ignore XFR001 -- DPO decision 2026-031: encrypted DR copy, key held in Paris
resource "aws_backup_plan" "daily" {
  name = "hds-daily"
  rule {
    rule_name         = "daily"
    target_vault_name = "hds-primary"
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:us-east-1:123456789012:backup-vault:hds-dr"
    }
  }
}
"""


def test_an_approved_copy_is_suppressed_but_kept(tmp_path: Path) -> None:
    found = _findings(tmp_path, {"main.tf": BACKUP_TO_VIRGINIA}, "XFR001")
    assert len(found) == 1
    assert found[0].suppression is not None
    assert "DPO decision 2026-031" in found[0].suppression.justification
    assert found[0].properties.get("region") == "us-east-1"


EKS_WITHOUT_AUDIT = """provider "aws" {
  region = "eu-west-3"
}
resource "aws_eks_cluster" "platform" {
  name                      = "hds-platform"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = ["api"]
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
"""


@pytest.mark.parametrize(("profile", "level"), [("hds", Level.WARNING), ("secnumcloud", Level.ERROR)])
def test_logging_level_follows_the_profile(tmp_path: Path, profile: str, level: Level) -> None:
    found = _findings(tmp_path, {"main.tf": EKS_WITHOUT_AUDIT}, "LOG001", (profile,))
    assert [f.level for f in found] == [level]


def test_audit_must_be_a_whole_log_type(tmp_path: Path) -> None:
    """The `audit` test on the list is a word match: `audit-like` names do not count."""
    text = EKS_WITHOUT_AUDIT.replace('["api"]', '["api", "authenticator"]')
    assert len(_findings(tmp_path, {"main.tf": text}, "LOG001")) == 1
    text = EKS_WITHOUT_AUDIT.replace('["api"]', '["audit"]')
    assert _findings(tmp_path / "ok", {"main.tf": text}, "LOG001") == []


# --- cases waiting for a check-kind feature --------------------------------------------------------

VAULTS = """provider "aws" {
  region = "eu-west-3"
}
provider "aws" {
  alias  = "dr"
  region = "%s"
}
resource "aws_backup_vault" "dr" {
  provider = aws.dr
  name     = "hds-dr"
}
resource "aws_backup_plan" "daily" {
  name = "hds-daily"
  rule {
    rule_name         = "daily"
    target_vault_name = "hds-primary"
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
    }
  }
}
"""


def test_backup_copy_to_a_referenced_vault_uses_its_region(tmp_path: Path) -> None:
    bad = _findings(tmp_path / "bad", {"main.tf": VAULTS % "us-east-1"}, "XFR001")
    assert len(bad) == 1 and "us-east-1" in bad[0].message
    assert _findings(tmp_path / "good", {"main.tf": VAULTS % "eu-central-1"}, "XFR001") == []


def test_replication_to_a_bucket_outside_the_configuration_is_unknown(tmp_path: Path) -> None:
    files = {
        "main.tf": """provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket_replication_configuration" "records" {
  role   = "arn:aws:iam::123456789012:role/s3-replication"
  bucket = "patient-records"
  rule {
    id     = "dr"
    status = "Enabled"
    destination {
      bucket  = "arn:aws:s3:::patient-records-dr"
      account = "210987654321"
    }
  }
}
"""
    }
    found = _findings(tmp_path, files, "XFR001")
    assert len(found) == 1 and "cannot be determined" in found[0].message


def test_recovery_vault_is_geo_redundant_by_default(tmp_path: Path) -> None:
    files = {
        "main.tf": """resource "azurerm_recovery_services_vault" "vm_backup" {
  name                = "rsv-clinic"
  resource_group_name = "rg-clinic"
  location            = "switzerlandnorth"
  sku                 = "Standard"
}
"""
    }
    found = _findings(tmp_path, files, "XFR003")
    assert len(found) == 1 and "switzerlandwest" in found[0].message


def test_diagnostic_setting_on_a_sub_resource_path_is_linked(tmp_path: Path) -> None:
    files = {
        "main.tf": """resource "azurerm_storage_account" "records" {
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_monitor_diagnostic_setting" "records_blob" {
  name                       = "records-blob"
  target_resource_id         = "${azurerm_storage_account.records.id}/blobServices/default"
  storage_account_id         = "/subscriptions/0/resourceGroups/ops/providers/Microsoft.Storage/storageAccounts/logs"
  enabled_log {
    category_group = "audit"
  }
}
"""
    }
    assert _findings(tmp_path, files, "LOG001") == []


def _plan(resources: list[dict]) -> str:
    return json.dumps(
        {
            "format_version": "1.2",
            "terraform_version": "1.9.5",
            "planned_values": {"root_module": {"resources": resources}},
            "configuration": {
                "provider_config": {
                    "azurerm": {"name": "azurerm", "full_name": "registry.terraform.io/hashicorp/azurerm"},
                    "google": {
                        "name": "google",
                        "full_name": "registry.terraform.io/hashicorp/google",
                        "expressions": {"region": {"constant_value": "europe-west9"}},
                    },
                },
                "root_module": {
                    "resources": [
                        {
                            "address": r["address"],
                            "type": r["type"],
                            "name": r["name"],
                            "provider_config_key": r["provider_name"].rsplit("/", 1)[1],
                        }
                        for r in resources
                    ]
                },
            },
        }
    )


def test_attribute_rules_read_plan_values(tmp_path: Path) -> None:
    resources = [
        {
            "address": "azurerm_storage_account.records",
            "mode": "managed",
            "type": "azurerm_storage_account",
            "name": "records",
            "provider_name": "registry.terraform.io/hashicorp/azurerm",
            "values": {
                "name": "hdsrecords",
                "location": "francecentral",
                "account_replication_type": "ZRS",
                "https_traffic_only_enabled": False,
                "min_tls_version": "TLS1_2",
            },
        },
        {
            "address": "google_compute_backend_bucket.reports",
            "mode": "managed",
            "type": "google_compute_backend_bucket",
            "name": "reports",
            "provider_name": "registry.terraform.io/hashicorp/google",
            "values": {"name": "reports", "bucket_name": "patient-reports", "enable_cdn": None},
        },
    ]
    write_tree(tmp_path, {"plan.json": _plan(resources)})
    result = scan([tmp_path])
    assert [f.address for f in result.findings if f.rule_id == "TLS001"] == ["azurerm_storage_account.records"]
    assert [f for f in result.findings if f.rule_id == "XFR002"] == []


REPLICATION_ROOT = """provider "aws" {
  region = "eu-west-3"
}
provider "aws" {
  alias  = "dr"
  region = "%s"
}
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "%s-replica"
}
resource "aws_s3_bucket_replication_configuration" "records" {
  role   = "arn:aws:iam::123456789012:role/s3-replication"
  bucket = "%s"
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}
"""


def test_references_stay_inside_their_root_module(tmp_path: Path) -> None:
    files = {
        "a-compliant/main.tf": REPLICATION_ROOT % ("eu-central-1", "records-a", "records-a"),
        "b-dr/main.tf": REPLICATION_ROOT % ("us-east-1", "records-b", "records-b"),
    }
    found = _findings(tmp_path, files, "XFR001")
    assert [(f.location.path, "us-east-1" in f.message) for f in found] == [("b-dr/main.tf", True)]
