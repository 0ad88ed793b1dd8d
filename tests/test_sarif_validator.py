"""sovscan's SARIF against Microsoft's official validator, with GitHub code scanning's rules.

The validator is the SARIF Multitool (https://github.com/microsoft/sarif-sdk), from npm:

    npm install --no-audit --no-fund --prefix tests/.tools @microsoft/sarif-multitool@5.7.0

It is found through $SARIF_MULTITOOL (the `Sarif.Multitool` binary, or the npm prefix it
was installed into), else under tests/.tools; without it these tests are skipped. Call
the platform binary directly: the npm `sarif-multitool` wrapper runs it through a shell,
which splits the `--level "Error;Warning"` argument at the semicolon.

`validate` always exits 0; its findings are the results of the SARIF log it writes. Rule
kinds `Gh;Sarif` run the SARIF specification rules and GitHub's ingestion rules (GH1xxx).
Errors and warnings fail the test; notes (style suggestions such as message arguments,
code snippets, Pascal-case rule names, and SARIF2006, which fetches every URI over the
network) do not.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO, run_sovscan

PACKAGE = {"Linux": "sarif-multitool-linux", "Darwin": "sarif-multitool-darwin", "Windows": "sarif-multitool-win32"}
BINARY = "Sarif.Multitool.exe" if platform.system() == "Windows" else "Sarif.Multitool"
RULE_KINDS = "Gh;Sarif"


def _binary_under(prefix: Path) -> Path | None:
    package = PACKAGE.get(platform.system())
    if package is None:
        return None
    candidate = prefix / "node_modules" / "@microsoft" / package / BINARY
    return candidate if candidate.is_file() else None


def find_multitool() -> Path | None:
    configured = os.environ.get("SARIF_MULTITOOL")
    if configured:
        path = Path(configured)
        if path.is_file():
            return path
        return _binary_under(path)
    on_path = shutil.which(BINARY)
    if on_path:
        return Path(on_path)
    return _binary_under(REPO / "tests" / ".tools")


MULTITOOL = find_multitool()
pytestmark = pytest.mark.skipif(
    MULTITOOL is None,
    reason="SARIF Multitool not installed (npm install --prefix tests/.tools @microsoft/sarif-multitool)",
)


def validate(sarif: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """The validator's errors and warnings on `sarif`, each as {rule, level, message, path}."""
    assert MULTITOOL is not None
    out = tmp_path / f"{sarif.stem}.validation.sarif"
    completed = subprocess.run(
        [
            str(MULTITOOL),
            "validate",
            str(sarif),
            "--output",
            str(out),
            "--log",
            "ForceOverwrite",
            "--level",
            "Error;Warning",
            "--rule-kind",
            RULE_KINDS,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        # A self-contained .NET program: without libicu it needs the invariant globalization mode.
        env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert out.is_file(), completed.stdout + completed.stderr
    log = json.loads(out.read_text(encoding="utf-8-sig"))
    run = log["runs"][0]
    failures = [
        n
        for invocation in run.get("invocations", [])
        for n in invocation.get("toolExecutionNotifications", []) + invocation.get("toolConfigurationNotifications", [])
        if n.get("level", "warning") == "error"
    ]
    assert not failures, failures  # the validator itself could not run (bad arguments, unreadable file)
    templates = {
        rule["id"]: {key: value["text"] for key, value in rule.get("messageStrings", {}).items()}
        for rule in run["tool"]["driver"].get("rules", [])
    }
    problems = []
    for result in run.get("results", []):
        message = result["message"]
        text = message.get("text") or templates.get(result["ruleId"], {}).get(message.get("id", ""), "")
        arguments = message.get("arguments", [])
        for i, argument in enumerate(arguments):
            text = text.replace(f"{{{i}}}", str(argument))
        problems.append(
            {
                "rule": result["ruleId"],
                "level": result.get("level", "warning"),
                "message": text,
                "path": arguments[0] if arguments else None,
            }
        )
    return [p for p in problems if p["level"] in ("error", "warning")]


def _sarif_of(tmp_path: Path, target: Path, *args: str, name: str = "sovscan.sarif") -> Path:
    out = tmp_path / name
    completed = run_sovscan("scan", str(target), "--format", "sarif", "-o", str(out), *args)
    assert completed.returncode in (0, 1), completed.stderr
    return out


def test_the_validator_finds_problems(tmp_path: Path) -> None:
    """The setup works: a log that GitHub would reject gets errors."""
    broken = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x", "rules": [{"id": "R1"}]}},
                "results": [{"ruleId": "R1", "message": {"text": "no location"}}],
            }
        ],
    }
    path = tmp_path / "broken.sarif"
    path.write_text(json.dumps(broken), encoding="utf-8")
    assert {p["rule"] for p in validate(path, tmp_path)} & {"GH1001", "GH1003", "GH1005", "GH1015", "GH1017"}


def test_sample_infra_sarif_has_no_errors_or_warnings(tmp_path: Path) -> None:
    sarif = _sarif_of(tmp_path, REPO / "sample_infra")
    assert validate(sarif, tmp_path) == []


def test_hostile_tree_sarif_has_no_errors_or_warnings(tmp_path: Path) -> None:
    """Parse failures, notifications, suppressions, odd file names, values from outside the root."""
    root = tmp_path / "root"
    files = {
        "main.tf": 'variable "region" {}\n\nprovider "aws" {\n  region = var.region\n}\n\n'
        "# sovscan:ignore RES001 -- DPO-1: approved\n"
        'resource "aws_s3_bucket" "b" {}\n\n'
        "# sovscan:ignore RES001\n"
        'resource "aws_s3_bucket" "c" {}\n',
        "broken.tf": 'resource "x" "y" {\n  a =\n}\n',
        "dir with spaces/ünïcode #1%.tf": 'provider "aws" {}\nresource "aws_s3_bucket" "b" {}\n',
        "k8s/bad.yaml": "apiVersion: v1\nkind: ConfigMap\ndata: [\n",
        "k8s/bucket.yaml": "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: b\n"
        "spec:\n  forProvider:\n    region: NO\n",
        "big.tf": "# " + "x" * 100 + "\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "latin1.tf").write_bytes("# é\n".encode("latin-1"))
    os.symlink("/etc/hostname", root / "outside.tf")
    (root / ".sovscan.yaml").write_text("max-file-size: 50\n", encoding="utf-8")
    var_file = tmp_path / "outside.tfvars"
    var_file.write_text('region = "us-east-1"\n', encoding="utf-8")
    sarif = _sarif_of(tmp_path, root, "--var-file", str(var_file), "--fail-on", "never")
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert log["runs"][0]["results"]
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert validate(sarif, tmp_path) == []
