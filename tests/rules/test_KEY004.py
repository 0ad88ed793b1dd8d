"""KEY004: Encryption key held by an operator exposed to extra-EU law, without an external key manager (attributes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("KEY004"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "KEY004", kind, example)
