"""`global` is a location: data kept there is not pinned to the zone; a global control-plane
object is no residency question; a schema default of `global` beats the provider's region."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import write_tree
from tests.helpers import run_core

PROVIDER = 'provider "google" {\n  region = "europe-west9"\n}\n'


def _scan(root: Path, body: str) -> dict[str, str]:
    write_tree(root, {"main.tf": PROVIDER + body})
    report = json.loads(run_core("scan", ".", "--format", "json", cwd=root).stdout)
    return {str(f["address"]): str(f["rule"]) for f in report["findings"]}


def test_global_data_stores_are_outside_and_control_plane_objects_are_not_placed(tmp_path: Path) -> None:
    found = _scan(
        tmp_path,
        'resource "google_kms_key_ring" "ring" {\n  name = "r"\n  location = "global"\n}\n'
        'resource "google_logging_project_bucket_config" "logs" {\n  bucket_id = "l"\n  location = "global"\n}\n'
        'resource "google_kms_key_ring" "paris" {\n  name = "p"\n  location = "europe-west9"\n}\n'
        'resource "google_gke_hub_feature" "mci" {\n  name = "multiclusteringress"\n  location = "global"\n}\n'
        'resource "google_network_connectivity_hub" "hub" {\n  name = "h"\n}\n',
    )
    assert found == {"google_kms_key_ring.ring": "RES001", "google_logging_project_bucket_config.logs": "RES001"}


def test_a_schema_default_location_is_used_instead_of_the_provider_region(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "google" {\n  region = "us-central1"\n}\n'
            'resource "google_gke_hub_membership" "m" {\n  membership_id = "m"\n}\n'
            'resource "google_certificate_manager_certificate" "c" {\n  name = "c"\n}\n'
            'resource "google_sql_database_instance" "db" {\n  name = "db"\n}\n'
        },
    )
    report = json.loads(run_core("scan", ".", "--format", "json", cwd=tmp_path).stdout)
    assert {f["address"]: f["rule"] for f in report["findings"]} == {"google_sql_database_instance.db": "RES001"}


def test_azure_global_is_a_location_and_global_control_plane_objects_are_not_placed(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "azurerm" {\n  features {}\n}\n'
            'provider "azapi" {}\n'
            'resource "azurerm_monitor_action_group" "oncall" {\n  name = "oncall"\n  resource_group_name = "rg"\n'
            '  short_name = "oncall"\n}\n'
            'resource "azurerm_monitor_activity_log_alert" "a" {\n  name = "a"\n  location = "Global"\n}\n'
            'resource "azurerm_cdn_profile" "edge" {\n  name = "edge"\n  location = "global"\n'
            '  sku = "Standard_Microsoft"\n}\n'
            'resource "azapi_resource" "zone" {\n  type = "Microsoft.Network/dnszones@2018-05-01"\n  name = "z"\n'
            '  parent_id = "/subscriptions/s/resourceGroups/rg"\n  location = "global"\n}\n'
            'resource "azapi_resource" "frontdoor" {\n  type = "Microsoft.Cdn/profiles@2024-02-01"\n  name = "fd"\n'
            '  parent_id = "/subscriptions/s/resourceGroups/rg"\n  location = "global"\n}\n'
            'resource "azurerm_storage_account" "paris" {\n  name = "p"\n  location = "francecentral"\n}\n'
        },
    )
    report = json.loads(run_core("scan", ".", "--format", "json", cwd=tmp_path).stdout)
    placement = {f["address"]: f["rule"] for f in report["findings"] if f["rule"] in ("RES001", "RES002")}
    assert placement == {"azurerm_cdn_profile.edge": "RES001", "azapi_resource.frontdoor": "RES001"}
