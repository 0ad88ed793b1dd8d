"""A rule's own examples (`examples:` in rules/rules/<ID>.yaml), run through the whole pipeline.

Each `tests/rules/test_<ID>.py` calls `example_cases(ID)` and `check_example`, so a rule's data,
its examples and its behaviour are tested in one place.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.check.library import all_rules
from scanner.check.rule import Example
from tests.conftest import write_tree
from tests.helpers import scan


def example_cases(rule_id: str) -> list[object]:
    rule = all_rules()[rule_id]
    cases = [
        pytest.param(kind, example, id=f"{kind}-{example.name}")
        for kind, examples in (("bad", rule.bad), ("good", rule.good))
        for example in examples
    ]
    assert rule.bad and rule.good, f"{rule_id} needs a bad and a good example"
    return cases


def check_example(tmp_path: Path, rule_id: str, kind: str, example: Example) -> None:
    write_tree(tmp_path, example.files)
    result = scan([tmp_path], profiles=example.profiles or ("hds",))
    produced = [f for f in result.findings if f.rule_id == rule_id]
    # A check that fails on an example (an attribute the assets step did not read) would
    # otherwise pass a good example by finding nothing.
    assert [n.message for n in result.notifications if n.message.startswith("internal error")] == []
    if kind == "good":
        assert produced == [], [f.message for f in produced]
    elif example.count is not None:
        assert len(produced) == example.count, [f.message for f in produced]
    else:
        assert produced
