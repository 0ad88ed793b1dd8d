"""The trust model: nothing in the scanned tree weakens a --strict scan, catalog facts come
only from a trusted --config, and whatever weakened a scan shows in every report.

Each attack of issue 14 §1 is reproduced first, through the real command line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest

from scanner.model import Finding, Level, Location, ScanResult
from scanner.runner import _exit_code
from tests.conftest import SCHEMA, write_tree
from tests.helpers import CORE_RULES, run_core, run_sovscan

BAD_TF = 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
GOOD_TF = 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
US_AS_FRANCE = (
    "catalog:\n  regions:\n    aws:\n      us-east-1:\n        country: FR\n        note: trust me\n"
    "  qualifications:\n    aws:\n      - name: HDS\n        status: certified\n"
    "        scope: {regions: [us-east-1]}\n        note: trust me\n"
)


def repo(tmp_path: Path, files: dict[str, str]) -> Path:
    """A repository (a `.git` folder at its root) holding `files`."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write_tree(root, files)
    return root


def as_json(*args: str) -> tuple[int, dict]:
    completed = run_sovscan("scan", *args, "--format", "json")
    assert completed.stdout, completed.stderr
    return completed.returncode, json.loads(completed.stdout)


def rules_of(document: dict, suppressed: bool = False) -> list[str]:
    return sorted(f["rule"] for f in document["findings"] if (f["suppressed"] is not None) == suppressed)


def refused(document: dict) -> set[tuple[str, str]]:
    return {(w["setting"], w["detail"]) for w in document["weakened"] if not w["applied"]}


def applied(document: dict) -> set[tuple[str, str]]:
    return {(w["setting"], w["detail"]) for w in document["weakened"] if w["applied"]}


# --- the attacks of the issue --------------------------------------------------------


def test_a_tree_config_cannot_declare_us_east_1_french_in_any_mode(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF, ".sovscan.yaml": US_AS_FRANCE})
    for mode in ((), ("--strict",)):
        code, document = as_json(str(root), "--select", "RES001,RES002,PRV001,PRV002", *mode)
        assert code == 1 and "RES001" in rules_of(document)
        assert ("catalog", "regions.aws, qualifications.aws") in refused(document)


def test_the_same_catalog_from_a_trusted_config_applies_and_is_listed(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF})
    trusted = tmp_path / "ci.yaml"
    trusted.write_text(US_AS_FRANCE)
    code, document = as_json(str(root), "--select", "RES001", "--config", str(trusted), "--strict")
    assert code == 0 and rules_of(document) == []
    assert ("catalog", "regions.aws") in applied(document)


@pytest.mark.parametrize(
    ("config", "weakening"),
    [
        ("fail-on: never\n", ("fail-on", "never")),
        ("exclude: ['*']\n", ("exclude", "*")),
        ("exclude: ['**/*.tf']\n", ("exclude", "**/*.tf")),
        ("disable: [RES001]\n", ("disable", "RES001")),
        ("severity: {RES001: note}\n", ("severity", "RES001 error -> note")),
        ("profile: eu-residency\n", ("profile", "without hds")),
    ],
)
def test_strict_mode_refuses_what_a_tree_config_weakens_and_says_so(
    tmp_path: Path, config: str, weakening: tuple[str, str]
) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF, ".sovscan.yaml": config})
    code, document = as_json(str(root), "--strict")
    assert code == 1 and "RES001" in rules_of(document)
    assert document["strict"] is True
    assert weakening in refused(document)
    loose = run_sovscan("scan", str(root), "--format", "json")
    if loose.returncode == 2:  # outside strict mode, applied: here nothing is left to scan
        assert "no Terraform or Kubernetes file to scan" in loose.stderr
    else:  # applied, and visible
        assert weakening in applied(json.loads(loose.stdout))


def test_a_baseline_committed_in_the_tree_is_not_applied_in_strict_mode(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF})
    assert run_sovscan("baseline", "create", str(root), "--select", CORE_RULES).returncode == 0
    assert (root / ".sovscan-baseline.json").is_file()
    loose = run_core("scan", str(root), "--format", "json")
    assert loose.returncode == 0 and ("baseline", "") in applied(json.loads(loose.stdout))
    strict = run_core("scan", str(root), "--strict", "--format", "json")
    assert strict.returncode == 1
    assert ("baseline", "") in refused(json.loads(strict.stdout))
    trusted = run_core("scan", str(root), "--strict", "--baseline", str(root / ".sovscan-baseline.json"))
    assert trusted.returncode == 0 and "Weakened by: baseline .sovscan-baseline.json (command line)" in trusted.stdout


def test_parse001_cannot_be_suppressed_inline(tmp_path: Path) -> None:
    broken = "# sovscan:ignore PARSE001 until=9999-12-31 -- parser bug, ticket P-1\nresource {\n"
    root = repo(tmp_path, {"main.tf": broken})
    completed = run_core("scan", str(root), "--format", "json")
    assert completed.returncode == 1
    document = json.loads(completed.stdout)
    assert "PARSE001" in rules_of(document) and rules_of(document, suppressed=True) == []


def test_parse001_is_never_baselined(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF, "broken.tf": "resource {\n"})
    assert run_sovscan("baseline", "create", str(root), "--select", CORE_RULES).returncode == 0
    baseline = json.loads((root / ".sovscan-baseline.json").read_text())
    assert {e["rule"] for e in baseline["findings"]} == {"RES001"}
    # Even written into a baseline by hand, it does not match.
    entry = {"fingerprint": "", "rule": "PARSE001", "path": "broken.tf", "address": "", "message": ""}
    code, document = as_json(str(root), "--select", CORE_RULES)
    parse = next(f for f in document["findings"] if f["rule"] == "PARSE001")
    baseline["findings"].append({**entry, "fingerprint": parse["fingerprint"]})
    (root / ".sovscan-baseline.json").write_text(json.dumps(baseline))
    code, document = as_json(str(root), "--select", CORE_RULES)
    assert code == 1 and rules_of(document) == ["PARSE001"]


def test_an_expiry_beyond_the_horizon_is_reported_and_not_honoured(tmp_path: Path) -> None:
    far = "# sovscan:ignore RES001 until=9999-12-31 -- migration window, ticket MIG-12\n"
    root = repo(tmp_path, {"main.tf": BAD_TF.replace("resource", far + "resource")})
    code, document = as_json(str(root), "--select", CORE_RULES)
    assert code == 1 and rules_of(document) == ["RES001", "SUP002"]


def test_the_horizon_is_set_only_by_a_trusted_config(tmp_path: Path) -> None:
    soon = (date.today() + timedelta(days=30)).isoformat()
    comment = f"# sovscan:ignore RES001 until={soon} -- migration window, ticket MIG-12\n"
    root = repo(tmp_path, {"main.tf": BAD_TF.replace("resource", comment + "resource")})
    code, document = as_json(str(root), "--select", CORE_RULES)
    assert code == 0 and rules_of(document, suppressed=True) == ["RES001"]  # within the default year
    trusted = tmp_path / "ci.yaml"
    trusted.write_text("suppression-max-horizon-days: 10\n")
    code, document = as_json(str(root), "--select", CORE_RULES, "--config", str(trusted))
    assert code == 1 and rules_of(document) == ["RES001", "SUP002"]
    far = "# sovscan:ignore RES001 until=2999-01-01 -- migration window, ticket MIG-12\n"
    (root / "main.tf").write_text(BAD_TF.replace("resource", far + "resource"))
    (root / ".sovscan.yaml").write_text("suppression-max-horizon-days: 1000000\n")
    code, document = as_json(str(root), "--select", CORE_RULES)
    assert code == 1 and rules_of(document) == ["RES001", "SUP002"]
    assert ("suppression-max-horizon-days", "1000000") in refused(document)


# --- what the tree may still do, and what the command line does ---------------------


def test_strict_mode_applies_what_makes_the_scan_stricter(tmp_path: Path) -> None:
    unknown = 'provider "aws" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
    root = repo(tmp_path, {"main.tf": unknown})
    assert run_core("scan", str(root), "--strict").returncode == 0  # an unknown region is a warning
    (root / ".sovscan.yaml").write_text("fail-on: warning\n")
    stricter = run_core("scan", str(root), "--strict")
    assert stricter.returncode == 1
    assert "Weakened" not in stricter.stdout and "Not applied" not in stricter.stdout
    (root / ".sovscan.yaml").write_text("severity: {RES002: error}\ninline-suppressions: deny\n")
    raised = run_core("scan", str(root), "--strict")
    assert raised.returncode == 1 and "Not applied" not in raised.stdout


def test_inline_suppressions_in_strict_mode(tmp_path: Path) -> None:
    comment = "# sovscan:ignore RES001 -- DPO decision 2026-014\n"
    root = repo(tmp_path, {"main.tf": BAD_TF.replace("resource", comment + "resource")})
    code, document = as_json(str(root), "--select", CORE_RULES, "--strict")
    assert code == 0 and rules_of(document, suppressed=True) == ["RES001"]  # honoured and listed
    trusted = tmp_path / "ci.yaml"
    trusted.write_text("inline-suppressions: deny\n")
    code, document = as_json(str(root), "--select", CORE_RULES, "--strict", "--config", str(trusted))
    assert code == 1 and "RES001" in rules_of(document)
    # In strict mode the tree's file is read beside --config, and cannot allow what it denies.
    (root / ".sovscan.yaml").write_text("inline-suppressions: allow\nseverity: {RES002: error}\n")
    code, document = as_json(str(root), "--select", CORE_RULES, "--strict", "--config", str(trusted))
    assert code == 1 and "RES001" in rules_of(document)
    assert refused(document) == {("inline-suppressions", "allow")}
    # Outside strict mode, --config replaces the tree's file.
    code, document = as_json(str(root), "--select", CORE_RULES, "--config", str(trusted))
    assert code == 1 and document["weakened"] == []


def test_the_command_line_wins_over_a_tree_config(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF, ".sovscan.yaml": "disable: [RES001]\nfail-on: never\n"})
    code, document = as_json(str(root), "--select", "RES001", "--fail-on", "error")
    assert code == 1 and rules_of(document) == ["RES001"]
    assert document["weakened"] == []


def test_a_tree_config_is_found_up_to_the_repository_root_and_no_further(tmp_path: Path) -> None:
    root = repo(tmp_path, {"infra/prod/main.tf": BAD_TF, ".sovscan.yaml": "fail-on: never\n"})
    code, document = as_json(str(root / "infra" / "prod"))
    assert code == 0 and ("fail-on", "never") in applied(document)
    (tmp_path / ".sovscan.yaml").write_text("disable: [RES001]\n")  # above the repository
    (root / ".sovscan.yaml").unlink()
    code, document = as_json(str(root / "infra" / "prod"))
    assert code == 1 and document["weakened"] == []


def test_a_config_named_on_the_command_line_is_trusted_wherever_it_lies(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": GOOD_TF, "legacy/main.tf": BAD_TF, "ci.yaml": "exclude: ['legacy/**']\n"})
    code, document = as_json(str(root), "--strict", "--config", str(root / "ci.yaml"))
    assert code == 0 and ("exclude", "legacy/**") in applied(document)


# --- visibility ------------------------------------------------------------------------


def test_what_weakened_the_scan_shows_in_every_format(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF, ".sovscan.yaml": "disable: [RES002]\nexclude: ['old/**']\n"})
    text = run_core("scan", str(root)).stdout
    lines = [line for line in text.splitlines() if "Weakened by" in line]
    assert lines == ["Weakened by: exclude old/** (.sovscan.yaml)."]  # RES002 runs: --select wins
    log = json.loads(run_core("scan", str(root), "--strict", "--format", "sarif").stdout)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    sarif = log["runs"][0]
    notes = sarif["invocations"][0]["toolConfigurationNotifications"]
    assert [n["properties"]["detail"] for n in notes] == ["old/**"] and notes[0]["level"] == "note"
    assert sarif["properties"]["strict"] is True
    assert sarif["properties"]["weakened"] == [
        {"setting": "exclude", "detail": "old/**", "source": ".sovscan.yaml", "applied": False}
    ]
    markdown = run_core("scan", str(root), "--format", "markdown").stdout
    assert "**Weakened by**" in markdown and "old/**" in markdown
    html = run_core("scan", str(root), "--format", "html").stdout
    assert 'id="weakened"' in html and "old/**" in html


def test_a_scan_nothing_weakened_stays_quiet(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": GOOD_TF})
    text = run_core("scan", str(root), "--strict").stdout
    assert "Weakened" not in text and "Not applied" not in text
    sarif = json.loads(run_core("scan", str(root), "--format", "sarif").stdout)["runs"][0]
    assert "toolConfigurationNotifications" not in sarif["invocations"][0]


def test_a_cached_report_follows_what_the_tree_tried(tmp_path: Path, cache_dir: Path) -> None:
    """The report cache keys on the weakenings: the same findings with a new refused
    setting or baseline are a new report."""
    root = repo(tmp_path, {"main.tf": BAD_TF})
    first = run_core("scan", str(root), "--strict")
    assert first.returncode == 1 and "Not applied" not in first.stdout
    assert run_core("scan", str(root), "--strict").stdout == first.stdout  # from the cache
    (root / ".sovscan.yaml").write_text("fail-on: never\n")
    refused_config = run_core("scan", str(root), "--strict")
    assert "Not applied (from the scanned tree): fail-on never (.sovscan.yaml)." in refused_config.stdout
    (root / ".sovscan.yaml").unlink()
    # Excluded, the baseline file is not among the scanned files' contents the key holds.
    unseen = ("--strict", "--exclude", ".sovscan-baseline.json")
    assert "Not applied" not in run_core("scan", str(root), *unseen).stdout
    (root / ".sovscan-baseline.json").write_text(
        json.dumps({"version": 2, "tool": "sovscan", "created": "2026-01-02", "findings": []})
    )
    refused_baseline = run_core("scan", str(root), *unseen)
    assert "Not applied (from the scanned tree): baseline (.sovscan-baseline.json)." in refused_baseline.stdout


# --- exit codes and empty scans ------------------------------------------------------


def _result(successful: bool, incomplete: bool = False, findings: int = 1) -> ScanResult:
    finding = Finding("RES001", Level.ERROR, "in us-east-1", Location("main.tf", 1, 1))
    return ScanResult(
        "/r", "0", ("hds",), [], [finding] * findings, [], execution_successful=successful, incomplete=incomplete
    )


def test_an_incomplete_scan_exits_3_even_with_failing_findings() -> None:
    assert _exit_code(_result(successful=True), "error") == 1
    assert _exit_code(_result(successful=False, incomplete=True), "error") == 3
    assert _exit_code(_result(successful=False, incomplete=True), "never") == 3


def test_a_file_not_read_fails_the_run_even_without_a_finding() -> None:
    # A PARSE001 left out by --select still leaves execution_successful false: exit 1.
    assert _exit_code(_result(successful=False, findings=0), "error") == 1
    assert _exit_code(_result(successful=False, findings=0), "warning") == 1
    assert _exit_code(_result(successful=False, findings=0), "never") == 0
    assert _exit_code(_result(successful=True, findings=0), "error") == 0


@pytest.mark.parametrize(
    ("files", "args"),
    [
        ({}, ()),
        ({"main.tf": BAD_TF}, ("--exclude", "*.tf")),
        ({"docs/mkdocs.yml": "site_name: docs\n"}, ()),
    ],
)
def test_a_folder_with_nothing_to_scan_exits_2_unless_allowed(tmp_path: Path, files: dict, args: tuple) -> None:
    root = repo(tmp_path, files)
    completed = run_sovscan("scan", str(root), *args)
    assert completed.returncode == 2 and "no Terraform or Kubernetes file to scan" in completed.stderr
    assert run_sovscan("scan", str(root), *args, "--allow-empty").returncode == 0


def test_empty_stdin_exits_2_unless_allowed() -> None:
    assert run_sovscan("scan", "-", stdin="").returncode == 2
    assert run_sovscan("scan", "-", "--allow-empty", stdin="").returncode == 0


def test_files_named_one_by_one_without_infrastructure_are_not_an_error(tmp_path: Path) -> None:
    root = repo(tmp_path, {"README.md": "# hi\n", "mkdocs.yml": "site_name: docs\n"})
    assert run_sovscan("scan", str(root / "README.md"), str(root / "mkdocs.yml")).returncode == 0


# --- baseline create and fingerprint schemes ---------------------------------------


def test_baseline_create_takes_the_scope_options_of_scan(tmp_path: Path) -> None:
    variable = 'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n'
    bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
    root = repo(tmp_path, {"app/main.tf": variable + bucket, "legacy/main.tf": BAD_TF})
    target = tmp_path / "baseline.json"
    created = run_sovscan(
        "baseline", "create", str(root), "--select", "RES001", "--exclude", "legacy/**",
        "--var", "region=us-west-2", "-o", str(target),
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    entries = json.loads(target.read_text())["findings"]
    assert [(e["rule"], e["path"]) for e in entries] == [("RES001", "app/main.tf")]
    gate = ("--select", "RES001", "--exclude", "legacy/**", "--var", "region=us-west-2", "--baseline", str(target))
    assert run_sovscan("scan", str(root), *gate).returncode == 0


def test_a_baseline_of_another_fingerprint_scheme_is_refused(tmp_path: Path) -> None:
    root = repo(tmp_path, {"main.tf": BAD_TF})
    old = {"version": 1, "tool": "sovscan", "created": "2026-01-02", "findings": []}
    (tmp_path / "old.json").write_text(json.dumps(old))
    completed = run_core("scan", str(root), "--baseline", str(tmp_path / "old.json"))
    assert completed.returncode == 2 and "recreate the baseline" in completed.stderr
    other = {**old, "version": 2, "fingerprint": "sovscanFingerprint/v0"}
    (tmp_path / "other.json").write_text(json.dumps(other))
    completed = run_core("scan", str(root), "--baseline", str(tmp_path / "other.json"))
    assert completed.returncode == 2 and "recreate the baseline" in completed.stderr


# --- the GitHub Action -----------------------------------------------------------------


def test_the_action_runs_strict_by_default_with_a_trusted_config(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    import yaml

    from tests.helpers import REPO

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    spec = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert spec["inputs"]["strict"]["default"] == "true" and "config" in spec["inputs"]
    [step] = [s for s in spec["runs"]["steps"] if s.get("id") == "scan"]
    installed = '"$RUNNER_TEMP/sovscan-venv/bin/sovscan" scan'
    assert installed in step["run"]
    script = step["run"].replace(installed, f'"{sys.executable}" -m scanner scan')
    root = repo(tmp_path, {"main.tf": BAD_TF, "old/main.tf": BAD_TF, ".sovscan.yaml": "fail-on: never\n"})
    (tmp_path / "trusted.yaml").write_text("exclude: ['old/**']\n")
    outputs = tmp_path / "github_output"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SOVSCAN_PATH": str(root),
        "SOVSCAN_PROFILE": "hds",
        "SOVSCAN_ARGS": f"--select {CORE_RULES}",
        "SOVSCAN_SARIF": str(tmp_path / "out.sarif"),
        "SOVSCAN_STRICT": spec["inputs"]["strict"]["default"],
        "SOVSCAN_CONFIG": str(tmp_path / "trusted.yaml"),
        "GITHUB_OUTPUT": str(outputs),
        "RUNNER_TEMP": str(tmp_path),
    }
    bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script]
    done = subprocess.run(bash, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    written = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert written["exit-code"] == "1"  # the tree's fail-on: never was refused
    run = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["runs"][0]
    assert run["properties"]["strict"] is True
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]} == {"main.tf"}
