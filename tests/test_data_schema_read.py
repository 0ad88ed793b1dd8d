"""Every key the rule-data schema accepts is read by the engine, or marked documentation
(`Doc`): data under rules/ never describes behaviour the code does not have (issue 18 §2).

A grep, not a proof: a key counts as read when its name appears quoted in a module of
scanner/ other than the schema itself (`entry.get("attribute")`, `data["regions"]`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from scanner.ruledata import schema as data_schema
from scanner.ruledata.schema import FILES, Doc, Keys, KindParams, ListOf, MapOf, OneOf

SCANNER = Path(data_schema.__file__).parents[1]


def _keys(spec: Any, documentation: bool, found: dict[str, bool]) -> None:
    """Key name → whether every place that accepts it marks it documentation."""
    if isinstance(spec, Doc):
        _keys(spec.spec, True, found)
    elif isinstance(spec, Keys):
        for name, value in spec.fields.items():
            doc = documentation or isinstance(value, Doc)
            found[name] = found.get(name, True) and doc
            _keys(value, documentation, found)
    elif isinstance(spec, (MapOf, ListOf)):
        _keys(spec.value if isinstance(spec, MapOf) else spec.item, documentation, found)
    elif isinstance(spec, OneOf):
        for option in spec.options:
            _keys(option, documentation, found)
    elif isinstance(spec, KindParams):
        for params in spec.kinds.values():
            _keys(params, documentation, found)


def accepted_keys() -> dict[str, bool]:
    found: dict[str, bool] = {}
    for _, spec in FILES:
        _keys(spec, False, found)
    return found


def unread(code: str) -> list[str]:
    return sorted(
        name
        for name, documentation in accepted_keys().items()
        if not documentation and not re.search(rf"[\"']{re.escape(name)}[\"']", code)
    )


def _engine_code() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(SCANNER.rglob("*.py")) if p != SCANNER / "ruledata" / "schema.py"
    )


def test_every_key_the_schema_accepts_is_read_by_the_engine_or_marked_documentation() -> None:
    assert unread(_engine_code()) == []


def test_a_key_no_code_reads_is_found() -> None:
    # The test can fail: the code without the reader of `value_pattern` leaves it unread.
    code = _engine_code().replace('"value_pattern"', '"renamed"')
    assert unread(code) == ["value_pattern"]


def test_documentation_keys_are_not_required_to_be_read() -> None:
    keys = accepted_keys()
    assert keys["legal_entity"] is True and keys["vendor"] is True
    assert keys["region_catalog"] is False
