"""The command-line contract: formats, exit codes, configuration, stdin, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import SCHEMA, write_tree
from tests.helpers import run_core, run_sovscan

BAD_TF = 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
GOOD_TF = 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
UNKNOWN_TF = 'provider "aws" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'


def _validate(sarif_text: str) -> dict:
    log = json.loads(sarif_text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    return log


def test_version() -> None:
    completed = run_sovscan("--version")
    assert completed.returncode == 0
    assert completed.stdout.startswith("sovscan ")


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    write_tree(tmp_path / "bad", {"main.tf": BAD_TF})
    write_tree(tmp_path / "good", {"main.tf": GOOD_TF})
    write_tree(tmp_path / "unknown", {"main.tf": UNKNOWN_TF})
    assert run_core("scan", str(tmp_path / "bad")).returncode == 1
    assert run_core("scan", str(tmp_path / "good")).returncode == 0
    assert run_core("scan", str(tmp_path / "unknown")).returncode == 0
    assert run_core("scan", str(tmp_path / "unknown"), "--fail-on", "warning").returncode == 1
    assert run_core("scan", str(tmp_path / "bad"), "--fail-on", "never").returncode == 0


def test_sarif_is_schema_valid_and_deterministic(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": BAD_TF, "broken.tf": "resource {\n", "unknown/main.tf": UNKNOWN_TF})
    first = run_core("scan", str(tmp_path), "--format", "sarif")
    second = run_core("scan", str(tmp_path), "--format", "sarif")
    assert first.stdout == second.stdout
    log = _validate(first.stdout)
    results = log["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    assert set(by_rule) == {"RES001", "RES002", "PARSE001"}
    assert by_rule["RES002"]["level"] == "warning"
    location = by_rule["RES001"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "main.tf", "uriBaseId": "%SRCROOT%"}
    assert location["region"]["startLine"] == 4
    assert location["region"]["endLine"] == 6
    assert by_rule["RES001"]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert by_rule["PARSE001"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.tf"
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "RES001" in rule_ids
    assert all(r["ruleIndex"] == rule_ids.index(r["ruleId"]) for r in results)


def test_parse_error_does_not_hide_other_findings(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a/main.tf": BAD_TF, "b/broken.tf": 'resource "x" "y" {\n  a =\n}\n'})
    completed = run_core("scan", str(tmp_path), "--format", "json")
    findings = json.loads(completed.stdout)["findings"]
    assert {(f["rule"], f["path"]) for f in findings} == {("RES001", "a/main.tf"), ("PARSE001", "b/broken.tf")}
    parse = next(f for f in findings if f["rule"] == "PARSE001")
    assert parse["start_line"] == 2
    assert completed.returncode == 1


def test_json_shape(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": BAD_TF})
    data = json.loads(run_core("scan", str(tmp_path), "--format", "json").stdout)
    assert set(data) >= {"version", "tool", "profiles", "summary", "findings", "notifications"}
    assert data["summary"]["error"] == 1
    assert data["findings"][0]["provenance"][0]["path"] == "main.tf"


def test_output_is_written_and_format_inferred(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {"main.tf": BAD_TF})
    out = tmp_path / "report.sarif"
    completed = run_sovscan("scan", str(tmp_path / "src"), "-o", str(out))
    assert completed.returncode == 1
    assert completed.stdout == ""
    _validate(out.read_text(encoding="utf-8"))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_failed_write_keeps_previous_report(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {"main.tf": BAD_TF})
    target = tmp_path / "missing-dir" / "report.json"
    completed = run_sovscan("scan", str(tmp_path / "src"), "-o", str(target))
    assert completed.returncode == 2
    assert "cannot write" in completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "does-not-exist"], "path does not exist"),
        (["scan", ".", "--profile", "nope"], "unknown profile 'nope'"),
        (["scan", ".", "--fail-on", "bad"], "Invalid value"),
        (["scan", ".", "--var", "novalue"], "--var expects NAME=VALUE"),
        (["explain", "XYZ999"], "unknown rule"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    completed = run_sovscan(*args, cwd=tmp_path)
    assert completed.returncode == 2
    assert message in completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize(
    ("config_name", "text", "message"),
    [
        (".sovscan.yaml", "profiles: [hds]\n", "unknown key 'profiles'"),
        (".sovscan.yaml", "fail-on: sometimes\n", "'fail-on' must be one of"),
        (".sovscan.yaml", "disable: [NOPE1]\n", "unknown rule 'NOPE1'"),
        (".sovscan.yaml", "profile: [hds\n", "invalid YAML"),
        ("pyproject.toml", "[tool.sovscan]\nfoo = 1\n", "unknown key 'foo'"),
    ],
)
def test_config_errors_name_the_key(tmp_path: Path, config_name: str, text: str, message: str) -> None:
    write_tree(tmp_path, {config_name: text, "main.tf": GOOD_TF})
    completed = run_sovscan("scan", str(tmp_path))
    assert completed.returncode == 2, completed.stdout
    assert message in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1


def test_config_sets_profile_disable_severity_and_excludes(tmp_path: Path) -> None:
    config = "profile: secnumcloud\nexclude: ['legacy/**']\nseverity: {RES001: warning}\nfail-on: error\n"
    norway = (
        'resource "azurerm_storage_account" "a" {\n  name = "a"\n  resource_group_name = "rg"\n'
        '  location = "norwayeast"\n  account_tier = "Standard"\n  account_replication_type = "LRS"\n}\n'
    )
    write_tree(tmp_path, {".sovscan.yaml": config, "main.tf": norway, "legacy/old/main.tf": BAD_TF})
    data = json.loads(run_core("scan", str(tmp_path), "--format", "json").stdout)
    assert [(f["rule"], f["level"], f["path"]) for f in data["findings"]] == [("RES001", "warning", "main.tf")]
    assert data["profiles"] == ["secnumcloud"]
    completed = run_core("scan", str(tmp_path), "--profile", "hds")
    assert completed.returncode == 0


def test_several_profiles_strictest_wins(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": UNKNOWN_TF})
    data = json.loads(
        run_core("scan", str(tmp_path), "--profile", "hds", "--profile", "secnumcloud", "--format", "json").stdout
    )
    assert [(f["rule"], f["level"]) for f in data["findings"]] == [("RES002", "error")]


def test_stdin(tmp_path: Path) -> None:
    completed = run_core("scan", "-", "--stdin-filename", "main.tf", "--format", "json", cwd=tmp_path, stdin=BAD_TF)
    assert completed.returncode == 1
    findings = json.loads(completed.stdout)["findings"]
    assert [(f["rule"], f["path"]) for f in findings] == [("RES001", "main.tf")]


def test_files_one_by_one_use_their_module(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "infra/providers.tf": 'provider "aws" {\n  region = var.region\n}\n',
            "infra/variables.tf": 'variable "region" {}\n',
            "infra/terraform.tfvars": 'region = "ap-southeast-1"\n',
            "infra/main.tf": 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n',
            "other/main.tf": BAD_TF,
        },
    )
    data = json.loads(run_core("scan", "infra/main.tf", "--format", "json", cwd=tmp_path).stdout)
    assert [(f["rule"], f["path"]) for f in data["findings"]] == [("RES001", "infra/main.tf")]
    assert "terraform.tfvars" in json.dumps(data["findings"][0]["provenance"])


def test_rules_explain_profiles() -> None:
    assert "RES001" in run_sovscan("rules").stdout
    explained = run_sovscan("explain", "res001").stdout
    assert "Why it matters" in explained and "SecNumCloud" in explained
    assert "secnumcloud" in run_sovscan("profiles").stdout


def test_suppression_governance(tmp_path: Path) -> None:
    tf = BAD_TF.replace('resource "aws_s3_bucket"', '# sovscan:ignore RES001 -- approved\nresource "aws_s3_bucket"')
    write_tree(tmp_path, {"main.tf": tf})
    allowed = json.loads(run_core("scan", str(tmp_path), "--format", "json").stdout)
    assert [(f["rule"], f["suppressed"]["kind"]) for f in allowed["findings"]] == [("RES001", "inSource")]
    assert run_core("scan", str(tmp_path)).returncode == 0
    (tmp_path / ".sovscan.yaml").write_text("suppression-justification-pattern: '[A-Z]+-[0-9]+'\n")
    strict = json.loads(run_core("scan", str(tmp_path), "--format", "json").stdout)
    assert sorted((f["rule"], f["suppressed"] is None) for f in strict["findings"]) == [
        ("RES001", True),
        ("SUP001", True),
    ]
    (tmp_path / ".sovscan.yaml").write_text("inline-suppressions: deny\n")
    denied = run_core("scan", str(tmp_path), "--format", "json")
    assert denied.returncode == 1
    assert "not allowed by this configuration" in denied.stdout


def test_several_outputs_and_terminal_text(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {"main.tf": BAD_TF})
    sarif, html, junit = tmp_path / "r.sarif", tmp_path / "r.html", tmp_path / "r.xml"
    completed = run_sovscan(
        "scan", str(tmp_path / "src"), "-o", f"sarif:{sarif}", "-o", f"html:{html}", "-o", f"junit:{junit}",
        "--format", "text",
    )  # fmt: skip
    assert completed.returncode == 1
    assert "RES001" in completed.stdout and "Scanned 1 file" in completed.stdout
    _validate(sarif.read_text(encoding="utf-8"))
    assert "<svg" in html.read_text(encoding="utf-8")
    assert "<testsuites" in junit.read_text(encoding="utf-8")


def test_baseline_create_then_only_new_findings_fail(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a/main.tf": BAD_TF})
    created = run_sovscan("baseline", "create", str(tmp_path))
    assert created.returncode == 0, created.stderr
    assert (tmp_path / ".sovscan-baseline.json").is_file()
    accepted = run_core("scan", str(tmp_path), "--format", "json")
    assert accepted.returncode == 0
    assert json.loads(accepted.stdout)["findings"][0]["suppressed"]["kind"] == "external"
    write_tree(tmp_path, {"b/main.tf": BAD_TF})
    (tmp_path / "a" / "main.tf").unlink()
    later = run_core("scan", str(tmp_path), "--format", "json")
    assert later.returncode == 1
    data = json.loads(later.stdout)
    assert [(f["path"], f["suppressed"]) for f in data["findings"]] == [("b/main.tf", None)]
    assert any("stale baseline entry" in n["message"] for n in data["notifications"])
    assert run_core("scan", str(tmp_path), "--no-baseline").returncode == 1


def test_merge_sarif_files(tmp_path: Path) -> None:
    write_tree(tmp_path / "repo-a", {"main.tf": BAD_TF})
    write_tree(tmp_path / "repo-b", {"main.tf": UNKNOWN_TF})
    for name in ("repo-a", "repo-b"):
        run_sovscan("scan", str(tmp_path / name), "-o", str(tmp_path / f"{name}.sarif"))
    merged = run_sovscan("merge", str(tmp_path / "repo-a.sarif"), str(tmp_path / "repo-b.sarif"))
    assert merged.returncode == 0, merged.stderr
    assert len(_validate(merged.stdout)["runs"]) == 2
    report = tmp_path / "org.html"
    as_html = run_sovscan(
        "merge", str(tmp_path / "repo-a.sarif"), str(tmp_path / "repo-b.sarif"), "--format", "html", "-o", str(report)
    )
    assert as_html.returncode == 0, as_html.stderr
    assert "repo-a" in report.read_text(encoding="utf-8")
    broken = tmp_path / "broken.sarif"
    broken.write_text("{not json")
    failed = run_sovscan("merge", str(broken))
    assert failed.returncode == 2 and "Traceback" not in failed.stderr


def test_catalog_overrides_from_a_trusted_configuration(tmp_path: Path) -> None:
    """Catalog facts come only from a file named by --config (trust model; test_trust.py
    shows the same file in the scanned tree refused)."""
    new_region = 'provider "aws" {\n  region = "eu-south-9"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
    tree, trusted = tmp_path / "repo", tmp_path / "ci-sovscan.yaml"
    write_tree(tree, {"main.tf": new_region})
    select = ("--select", "RES002,PRV002", "--format", "json")
    before = json.loads(run_sovscan("scan", str(tree), *select).stdout)
    # A region the catalog does not know: unknown to RES002, and PRV002 cannot verify its scope.
    assert [f["rule"] for f in before["findings"]] == ["PRV002", "RES002"]
    assert before["findings"][0]["properties"]["outcome"] == "unverified"
    config = (
        "catalog:\n  regions:\n    aws:\n      eu-south-9:\n        country: PT\n"
        "        note: announced by AWS on 2026-11-01, press release\n"
    )
    trusted.write_text(config)
    after = json.loads(run_sovscan("scan", str(tree), "--config", str(trusted), *select).stdout)
    assert [f["rule"] for f in after["findings"]] == ["PRV002"]
    config += (
        "  qualifications:\n    aws:\n      - name: HDS\n        status: certified\n"
        '        referentiel: "2024"\n'
        "        scope: {regions: [eu-south-9]}\n        note: HDS certificate extended, ticket SEC-7\n"
    )
    trusted.write_text(config)
    assert json.loads(run_sovscan("scan", str(tree), "--config", str(trusted), *select).stdout)["findings"] == []
    trusted.write_text("catalog:\n  regions:\n    aws:\n      eu-south-9: {country: PT}\n")
    refused = run_core("scan", str(tree), "--config", str(trusted))
    assert refused.returncode == 2 and "needs a 'note'" in refused.stderr


def test_broken_pipe_is_quiet_and_ctrl_c_exits_130(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    from tests.helpers import REPO, cpu_seconds, wait_until

    files = {f"m{i}/main.tf": BAD_TF for i in range(30)}
    write_tree(tmp_path, files)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    piped = subprocess.run(
        f'"{sys.executable}" -m scanner scan "{tmp_path}" | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr
    write_tree(tmp_path, {f"n{i}/main.tf": BAD_TF * 20 for i in range(300)})
    process = subprocess.Popen(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    # Past start-up (about 0.2 s of CPU) the scan of these 300 files takes seconds of CPU:
    # waiting on the CPU it used, not on the clock, interrupts it mid-scan under any load.
    wait_until(lambda: process.poll() is not None or cpu_seconds(process.pid) > 0.8, "the scan was under way")
    assert process.poll() is None, "the scan ended before it was interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
