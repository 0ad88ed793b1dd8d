"""The report cache: a tree scanned again unchanged gives exactly what the first scan
printed, wrote and returned, and anything the reports depend on is part of its key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.runner import ScanOptions, execute
from tests.conftest import write_tree
from tests.helpers import REPO, bucket_tf, run_sovscan, sarif_regions, write_downloaded_module_tree


def _tree(root: Path) -> Path:
    files = {f"env{i}/main.tf": bucket_tf(f"b{i}", "eu-west-3") for i in range(4)}
    files["env1/main.tf"] = bucket_tf("b1", "us-east-1")
    return write_tree(root / "tree", files)


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "reports").glob("*/*.json"))


def _scan(root: Path, tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], str]:
    out = tmp_path / "out.sarif"
    done = run_sovscan("scan", str(root), "-o", f"sarif:{out}", "--format", "text", *extra)
    return done, out.read_text(encoding="utf-8")


def _same(a: tuple[subprocess.CompletedProcess[str], str], b: tuple[subprocess.CompletedProcess[str], str]) -> bool:
    return (a[0].returncode, a[0].stdout, a[0].stderr, a[1]) == (b[0].returncode, b[0].stdout, b[0].stderr, b[1])


def test_a_tree_scanned_again_gives_the_same_reports_and_exit_code(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    cold = _scan(root, tmp_path, "--no-cache")
    assert not _entries(cache_dir)
    first = _scan(root, tmp_path)
    assert len(_entries(cache_dir)) == 1
    again = _scan(root, tmp_path)
    assert cold[0].returncode == 1 and "us-east-1" in sarif_regions(cold[1])
    assert _same(first, cold) and _same(again, cold)


def test_a_changed_byte_is_scanned_again(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    _scan(root, tmp_path)
    (root / "env1" / "main.tf").write_text(bucket_tf("b1", "eu-west-1"), encoding="utf-8")
    after = _scan(root, tmp_path)
    assert after[0].returncode == 0 and "us-east-1" not in sarif_regions(after[1])
    assert _same(after, _scan(root, tmp_path, "--no-cache"))


def test_options_are_part_of_the_key(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    _scan(root, tmp_path)
    for extra in (["--ignore", "RES001"], ["--fail-on", "never"], ["--profile", "secnumcloud"]):
        assert _same(_scan(root, tmp_path, *extra), _scan(root, tmp_path, "--no-cache", *extra))
    json_out = run_sovscan("scan", str(root), "--format", "json")
    assert json_out.stdout == run_sovscan("scan", str(root), "--format", "json", "--no-cache").stdout
    assert json.loads(json_out.stdout)


def test_a_module_outside_the_tree_is_read_again(tmp_path: Path, cache_dir: Path) -> None:
    root = tmp_path / "live"
    module_file = write_downloaded_module_tree(root)
    assert "us-east-1" not in sarif_regions(_scan(root, tmp_path)[1])
    module_file.write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    assert "us-east-1" in sarif_regions(_scan(root, tmp_path)[1])


def test_the_baseline_is_part_of_the_key_and_its_message_is_printed_again(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    assert run_sovscan("baseline", "create", str(root)).returncode == 0
    # Outside the tree, so that only the key's baseline part can see it change.
    baseline = (root / ".sovscan-baseline.json").rename(tmp_path / "baseline.json")
    clean = _scan(root, tmp_path, "--baseline", str(baseline))
    assert clean[0].returncode == 0 and _same(clean, _scan(root, tmp_path, "--baseline", str(baseline)))
    entries = json.loads(baseline.read_text(encoding="utf-8"))
    entries["findings"].append({**entries["findings"][0], "address": "aws_s3_bucket.gone", "fingerprint": "0" * 32})
    baseline.write_text(json.dumps(entries), encoding="utf-8")
    stale = _scan(root, tmp_path, "--baseline", str(baseline))
    assert "1 baseline entries no longer match" in stale[0].stderr
    assert _same(stale, _scan(root, tmp_path, "--baseline", str(baseline)))
    assert _same(stale, _scan(root, tmp_path, "--baseline", str(baseline), "--no-cache"))


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "{",
        "[]",
        "null",
        '{"reads": {}, "texts": [7], "terminal": null}',
    ],
)
def test_a_damaged_entry_is_ignored(tmp_path: Path, cache_dir: Path, damage: str) -> None:
    root = _tree(tmp_path)
    first = _scan(root, tmp_path)
    for entry in _entries(cache_dir):
        if damage.startswith('{"reads"'):
            key = json.loads(entry.read_text(encoding="utf-8"))["key"]
            entry.write_text(json.dumps({**json.loads(damage), "key": key, "exit_code": 0, "stale": 0}))
        else:
            entry.write_text(damage, encoding="utf-8")
    assert _same(_scan(root, tmp_path), first)


def test_a_scan_that_did_not_complete_is_not_stored(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scanner.pipeline as pipeline

    root = _tree(tmp_path)

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "_load_terraform", broken)
    # Incomplete: 3, which wins over the PARSE001 findings for the files the fault lost.
    assert execute(ScanOptions(paths=[root], outputs=(str(tmp_path / "o.sarif"),))) == 3
    assert not _entries(cache_dir)


def test_a_set_of_rules_in_the_options_keeps_its_key_across_processes(tmp_path: Path, cache_dir: Path) -> None:
    """--ignore becomes a frozenset, whose order changes with each process's string hashing."""
    root = _tree(tmp_path)
    ignore = ("--ignore", "KEY001,LOG001,KEY004,EXP001,PRV003")
    for seed in ("1", "2", "3"):
        run = subprocess.run(
            [sys.executable, "-m", "scanner", "scan", str(root), *ignore],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed},
            check=False,
        )
        assert run.returncode == 1
    assert len(_entries(cache_dir)) == 1


@pytest.mark.parametrize("terminal", [None, 0, 2])
def test_an_entry_that_does_not_fit_the_outputs_is_not_replayed(
    tmp_path: Path, cache_dir: Path, terminal: int | None
) -> None:
    """Two reports stored (the SARIF file, the terminal's text): an entry naming them as two
    files, or the terminal's as another index, is a miss, never a crash."""
    root = _tree(tmp_path)
    first = _scan(root, tmp_path)
    [entry] = _entries(cache_dir)
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({**data, "terminal": terminal}), encoding="utf-8")
    assert _same(_scan(root, tmp_path), first)


def test_a_changed_report_file_in_the_cache_is_not_replayed(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    first = _scan(root, tmp_path)
    texts = sorted((cache_dir / "reports").glob("*/*.txt"))
    assert len(texts) == 2  # the SARIF file and the terminal's text
    for text in texts:
        text.write_text(text.read_text(encoding="utf-8").replace("us-east-1", "eu-west-3"), encoding="utf-8")
    assert _same(_scan(root, tmp_path), first)
    texts[0].unlink()
    assert _same(_scan(root, tmp_path), first)


def test_the_store_drops_an_entry_with_what_is_beside_it(tmp_path: Path) -> None:
    import os

    from scanner.caches.store import EntryStore

    store = EntryStore(tmp_path / "store", max_entries=2)
    for number, key in enumerate(("aa" + "1" * 62, "aa" + "2" * 62, "bb" + "3" * 62)):
        assert store.put_beside(key, "0.txt", b"report")
        store.put(key, {"n": number})
        for path in (tmp_path / "store").glob(f"*/{key[2:]}.*"):
            os.utime(path, (1_000_000 + number, 1_000_000 + number))
    store.prune()
    left = sorted(p.name.split(".", 1)[0][:1] for p in (tmp_path / "store").glob("*/*"))
    assert left == ["3", "3"]
