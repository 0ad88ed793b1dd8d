"""The identity of a finding (sovscanFingerprint/v2): distinct findings never share one,
and one finding keeps its own when lines move or another folder of the repository is scanned."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from scanner.model import Finding, Level, Location
from scanner.report.fingerprint import FINGERPRINT_NAME, fingerprint
from tests.conftest import write_tree
from tests.helpers import REPO, run_sovscan

REALWORLD = Path("/work/shared/realworld")
REALWORLD_REPOS = sorted(p for p in REALWORLD.iterdir() if p.is_dir()) if REALWORLD.is_dir() else []


def _findings(*args: str) -> list[dict]:
    completed = run_sovscan("scan", *args, "--no-cache", "--format", "json")
    assert completed.returncode in (0, 1, 3), completed.stderr
    return json.loads(completed.stdout)["findings"]


def _shared(findings: list[dict]) -> list[tuple[str, list[str]]]:
    counts = Counter(f["fingerprint"] for f in findings)
    return [(fp, [f["message"] for f in findings if f["fingerprint"] == fp]) for fp, n in counts.items() if n > 1]


@pytest.mark.parametrize(
    "target", [REPO / "sample_infra", *REALWORLD_REPOS], ids=lambda p: p.name if isinstance(p, Path) else str(p)
)
def test_no_two_findings_share_a_fingerprint(target: Path) -> None:
    findings = _findings(str(target), "--repo-root", str(target), "--profile", "hds", "--profile", "secnumcloud")
    assert _shared(findings) == []


def test_the_realworld_corpus_is_there() -> None:
    if not REALWORLD_REPOS:
        pytest.skip(f"{REALWORLD} is absent: the real-world corpus was not checked")
    assert len(REALWORLD_REPOS) >= 8


DEPLOYMENT = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: gcr.io/acme/app:1.0
"""
SIDECAR = """        - name: side
          image: quay.io/acme/side:2.0
"""


def test_a_second_image_in_a_baselined_deployment_is_a_new_finding(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"deploy.yaml": DEPLOYMENT})
    baseline = tmp_path / "baseline.json"
    created = run_sovscan("baseline", "create", str(tree), "-o", str(baseline))
    assert created.returncode == 0, created.stderr
    write_tree(tree, {"deploy.yaml": DEPLOYMENT + SIDECAR})
    findings = _findings(str(tree), "--baseline", str(baseline), "--select", "PRV003")
    new = [f["message"] for f in findings if f["suppressed"] is None]
    assert len(findings) == 2
    assert len(new) == 1 and "quay.io/acme/side" in new[0]


MODULE_TF = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def _root_tf(region: str) -> str:
    return f'provider "aws" {{\n  region = "{region}"\n}}\nmodule "store" {{\n  source = "../../modules/store"\n}}\n'


def test_a_second_root_deploying_the_same_module_is_a_new_finding(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"modules/store/main.tf": MODULE_TF, "live/us/main.tf": _root_tf("us-east-1")})
    baseline = tmp_path / "baseline.json"
    assert run_sovscan("baseline", "create", str(tree), "-o", str(baseline)).returncode == 0
    write_tree(tree, {"live/ca/main.tf": _root_tf("ca-central-1")})
    findings = [f for f in _findings(str(tree), "--baseline", str(baseline)) if f["rule"] == "RES001"]
    assert len(findings) == 2
    assert len({f["fingerprint"] for f in findings}) == 2
    new = [f["message"] for f in findings if f["suppressed"] is None]
    assert len(new) == 1 and "ca-central-1" in new[0]


def test_the_same_module_in_two_roots_in_one_region_has_two_fingerprints(tmp_path: Path) -> None:
    tree = write_tree(
        tmp_path / "repo",
        {
            "modules/store/main.tf": MODULE_TF,
            "live/a/main.tf": _root_tf("us-east-1"),
            "live/b/main.tf": _root_tf("us-east-1"),
        },
    )
    findings = [f for f in _findings(str(tree)) if f["rule"] == "RES001"]
    assert len(findings) == 2 and len({f["fingerprint"] for f in findings}) == 2


BUCKET_TF = 'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


def test_lines_inserted_above_keep_the_fingerprint(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": BUCKET_TF, "deploy.yaml": DEPLOYMENT})
    before = {(f["rule"], f["fingerprint"]): f["start_line"] for f in _findings(str(tree))}
    write_tree(tree, {"main.tf": "# a comment\n\n" + BUCKET_TF, "deploy.yaml": "# a comment\n---\n" + DEPLOYMENT})
    after = {(f["rule"], f["fingerprint"]): f["start_line"] for f in _findings(str(tree))}
    assert set(before) == set(after) and len(before) >= 2
    assert all(after[key] > before[key] for key in before)


def test_the_fingerprint_is_repository_relative(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo", {"infra/live/main.tf": BUCKET_TF})
    (repo / ".git").mkdir()
    whole = {(f["rule"], f["fingerprint"]) for f in _findings(str(repo))}
    part = {(f["rule"], f["fingerprint"]) for f in _findings(str(repo / "infra"))}
    assert whole == part and whole
    # Without the repository, the scan root is the repository: another identity.
    elsewhere = {
        (f["rule"], f["fingerprint"]) for f in _findings(str(repo / "infra"), "--repo-root", str(repo / "infra"))
    }
    assert elsewhere.isdisjoint(whole)


def _finding(**identity: str) -> Finding:
    return Finding("RES001", Level.ERROR, "m", Location("main.tf", 3, 3), "aws_s3_bucket.b", **identity)  # type: ignore[arg-type]


def test_each_part_of_the_identity_counts() -> None:
    base = fingerprint(_finding())
    variants = [
        _finding(root="live/a"),
        _finding(attribute="region"),
        _finding(value="us-east-1"),
        _finding(condition='terraform.workspace == "pilot"'),
        _finding(repo_prefix="infra"),
    ]
    prints = [fingerprint(v) for v in variants]
    assert base not in prints and len(set(prints)) == len(prints)
    moved = Finding("RES001", Level.ERROR, "other words", Location("main.tf", 9, 12), "aws_s3_bucket.b")
    assert fingerprint(moved) == base


def test_sarif_names_the_fingerprint_version(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": BUCKET_TF})
    completed = run_sovscan("scan", str(tree), "--no-cache", "--format", "sarif")
    results = json.loads(completed.stdout)["runs"][0]["results"]
    assert FINGERPRINT_NAME == "sovscanFingerprint/v2"
    assert results and all(set(r["partialFingerprints"]) == {FINGERPRINT_NAME} for r in results)


def test_a_cached_unit_result_keeps_the_identity(tmp_path: Path) -> None:
    from scanner.units.results import ResultCache, UnitResult

    finding = _finding(root="live/a", attribute="region", value="us-east-1", condition="var.env is prod")
    cache = ResultCache(tmp_path, "salt")
    cache.save("k", UnitResult(findings=[finding], notifications=[], failed=False, resources=1, calls=[]))
    back = cache.load("k", lambda what: "")
    assert back is not None and back.findings == [finding]


TWO_REPLICAS_TF = """provider "aws" {
  region = "eu-west-3"
}
resource "aws_dynamodb_table" "t" {
  name = "t"
  replica {
    region_name = var.a
  }
  replica {
    region_name = var.b
  }
  replica {
    region_name = "us-east-1"
  }
  replica {
    region_name = "us-east-1"
  }
}
variable "a" {}
variable "b" {}
"""


def test_two_destinations_of_one_attribute_are_two_findings(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "repo", {"main.tf": TWO_REPLICAS_TF})
    findings = _findings(str(tree), "--select", "XFR001")
    assert len(findings) == 4
    assert _shared(findings) == []


def test_findings_read_back_from_sarif_keep_distinct_fingerprints(tmp_path: Path) -> None:
    from scanner.report.merge import sarif_to_result

    tree = write_tree(tmp_path / "repo", {"deploy.yaml": DEPLOYMENT + SIDECAR.replace("quay.io/acme", "gcr.io/acme")})
    completed = run_sovscan("scan", str(tree), "--no-cache", "--format", "sarif", "--select", "PRV003")
    results = sarif_to_result(completed.stdout)
    findings = [f for result in results for f in result.findings]
    assert len(findings) == 2
    assert len({fingerprint(f) for f in findings}) == 2
