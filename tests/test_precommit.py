"""The real pre-commit, trying this checkout's hook on a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BAD = 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_s3_bucket" "records" {\n  bucket = "records"\n}\n'
GOOD = BAD.replace("us-east-1", "eu-west-3")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("precommit-home")


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This working tree as its own git repository: try-repo would miss untracked files."""
    snapshot = tmp_path_factory.mktemp("hook-repo") / "sovscan"
    ignore = shutil.ignore_patterns(
        ".git", ".venv*", "__pycache__", "*.egg-info", ".pytest_cache", ".work", "artifacts"
    )
    shutil.copytree(REPO, snapshot, ignore=ignore)
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", "-A")
    _git(snapshot, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "snapshot")
    return snapshot


def _try_repo(repo: Path, home: Path, hook_repo: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home / "cache"),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "sovscan", "--verbose"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )


@pytest.mark.parametrize(("content", "blocked"), [(BAD, True), (GOOD, False)])
def test_hook_blocks_non_compliant_commit(
    tmp_path: Path, home: Path, hook_repo: Path, content: str, blocked: bool
) -> None:
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "storage.tf").write_text(content, encoding="utf-8")
    _git(repo, "add", "storage.tf")
    completed = _try_repo(repo, home, hook_repo)
    output = completed.stdout + completed.stderr
    if blocked:
        assert completed.returncode == 1, output
        assert "RES001" in output and "us-east-1" in output
    else:
        assert completed.returncode == 0, output


def test_hook_receives_opentofu_files(tmp_path: Path, home: Path, hook_repo: Path) -> None:
    """identify gives `.tofu` no type: a `types_or` filter never passed it to the hook."""
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "storage.tofu").write_text(BAD, encoding="utf-8")
    _git(repo, "add", "storage.tofu")
    completed = _try_repo(repo, home, hook_repo)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert "RES001" in output and "us-east-1" in output


TERRAGRUNT_MODULE = 'variable "region" {\n  type = string\n}\n\nprovider "aws" {\n  region = var.region\n}\n\n'
TERRAGRUNT_MODULE += 'resource "aws_s3_bucket" "records" {\n  bucket = "records"\n}\n'


def test_hook_scans_the_units_that_read_a_changed_terragrunt_config(
    tmp_path: Path, home: Path, hook_repo: Path
) -> None:
    """Only root.hcl changes: identify types it `hcl`, and no unit is among the files passed."""
    repo = tmp_path / "project"
    (repo / "modules" / "bucket").mkdir(parents=True)
    (repo / "live" / "app").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "modules" / "bucket" / "main.tf").write_text(TERRAGRUNT_MODULE, encoding="utf-8")
    (repo / "live" / "app" / "terragrunt.hcl").write_text(
        'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n\n'
        'terraform {\n  source = "../../modules//bucket"\n}\n',
        encoding="utf-8",
    )
    (repo / "root.hcl").write_text('inputs = {\n  region = "eu-west-3"\n}\n', encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "compliant")
    (repo / "root.hcl").write_text('inputs = {\n  region = "us-east-1"\n}\n', encoding="utf-8")
    _git(repo, "add", "root.hcl")
    completed = _try_repo(repo, home, hook_repo)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert "RES001" in output and "us-east-1" in output
