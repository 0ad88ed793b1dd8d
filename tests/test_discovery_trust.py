"""Nothing Terraform or kubectl would read is skipped silently (issue 14, section 2).

A file sovscan did not read fails the scan (PARSE001, execution_successful false) —
symbolic links out of the repository, files over the size limit, unreadable files, at any
depth and in downloaded modules; links inside the repository are followed; manifests are
recognised whatever their layout; what is skipped on purpose is said (--list-files, the
summary). Every test runs the real command.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_sovscan

BUCKET_TF = 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_s3_bucket" "b" {}\n'
PARIS_TF = 'provider "aws" {\n  region = "eu-west-3"\n}\n\nresource "aws_s3_bucket" "ok" {}\n'
SELECT = ("--select", "RES001,PARSE001")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _repository(tmp_path: Path) -> Path:
    """A git repository (a `.git` folder is all sovscan looks for) with a compliant module."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    _write(repo / "infra" / "main.tf", PARIS_TF)
    return repo


def _scan_json(*args: str, cwd: Path | None = None) -> tuple[int, dict[str, Any]]:
    completed = run_sovscan("scan", *args, "--format", "json", "--no-cache", *SELECT, cwd=cwd)
    assert "Traceback" not in completed.stderr, completed.stderr
    return completed.returncode, json.loads(completed.stdout)


def _findings(report: dict[str, Any]) -> set[tuple[str, str]]:
    return {(f["rule"], f["path"]) for f in report["findings"]}


def _assert_fails_closed(code: int, report: dict[str, Any], path: str) -> None:
    assert ("PARSE001", path) in _findings(report), report["findings"]
    finding = next(f for f in report["findings"] if f["rule"] == "PARSE001" and f["path"] == path)
    assert finding["level"] == "error"
    assert code != 0
    assert report["summary"]["execution_successful"] is False


# --- 1. links, sizes, unreadable files ------------------------------------------------


def test_a_tf_linked_out_of_the_repository_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(tmp_path / "outside" / "secret.tf", BUCKET_TF)
    os.symlink("../../outside/secret.tf", repo / "infra" / "linked.tf")
    code, report = _scan_json(str(repo))
    _assert_fails_closed(code, report, "infra/linked.tf")
    # Not read: nothing from the file outside is reported.
    assert not any(f["rule"] == "RES001" for f in report["findings"])


def test_an_unread_file_leaves_the_scan_incomplete_whatever_rules_are_selected(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    os.symlink("gone.tf", repo / "infra" / "missing.tf")
    completed = run_sovscan("scan", str(repo), "--format", "json", "--no-cache", "--select", "RES001")
    report = json.loads(completed.stdout)
    assert report["summary"]["execution_successful"] is False
    # A file not read is a failed run (1); 3 is kept for an evaluation that did not finish.
    assert completed.returncode == 1


def test_a_link_inside_the_repository_is_followed_beyond_the_scan_root(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(repo / "shared" / "bucket.tf", BUCKET_TF)
    (repo / "infra" / "prod").mkdir()
    os.symlink("../../shared/bucket.tf", repo / "infra" / "prod" / "bucket.tf")
    code, report = _scan_json(str(repo / "infra"))
    assert _findings(report) == {("RES001", "prod/bucket.tf")}
    assert code == 1
    assert report["summary"]["execution_successful"] is True


def test_a_folder_link_inside_the_repository_is_followed_and_loops_end(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(repo / "modules" / "store" / "main.tf", BUCKET_TF)
    os.symlink("../modules/store", repo / "infra" / "store")
    os.symlink("..", repo / "infra" / "up")  # a loop back to the repository root
    os.symlink(".", repo / "modules" / "here")  # a loop onto itself
    code, report = _scan_json(str(repo / "infra"))
    assert _findings(report) == {("RES001", "store/main.tf")}
    assert code == 1
    listing = run_sovscan("scan", str(repo / "infra"), "--list-files")
    assert listing.returncode == 0
    assert "scan  store/main.tf" in listing.stdout.splitlines()
    # The repository root reached through `up` is walked once; what it holds that was
    # already scanned (infra itself, through `up/infra`) is named as skipped.
    assert any(line.startswith("skip  up/infra/") for line in listing.stdout.splitlines()), listing.stdout


def test_a_folder_linked_out_of_the_repository_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(tmp_path / "outside" / "secret.tf", BUCKET_TF)
    os.symlink("../../outside", repo / "infra" / "vendored")
    code, report = _scan_json(str(repo))
    _assert_fails_closed(code, report, "infra/vendored")


def test_a_file_over_the_size_limit_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(repo / "infra" / "big.tf", BUCKET_TF + "#" * 500 + "\n")
    config = _write(tmp_path / "trusted.yaml", "max-file-size: 300\n")
    code, report = _scan_json(str(repo), "--config", str(config))
    _assert_fails_closed(code, report, "infra/big.tf")
    assert "size limit" in next(f["message"] for f in report["findings"] if f["path"] == "infra/big.tf")


def test_an_oversized_manifest_fails_the_scan_wherever_its_kind_is(tmp_path: Path) -> None:
    """Not read, a YAML file fails closed if it may be a manifest — its keys searched in the whole file."""
    repo = _repository(tmp_path)
    padding = "# padding padding padding padding padding padding padding padding\n" * 2000
    _write(repo / "k8s" / "bucket.yaml", "apiVersion: s3.aws.upbound.io/v1beta1\n" + padding + "kind: Bucket\n")
    _write(repo / "k8s" / "values.yaml", "replicas: 3\n" + padding)
    config = _write(tmp_path / "trusted.yaml", "max-file-size: 1000\n")
    code, report = _scan_json(str(repo), "--config", str(config))
    _assert_fails_closed(code, report, "k8s/bucket.yaml")
    assert ("PARSE001", "k8s/values.yaml") not in _findings(report)
    assert report["summary"]["skipped"] == {"not read": 1}


def test_a_file_that_cannot_be_read_fails_the_scan(tmp_path: Path) -> None:
    """A dangling link stands for every file that cannot be read (as root, chmod 000 does not stop a read)."""
    repo = _repository(tmp_path)
    os.symlink("gone.tf", repo / "infra" / "missing.tf")
    code, report = _scan_json(str(repo))
    _assert_fails_closed(code, report, "infra/missing.tf")


def _downloaded_module(repo: Path) -> Path:
    """A root module calling a registry module that `terraform init` put under .terraform."""
    _write(
        repo / "infra" / "store.tf",
        'module "store" {\n  source = "registry.example.com/acme/store/aws"\n}\n',
    )
    manifest = {
        "Modules": [
            {"Key": "store", "Source": "registry.example.com/acme/store/aws", "Dir": ".terraform/modules/store"}
        ]
    }
    _write(repo / "infra" / ".terraform" / "modules" / "modules.json", json.dumps(manifest))
    module = repo / "infra" / ".terraform" / "modules" / "store"
    module.mkdir(parents=True)
    return module


def test_a_downloaded_module_file_linked_out_of_the_repository_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    module = _downloaded_module(repo)
    _write(module / "variables.tf", 'variable "name" {\n  default = "x"\n}\n')
    _write(tmp_path / "outside" / "main.tf", BUCKET_TF)
    os.symlink("../../../../../outside/main.tf", module / "main.tf")
    code, report = _scan_json(str(repo / "infra"))
    _assert_fails_closed(code, report, ".terraform/modules/store/main.tf")


def test_a_downloaded_module_file_over_the_size_limit_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    module = _downloaded_module(repo)
    _write(module / "main.tf", BUCKET_TF + "#" * (5 * 1024 * 1024) + "\n")
    code, report = _scan_json(str(repo / "infra"))
    _assert_fails_closed(code, report, ".terraform/modules/store/main.tf")


def test_a_downloaded_module_linked_out_of_the_repository_fails_the_scan(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    module = _downloaded_module(repo)
    module.rmdir()
    _write(tmp_path / "outside" / "main.tf", BUCKET_TF)
    os.symlink("../../../../outside", module)
    code, report = _scan_json(str(repo / "infra"))
    _assert_fails_closed(code, report, ".terraform/modules/store")


def test_file_mode_reports_a_neighbour_it_could_not_read(tmp_path: Path) -> None:
    """pre-commit names one file; the rest of its module, read around it, fails closed too."""
    repo = _repository(tmp_path)
    _write(tmp_path / "outside" / "providers.tf", 'provider "aws" {\n  region = "eu-west-3"\n}\n')
    os.symlink("../../outside/providers.tf", repo / "infra" / "providers.tf")
    _write(repo / "infra" / "bucket.tf", 'resource "aws_s3_bucket" "b" {}\n')
    code, report = _scan_json("infra/bucket.tf", cwd=repo)
    _assert_fails_closed(code, report, "infra/providers.tf")


def test_file_mode_reports_a_neighbour_it_could_not_parse(tmp_path: Path) -> None:
    repo = _repository(tmp_path)
    _write(repo / "infra" / "providers.tf", 'provider "aws" {\n  region =\n}\n')
    _write(repo / "infra" / "bucket.tf", 'resource "aws_s3_bucket" "b" {}\n')
    code, report = _scan_json("infra/bucket.tf", cwd=repo)
    _assert_fails_closed(code, report, "infra/providers.tf")


# --- 2. manifests in any layout -----------------------------------------------------------


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param(
            "{apiVersion: s3.aws.upbound.io/v1beta1, kind: Bucket, metadata: {name: b},"
            " spec: {forProvider: {region: us-east-1}}}\n",
            id="flow-style",
        ),
        pytest.param(
            "  apiVersion: s3.aws.upbound.io/v1beta1\n  kind: Bucket\n  metadata:\n    name: b\n"
            "  spec:\n    forProvider:\n      region: us-east-1\n",
            id="indented",
        ),
        pytest.param(
            "? apiVersion\n: s3.aws.upbound.io/v1beta1\n? kind\n: Bucket\nmetadata:\n  name: b\n"
            "spec:\n  forProvider:\n    region: us-east-1\n",
            id="explicit-keys",
        ),
        pytest.param(
            '"api\\x56ersion": s3.aws.upbound.io/v1beta1\n"\\u006bind": Bucket\nmetadata:\n  name: b\n'
            "spec:\n  forProvider:\n    region: us-east-1\n",
            id="escaped-keys",
        ),
    ],
)
def test_a_manifest_in_any_layout_is_scanned(manifest: str, tmp_path: Path) -> None:
    _write(tmp_path / "k8s" / "bucket.yaml", manifest)
    code, report = _scan_json(str(tmp_path))
    assert _findings(report) == {("RES001", "k8s/bucket.yaml")}
    assert report["summary"]["files"] == 1
    assert code == 1


def test_a_yaml_that_only_mentions_apiversion_is_not_infrastructure(tmp_path: Path) -> None:
    _write(tmp_path / "main.tf", PARIS_TF)
    _write(tmp_path / "docs.yaml", "notes:\n  - every object has an apiVersion and a kind\n")
    code, report = _scan_json(str(tmp_path))
    assert code == 0
    assert report["summary"]["files"] == 1
    assert report["findings"] == []


# --- 3. the skip list, and saying what was skipped ---------------------------------------------

MANIFEST = (
    "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: b\n"
    "spec:\n  forProvider:\n    region: us-east-1\n"
)


@pytest.mark.parametrize("folder", [".hg", ".svn", "__pycache__"])
def test_manifests_in_formerly_skipped_folders_are_scanned(folder: str, tmp_path: Path) -> None:
    _write(tmp_path / "infra" / folder / "bucket.yaml", MANIFEST)
    code, report = _scan_json(str(tmp_path))
    assert _findings(report) == {("RES001", f"infra/{folder}/bucket.yaml")}
    assert code == 1


def _tree_with_skips(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    _write(root / "main.tf", BUCKET_TF)
    _write(root / "node_modules" / "pkg" / "bucket.yaml", MANIFEST)
    _write(root / "vendor" / "old.tf", BUCKET_TF)
    _write(root / "legacy.tf", BUCKET_TF)
    _write(root / "README.md", "not a scannable kind\n")
    _write(root / ".git" / "config.json", "{}\n")
    return root


def test_a_skipped_folder_is_skipped_as_a_link_too(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    _write(root / "main.tf", PARIS_TF)
    _write(root / "store" / "bucket.yaml", MANIFEST)
    (root / "app").mkdir()
    os.symlink("../store", root / "app" / "node_modules")
    completed = run_sovscan("scan", str(root / "app"), "--list-files")
    assert completed.stdout.splitlines() == [
        "skip  node_modules/  (skipped folder)",
        "0 to scan, 1 skipped, 0 not readable.",
    ]


def test_list_files_lists_what_is_scanned_and_skipped_and_does_not_scan(tmp_path: Path) -> None:
    root = _tree_with_skips(tmp_path)
    completed = run_sovscan("scan", str(root), "--exclude", "vendor", "--exclude", "legacy.tf", "--list-files")
    assert completed.returncode == 0  # main.tf would fail the scan: nothing was scanned
    assert completed.stdout.splitlines() == [
        "skip  legacy.tf  (excluded)",
        "scan  main.tf",
        "skip  node_modules/  (skipped folder)",
        "skip  vendor/  (excluded)",
        "1 to scan, 3 skipped, 0 not readable.",
    ]


def test_list_files_names_what_would_fail(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    _write(root / "main.tf", PARIS_TF)
    os.symlink("gone.tf", root / "missing.tf")
    completed = run_sovscan("scan", str(root), "--list-files")
    assert completed.returncode == 0
    assert "fail  missing.tf  (cannot be read: No such file or directory)" in completed.stdout.splitlines()


def test_the_summary_counts_what_was_skipped(tmp_path: Path) -> None:
    root = _tree_with_skips(tmp_path)
    args = ("scan", str(root), "--exclude", "vendor", "--exclude", "legacy.tf", "--no-cache", *SELECT)
    text = run_sovscan(*args, "--color", "never")
    summary = next(line for line in text.stdout.splitlines() if line.startswith("Scanned "))
    assert "Skipped 3 (2 excluded, 1 skipped folder" in summary, summary
    report = json.loads(run_sovscan(*args, "--format", "json").stdout)
    assert report["summary"]["skipped"] == {"excluded": 2, "skipped folder": 1}


def test_nothing_skipped_says_nothing(tmp_path: Path) -> None:
    _write(tmp_path / "main.tf", PARIS_TF)
    _write(tmp_path / ".git" / "x.json", "{}\n")
    _write(tmp_path / ".terraform" / "providers" / "x.json", "{}\n")
    text = run_sovscan("scan", str(tmp_path), "--no-cache", *SELECT, "--color", "never")
    assert "Skipped" not in text.stdout
    assert run_sovscan("scan", str(tmp_path), "--list-files").stdout.splitlines() == [
        "scan  main.tf",
        "1 to scan, 0 skipped, 0 not readable.",
    ]


def test_a_folder_that_cannot_be_listed_fails_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, chmod 000 does not stop a listing: the listing fails here instead (in-process)."""
    from tests.helpers import scan

    repo = _repository(tmp_path)
    _write(repo / "infra" / "locked" / "main.tf", BUCKET_TF)
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = scan([repo])
    assert {(f.rule_id, f.location.path) for f in result.findings if f.rule_id == "PARSE001"} == {
        ("PARSE001", "infra/locked")
    }
    assert result.execution_successful is False
