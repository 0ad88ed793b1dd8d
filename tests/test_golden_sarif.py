"""The SARIF log of `sample_infra/`, byte for byte, under each profile.

A refactoring must leave these logs byte-identical; a change that means to alter what
sovscan reports regenerates them in a commit of its own, so its diff is reviewed alone:

    SOVSCAN_UPDATE_GOLDEN=1 python -m pytest -p no:cacheprovider tests/test_golden_sarif.py

The only machine-dependent byte, the checkout's root URI, is replaced by `file:///SRCROOT/`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import REPO, run_sovscan

GOLDEN = REPO / "tests" / "golden"
UPDATE = os.environ.get("SOVSCAN_UPDATE_GOLDEN") == "1"
PLACEHOLDER_ROOT = "file:///SRCROOT/"


def _portable(sarif: str) -> str:
    return sarif.replace(REPO.as_uri() + "/", PLACEHOLDER_ROOT)


@pytest.mark.parametrize("profile", ["hds", "secnumcloud", "eu-residency"])
def test_sample_infra_sarif_is_unchanged(profile: str, tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    completed = run_sovscan(
        "scan", "sample_infra", "--no-cache", "--profile", profile, "--format", "sarif", "-o", str(out)
    )
    assert completed.returncode == 1, completed.stderr
    produced = _portable(out.read_text(encoding="utf-8"))
    golden = GOLDEN / f"sample_infra.{profile}.sarif"
    if UPDATE:
        golden.write_text(produced, encoding="utf-8", newline="")
    assert produced == golden.read_text(encoding="utf-8"), f"regenerate with SOVSCAN_UPDATE_GOLDEN=1 ({golden.name})"
