"""A tree is scanned in units (scanner/units/partition.py), one after another or on every core;
the answer must be the same as one evaluation of the whole tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.units import partition
from scanner.units import pool as parallel
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


def _summary(result: object) -> list[tuple[str, str, int, str]]:
    return sorted((f.rule_id, f.location.path, f.location.start_line, f.message) for f in result.findings)  # type: ignore[attr-defined]


def _one_unit(texts: dict[str, str]) -> tuple[list[list[str]], dict[str, str]]:
    return [sorted(texts)], {}


@pytest.mark.skipif(parallel.usable_cores() < 2, reason="needs two cores")
def test_pool_units_and_one_evaluation_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, 40)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 2)
    pooled = scan([tmp_path])
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 10**9)
    in_units = scan([tmp_path])
    monkeypatch.setattr(partition, "units", lambda texts: (_one_unit(texts)[0], {}))
    whole = scan([tmp_path])

    assert _summary(pooled) == _summary(in_units) == _summary(whole)
    assert pooled.resources == in_units.resources == whole.resources == 80
    assert sum(1 for f in pooled.findings if f.rule_id == "RES001") == 2 * 6
    assert any(f.rule_id == "PARSE001" and f.location.start_line == 2 for f in pooled.findings)


def test_small_inputs_stay_in_process() -> None:
    assert not parallel.worth_a_pool(parallel.MIN_PARALLEL_FILES - 1, 10)
    assert not parallel.worth_a_pool(10**6, 1)


def test_a_module_call_joins_two_directories_in_one_unit() -> None:
    texts = {
        "live/main.tf": 'module "db" {\n  source = "../modules/db"\n}\n',
        "live.json/main.tf.json": '{"module": {"db": {"source": "../modules/db"}}}',
        "modules/db/main.tf": "",
        "other/main.tf": "",
    }
    component_of = partition.components(texts)
    assert component_of["live"] == component_of["modules/db"] == component_of["live.json"]
    assert component_of["other"] == "other"


_CALLED = {
    "modules/bucket/main.tf": (
        'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n'
        'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
    ),
}


@pytest.mark.parametrize(
    "source",
    [
        '"../modules/bucket"',
        '"${"../modules"}/bucket"',  # the text search cannot see this call
        'join("/", ["..", "modules", "bucket"])',
    ],
)
def test_a_call_the_text_search_misses_is_still_evaluated_as_a_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    files = dict(_CALLED)
    files["live/main.tf"] = f'module "bucket" {{\n  source = {source}\n  region = "us-east-1"\n}}\n'
    for i in range(30):  # enough directories for several units
        files[f"z{i}/main.tf"] = f'resource "aws_s3_bucket" "z{i}" {{\n  bucket = "z{i}"\n}}\n'
    write_tree(tmp_path, files)
    monkeypatch.setattr(partition, "_BOUNDARY_MODULUS", 1)  # every component its own unit
    result = scan([tmp_path])
    on_module = [f for f in result.findings if f.location.path == "modules/bucket/main.tf"]
    # Called from live/ with us-east-1, not evaluated alone (which would make the region unknown).
    assert {f.rule_id for f in on_module if f.rule_id.startswith("RES")} == {"RES001"}
    monkeypatch.setattr(partition, "units", _one_unit)
    assert _summary(scan([tmp_path])) == _summary(result)


def test_units_do_not_move_when_an_unrelated_directory_is_added() -> None:
    texts = {f"d{i:03}/main.tf": "x" for i in range(300)}
    before, _ = partition.units(texts)
    texts["d150a/main.tf"] = "x"
    after, _ = partition.units(texts)
    changed = [unit for unit in after if unit not in before]
    assert len(changed) == 1 and "d150a/main.tf" in changed[0]


@pytest.mark.skipif(parallel.usable_cores() < 2, reason="needs two cores")
def test_an_interrupted_pool_stops_at_once_and_leaves_no_worker(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.helpers import REPO, wait_until

    region = 'provider "aws" {\n  region = "us-east-1"\n}\n'
    bucket = 'resource "aws_s3_bucket" "b%d" {\n  bucket = "x"\n}\n'
    write_tree(tmp_path, {f"n{i}/main.tf": region + "".join(bucket % j for j in range(300)) for i in range(400)})
    wrapper = (
        "import sys\n"
        "from scanner.units import pool as parallel\n"
        "parallel.MIN_PARALLEL_FILES = 2\n"
        "from scanner.cli import run\n"
        "sys.argv = ['sovscan', *sys.argv[1:]]\n"
        "run()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", wrapper, "scan", str(tmp_path), "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    # Interrupt once the pool's workers run, however loaded the machine is.
    wait_until(lambda: process.poll() is not None or bool(children.read_text().split()), "the pool started")
    assert process.poll() is None, "the scan ended before it was interrupted"
    workers = [int(pid) for pid in children.read_text().split()]
    process.send_signal(signal.SIGINT)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert time.monotonic() - started < 5

    def gone(pid: int) -> bool:
        try:
            return "Z" in Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            return True

    # The workers are sent SIGTERM before the scan exits; on a loaded machine one may not
    # have been scheduled yet to die, so wait for the state, bounded.
    for pid in workers:
        wait_until(lambda pid=pid: gone(pid), f"worker {pid} ended", timeout=15)
