"""The examples harness (tests/rules/examples.py) can fail: planted examples whose markers
disagree with the findings — a marker on the wrong line, a missing marker, an extra finding
— are each refused, so a green test_<ID>.py means the findings are exactly the marked lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_tree
from tests.rules.examples import check_folder

US_PROVIDER = 'provider "aws" {\n  region = "us-east-1"\n}\n'
BUCKET = 'resource "aws_s3_bucket" "{name}" {{{marker}\n  bucket = "{name}"\n}}\n'
MARK = "  # expect: RES001"


def _planted(tmp_path: Path, files: dict[str, str]) -> Path:
    return write_tree(tmp_path / "planted", files)


def _check(tmp_path: Path, root: Path, kind: str = "bad") -> None:
    check_folder(tmp_path / "scan", root, "RES001", kind)


def test_markers_on_every_finding_pass(tmp_path: Path) -> None:
    root = _planted(tmp_path, {"main.tf": US_PROVIDER + BUCKET.format(name="records", marker=MARK)})
    _check(tmp_path, root)


def test_a_marker_on_a_wrong_line_fails(tmp_path: Path) -> None:
    misplaced = US_PROVIDER + BUCKET.format(name="records", marker="").replace('"records"\n', '"records"' + MARK + "\n")
    root = _planted(tmp_path, {"main.tf": misplaced})
    reported_at_4_marked_at_5 = r"unmarked lines: \{\('main.tf', 4\).*marked lines without .*\('main.tf', 5\)"
    with pytest.raises(AssertionError, match=reported_at_4_marked_at_5):
        _check(tmp_path, root)


def test_a_missing_marker_fails(tmp_path: Path) -> None:
    root = _planted(tmp_path, {"main.tf": US_PROVIDER + BUCKET.format(name="records", marker="")})
    with pytest.raises(AssertionError, match="marks where its findings are"):
        _check(tmp_path, root)


def test_an_extra_finding_fails(tmp_path: Path) -> None:
    text = US_PROVIDER + BUCKET.format(name="records", marker=MARK) + BUCKET.format(name="imaging", marker="")
    root = _planted(tmp_path, {"main.tf": text})
    with pytest.raises(AssertionError, match="unmarked lines"):
        _check(tmp_path, root)


def test_a_marker_without_its_finding_fails(tmp_path: Path) -> None:
    text = US_PROVIDER + BUCKET.format(name="records", marker=MARK + ", RES001")
    root = _planted(tmp_path, {"main.tf": text})
    with pytest.raises(AssertionError, match=r"^marked lines without"):
        _check(tmp_path, root)


def test_a_good_example_with_a_finding_fails(tmp_path: Path) -> None:
    root = _planted(tmp_path, {"main.tf": US_PROVIDER + BUCKET.format(name="records", marker="")})
    with pytest.raises(AssertionError, match="unmarked lines"):
        _check(tmp_path, root, kind="good")


def test_a_marker_for_another_rule_fails(tmp_path: Path) -> None:
    text = US_PROVIDER + BUCKET.format(name="records", marker="  # expect: RES002")
    root = _planted(tmp_path, {"main.tf": text})
    with pytest.raises(AssertionError, match="marker for RES002"):
        _check(tmp_path, root)


JSON_BUCKET = """{
  "provider": {"aws": {"region": "us-east-1"}},
  "resource": {
    "aws_s3_bucket": {
      "records": {"bucket": "records"}
    }
  }
}
"""


def test_a_file_without_comments_is_marked_in_expect_txt(tmp_path: Path) -> None:
    root = _planted(tmp_path, {"main.tf.json": JSON_BUCKET, "expect.txt": "main.tf.json:5: RES001\n"})
    _check(tmp_path, root)


def test_a_wrong_line_in_expect_txt_fails(tmp_path: Path) -> None:
    root = _planted(tmp_path, {"main.tf.json": JSON_BUCKET, "expect.txt": "main.tf.json:4: RES001\n"})
    with pytest.raises(AssertionError, match="unmarked lines"):
        _check(tmp_path, root)


def test_a_marker_in_a_module_of_a_subfolder_is_compared(tmp_path: Path) -> None:
    root_module = US_PROVIDER + 'module "store" {\n  source = "./modules/store"\n}\n'
    files = {"main.tf": root_module, "modules/store/main.tf": BUCKET.format(name="records", marker=MARK)}
    _check(tmp_path, _planted(tmp_path, files))


def test_a_finding_in_a_module_marked_in_the_root_fails(tmp_path: Path) -> None:
    misplaced = US_PROVIDER + 'module "store" {' + MARK + '\n  source = "./modules/store"\n}\n'
    files = {"main.tf": misplaced, "modules/store/main.tf": BUCKET.format(name="records", marker="")}
    with pytest.raises(AssertionError, match=r"unmarked lines: \{\('modules/store/main.tf', 1\)"):
        _check(tmp_path, _planted(tmp_path, files))
