"""Terragrunt configuration files named one by one, as pre-commit names what changed: a
unit is scanned; an included or read configuration brings in the units that read it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.helpers import run_sovscan
from tests.test_terragrunt import AWS_BUCKET_MODULE, FIXTURE, unit_of, write


def scan_named(root: Path, *names: str) -> tuple[int, dict[str, Any]]:
    result = run_sovscan("scan", *names, "--no-cache", "--format", "json", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def units_with(report: dict[str, Any], rule: str) -> set[str]:
    return {unit_of(f) for f in report["findings"] if f["rule"] == rule}


def fixture(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    (root / ".git").mkdir()
    return root


def test_a_named_unit_is_scanned(tmp_path: Path) -> None:
    root = fixture(tmp_path)
    code, report = scan_named(root, "live/prod/us-east-1/bucket/terragrunt.hcl")
    assert code == 1
    assert units_with(report, "RES001") == {"live/prod/us-east-1/bucket"}


def test_a_named_root_hcl_scans_every_unit_that_includes_it(tmp_path: Path) -> None:
    root = fixture(tmp_path)
    code, report = scan_named(root, "root.hcl")
    assert code == 1
    assert units_with(report, "RES001") == {"live/prod/us-east-1/bucket"}
    assert units_with(report, "PRV002") >= {"live/prod/fr-par/database", "live/prod/nl-ams/database"}


def test_a_named_config_read_through_an_include_scans_only_its_readers(tmp_path: Path) -> None:
    root = fixture(tmp_path)
    # root.hcl reads the region.hcl nearest each unit: fr-par's is read by the fr-par unit only.
    _, report = scan_named(root, "live/prod/fr-par/region.hcl")
    assert {unit_of(f) for f in report["findings"]} == {"live/prod/fr-par/database"}


def test_a_named_parent_terragrunt_hcl_scans_its_children(tmp_path: Path) -> None:
    root = write(
        tmp_path / "repo",
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "terragrunt.hcl": 'inputs = {\n  region = "us-east-1"\n}\n',
            "live/app/terragrunt.hcl": "include {\n  path = find_in_parent_folders()\n}\n"
            'terraform {\n  source = "../../modules//bucket"\n}\n',
        },
    )
    code, report = scan_named(root, "terragrunt.hcl")
    assert code == 1
    assert units_with(report, "RES001") == {"live/app"}


def test_a_named_hcl_file_nothing_reads_is_not_an_error(tmp_path: Path) -> None:
    root = fixture(tmp_path)
    (root / "unused.hcl").write_text('locals {\n  region = "us-east-1"\n}\n')
    code, report = scan_named(root, "unused.hcl")
    assert code == 0
    assert report["findings"] == []
