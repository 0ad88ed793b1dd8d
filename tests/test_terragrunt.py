"""Terragrunt units, evaluated natively: no terragrunt binary, nothing from the tree is run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.helpers import run_sovscan

FIXTURE = Path(__file__).parent / "data" / "terragrunt" / "repo"

AWS_BUCKET_MODULE = """
variable "region" {
  type = string
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}
"""


def scan(root: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = run_sovscan("scan", str(root), "--no-cache", "--format", "json", *args)
    assert result.returncode in (0, 1, 3), result.stderr
    return result.returncode, json.loads(result.stdout)


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (root / ".git").mkdir(exist_ok=True)  # the repository root: find_in_parent_folders stops here
    return root


def findings(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


def unit_of(finding: dict[str, Any]) -> str:
    units = [s["label"] for s in finding["provenance"] if s["label"].startswith("Terragrunt unit ")]
    assert len(units) == 1, finding["provenance"]
    return units[0].removeprefix("Terragrunt unit ")


def unit(region_line: str, source: str = "../../modules//bucket") -> str:
    return f'terraform {{\n  source = "{source}"\n}}\n\ninputs = {{\n  {region_line}\n}}\n'


def test_realistic_repository_checks_every_unit_with_its_generated_provider(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    (root / ".git").mkdir()
    _, report = scan(root)
    [us] = findings(report, "RES001")
    assert us["path"] == "modules/bucket/main.tf"
    assert us["properties"]["region"] == "us-east-1"
    assert unit_of(us) == "live/prod/us-east-1/bucket"
    # The unit's own generate "provider" replaced root.hcl's: its region is read from the unit.
    assert us["provenance"][0]["path"] == "live/prod/us-east-1/bucket/terragrunt.hcl"
    databases = [f for f in findings(report, "PRV002") if f["path"] == "modules/database/main.tf"]
    assert {unit_of(f) for f in databases} == {"live/prod/fr-par/database", "live/prod/nl-ams/database"}
    assert len({f["fingerprint"] for f in databases}) == 2
    # The provider region is located in root.hcl's generate block (the contents' line).
    for finding in databases:
        assert finding["provenance"][0]["path"] == "root.hcl"
        assert finding["provenance"][0]["line"] == 13
    by_unit = {unit_of(f): f for f in databases}
    assert by_unit["live/prod/nl-ams/database"]["level"] == "error"  # outside Scaleway's HDS scope (fr-par)
    # The modules are checked only through the units that deploy them (no unit-less copy).
    assert all(unit_of(f) for f in report["findings"] if f["path"].startswith("modules/"))


def test_one_module_in_three_units_gives_three_distinct_findings(tmp_path: Path) -> None:
    files = {"modules/bucket/main.tf": AWS_BUCKET_MODULE}
    for region in ("us-east-1", "us-west-2", "ap-south-1"):
        files[f"live/{region}/terragrunt.hcl"] = unit(f'region = "{region}"', "../../modules//bucket")
    _, report = scan(write(tmp_path, files))
    res = findings(report, "RES001")
    assert sorted(f["properties"]["region"] for f in res) == ["ap-south-1", "us-east-1", "us-west-2"]
    assert len({f["fingerprint"] for f in res}) == 3
    assert {unit_of(f) for f in res} == {"live/us-east-1", "live/us-west-2", "live/ap-south-1"}


def test_inputs_carry_provenance_down_to_the_hcl_line(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "env.hcl": 'locals {\n  region = "us-east-2"\n}\n',
            "live/app/terragrunt.hcl": (
                "locals {\n"
                '  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))\n'
                "}\n"
                'terraform {\n  source = "../../modules//bucket"\n}\n'
                "inputs = {\n"
                "  region = local.env.locals.region\n"
                "}\n"
            ),
        },
    )
    _, report = scan(root)
    [finding] = findings(report, "RES001")
    steps = [(s["path"], s["line"]) for s in finding["provenance"]]
    assert ("live/app/terragrunt.hcl", 8) in steps  # inputs.region
    assert ("env.hcl", 2) in steps  # where the value is written


def test_include_merges_inputs_and_the_unit_wins(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "root.hcl": 'inputs = {\n  region = "eu-west-3"\n}\n',
            "live/a/terragrunt.hcl": 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
            + unit('region = "us-east-1"'),
            "live/b/terragrunt.hcl": 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
            'terraform {\n  source = "../../modules//bucket"\n}\n',
        },
    )
    _, report = scan(root)
    res = findings(report, "RES001")
    assert [(unit_of(f), f["properties"]["region"]) for f in res] == [("live/a", "us-east-1")]
    assert not findings(report, "RES002")  # live/b took eu-west-3 from root.hcl


def test_get_env_uses_its_default_and_is_unknown_without_one(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "live/default/terragrunt.hcl": unit('region = get_env("REGION", "us-west-1")'),
            "live/none/terragrunt.hcl": unit('region = get_env("REGION")'),
        },
    )
    _, report = scan(root)
    assert [(unit_of(f), f["properties"]["region"]) for f in findings(report, "RES001")] == [
        ("live/default", "us-west-1")
    ]
    [unknown] = findings(report, "RES002")
    assert unit_of(unknown) == "live/none"
    assert "REGION" in unknown["message"]


def test_run_cmd_is_never_run_and_its_value_is_unknown(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    root = write(
        tmp_path / "repo",
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "live/app/terragrunt.hcl": unit(f'region = run_cmd("sh", "-c", "touch {marker}; echo eu-west-3")'),
        },
    )
    _, report = scan(root)
    assert not marker.exists()
    [unknown] = findings(report, "RES002")
    assert "run_cmd()" in unknown["message"]
    assert not findings(report, "RES001")


def test_dependency_mock_outputs_are_the_dependency_values(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "live/app/terragrunt.hcl": (
                'dependency "network" {\n  config_path = "../network"\n'
                '  mock_outputs = {\n    region = "sa-east-1"\n  }\n}\n'
                + unit("region = dependency.network.outputs.region")
            ),
        },
    )
    _, report = scan(root)
    [finding] = findings(report, "RES001")
    assert finding["properties"]["region"] == "sa-east-1"
    assert any("mock_outputs" in s["label"] for s in finding["provenance"])


def test_a_terragrunt_file_that_does_not_parse_fails_closed(tmp_path: Path) -> None:
    root = write(tmp_path, {"modules/bucket/main.tf": AWS_BUCKET_MODULE, "live/app/terragrunt.hcl": "inputs = {\n"})
    code, report = scan(root)
    assert code == 1
    assert [f["path"] for f in findings(report, "PARSE001")] == ["live/app/terragrunt.hcl"]


def test_an_include_that_cannot_be_found_or_loops_fails_closed(tmp_path: Path) -> None:
    root = write(
        tmp_path / "repo",
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "live/missing/terragrunt.hcl": 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n'
            + unit('region = "us-east-1"'),
            "live/loop/loop.hcl": 'include "self" {\n  path = "loop.hcl"\n}\n',
            "live/loop/terragrunt.hcl": 'include "x" {\n  path = "loop.hcl"\n}\n' + unit('region = "us-east-1"'),
        },
    )
    # Above the repository root: find_in_parent_folders must not reach it.
    (tmp_path / "root.hcl").write_text('inputs = {\n  region = "eu-west-3"\n}\n')
    code, report = scan(root)
    assert code == 1
    failed = {(f["path"], f["start_line"]) for f in findings(report, "PARSE001")}
    assert ("live/missing/terragrunt.hcl", 1) in failed
    assert ("live/loop/loop.hcl", 1) in failed


def test_remote_source_is_read_from_the_terragrunt_cache_or_reported_unknown(tmp_path: Path) -> None:
    remote = "git::https://example.com/modules.git//bucket?ref=v1"
    root = write(
        tmp_path,
        {
            "live/cached/terragrunt.hcl": unit('region = "us-east-1"', remote),
            "live/cached/.terragrunt-cache/abc/def/bucket/main.tf": AWS_BUCKET_MODULE,
            "live/absent/terragrunt.hcl": unit('region = "us-east-1"', remote),
        },
    )
    _, report = scan(root)
    [cached] = findings(report, "RES001")
    assert cached["path"] == "live/cached/.terragrunt-cache/abc/def/bucket/main.tf"
    assert unit_of(cached) == "live/cached"
    [absent] = findings(report, "RES002")
    assert absent["path"] == "live/absent/terragrunt.hcl"
    assert "not downloaded" in absent["message"]


def test_a_parent_terragrunt_hcl_that_is_only_included_is_not_a_unit(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            # The old layout: the parent is itself named terragrunt.hcl, and sits beside .tf files.
            "terragrunt.hcl": 'inputs = {\n  region = "us-east-1"\n}\n',
            "shared.tf": 'resource "aws_s3_bucket" "x" {\n  bucket = "x"\n}\n',
            "live/app/terragrunt.hcl": "include {\n  path = find_in_parent_folders()\n}\n"
            'terraform {\n  source = "../../modules//bucket"\n}\n',
        },
    )
    _, report = scan(root)
    res = findings(report, "RES001")
    assert [unit_of(f) for f in res] == ["live/app"]


def test_a_cached_scan_sees_a_change_to_an_included_file(tmp_path: Path, cache_dir: Path) -> None:
    root = write(
        tmp_path / "repo",
        {
            "modules/bucket/main.tf": AWS_BUCKET_MODULE,
            "region.hcl": 'locals {\n  region = "us-east-1"\n}\n',
            "live/app/terragrunt.hcl": (
                'locals {\n  r = read_terragrunt_config(find_in_parent_folders("region.hcl"))\n}\n'
                + unit("region = local.r.locals.region")
            ),
        },
    )

    def regions() -> list[str]:
        result = run_sovscan("scan", str(root), "--format", "json")
        return [f["properties"]["region"] for f in findings(json.loads(result.stdout), "RES001")]

    assert regions() == ["us-east-1"]
    assert list(cache_dir.rglob("*.json"))  # the answer was cached
    (root / "region.hcl").write_text('locals {\n  region = "us-west-2"\n}\n')
    assert regions() == ["us-west-2"]


def test_a_file_read_by_many_others_is_evaluated_once(tmp_path: Path) -> None:
    # Each level reads the next one ten times: evaluated path by path, 10^6 reads.
    files = {"modules/bucket/main.tf": AWS_BUCKET_MODULE}
    levels = 6
    for level in range(levels):
        reads = "\n".join(f'  r{i} = read_terragrunt_config("l{level + 1}.hcl")' for i in range(10))
        files[f"live/app/l{level}.hcl"] = "locals {\n" + reads + "\n}\n"
    files[f"live/app/l{levels}.hcl"] = 'locals {\n  region = "us-east-1"\n}\n'
    path = ".".join(["local.top"] + ["locals.r9"] * levels + ["locals.region"])
    files["live/app/terragrunt.hcl"] = 'locals {\n  top = read_terragrunt_config("l0.hcl")\n}\n' + unit(
        f"region = {path}"
    )
    _, report = scan(write(tmp_path, files))
    assert [f["properties"]["region"] for f in findings(report, "RES001")] == ["us-east-1"]
    assert not [n for n in report["notifications"] if "budget" in n["message"]]


def test_generate_if_exists_decides_between_the_module_file_and_the_generated_one(tmp_path: Path) -> None:
    module = AWS_BUCKET_MODULE.replace("region = var.region", 'region = "eu-west-3"')

    def generating(if_exists: str) -> str:
        return (
            'generate "provider" {\n  path = "main.tf"\n'
            f'  if_exists = "{if_exists}"\n'
            '  contents = <<EOF\nprovider "aws" {\n  region = "us-east-1"\n}\n'
            'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\nEOF\n}\n'
        )

    files = {"modules/bucket/main.tf": module}
    for mode in ("skip", "overwrite", "error"):
        files[f"live/{mode}/terragrunt.hcl"] = generating(mode) + unit('region = "x"')
    code, report = scan(write(tmp_path, files))
    assert [(unit_of(f), f["path"]) for f in findings(report, "RES001")] == [
        ("live/overwrite", "live/overwrite/terragrunt.hcl")
    ]
    assert [n["path"] for n in report["notifications"] if "terragrunt would stop" in n["message"]] == [
        "live/error/terragrunt.hcl"
    ]
    assert code == 3  # the scan did not complete: terragrunt itself would refuse that unit
