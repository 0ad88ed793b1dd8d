"""LOG001: Access or audit logging disabled on a data store or cluster (attributes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("LOG001"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "LOG001", kind, example)
