"""PRV001: the operator must be immune to extra-EU law (operator-immune)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.conftest import write_tree
from tests.helpers import run_sovscan
from tests.rules.examples import check_example, example_cases

AZURE_NORWAY = """resource "azurerm_storage_account" "records" {
  name                     = "records"
  resource_group_name      = "rg"
  location                 = "norwayeast"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
"""


@pytest.mark.parametrize(("kind", "example"), example_cases("PRV001"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "PRV001", kind, example)


def _rule_ids(tmp_path: Path, *options: str) -> list[str]:
    out = tmp_path / "out.sarif"
    completed = run_sovscan("scan", str(tmp_path / "tree"), "--format", "sarif", "-o", str(out), *options)
    assert completed.returncode in (0, 1), completed.stderr
    return [r["ruleId"] for r in json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]]


def test_operator_exposure_is_reported_outside_the_zone_too(tmp_path: Path) -> None:
    """Norway is outside secnumcloud's zone (RES001), and Microsoft is exposed to extra-EU law
    (PRV001): two facts; moving the account into the EU must not be how the second is learnt."""
    write_tree(tmp_path / "tree", {"main.tf": AZURE_NORWAY})
    produced = _rule_ids(tmp_path, "--profile", "secnumcloud")
    assert produced.count("PRV001") == 1 and "RES001" in produced


def test_operator_exposure_does_not_depend_on_the_region_rules_running(tmp_path: Path) -> None:
    write_tree(tmp_path / "tree", {"main.tf": AZURE_NORWAY})
    assert _rule_ids(tmp_path, "--profile", "secnumcloud", "--select", "PRV001") == ["PRV001"]
