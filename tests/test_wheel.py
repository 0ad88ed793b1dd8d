"""The installed wheel, in a fresh virtual environment, finds its rule data and scans."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.helpers import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    dist = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("sovscan-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = env_dir / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", str(wheel)], check=True, capture_output=True, timeout=600)
    return env_dir / "bin" / "sovscan"


def test_wheel_ships_rules_and_scans_sample_infra(installed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    completed = subprocess.run(
        [str(installed), "scan", str(REPO / "sample_infra"), "--format", "sarif", "-o", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert completed.returncode == 1, completed.stderr
    log = json.loads(out.read_text(encoding="utf-8"))
    rule_ids = {r["ruleId"] for r in log["runs"][0]["results"]}
    assert "RES001" in rule_ids
    compliant = subprocess.run(
        [str(installed), "scan", str(REPO / "sample_infra" / "compliant")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert compliant.returncode == 0, compliant.stdout + compliant.stderr


def test_wheel_runs_as_module_and_reports_version(installed: Path, tmp_path: Path) -> None:
    python = installed.parent / "python"
    completed = subprocess.run(
        [str(python), "-m", "scanner", "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0
    assert completed.stdout.strip().startswith("sovscan 0.")


def test_wheel_reads_its_rules_from_the_bundle_shipped_with_them(installed: Path, tmp_path: Path) -> None:
    """A cold scan (`--no-cache`) of the installed wheel need not parse rules/ YAML: the
    bundle in the package was built from the very rule files the wheel installs."""
    python = installed.parent / "python"
    probe = "from scanner.ruledata.bundle import shipped_bundle_applies; print(shipped_bundle_applies())"
    completed = subprocess.run([str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert completed.stdout.strip() == "True", completed.stderr


def test_wheel_explains_a_rule_with_its_example_files(installed: Path, tmp_path: Path) -> None:
    """The examples are files under rules/examples/, not rule data: the wheel must ship them."""
    completed = subprocess.run(
        [str(installed), "explain", "RES001"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert "# expect: RES001" in completed.stdout and 'resource "aws_s3_bucket"' in completed.stdout
