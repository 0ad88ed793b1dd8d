"""Large trees are parsed on every core; the answer must be the same as in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner import parallel
from tests.conftest import write_tree
from tests.helpers import scan


def _tree(root: Path, count: int) -> None:
    files = {}
    for i in range(count):
        region = "us-east-1" if i % 7 == 0 else "eu-west-3"
        files[f"env{i}/main.tf"] = (
            f'provider "aws" {{\n  region = "{region}"\n}}\nresource "aws_s3_bucket" "b{i}" {{\n  bucket = "b{i}"\n}}\n'
        )
        files[f"k8s/bucket{i}.yaml"] = (
            "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n"
            f"  name: b{i}\nspec:\n  forProvider:\n    region: {region}\n"
        )
    files["env0/broken.tf"] = 'resource "x" "y" {\n  a =\n}\n'
    write_tree(root, files)


@pytest.mark.skipif(parallel.usable_cores() < 2, reason="needs two cores")
def test_pool_and_single_process_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, 40)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 2)
    pooled = scan([tmp_path])
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 10**9)
    single = scan([tmp_path])

    def summary(result: object) -> list[tuple[str, str, int, str]]:
        return sorted((f.rule_id, f.location.path, f.location.start_line, f.message) for f in result.findings)  # type: ignore[attr-defined]

    assert summary(pooled) == summary(single)
    assert sum(1 for f in pooled.findings if f.rule_id == "RES001") == 2 * 6
    assert any(f.rule_id == "PARSE001" and f.location.start_line == 2 for f in pooled.findings)


def test_small_inputs_stay_in_process() -> None:
    assert parallel.parse_many([("a.tf", "tf", "")] * (parallel.MIN_PARALLEL_FILES - 1)) == {}
