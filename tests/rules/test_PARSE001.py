"""PARSE001: File could not be parsed, so it was not checked (pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("PARSE001"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "PARSE001", kind, example)
