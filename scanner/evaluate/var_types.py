"""A variable's declared type applied to its value, as Terraform converts it: the
`optional(T, default)` attributes of an object type take their default when absent or null.

Only what changes a value is applied: a module's `count = var.cfg.create ? 1 : 0` with
`cfg = object({ create = optional(bool, false) })` and `default = {}` is 0, not unknown.
"""

from __future__ import annotations

from typing import Any

from scanner.evaluate.expressions import Context, evaluate
from scanner.model import Value

_MAX_DEPTH = 32


def with_type_defaults(type_node: list[Any], value: Value) -> Value:
    if not value.known:
        return value
    return Value(_apply(type_node, value.value, 0), value.known, value.reason, value.origin, value.error)


def _apply(type_node: Any, value: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH or not isinstance(type_node, list) or type_node[0] != "call":
        return value
    if isinstance(value, Value):
        if not value.known:
            return value
        return Value(_apply(type_node, value.value, depth), origin=value.origin)
    function, args = type_node[2], type_node[3]
    if function == "object" and args and args[0][0] == "object" and isinstance(value, dict):
        return _object(args[0][2], value, depth)
    if function == "map" and args and isinstance(value, dict):
        return {key: _apply(args[0], item, depth + 1) for key, item in value.items()}
    if function in ("list", "set") and args and isinstance(value, list):
        return [_apply(args[0], item, depth + 1) for item in value]
    return value


def _object(attributes: list[Any], value: dict[str, Any], depth: int) -> dict[str, Any]:
    out = dict(value)
    for key_node, attr_type in attributes:
        if key_node[0] not in ("lit", "name"):
            continue
        key = str(key_node[2])
        inner, optional, default = attr_type, False, None
        if isinstance(attr_type, list) and attr_type[0] == "call" and attr_type[2] == "optional" and attr_type[3]:
            inner, optional = attr_type[3][0], True
            if len(attr_type[3]) > 1:
                found = evaluate(attr_type[3][1], Context("<type>"))
                default = found.value if found.known else found
        current = out.get(key)
        if isinstance(current, Value) and current.known and current.value is None:
            current = None
        if current is None:
            if optional:
                out[key] = _apply(inner, default, depth + 1)
        else:
            out[key] = _apply(inner, current, depth + 1)
    return out
