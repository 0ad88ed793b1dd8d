"""KEY005: Automatic rotation disabled on a customer-managed key (attributes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.rule import Example
from tests.rules.examples import check_example, example_cases


@pytest.mark.parametrize(("kind", "example"), example_cases("KEY005"))
def test_example(tmp_path: Path, kind: str, example: Example) -> None:
    check_example(tmp_path, "KEY005", kind, example)
