"""Override files merge into the blocks they name; OpenTofu's .tofu files are read and win."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import write_tree
from tests.helpers import run_core

BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def _scan(root: Path, files: dict[str, str]) -> dict[str, dict[str, object]]:
    write_tree(root, files)
    report = json.loads(run_core("scan", ".", "--format", "json", cwd=root).stdout)
    return {str(f["address"]): f for f in report["findings"]}


def test_an_override_attribute_replaces_the_original(tmp_path: Path) -> None:
    found = _scan(
        tmp_path,
        {
            # provider.tf sorts after override.tf: the override still wins
            "provider.tf": 'provider "aws" {\n  region = "eu-west-3"\n  max_retries = 2\n}\n' + BUCKET,
            "override.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n',
        },
    )
    assert found["aws_s3_bucket.b"]["rule"] == "RES001"
    assert any(step["path"] == "override.tf" for step in found["aws_s3_bucket.b"]["provenance"])


def test_later_override_files_win_and_locals_merge_by_name(tmp_path: Path) -> None:
    found = _scan(
        tmp_path,
        {
            "main.tf": 'locals {\n  region = "eu-west-3"\n  other = 1\n}\n'
            + 'provider "aws" {\n  region = local.region\n}\n'
            + BUCKET
            + 'resource "aws_s3_bucket" "c" {\n  bucket = "c"\n  region = "eu-west-3"\n}\n',
            "a_override.tf": 'locals {\n  region = "us-east-1"\n}\n'
            'resource "aws_s3_bucket" "c" {\n  region = "us-west-2"\n}\n',
            "b_override.tf": 'resource "aws_s3_bucket" "c" {\n  region = "eu-west-1"\n}\n',
        },
    )
    assert set(found) == {"aws_s3_bucket.b"} and "us-east-1" in str(found["aws_s3_bucket.b"]["message"])


def test_a_nested_block_in_an_override_replaces_every_block_of_its_type(tmp_path: Path) -> None:
    required = 'terraform {\n  required_providers {\n    ovh = {\n      source = "ovh/ovh"\n    }\n  }\n}\n'
    found = _scan(
        tmp_path,
        {
            "main.tf": required + 'resource "ovh_cloud_project_database" "db" {\n  engine = "postgresql"\n'
            '  nodes {\n    region = "GRA"\n  }\n  nodes {\n    region = "GRA"\n  }\n}\n',
            "db_override.tf": 'resource "ovh_cloud_project_database" "db" {\n  nodes {\n    region = "BHS"\n  }\n}\n',
        },
    )
    assert found["ovh_cloud_project_database.db"]["rule"] == "RES001"


def test_tofu_files_are_read_and_hide_their_tf_twin(tmp_path: Path) -> None:
    found = _scan(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n' + BUCKET,
            "main.tofu": 'provider "aws" {\n  region = "eu-west-3"\n}\n' + BUCKET,
            "extra.tofu": 'resource "aws_s3_bucket" "far" {\n  bucket = "far"\n  region = "ap-south-1"\n}\n',
            "json.tofu.json": json.dumps({"resource": {"aws_s3_bucket": {"j": {"region": "us-west-1"}}}}),
        },
    )
    assert set(found) == {"aws_s3_bucket.far", "aws_s3_bucket.j"}
    assert {f["rule"] for f in found.values()} == {"RES001"}


def test_an_unparseable_tofu_file_fails_the_scan(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tofu": 'resource "aws_s3_bucket" "b" {\n'})
    completed = run_core("scan", ".", "--format", "json", cwd=tmp_path)
    report = json.loads(completed.stdout)
    assert [f["rule"] for f in report["findings"]] == ["PARSE001"]
    assert completed.returncode != 0
