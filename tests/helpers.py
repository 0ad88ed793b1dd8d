"""Small helpers shared by tests: run a scan in-process, or the real command."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from scanner.config.settings import Config
from scanner.model import ScanResult
from scanner.pipeline import ScanRequest, run_scan

REPO = Path(__file__).resolve().parents[1]


def core_disabled() -> frozenset[str]:
    from scanner.check.library import all_rules

    return frozenset(set(all_rules()) - set(CORE_RULES.split(",")))


def scan(paths: list[Path], profiles: tuple[str, ...] = ("hds",), **config: object) -> ScanResult:
    settings = Config(profiles=profiles, **config)  # type: ignore[arg-type]
    return run_scan(ScanRequest(paths=paths, config=settings, tool_version="test"))


# The rules the CLI-contract tests exercise; other rules have their own examples.
CORE_RULES = "RES001,RES002,PARSE001,SUP001,SUP002"


def run_core(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`sovscan scan …` limited to the core region rules."""
    return run_sovscan(*args, "--select", CORE_RULES, cwd=cwd, stdin=stdin)


def run_sovscan(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scanner", *args],
        cwd=cwd or REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO)},
    )


def bucket_tf(name: str, region: str) -> str:
    """An AWS provider in `region` and one S3 bucket: the tree the cache tests change."""
    return (
        f'provider "aws" {{\n  region = "{region}"\n}}\nresource "aws_s3_bucket" "{name}" {{\n  bucket = "{name}"\n}}\n'
    )


def sarif_regions(sarif: str) -> set[str]:
    """The regions the results of a SARIF log name."""
    results = json.loads(sarif)["runs"][0]["results"]
    return {r.get("properties", {}).get("region", "") for r in results} - {""}


DOWNLOADED_MODULE = ".terraform/modules/store"


def write_downloaded_module_tree(root: Path) -> Path:
    """A root module calling a registry module that `terraform init` put under .terraform
    (outside what a scan discovers); returns the module's main.tf."""
    files = {
        "main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\n'
        'module "store" {\n  source = "registry.example/store/aws"\n}\n',
        ".terraform/modules/modules.json": json.dumps(
            {"Modules": [{"Key": "", "Dir": "."}, {"Key": "store", "Dir": DOWNLOADED_MODULE}]}
        ),
        f"{DOWNLOADED_MODULE}/main.tf": 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    }
    from tests.conftest import write_tree

    write_tree(root, files)
    return root / DOWNLOADED_MODULE / "main.tf"


def rule_ids(result: ScanResult, include_suppressed: bool = True) -> list[str]:
    return sorted(f.rule_id for f in result.findings if include_suppressed or f.suppression is None)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Poll `condition` until it holds: synchronisation on a state, not on a guess of time."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.02)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a running process has used (Linux /proc)."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
