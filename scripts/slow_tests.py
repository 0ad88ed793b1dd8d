"""Rewrite tests/slow_tests.txt from a timed run: the test functions that took a second or more.

    python -m pytest -p no:cacheprovider --junitxml=/tmp/times.xml
    python scripts/slow_tests.py /tmp/times.xml

tests/conftest.py marks the listed functions `slow` (every parametrisation), so that
`pytest -m "not slow"` is the quick loop. A name that no longer exists is simply not marked.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
THRESHOLD_SECONDS = 1.0
# Kept in the quick loop whatever they cost: the guards a refactoring runs against.
KEEP = frozenset(
    {
        "tests/test_golden_sarif.py::test_sample_infra_sarif_is_unchanged",
        "tests/test_layering.py::test_imports_point_one_way",
        "tests/rules/test_PARSE001.py::test_example",
    }
)


def slow_functions(junit: Path) -> list[str]:
    slow = set()
    for case in ET.parse(junit).iter("testcase"):
        if float(case.get("time", 0)) >= THRESHOLD_SECONDS:
            module = case.get("classname", "").replace(".", "/") + ".py"
            slow.add(f"{module}::{case.get('name', '').split('[')[0]}")
    return sorted(slow - KEEP)


if __name__ == "__main__":
    names = slow_functions(Path(sys.argv[1]))
    header = "# Test functions that take a second or more (scripts/slow_tests.py; read by tests/conftest.py)\n"
    (REPO / "tests" / "slow_tests.txt").write_text(header + "\n".join(names) + "\n", encoding="utf-8")
