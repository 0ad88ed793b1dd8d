"""RES002: Region cannot be determined statically (region-known)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("RES002"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "RES002", kind, example)
