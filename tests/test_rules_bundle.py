"""The bundle of rule data (scanner/ruledata/bundle.py): the cached one is keyed by content, rebuilt
when it is malformed, bypassed by --no-cache; the one shipped in the package is current,
used only for the rule files it was built from, and used by --no-cache too."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, run_sovscan

BUCKET_IN_PARIS = 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOVSCAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("SOVSCAN_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    folder = tmp_path / "tree"
    folder.mkdir()
    (folder / "main.tf").write_text(BUCKET_IN_PARIS, encoding="utf-8")
    return folder


def _rules(run: subprocess.CompletedProcess[str]) -> list[str]:
    assert run.returncode in (0, 1), run.stderr
    return sorted(f["rule"] for f in json.loads(run.stdout)["findings"])


@pytest.fixture
def unshipped(tmp_path: Path) -> Path:
    """sovscan without the bundle shipped in its package: a checkout whose rules/ was
    edited since, where the user's cached bundle saves the YAML parse."""
    copy = _copy_of_sovscan(tmp_path)
    (copy / "scanner" / "ruledata" / "rules_bundle.json").unlink(missing_ok=True)
    return copy


def _scan(copy: Path, tree: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return _scan_with(copy, tree, "--select", "RES001,RES002", *more)


def _forget_answers(cache: Path) -> None:
    """Drop the cached reports and results (not the bundle), so the next scan reads the rules."""
    for entry in cache.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry)


def _bundle(cache: Path) -> Path:
    [bundle] = cache.glob("rules-*.json")
    return bundle


def _one_file_replaced(good: bytes, rel: str, data: object) -> bytes:
    stored = json.loads(good.partition(b"\n")[2])
    assert rel in stored["files"]
    stored["files"][rel] = data
    return json.dumps(stored).encode()


def _with_check(body: bytes) -> bytes:
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def _copy_of_sovscan(tmp_path: Path) -> Path:
    """The package and its rule data, copied where a test may change them."""
    copy = tmp_path / "sovscan"
    shutil.copytree(REPO / "scanner", copy / "scanner", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", copy / "rules")
    return copy


def _scan_with(copy: Path, tree: Path, *more: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scanner", "scan", str(tree), "--format", "json", *more]
    command += [] if "--select" in more else ["--select", "RES001"]
    env = {**os.environ, "PYTHONPATH": str(copy)}
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=120)


def test_the_shipped_bundle_is_current() -> None:
    """`python -m scanner.ruledata.write_bundle` rewrites it after a change to rules/."""
    from scanner.ruledata.bundle import SHIPPED_BUNDLE, bundle_bytes

    assert SHIPPED_BUNDLE.read_bytes() == bundle_bytes(), "run `python -m scanner.ruledata.write_bundle`"


def _forged_shipped_bundle(copy: Path) -> None:
    """The copy's shipped bundle, well formed and for its rule files, placing eu-west-3 in the US."""
    shipped = copy / "scanner" / "ruledata" / "rules_bundle.json"
    stored = json.loads(shipped.read_bytes().partition(b"\n")[2])
    stored["files"]["catalog/regions/aws.yaml"]["regions"]["eu-west-3"]["country"] = "US"
    shipped.write_bytes(_with_check(json.dumps(stored).encode()))


@pytest.mark.parametrize("more", [(), ("--no-cache",)], ids=["cache", "no-cache"])
def test_the_shipped_bundle_is_the_rule_data_even_without_cache(
    tmp_path: Path, cache: Path, tree: Path, more: tuple[str, ...]
) -> None:
    copy = _copy_of_sovscan(tmp_path)
    _forged_shipped_bundle(copy)
    assert _rules(_scan_with(copy, tree, *more)) == ["RES001"]


@pytest.mark.parametrize("more", [(), ("--no-cache",)], ids=["cache", "no-cache"])
def test_a_shipped_bundle_of_other_rule_files_is_not_used(
    tmp_path: Path, cache: Path, tree: Path, more: tuple[str, ...]
) -> None:
    copy = _copy_of_sovscan(tmp_path)
    _forged_shipped_bundle(copy)
    countries = copy / "rules" / "catalog" / "countries.yaml"
    countries.write_text(countries.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _rules(_scan_with(copy, tree, *more)) == []


SHIPPED_DAMAGE = {
    "truncated": lambda forged: forged[: len(forged) // 2],
    "empty": lambda forged: b"",
    "altered after its check": lambda forged: forged,
}


@pytest.mark.parametrize("damage", SHIPPED_DAMAGE)
def test_a_malformed_shipped_bundle_is_not_used(tmp_path: Path, cache: Path, tree: Path, damage: str) -> None:
    copy = _copy_of_sovscan(tmp_path)
    shipped = copy / "scanner" / "ruledata" / "rules_bundle.json"
    forged = shipped.read_bytes().replace(b'"country":"FR"', b'"country":"US"')
    shipped.write_bytes(SHIPPED_DAMAGE[damage](forged))
    run = _scan_with(copy, tree, "--no-cache")
    assert "Traceback" not in run.stderr
    assert _rules(run) == []


@pytest.mark.parametrize("more", [(), ("--no-cache",)], ids=["cache", "no-cache"])
def test_an_edit_that_keeps_size_and_mtime_is_seen(
    tmp_path: Path, cache: Path, tree: Path, more: tuple[str, ...]
) -> None:
    copy = _copy_of_sovscan(tmp_path)

    def scan() -> list[str]:
        return _rules(_scan_with(copy, tree, *more))

    assert scan() == []
    regions = copy / "rules" / "catalog" / "regions" / "aws.yaml"
    before = regions.stat()
    text = regions.read_text(encoding="utf-8")
    assert "eu-west-3: {country: FR," in text
    regions.write_text(text.replace("eu-west-3: {country: FR,", "eu-west-3: {country: US,"), encoding="utf-8")
    os.utime(regions, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert regions.stat().st_size == before.st_size
    assert scan() == ["RES001"]


MALFORMED = {
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "JSON of the wrong shape": lambda good: json.dumps({"catalog/regions/aws.yaml": []}).encode(),
    "checked, a file of the wrong type": lambda good: _with_check(
        _one_file_replaced(good, "catalog/regions/aws.yaml", [])
    ),
    "checked, files missing": lambda good: _with_check(
        json.dumps({**json.loads(good.partition(b"\n")[2]), "files": {}}).encode()
    ),
    "altered after its check": lambda good: good.replace(b'"FR"', b'"US"'),
}


@pytest.mark.parametrize("damage", MALFORMED)
def test_a_malformed_bundle_is_rebuilt(cache: Path, tree: Path, unshipped: Path, damage: str) -> None:
    expected = _scan(unshipped, tree)
    good = _bundle(cache).read_bytes()
    _bundle(cache).write_bytes(MALFORMED[damage](good))
    _forget_answers(cache)
    again = _scan(unshipped, tree)
    assert "Traceback" not in again.stderr
    assert (again.returncode, _rules(again)) == (expected.returncode, _rules(expected))
    assert _bundle(cache).read_bytes() == good


def test_no_cache_neither_reads_nor_writes_the_bundle(cache: Path, tree: Path, unshipped: Path) -> None:
    expected = _rules(_scan(unshipped, tree))
    bundle = _bundle(cache)
    stored = json.loads(bundle.read_bytes().partition(b"\n")[2])
    aws = stored["files"]["catalog/regions/aws.yaml"]
    aws["regions"]["eu-west-3"]["country"] = "US"  # a bundle that would change the verdict
    bundle.write_bytes(_with_check(json.dumps(stored).encode()))
    assert _rules(_scan(unshipped, tree, "--no-cache")) == expected


def test_no_cache_leaves_no_rule_data(tmp_path: Path, tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = tmp_path / "fresh"
    monkeypatch.setenv("SOVSCAN_CACHE_DIR", str(fresh))
    run = run_sovscan("scan", str(tree), "--no-cache", "-o", str(tmp_path / "out.sarif"))
    assert run.returncode in (0, 1), run.stderr
    assert not list(fresh.glob("rules-*.json")) and not (fresh / "sarif-rules").exists()


def test_malformed_stored_sarif_descriptors_are_rebuilt(cache: Path, tree: Path) -> None:
    first = tree.parent / "first.sarif"
    assert run_sovscan("scan", str(tree), "-o", str(first)).returncode in (0, 1)
    [entry] = (cache / "sarif-rules").glob("*/*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    stored["rules"] = [{**descriptor, "shortDescription": 5} for descriptor in stored["rules"]]
    entry.write_text(json.dumps(stored), encoding="utf-8")
    shutil.rmtree(cache / "reports", ignore_errors=True)
    second = tree.parent / "second.sarif"
    run = run_sovscan("scan", str(tree), "-o", str(second))
    assert run.returncode in (0, 1), run.stderr
    assert second.read_bytes() == first.read_bytes()
