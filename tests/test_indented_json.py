"""The JSON report's writer (scanner/report/indented_json.py) gives exactly what
`json.dumps(value, indent=2, ensure_ascii=False, default=…)` gives."""

from __future__ import annotations

import enum
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.report.indented_json import dumps_indented
from scanner.report.json_report import _fallback


class Colour(enum.StrEnum):
    RED = "red"


class Rank(enum.IntEnum):
    HIGH = 3


class Opaque:
    def __str__(self) -> str:
        return "opaque \u2192 value"


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.sampled_from([Colour.RED, Rank.HIGH, Opaque(), "line\nbreak", 'quote " and \\ and \u2028'])
)
KEYS = st.text() | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=4).map(tuple)
        | st.dictionaries(KEYS, children, max_size=4)
        | st.frozensets(st.integers() | st.text(max_size=3), max_size=3)
    )


VALUES = st.recursive(SCALARS, _containers, max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_the_same_text_as_json_dumps(value: Any) -> None:
    assert dumps_indented(value, _fallback) == json.dumps(value, indent=2, ensure_ascii=False, default=_fallback)


def test_a_report_shaped_document() -> None:
    document = {
        "version": "1",
        "summary": {"files": 1, "skipped": {}, "execution_successful": True},
        "findings": [
            {"rule": "RES001", "start_column": None, "provenance": [], "properties": {"zones": {"EU", "EEA"}}},
            {"rule": "KEY001", "provenance": [{"label": "var.x", "line": 3}], "suppressed": {"kind": "inSource"}},
        ],
        "weakened": [],
    }
    assert dumps_indented(document, _fallback) == json.dumps(document, indent=2, ensure_ascii=False, default=_fallback)
