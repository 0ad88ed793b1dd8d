"""PRV003: Container image pulled from a registry outside the allowed zone or operator set (image-registry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("PRV003"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "PRV003", kind, example)
