"""The shape of the SARIF fields `sovscan merge` reads, checked before it reads them.

A log to merge comes from another job, another tool or another version: a field of the
wrong type (`"startLine": "3"`, `"runs": [{"results": {}}]`) is reported with the file and
the field's path, and the merge stops with exit 2, instead of a traceback halfway through.

A shape is a type (`str`, `int`, `bool`, `dict` for any object), a `dict` of field → shape
(every field optional: SARIF leaves defaults out), a one-element `list` (an array of that
shape), or a `Check`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple


class ShapeError(ValueError):
    pass


class Check(NamedTuple):
    accepts: Callable[[Any], bool]
    expected: str


def _number_text(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False


NUMBER = Check(_number_text, "a number")

MESSAGE = {"text": str}
REGION = {"startLine": int, "endLine": int, "startColumn": int, "endColumn": int}
PHYSICAL = {"artifactLocation": {"uri": str}, "region": REGION}
LOCATION = {"physicalLocation": PHYSICAL, "logicalLocations": [{"fullyQualifiedName": str}], "message": MESSAGE}
RULE = {
    "id": str,
    "name": str,
    "shortDescription": MESSAGE,
    "fullDescription": MESSAGE,
    "defaultConfiguration": {"level": str},
    "properties": {"security-severity": NUMBER, "tags": [str]},
    "help": {"text": str, "markdown": str},
    "helpUri": str,
}
NOTIFICATION = {"message": MESSAGE, "level": str, "locations": [LOCATION], "associatedRule": {"id": str}}
RESULT = {
    "ruleId": str,
    "level": str,
    "message": MESSAGE,
    "locations": [LOCATION],
    "relatedLocations": [LOCATION],
    "suppressions": [{"status": str, "kind": str, "justification": str, "location": LOCATION}],
    "properties": dict,
}
RUN = {
    "tool": {"driver": {"name": str, "version": str, "rules": [RULE]}},
    "automationDetails": {"id": str},
    "originalUriBaseIds": {"%SRCROOT%": {"uri": str}},
    "invocations": [{"executionSuccessful": bool, "toolExecutionNotifications": [NOTIFICATION]}],
    "properties": {"profiles": [str], "files": int, "resources": int},
    "results": [RESULT],
}
_REQUIRED = {id(RULE): ("id",)}

_NAMES = {str: "a string", int: "an integer", bool: "true or false", dict: "an object"}


def check_shape(value: Any, shape: Any, where: str, what: str) -> None:
    """Raise MergeError naming `what` (the file) and the field's path when `value` does not
    have `shape`."""
    from scanner.report.merge import MergeError

    try:
        _check(value, shape, where)
    except ShapeError as error:
        raise MergeError(f"{what}: {error}") from None


def _check(value: Any, shape: Any, where: str) -> None:
    if isinstance(shape, Check):
        if not shape.accepts(value):
            raise _wrong(where, shape.expected, value)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            raise _wrong(where, "an array", value)
        for index, item in enumerate(value):
            _check(item, shape[0], f"{where}[{index}]")
    elif isinstance(shape, dict):
        if not isinstance(value, dict):
            raise _wrong(where, "an object", value)
        for name in _REQUIRED.get(id(shape), ()):
            if name not in value:
                raise ShapeError(f"{where}.{name} is missing")
        for name, inner in shape.items():
            if name in value:
                _check(value[name], inner, f"{where}.{name}")
    elif not isinstance(value, shape) or (shape is int and isinstance(value, bool)):
        raise _wrong(where, _NAMES[shape], value)


def _wrong(where: str, expected: str, value: Any) -> ShapeError:
    return ShapeError(f"{where} must be {expected}, not {_json_type(value)}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
