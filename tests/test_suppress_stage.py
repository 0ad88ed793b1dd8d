"""The suppress stage is inline comments and the baseline: `run_scan` returns findings the
baseline accepts already suppressed, with its stale entries noted and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.config.settings import Config, ConfigError
from scanner.pipeline import ScanRequest, run_scan
from scanner.suppress.baseline import Baseline, create_baseline
from tests.conftest import write_tree
from tests.helpers import bucket_tf

GONE = {"fingerprint": "0" * 64, "rule": "RES001", "path": "gone.tf", "address": "aws_s3_bucket.gone", "message": "m"}


def _request(root: Path) -> ScanRequest:
    return ScanRequest(paths=[root], config=Config(), tool_version="test", use_cache=False)


def test_the_pipeline_applies_the_baseline_and_counts_its_stale_entries(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "tree", {"main.tf": bucket_tf("b", "us-east-1")})
    first = run_scan(_request(root))
    assert first.findings and all(f.suppression is None for f in first.findings)
    document = json.loads(create_baseline(first))
    document["findings"].append(GONE)
    baseline = Baseline(root / "accepted.json", json.dumps(document), "command line")
    result = run_scan(_request(root), baseline=baseline)
    assert [(f.rule_id, f.suppression and f.suppression.kind) for f in result.findings] == [
        (f.rule_id, "external") for f in first.findings
    ]
    assert result.stale_baseline_entries == 1
    stale = [(n.message, n.path) for n in result.notifications if n.message.startswith("stale baseline")]
    assert stale == [("stale baseline entry: RES001 aws_s3_bucket.gone no longer found", "gone.tf")]


def test_a_baseline_sovscan_did_not_write_stops_the_scan_naming_the_file(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "tree", {"main.tf": bucket_tf("b", "us-east-1")})
    with pytest.raises(ConfigError, match=r"accepted\.json"):
        run_scan(_request(root), baseline=Baseline(root / "accepted.json", "{}", "command line"))
