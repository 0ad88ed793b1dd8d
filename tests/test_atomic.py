"""Reports and cache entries are replaced whole or not at all."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from scanner.caches.atomic import write_atomically
from tests.helpers import REPO, run_sovscan


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_text_is_written_as_utf8_with_its_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    write_atomically(target, "région\r\nfin\n", durable=True)
    assert target.read_bytes() == "région\r\nfin\n".encode()
    assert _names(tmp_path) == ["report.sarif"]


def test_a_previous_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "entry.json"
    target.write_bytes(b"old, and longer than the new one")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _names(tmp_path) == ["entry.json"]


def test_text_that_cannot_be_encoded_leaves_the_previous_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomically(target, "lone \udcff surrogate")
    assert target.read_text(encoding="utf-8") == "previous"
    assert _names(tmp_path) == ["report.txt"]


def test_a_failed_rename_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    (target / "inside").mkdir(parents=True)  # a non-empty directory cannot be replaced by a file
    with pytest.raises(OSError):
        write_atomically(target, b"data")
    assert _names(tmp_path) == ["taken"]


def test_a_missing_folder_is_an_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "report.sarif", "x")


# --- targets that are not regular files (issue 14 §6) ---------------------------------


def _char_device(folder: Path) -> Path:
    """A node like /dev/null (major 1, minor 3), made in tmp so nothing else is touched."""
    node = folder / "null-device"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return node


def test_a_device_is_written_not_replaced(tmp_path: Path) -> None:
    node = _char_device(tmp_path)
    write_atomically(node, "report", durable=True)
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert _names(tmp_path) == ["null-device"]


def test_cli_output_to_a_device_keeps_the_device(tmp_path: Path) -> None:
    node = _char_device(tmp_path)
    run = run_sovscan("scan", str(REPO / "sample_infra"), "-o", str(node))
    assert run.returncode in (0, 1), run.stderr
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert _names(tmp_path) == ["null-device"]


def test_a_fifo_is_written_to_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:  # blocks until the writer opens
            received.append(handle.read())

    reader = threading.Thread(target=read)
    reader.start()
    payload = b"x" * 300_000  # more than a pipe holds: the writer must wait for the reader
    write_atomically(fifo, payload)
    reader.join(timeout=60)
    assert received == [payload]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _names(tmp_path) == ["fifo"]


def test_a_fifo_without_reader_fails_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    run = run_sovscan("scan", str(REPO / "sample_infra"), "-o", str(fifo))
    assert run.returncode == 2
    assert str(fifo) in run.stderr and "Traceback" not in run.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_standard_stream_is_written_on_its_descriptor(tmp_path: Path) -> None:
    """`-o /dev/fd/1` with stdout appended to a log: the report is appended, the log kept."""
    log = tmp_path / "log.txt"
    log.write_text("previous line\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as stdout:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "scanner",
                "scan",
                str(REPO / "sample_infra"),
                "-o",
                "/dev/fd/1",
                "--format",
                "json",
            ],
            cwd=REPO,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    assert run.returncode in (0, 1), run.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("previous line\n")
    assert json.loads(text[len("previous line\n") :])["findings"]
    assert stat.S_ISREG(os.lstat(log).st_mode)


def test_dev_stdout_is_the_process_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    write_atomically(Path("/dev/stdout"), "to stdout\n")
    assert capfd.readouterr().out == "to stdout\n"


def test_a_new_file_gets_the_mode_open_would_give(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_atomically(tmp_path / "report.sarif", "x", durable=True)
        with open(tmp_path / "plain", "w") as handle:
            handle.write("x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "report.sarif").st_mode) == stat.S_IMODE(os.stat(tmp_path / "plain").st_mode)
    assert stat.S_IMODE(os.stat(tmp_path / "plain").st_mode) == 0o640


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o604)
    write_atomically(target, "new", durable=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o604


def test_a_link_is_replaced_not_followed(tmp_path: Path) -> None:
    """A report path committed as a link (to a device, to a file elsewhere) must not
    redirect the write."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("keep", encoding="utf-8")
    link = tmp_path / "report.sarif"
    link.symlink_to(elsewhere)
    write_atomically(link, "report")
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "report"
    assert elsewhere.read_text(encoding="utf-8") == "keep"
