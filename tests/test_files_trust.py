"""Files named on the command line (--baseline, --config, --var-file, merge inputs) are read
only when they are regular files under a size limit: a FIFO, a device or a link to
/dev/zero is refused with exit 2 and a message naming the option and the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.helpers import REPO, run_sovscan

SAMPLE = str(REPO / "sample_infra")


def _fifo(folder: Path) -> Path:
    path = folder / "fifo"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    """A character device like /dev/zero (major 1, minor 5), made here so that nothing
    outside the test can be harmed."""
    path = folder / "zero-device"
    try:
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def _link_to_dev_zero(folder: Path) -> Path:
    path = folder / "link"
    path.symlink_to("/dev/zero")
    return path


SPECIAL_FILES = {"fifo": _fifo, "device": _device, "link to /dev/zero": _link_to_dev_zero}
OPTIONS = {
    "--baseline": ("scan", SAMPLE, "--baseline"),
    "--config": ("scan", SAMPLE, "--config"),
    "--var-file": ("scan", SAMPLE, "--var-file"),
    "merge input": ("merge",),
}


@pytest.mark.parametrize("kind", SPECIAL_FILES)
@pytest.mark.parametrize("option", OPTIONS)
def test_a_special_file_is_refused_without_being_read(tmp_path: Path, kind: str, option: str) -> None:
    special = SPECIAL_FILES[kind](tmp_path)
    run = run_sovscan(*OPTIONS[option], str(special))
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    named = "configuration file" if option == "--config" else option
    assert named in run.stderr and str(special) in run.stderr
    assert "not a regular file" in run.stderr


@pytest.mark.parametrize(("option", "limit"), [("--config", 1024 * 1024), ("--var-file", 5 * 1024 * 1024)])
def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, option: str, limit: int) -> None:
    large = tmp_path / "large.tfvars"
    large.write_text("# padding\n" * (limit // 10 + 1), encoding="utf-8")
    flag = "--config" if option == "--config" else "--var-file"
    run = run_sovscan("scan", SAMPLE, flag, str(large))
    assert run.returncode == 2, run.stderr
    assert str(large) in run.stderr and "size limit" in run.stderr


def test_a_missing_var_file_is_named(tmp_path: Path) -> None:
    run = run_sovscan("scan", SAMPLE, "--var-file", str(tmp_path / "absent.tfvars"))
    assert run.returncode == 2
    assert "--var-file" in run.stderr and "absent.tfvars" in run.stderr


def test_regular_files_are_still_read(tmp_path: Path) -> None:
    config = tmp_path / "sovscan.yaml"
    config.write_text("profile: hds\n", encoding="utf-8")
    var_file = tmp_path / "prod.tfvars"
    var_file.write_text('region = "eu-west-3"\n', encoding="utf-8")
    run = run_sovscan("scan", SAMPLE, "--config", str(config), "--var-file", str(var_file), "--format", "json")
    assert run.returncode in (0, 1), run.stderr
    baseline = tmp_path / "baseline.json"
    assert run_sovscan("baseline", "create", SAMPLE, "-o", str(baseline)).returncode == 0
    run = run_sovscan("scan", SAMPLE, "--baseline", str(baseline), "--format", "json")
    assert run.returncode in (0, 1), run.stderr
