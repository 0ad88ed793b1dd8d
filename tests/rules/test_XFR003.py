"""XFR003: Geo-redundant storage keeps a copy in a region outside the allowed zone (destinations)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("XFR003"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "XFR003", kind, example)
