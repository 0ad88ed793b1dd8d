"""Values chosen at apply time (issue 20): a region drawn from a finite, statically known set
is judged per possible value, each finding naming the choice that leads there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_sovscan

PROVIDER = 'provider "aws" {\n  region = "eu-west-3"\n}\n'


def results(tree: Path, *args: str) -> list[dict[str, Any]]:
    done = run_sovscan("scan", str(tree), "--select", "RES001,RES002", "--format", "sarif", "--no-cache", *args)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["runs"][0]["results"]


def write(tree: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree / rel).write_text(text)
    return tree


def bucket(region: str, name: str = "b", extra: str = "") -> str:
    return f'resource "aws_s3_bucket" "{name}" {{\n  bucket = "{name}"\n{extra}  region = {region}\n}}\n'


def summary(found: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return sorted(
        (r["ruleId"], r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], r["message"]["text"])
        for r in found
    )


# Each form, with every possible value in the zone, then with one outside it: (the
# configuration, the choice the finding must name).
FORMS = {
    "workspace map": (
        'locals {\n  regions = { prod = "eu-west-3", pilot = "REGION" }\n}\n'
        + bucket("local.regions[terraform.workspace]"),
        "when `terraform.workspace` is `pilot`",
    ),
    "conditional on a variable": (
        'variable "env" {}\n' + bucket('var.env == "prod" ? "eu-west-3" : "REGION"'),
        "when `var.env` is not `prod`",
    ),
    "variable as the condition": (
        'variable "failover" {\n  type = bool\n}\n' + bucket('var.failover ? "REGION" : "eu-west-3"'),
        "when `var.failover` is `true`",
    ),
    "lookup with a default": (
        'variable "env" {}\nlocals {\n  regions = { prod = "eu-west-3", dev = "REGION" }\n}\n'
        + bucket('lookup(local.regions, var.env, "eu-west-1")'),
        "when `var.env` is `dev`",
    ),
    "lookup's default": (
        'variable "env" {}\nlocals {\n  regions = { prod = "eu-west-3" }\n}\n'
        + bucket('lookup(local.regions, var.env, "REGION")'),
        "when `var.env` is not `prod`",
    ),
    "try over a missing workspace": (
        'locals {\n  regions = { prod = "eu-west-3" }\n}\n'
        + bucket('try(local.regions[terraform.workspace], "REGION")'),
        "when `terraform.workspace` is not `prod`",
    ),
    "coalesce over a chosen value": (
        'variable "env" {}\nlocals {\n  override = { prod = "", dev = "REGION" }\n}\n'
        + bucket('coalesce(local.override[var.env], "eu-west-3")'),
        "when `var.env` is `dev`",
    ),
    "attribute of a chosen object": (
        'locals {\n  envs = {\n    prod  = { region = "eu-west-3" }\n    pilot = { region = "REGION" }\n  }\n}\n'
        + bucket("local.envs[terraform.workspace].region"),
        "when `terraform.workspace` is `pilot`",
    ),
    "provider region from the workspace": (
        'provider "aws" {\n  region = { prod = "eu-west-3", pilot = "REGION" }[terraform.workspace]\n}\n'
        'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
        "when `terraform.workspace` is `pilot`",
    ),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_possible_region_in_the_zone_gives_no_finding(tmp_path: Path, form: str) -> None:
    config, _ = FORMS[form]
    tree = write(tmp_path, {"main.tf": PROVIDER * ("provider" not in form) + config.replace("REGION", "eu-west-1")})
    assert summary(results(tree)) == []


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_possible_region_outside_the_zone_is_an_error_naming_the_choice(tmp_path: Path, form: str) -> None:
    config, choice = FORMS[form]
    tree = write(tmp_path, {"main.tf": PROVIDER * ("provider" not in form) + config.replace("REGION", "us-east-1")})
    found = results(tree)
    assert [(r["ruleId"], r["level"]) for r in found] == [("RES001", "error")]
    message = found[0]["message"]["text"]
    assert message.startswith(f"{choice}, aws_s3_bucket.b is deployed in us-east-1")
    assert found[0]["properties"]["condition"] == choice.removeprefix("when ")


def test_choices_on_one_variable_are_correlated(tmp_path: Path) -> None:
    # Uncorrelated, `local.r[var.env]` in the "not dev" branch could be "us-east-1".
    config = 'variable "env" {}\nlocals {\n  r = { prod = "eu-west-3", dev = "us-east-1" }\n}\n' + bucket(
        'var.env == "dev" ? "eu-west-1" : local.r[var.env]'
    )
    assert summary(results(write(tmp_path, {"main.tf": PROVIDER + config}))) == []


def test_two_choices_by_one_variable_pair_up(tmp_path: Path) -> None:
    # Unpaired, "eu-central" + "3" would name a region that does not exist (RES002).
    config = (
        'variable "env" {}\n'
        'locals {\n  area = { prod = "eu-west", dev = "eu-central" }\n  number = { prod = "3", dev = "1" }\n}\n'
        + bucket('"${local.area[var.env]}-${local.number[var.env]}"')
    )
    assert summary(results(write(tmp_path, {"main.tf": PROVIDER + config}))) == []


def test_a_choice_terraform_would_fail_on_is_dropped(tmp_path: Path) -> None:
    # Any other workspace fails to plan: it deploys nothing, so nothing is unknown.
    config = 'locals {\n  regions = { prod = "eu-west-3", staging = "eu-west-1" }\n}\n' + bucket(
        "local.regions[terraform.workspace]"
    )
    assert summary(results(write(tmp_path, {"main.tf": PROVIDER + config}))) == []


def test_a_choice_sovscan_cannot_evaluate_is_unknown_not_dropped(tmp_path: Path) -> None:
    # Terraform evaluates a regular-expression replace; sovscan does not: that is no failure of Terraform's.
    config = 'variable "env" {}\n' + bucket('var.env == "prod" ? "eu-west-3" : replace("us-east-1", "/x/", "y")')
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    assert [r["ruleId"] for r in found] == ["RES002"]
    assert found[0]["message"]["text"].startswith("when `var.env` is not `prod`, the region of aws_s3_bucket.b")


@pytest.mark.parametrize(
    "region",
    ["var.region", "terraform.workspace", '"${var.env}-1"', "local.regions[var.env]"],
)
def test_an_open_set_stays_unknown(tmp_path: Path, region: str) -> None:
    config = 'variable "region" {}\nvariable "env" {}\nlocals {\n  regions = {}\n}\n' + bucket(region)
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    assert [(r["ruleId"], r["level"]) for r in found] == [("RES002", "warning")]


def test_an_unknown_alternative_is_unknown_under_its_condition(tmp_path: Path) -> None:
    config = 'variable "env" {}\nvariable "other" {}\n' + bucket('var.env == "prod" ? "eu-west-3" : var.other')
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    assert [r["ruleId"] for r in found] == ["RES002"]
    assert found[0]["message"]["text"].startswith("when `var.env` is not `prod`, the region of aws_s3_bucket.b")


def test_two_workspaces_outside_the_zone_are_two_findings_with_their_own_fingerprints(tmp_path: Path) -> None:
    # The same region under both: only the condition tells the two findings apart.
    config = 'locals {\n  regions = { prod = "eu-west-3", pilot = "us-east-1", staging = "us-east-1" }\n}\n' + bucket(
        "local.regions[terraform.workspace]"
    )
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    assert sorted(r["properties"]["condition"] for r in found) == [
        "`terraform.workspace` is `pilot`",
        "`terraform.workspace` is `staging`",
    ]
    fingerprints = {r["partialFingerprints"]["sovscanFingerprint/v2"] for r in found}
    assert len(fingerprints) == 2


def test_sarif_relates_the_finding_to_the_map_that_chose_the_value(tmp_path: Path) -> None:
    config = 'locals {\n  regions = {\n    prod  = "eu-west-3"\n    pilot = "us-east-1"\n  }\n}\n' + bucket(
        "local.regions[terraform.workspace]"
    )
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    related = {
        (r["message"]["text"], r["physicalLocation"]["region"]["startLine"]) for r in found[0]["relatedLocations"]
    }
    bucket_region_line = (PROVIDER + config).splitlines().index("  region = local.regions[terraform.workspace]") + 1
    assert ("local.regions[terraform.workspace] when `terraform.workspace` is `pilot`", bucket_region_line) in related


def test_workspace_option_evaluates_as_that_workspace(tmp_path: Path) -> None:
    config = 'locals {\n  regions = { prod = "eu-west-3", pilot = "us-east-1" }\n}\n' + bucket(
        "local.regions[terraform.workspace]"
    )
    tree = write(tmp_path, {"main.tf": PROVIDER + config})
    assert summary(results(tree, "--workspace", "prod")) == []
    pilot = results(tree, "--workspace", "pilot")
    assert [r["ruleId"] for r in pilot] == ["RES001"]
    # A definite answer: no condition, the workspace is given.
    assert "condition" not in pilot[0]["properties"]
    assert pilot[0]["message"]["text"].startswith("aws_s3_bucket.b is deployed in us-east-1")
    # A workspace the map lacks fails in Terraform: no region, no finding.
    assert summary(results(tree, "--workspace", "other")) != summary(pilot)


MODULE = (
    'variable "env" {\n  type = string\n}\n'
    'locals {\n  regions = { prod = "eu-west-3", pilot = "REGION" }\n}\n'
    + bucket("local.regions[var.env]", name="data")
)


@pytest.mark.parametrize(("pilot_region", "expected"), [("eu-west-1", 0), ("us-east-1", 1)])
def test_a_module_called_by_two_roots(tmp_path: Path, pilot_region: str, expected: int) -> None:
    # One root fixes the environment, the other passes the workspace through.
    tree = write(
        tmp_path,
        {
            "modules/store/main.tf": MODULE.replace("REGION", pilot_region),
            "live/prod/main.tf": PROVIDER + 'module "store" {\n  source = "../../modules/store"\n  env = "prod"\n}\n',
            "live/any/main.tf": PROVIDER
            + 'module "store" {\n  source = "../../modules/store"\n  env = terraform.workspace\n}\n',
        },
    )
    found = results(tree)
    assert len(found) == expected
    if expected:
        (finding,) = found
        assert finding["ruleId"] == "RES001"
        assert finding["message"]["text"].startswith(
            "when `terraform.workspace` is `pilot`, module.store.aws_s3_bucket.data is deployed in us-east-1"
        )


@pytest.mark.parametrize(("staging_failover", "expected"), [("eu-north-1", []), ("us-east-1", ['["staging"]'])])
def test_for_each_over_an_environment_map(tmp_path: Path, staging_failover: str, expected: list[str]) -> None:
    config = (
        'variable "failover" {\n  type = bool\n}\n'
        "locals {\n"
        '  envs     = { prod = "eu-west-3", staging = "eu-west-1" }\n'
        f'  failover = {{ prod = "eu-central-1", staging = "{staging_failover}" }}\n'
        "}\n"
        + bucket(
            "var.failover ? local.failover[each.key] : each.value",
            name="data",
            extra="  for_each = local.envs\n",
        )
    )
    found = results(write(tmp_path, {"main.tf": PROVIDER + config}))
    assert [r["ruleId"] for r in found] == ["RES001"] * len(expected)
    for result, key in zip(found, expected, strict=True):
        assert (
            result["message"]["text"]
            .replace("\\", "")
            .startswith(f"when `var.failover` is `true`, aws_s3_bucket.data{key} is deployed in {staging_failover}")
        )


BACKUP = """variable "env" {}
resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = "primary"
    copy_action {
      destination_vault_arn = (var.env == "prod"
        ? "arn:aws:backup:eu-west-1:123456789012:backup-vault:prod"
        : "arn:aws:backup:DR:123456789012:backup-vault:other")
    }
  }
}
"""


def test_a_replication_destination_chosen_by_a_conditional(tmp_path: Path) -> None:
    def transfers(dr: str) -> list[dict[str, Any]]:
        tree = write(tmp_path / dr, {"main.tf": PROVIDER + BACKUP.replace("DR", dr)})
        done = run_sovscan("scan", str(tree), "--select", "XFR001", "--format", "sarif", "--no-cache")
        return json.loads(done.stdout)["runs"][0]["results"]

    assert transfers("eu-central-1") == []
    (found,) = transfers("us-east-1")
    assert found["message"]["text"].startswith("when `var.env` is not `prod`, aws_backup_plan.daily")
    assert "us-east-1" in found["message"]["text"]


def test_a_cached_answer_for_one_workspace_is_not_served_for_another(tmp_path: Path, cache_dir: Path) -> None:
    from scanner.config.settings import Config
    from scanner.pipeline import ScanRequest, run_scan

    config = 'locals {\n  regions = { prod = "eu-west-3", pilot = "us-east-1" }\n}\n' + bucket(
        "local.regions[terraform.workspace]"
    )
    tree = write(tmp_path / "tree", {"main.tf": PROVIDER + config})

    def regions(workspace: str) -> list[str]:
        request = ScanRequest(paths=[tree], config=Config(), tool_version="test", use_cache=True, workspace=workspace)
        return [f.properties.get("region", "") for f in run_scan(request).findings if f.rule_id == "RES001"]

    assert regions("prod") == []
    assert regions("pilot") == ["us-east-1"]
    assert regions("prod") == []


def test_a_choice_all_in_the_zone_still_has_its_operator_judged(tmp_path: Path) -> None:
    # No RES001 nor RES002 speaks for this bucket, so PRV001/PRV002 must not stay silent.
    config = 'variable "env" {}\n' + bucket('var.env == "prod" ? "eu-west-3" : "eu-west-1"')
    tree = write(tmp_path, {"main.tf": PROVIDER + config})
    done = run_sovscan(
        "scan", str(tree), "--profile", "secnumcloud", "--select", "RES001,RES002,PRV001,PRV002", "--no-cache"
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "PRV001" in done.stdout and "RES00" not in done.stdout


VOLUME = """variable "env" {}
locals {
  keys = { dev = "arn:aws:kms:eu-west-3:123456789012:key/dev", prod = "PROD_KEY" }
}
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-3a"
  size              = 10
  kms_key_id        = local.keys[var.env]
}
"""


def test_a_key_chosen_by_environment(tmp_path: Path) -> None:
    def key_findings(prod_key: str) -> list[str]:
        folder = tmp_path / prod_key.replace("/", "_")
        tree = write(folder, {"main.tf": PROVIDER + VOLUME.replace("PROD_KEY", prod_key)})
        done = run_sovscan("scan", str(tree), "--select", "KEY001", "--format", "sarif", "--no-cache")
        return [r["message"]["text"] for r in json.loads(done.stdout)["runs"][0]["results"]]

    assert key_findings("arn:aws:kms:eu-west-3:123456789012:key/prod") == []
    (message,) = key_findings("alias/aws/ebs")
    assert message.startswith("when `var.env` is `prod`, aws_ebs_volume.v")


DATADOG = """terraform {
  required_providers {
    datadog = { source = "DataDog/datadog" }
  }
}
variable "env" {}
provider "datadog" {
  api_url = var.env == "prod" ? "https://api.datadoghq.eu/" : "OTHER"
}
"""


def test_an_endpoint_chosen_by_a_variable(tmp_path: Path) -> None:
    def egress(other: str) -> list[str]:
        tree = write(tmp_path / other.split(".")[-1].strip("/"), {"main.tf": DATADOG.replace("OTHER", other)})
        done = run_sovscan("scan", str(tree), "--select", "EGR001", "--format", "sarif", "--no-cache")
        return [r["message"]["text"] for r in json.loads(done.stdout)["runs"][0]["results"]]

    assert egress("https://api.datadoghq.eu/") == []
    (message,) = egress("https://api.datadoghq.com/")
    assert message.startswith("when `var.env` is not `prod`, ") and "datadoghq.com" in message
