"""Reports and cache entries are replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.atomic import write_atomically


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
