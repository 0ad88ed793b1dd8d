"""SUP002: Inline suppression past its expiry date, or beyond the maximum horizon (suppression)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("SUP002"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "SUP002", kind, example)
