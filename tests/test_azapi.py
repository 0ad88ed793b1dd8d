"""azapi: ARM resources created through Azure's generic provider are placed like azurerm's."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import write_tree
from tests.helpers import run_core

REQUIRED = 'terraform {\n  required_providers {\n    azapi = {\n      source = "Azure/azapi"\n    }\n  }\n}\n'


def _findings(root: Path, main: str) -> tuple[dict[str, str], list[str]]:
    write_tree(root, {"main.tf": main})
    report = json.loads(run_core("scan", ".", "--format", "json", cwd=root).stdout)
    return {f["address"]: f["rule"] for f in report["findings"]}, [n["message"] for n in report["notifications"]]


def test_an_azapi_storage_account_is_placed_by_location_parent_or_default(tmp_path: Path) -> None:
    found, notes = _findings(
        tmp_path,
        REQUIRED + 'provider "azapi" {\n  default_location = "westus"\n}\n'
        'resource "azurerm_resource_group" "us" {\n  name = "us"\n  location = "eastus"\n}\n'
        'resource "azurerm_resource_group" "fr" {\n  name = "fr"\n  location = "francecentral"\n}\n'
        'resource "azapi_resource" "own" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n'
        '  location = "eastus"\n  parent_id = azurerm_resource_group.fr.id\n  body = {}\n}\n'
        'resource "azapi_resource" "in_us_group" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n'
        "  parent_id = azurerm_resource_group.us.id\n}\n"
        'resource "azapi_resource" "in_fr_group" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n'
        "  parent_id = azurerm_resource_group.fr.id\n}\n"
        'resource "azapi_resource" "rg" {\n  type = "Microsoft.Resources/resourceGroups@2021-04-01"\n'
        '  location = "francecentral"\n}\n'
        'resource "azapi_resource" "in_azapi_group" {\n  type = "Microsoft.KeyVault/vaults@2023-07-01"\n'
        "  parent_id = azapi_resource.rg.id\n}\n"
        'resource "azapi_resource" "by_default" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n'
        '  parent_id = "/subscriptions/x/resourceGroups/y"\n}\n'
        'resource "azapi_resource" "blobs" {\n  type = "Microsoft.Storage/storageAccounts/blobServices@2023-01-01"\n'
        "  parent_id = azapi_resource.own.id\n}\n"
        'resource "azapi_update_resource" "patch" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n}\n',
    )
    assert found == {
        "azurerm_resource_group.us": "RES001",
        "azapi_resource.own": "RES001",
        "azapi_resource.in_us_group": "RES001",
        "azapi_resource.by_default": "RES001",
    }
    assert not any("azapi" in n for n in notes)


def test_azapi_without_a_location_anywhere_is_unknown(tmp_path: Path) -> None:
    found, _ = _findings(
        tmp_path,
        'resource "azapi_resource" "acct" {\n  type = "Microsoft.Storage/storageAccounts@2023-01-01"\n'
        "  parent_id = var.group_id\n}\n"
        'variable "group_id" {}\n',
    )
    assert found == {"azapi_resource.acct": "RES002"}
