"""--exclude and the configuration's `exclude:` mean what a .gitignore means (pathspec), so
an exclude never hides more than its author meant, nor less. Each case is one that the
former fnmatch matching (where `*` crossed folders and a trailing `/` was dropped) got wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_tree
from tests.helpers import run_sovscan

TF = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def _listed(root: Path, *patterns: str) -> tuple[list[str], list[str]]:
    """(scanned, skipped) as `--list-files` prints them."""
    args = [arg for pattern in patterns for arg in ("--exclude", pattern)]
    completed = run_sovscan("scan", str(root), *args, "--list-files")
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()[:-1]
    return [line[6:] for line in lines if line.startswith("scan  ")], [
        line[6:] for line in lines if line.startswith("skip  ")
    ]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    names = [
        "main.tf",
        "generated.tf",
        "generated/main.tf",
        "env/main.tf",
        "env/prod/main.tf",
        "env/eu/prod/main.tf",
        "env/eu/prod/sub/main.tf",
        "modules/main.tf",
        "modules/keep/main.tf",
        "modules/old/main.tf",
        "env/modules/main.tf",
    ]
    return write_tree(tmp_path / "tree", dict.fromkeys(names, TF))


def test_a_star_stays_within_its_folder(tree: Path) -> None:
    """`env/*.tf` is env's own files: a file one folder deeper is still scanned."""
    scanned, skipped = _listed(tree, "env/*.tf")
    assert skipped == ["env/main.tf  (excluded)"]
    assert "env/prod/main.tf" in scanned and "env/eu/prod/main.tf" in scanned


def test_a_double_star_in_the_middle_crosses_any_number_of_folders(tree: Path) -> None:
    scanned, skipped = _listed(tree, "env/**/prod")
    assert skipped == ["env/eu/prod/  (excluded)", "env/prod/  (excluded)"]
    assert "env/main.tf" in scanned
    scanned, skipped = _listed(tree, "env/**/prod/*.tf")  # prod's own files, at any depth under env
    assert skipped == ["env/eu/prod/main.tf  (excluded)", "env/prod/main.tf  (excluded)"]
    assert "env/eu/prod/sub/main.tf" in scanned


def test_a_trailing_slash_names_a_folder_only(tree: Path) -> None:
    scanned, skipped = _listed(tree, "generated*/")
    assert skipped == ["generated/  (excluded)"]
    assert "generated.tf" in scanned


def test_a_leading_slash_anchors_at_the_scan_root(tree: Path) -> None:
    scanned, skipped = _listed(tree, "/modules")
    assert skipped == ["modules/  (excluded)"]
    assert "env/modules/main.tf" in scanned


def test_a_name_without_a_slash_is_excluded_at_any_depth(tree: Path) -> None:
    _, skipped = _listed(tree, "modules")
    assert skipped == ["env/modules/  (excluded)", "modules/  (excluded)"]


def test_a_negation_takes_back_a_file_but_not_one_inside_an_excluded_folder(tree: Path) -> None:
    scanned, skipped = _listed(tree, "modules/*/", "!modules/keep/")
    assert skipped == ["modules/old/  (excluded)"]
    assert "modules/keep/main.tf" in scanned and "modules/main.tf" in scanned
    scanned, _ = _listed(tree, "modules/", "!modules/keep/")  # as git: modules/ is not walked
    assert not [rel for rel in scanned if rel.startswith("modules/")]


def test_an_invalid_pattern_is_a_usage_error(tree: Path) -> None:
    completed = run_sovscan("scan", str(tree), "--exclude", "!")
    assert completed.returncode == 2
    assert "'!'" in completed.stderr
