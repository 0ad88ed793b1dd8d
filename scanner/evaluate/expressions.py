"""Evaluate the expression trees of `scanner.load.hcl_ast` into located values.

A value is either known (with where it was written) or unknown with the reason. Nothing
here raises on odd input: what cannot be evaluated becomes an unknown that says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scanner.model import Location, Step, Value

Resolver = Callable[[list[Any], "Context"], Value]


class Context:
    """Where expressions are evaluated: a file, and how names are resolved."""

    def __init__(self, path: str, resolve: Resolver | None = None) -> None:
        self.path = path
        self._resolve = resolve

    def location(self, line: int) -> Location:
        return Location(self.path, line, line)

    def resolve(self, node: list[Any]) -> Value:
        if self._resolve is None:
            return Value.unknown(f"{describe(node)} is not a literal value")
        return self._resolve(node, self)


def describe(node: list[Any]) -> str:
    """A short source-like rendering of a reference, for messages (`var.region`)."""
    op = node[0]
    if op == "name":
        return str(node[2])
    if op == "attr":
        return f"{describe(node[2])}.{node[3]}"
    if op == "index":
        key = node[3]
        inner = repr(key[2]) if key[0] == "lit" else "…"
        return f"{describe(node[2])}[{inner}]"
    if op == "splat":
        return f"{describe(node[2])}[*]"
    if op == "call":
        return f"{node[2]}()"
    if op == "lit":
        return repr(node[2])
    return "expression"


def _merge_origin(values: list[Value]) -> tuple[Step, ...]:
    steps: list[Step] = []
    for value in values:
        for step in value.origin:
            if step not in steps:
                steps.append(step)
    return tuple(steps)


def evaluate(node: list[Any], ctx: Context) -> Value:
    try:
        handler = _HANDLERS.get(node[0])
        if handler is None:
            return Value.unknown(f"{node[2] if node[0] == 'unsupported' else node[0]} is not evaluated")
        return handler(node, ctx)
    except RecursionError:
        return Value.unknown("expression nested too deeply to evaluate")


def _lit(node: list[Any], ctx: Context) -> Value:
    return Value(node[2])


def _template(node: list[Any], ctx: Context) -> Value:
    parts = [evaluate(p, ctx) for p in node[2]]
    if len(parts) == 1:
        return parts[0]
    unknown = next((p for p in parts if not p.known), None)
    if unknown is not None:
        return Value.unknown(unknown.reason or "part of the string is unknown", _merge_origin(parts))
    text = "".join(_to_string(p.value) for p in parts)
    return Value(text, origin=_merge_origin(parts))


def _to_string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _tuple(node: list[Any], ctx: Context) -> Value:
    items = [evaluate(x, ctx) for x in node[2]]
    return Value([i.value if i.known else i for i in items], origin=_merge_origin(items))


def _object(node: list[Any], ctx: Context) -> Value:
    result: dict[str, Any] = {}
    origins: list[Value] = []
    for key_node, value_node in node[2]:
        key = evaluate(key_node, ctx)
        if not key.known:
            return Value.unknown(f"an object key is unknown: {key.reason}", key.origin)
        value = evaluate(value_node, ctx)
        origins.append(value)
        result[_to_string(key.value)] = value.value if value.known else value
    return Value(result, origin=_merge_origin(origins))


def _reference(node: list[Any], ctx: Context) -> Value:
    return ctx.resolve(node)


def _cond(node: list[Any], ctx: Context) -> Value:
    test = evaluate(node[2], ctx)
    if not test.known:
        return Value.unknown(f"condition is unknown: {test.reason}", test.origin)
    chosen = evaluate(node[3] if test.value is True or test.value == "true" else node[4], ctx)
    return chosen


def _unop(node: list[Any], ctx: Context) -> Value:
    operand = evaluate(node[3], ctx)
    if not operand.known:
        return operand
    try:
        if node[2] == "-":
            return Value(-operand.value, origin=operand.origin)
        return Value(not operand.value, origin=operand.origin)
    except TypeError:
        return Value.unknown(f"cannot apply '{node[2]}' to {type(operand.value).__name__}")


_BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "&&": lambda a, b: bool(a) and bool(b),
    "||": lambda a, b: bool(a) or bool(b),
}


def _binop(node: list[Any], ctx: Context) -> Value:
    left, right = evaluate(node[3], ctx), evaluate(node[4], ctx)
    for side in (left, right):
        if not side.known:
            return Value.unknown(side.reason or "an operand is unknown", _merge_origin([left, right]))
    operator = _BINARY.get(node[2])
    if operator is None:
        return Value.unknown(f"operator '{node[2]}' is not evaluated")
    try:
        return Value(operator(left.value, right.value), origin=_merge_origin([left, right]))
    except (TypeError, ZeroDivisionError, ValueError):
        return Value.unknown(f"operator '{node[2]}' cannot be applied to these values")


def _call(node: list[Any], ctx: Context) -> Value:
    from scanner.evaluate.functions import call_function

    return call_function(node, ctx)


def _for(node: list[Any], ctx: Context) -> Value:
    return Value.unknown("'for' expressions are not evaluated yet")


_HANDLERS: dict[str, Callable[[list[Any], Context], Value]] = {
    "lit": _lit,
    "tpl": _template,
    "tuple": _tuple,
    "object": _object,
    "name": _reference,
    "attr": _reference,
    "index": _reference,
    "splat": _reference,
    "cond": _cond,
    "unop": _unop,
    "binop": _binop,
    "call": _call,
    "for": _for,
}
