"""The HTML verdict banner: pass/fail at --fail-on, profiles, scan date, tool version, and
the commit read from `.git` by hand (sovscan never runs git), through the real CLI."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from scanner.report.banner import head_commit
from tests.helpers import run_sovscan

COMMIT = "1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c"
OTHER = "aaaabbbbccccddddeeeeffff0000111122223333"
TF = 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def _repo(root: Path, head: str, refs: dict[str, str] | None = None, packed: str = "") -> Path:
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text(head, encoding="utf-8")
    for name, value in (refs or {}).items():
        (git / name).parent.mkdir(parents=True, exist_ok=True)
        (git / name).write_text(value + "\n", encoding="utf-8")
    if packed:
        (git / "packed-refs").write_text(packed, encoding="utf-8")
    (root / "infra").mkdir()
    (root / "infra" / "main.tf").write_text(TF, encoding="utf-8")
    return root


def _banner(root: Path, *args: str) -> str:
    out = root / "report.html"
    done = run_sovscan("scan", str(root / "infra"), "--select", "RES001,RES002", *args, "-o", f"html:{out}")
    assert done.returncode in (0, 1), done.stderr
    page = out.read_text(encoding="utf-8")
    found = re.search(r'<p id="verdict".*?</p>', page, re.S)
    assert found
    return found.group(0)


def test_banner_names_verdict_profiles_date_version_and_branch_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764720000")  # 2025-12-03
    root = _repo(tmp_path, "ref: refs/heads/main\n", {"refs/heads/main": COMMIT})
    banner = _banner(root, "--profile", "hds", "--no-cache")
    assert 'class="verdict fail"' in banner and "at or above error" in banner
    assert "profile hds" in banner and "--fail-on error" in banner
    assert '<time id="scan-date" datetime="2025-12-03">' in banner
    assert re.search(r"sovscan \d+\.\d+", banner)
    assert f'title="{COMMIT}"' in banner
    passing = _banner(root, "--profile", "hds", "--no-cache", "--fail-on", "never")
    assert 'class="verdict pass"' in passing


def test_same_inputs_same_day_give_byte_identical_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = _repo(tmp_path, "ref: refs/heads/main\n", {"refs/heads/main": COMMIT})
    first = _banner(root, "--no-cache")
    assert first == _banner(root, "--no-cache")


def test_a_cached_report_shows_the_commit_head_names_now(tmp_path: Path) -> None:
    root = _repo(tmp_path, f"{COMMIT}\n")  # detached
    assert f'title="{COMMIT}"' in _banner(root)
    (root / ".git" / "HEAD").write_text(f"{OTHER}\n", encoding="utf-8")
    assert f'title="{OTHER}"' in _banner(root)  # same files: without the commit in its key, the cache answered


def test_packed_ref_and_worktree(tmp_path: Path) -> None:
    main = _repo(
        tmp_path / "main", "ref: refs/heads/dev\n", packed=f"# pack-refs with: peeled\n{COMMIT} refs/heads/dev\n"
    )
    assert head_commit(main) == COMMIT
    # A worktree: .git is a file naming its git directory, whose refs are in the common one.
    worktree_git = main / ".git" / "worktrees" / "wt"
    worktree_git.mkdir(parents=True)
    (worktree_git / "HEAD").write_text("ref: refs/heads/feature\n", encoding="utf-8")
    (worktree_git / "commondir").write_text("../..\n", encoding="utf-8")
    (main / ".git" / "refs" / "heads" / "feature").write_text(OTHER + "\n", encoding="utf-8")
    checkout = tmp_path / "wt"
    checkout.mkdir()
    (checkout / ".git").write_text(f"gitdir: {worktree_git}\n", encoding="utf-8")
    assert head_commit(checkout) == OTHER


def test_no_commit_when_absent_or_odd(tmp_path: Path) -> None:
    assert head_commit(tmp_path) is None  # no repository
    root = _repo(tmp_path / "r", "ref: refs/heads/../../../../etc/passwd\n")
    assert head_commit(root) is None
    (root / ".git" / "HEAD").write_text("ref: refs/heads/missing\n", encoding="utf-8")
    assert head_commit(root) is None
    (root / ".git" / "HEAD").write_text("<script>alert(1)</script>\n", encoding="utf-8")
    assert head_commit(root) is None
    assert 'id="commit"' not in _banner(root, "--no-cache")
    if hasattr(os, "mkfifo"):
        (root / ".git" / "HEAD").unlink()
        os.mkfifo(root / ".git" / "HEAD")  # reading it would block forever
        assert head_commit(root) is None


def test_a_merged_report_claims_no_commit_or_scan_date(tmp_path: Path) -> None:
    # Merged SARIF logs come from other runs: the current directory's HEAD is not theirs.
    root = _repo(tmp_path, f"{COMMIT}\n")
    sarif = tmp_path / "a.sarif"
    scanned = run_sovscan("scan", str(root / "infra"), "--no-cache", "-o", f"sarif:{sarif}")
    assert scanned.returncode in (0, 1), scanned.stderr
    report = tmp_path / "merged.html"
    merged = run_sovscan("merge", str(sarif), "--format", "html", "-o", str(report), cwd=root)
    assert merged.returncode == 0, merged.stderr
    page = report.read_text(encoding="utf-8")
    assert 'id="verdict"' in page and 'id="commit"' not in page and 'id="scan-date"' not in page
