"""A provider pointed at another operator's S3-compatible endpoint is that operator, in its region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import write_tree
from tests.helpers import run_sovscan


def _scan(root: Path, endpoint: str, region: str = "gra") -> dict[str, list[dict[str, object]]]:
    provider = (
        f'provider "aws" {{\n  region = "{region}"\n  skip_region_validation = true\n'
        f'  endpoints {{\n    s3 = "{endpoint}"\n  }}\n}}\n'
    )
    write_tree(root, {"main.tf": provider + 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'})
    completed = run_sovscan("scan", ".", "--format", "json", "--select", "RES001,RES002,PRV001", cwd=root)
    found: dict[str, list[dict[str, object]]] = {}
    for f in json.loads(completed.stdout)["findings"]:
        found.setdefault(str(f["rule"]), []).append(f)
    return found


@pytest.mark.parametrize(
    "endpoint",
    ["https://s3.gra.io.cloud.ovh.net", "https://s3.fr-par.scw.cloud", "https://oos.eu-west-2.outscale.com"],
)
def test_an_in_zone_endpoint_of_another_operator_is_placed_there(tmp_path: Path, endpoint: str) -> None:
    found = _scan(tmp_path, endpoint)
    assert "RES001" not in found and "RES002" not in found
    assert all("AWS" not in str(f["message"]) and "Amazon" not in str(f["message"]) for f in found.get("PRV001", []))


def test_an_endpoint_outside_the_zone_is_res001_in_that_operators_region(tmp_path: Path) -> None:
    found = _scan(tmp_path, "https://s3.bhs.io.cloud.ovh.net", region="bhs")
    assert [f["rule"] for f in found["RES001"]] == ["RES001"] and "Canada" in str(found["RES001"][0]["message"])


def test_an_endpoint_of_no_catalogued_operator_is_unknown(tmp_path: Path) -> None:
    found = _scan(tmp_path, "https://minio.example.internal:9000", region="eu-west-3")
    assert "RES001" not in found
    assert "no catalogued operator" in str(found["RES002"][0]["message"])


def test_aws_own_endpoint_keeps_aws(tmp_path: Path) -> None:
    found = _scan(tmp_path, "https://s3.us-east-1.amazonaws.com", region="us-east-1")
    assert [f["rule"] for f in found["RES001"]] == ["RES001"]
