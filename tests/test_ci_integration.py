"""Reports land right in CI: repository-relative paths, formats that fit where they go."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import bucket_tf, run_sovscan

BROKEN = 'resource "aws_s3_bucket" "b" {\n  bucket = \n'


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose Terraform lives under infra/: one finding, one unparseable file."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    infra = tmp_path / "infra"
    (infra / "modules").mkdir(parents=True)
    (infra / "main.tf").write_text(bucket_tf("data", "us-east-1"), encoding="utf-8")
    (infra / "modules" / "broken.tf").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def _report(repo: Path, cwd: Path, target: str, fmt: str, tmp: Path) -> str:
    out = tmp / f"report-{fmt}-{cwd.name}"
    proc = run_sovscan("scan", target, "--no-cache", "--format", fmt, "-o", str(out), cwd=cwd)
    assert proc.returncode in (1, 3), proc.stderr
    return out.read_text(encoding="utf-8")


def _sarif_uris(text: str) -> set[str]:
    run = json.loads(text)["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    return uris | {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for n in run["invocations"][0].get("toolExecutionNotifications", [])
        for loc in n.get("locations", [])
    }


def _gitlab_paths(text: str) -> set[str]:
    return {issue["location"]["path"] for issue in json.loads(text)}


def _junit_classes(text: str) -> set[str]:
    return {case.get("classname", "") for case in ET.fromstring(text).iter("testcase")}


def _markdown_paths(text: str) -> set[str]:
    return {p for p in ("infra/main.tf:", "infra/modules/broken.tf:") if p in text}


@pytest.mark.parametrize(
    ("fmt", "paths"),
    [("sarif", _sarif_uris), ("gitlab", _gitlab_paths), ("junit", _junit_classes), ("markdown", _markdown_paths)],
)
def test_paths_are_relative_to_the_repository_root(repo: Path, tmp_path: Path, fmt: str, paths) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    from_root = _report(repo, repo, "infra", fmt, out)
    from_infra = _report(repo, repo / "infra", ".", fmt, out)
    assert paths(from_root) == paths(from_infra)
    found = paths(from_root)
    assert any("infra/main.tf" in p for p in found) and any("infra/modules/broken.tf" in p for p in found), found
    if fmt == "sarif":
        base = json.loads(from_infra)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        assert base == repo.resolve().as_uri() + "/"


def test_terminal_text_keeps_short_paths(repo: Path) -> None:
    proc = run_sovscan("scan", ".", "--no-cache", cwd=repo / "infra")
    assert "\nmain.tf\n" in "\n" + proc.stdout and "infra/main.tf" not in proc.stdout
