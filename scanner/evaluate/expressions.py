"""Evaluate the expression trees of `scanner.load.hcl_ast` into located values.

A value is either known (with where it was written) or unknown with the reason. Nothing
here raises on odd input: what cannot be evaluated becomes an unknown that says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scanner.evaluate import choices
from scanner.evaluate.budget import MAX_VALUE_SIZE, Budget, active
from scanner.model import Location, Step, Value

Resolver = Callable[[list[Any], "Context"], Value]


class Context:
    """Where expressions are evaluated: a file, how names resolve, and local bindings
    (`each`, `count`, the variables of a `for` expression)."""

    def __init__(
        self,
        path: str,
        resolve: Resolver | None = None,
        bindings: dict[str, Value] | None = None,
        budget: Budget | None = None,
    ) -> None:
        self.path = path
        self._resolve = resolve
        self.bindings = bindings or {}
        self.budget = budget if budget is not None else active()

    def with_bindings(self, bindings: dict[str, Value]) -> Context:
        return Context(self.path, self._resolve, {**self.bindings, **bindings}, self.budget)

    def location(self, line: int) -> Location:
        return Location(self.path, line, line)

    def resolve(self, node: list[Any]) -> Value:
        root = _root_name(node)
        if root is not None and root in self.bindings:
            return walk_reference(self.bindings[root], node, self)
        if self._resolve is None:
            return Value.unknown(f"{describe(node)} is not a literal value")
        return self._resolve(node, self)


def _root_name(node: list[Any]) -> str | None:
    while node[0] in ("attr", "index", "splat"):
        node = node[2]
    return str(node[2]) if node[0] == "name" else None


def accessors(node: list[Any], ctx: Context) -> tuple[str, list[Any]] | Value:
    """`a.b["c"][0]` → ("a", ["b", "c", 0]); an unknown index gives that unknown."""
    chain: list[Any] = []
    while node[0] in ("attr", "index"):
        if node[0] == "attr":
            chain.append(node[3])
        else:
            key = evaluate(node[3], ctx)
            if not key.known:
                picked = _chosen_index(node, key, ctx)
                if picked is not None:
                    return choices.follow(picked, chain[::-1], select) or picked
                return Value.unknown(f"index of {describe(node[2])} is unknown: {key.reason}", key.origin)
            chain.append(key.value)
        node = node[2]
    if node[0] != "name":
        return Value.unknown(f"{describe(node)} is not evaluated")
    chain.reverse()
    return str(node[2]), chain


def _chosen_index(node: list[Any], key: Value, ctx: Context) -> Value | None:
    """`m[k]` with `k` chosen at apply time (scanner/evaluate/choices.py)."""
    if choices.symbol_of(key) is None and choices.alternatives_of(key) is None:
        return None
    label = f"{describe(node[2])}[{describe(node[3])}]"
    return choices.index(evaluate(node[2], ctx), key, ctx.location(_line_of(node) or 1), label)


def select(value: Any, keys: list[Any]) -> tuple[bool, Any, Any]:
    """Follow `keys` into a plain value: (found, value, the key that failed)."""
    for key in keys:
        if isinstance(value, Value):
            if not value.known:
                return True, value, None
            value = value.value
        if isinstance(value, dict) and str(key) in value:
            value = value[str(key)]
        elif isinstance(value, list) and isinstance(key, (int, float)) and not isinstance(key, bool):
            index = int(key)
            if not 0 <= index < len(value):  # Terraform has no negative index
                return False, None, key
            value = value[index]
        elif isinstance(value, list) and isinstance(key, str) and key.isdigit():
            index = int(key)
            if index >= len(value):
                return False, None, key
            value = value[index]
        else:
            return False, None, key
    return True, value, None


def walk_reference(base: Value, node: list[Any], ctx: Context, label: str | None = None) -> Value:
    """Apply a reference's attribute and index chain to a resolved root value."""
    parts = accessors(node, ctx) if node[0] != "splat" else None
    if isinstance(parts, Value):
        return parts
    keys = parts[1] if parts else []
    name = label or describe(node)
    if not base.known:
        followed = choices.follow(base, keys, select)
        if followed is not None:
            return followed
        return Value.unknown(base.reason or f"{name} is unknown", base.origin)
    found, value, failed = select(base.value, keys)
    if not found:
        return Value.failure(f"{name}: no element {failed!r}", base.origin)
    return as_value(value, base.origin)


def as_value(value: Any, origin: tuple[Step, ...]) -> Value:
    if isinstance(value, Value):
        return value.behind(*origin)
    return Value(value, origin=origin)


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
    return tuple(dict.fromkeys(step for value in values for step in value.origin))


def evaluate(node: list[Any], ctx: Context) -> Value:
    budget = ctx.budget
    budget.steps += 1
    if budget.steps > budget.max_steps:
        return budget.out_of_steps(ctx.path, _line_of(node))
    try:
        handler = _HANDLERS.get(node[0])
        if handler is None:
            return Value.unknown(f"{node[2] if node[0] == 'unsupported' else node[0]} is not evaluated")
        return handler(node, ctx)
    except RecursionError:
        return Value.unknown("expression nested too deeply to evaluate")
    except Exception as error:  # noqa: BLE001 - a fault costs this expression, not the unit
        return budget.fault(error, describe(node), ctx.path, _line_of(node))


def unknown_within(value: Any) -> Value | None:
    """The first unknown inside a collection (a value is bounded by the size budget)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Value):
            if not item.known:
                return item
            stack.append(item.value)
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
    return None


def _line_of(node: list[Any]) -> int | None:
    line = node[1] if len(node) > 1 else None
    return line if isinstance(line, int) and line > 0 else None


def charged(value: Value, node: list[Any], ctx: Context, what: str) -> Value:
    """A value just built, if it fits the size budget (see scanner/evaluate/budget.py)."""
    return ctx.budget.charge(value, what, ctx.path, _line_of(node))


def _lit(node: list[Any], ctx: Context) -> Value:
    return Value(node[2])


def _template(node: list[Any], ctx: Context) -> Value:
    parts = [evaluate(p, ctx) for p in node[2]]
    if len(parts) == 1:
        return parts[0]
    if not all(p.known for p in parts):
        picked = choices.lift(parts, lambda values: _template_of(values, node, ctx), _merge_origin(parts))
        if picked is not None:
            return picked
    return _template_of(parts, node, ctx)


def _template_of(parts: list[Value], node: list[Any], ctx: Context) -> Value:
    unknown = next((p for p in parts if not p.known), None)
    if unknown is not None:
        return Value(
            None, False, unknown.reason or "part of the string is unknown", _merge_origin(parts), unknown.error
        )
    if any(p.value is None or isinstance(p.value, (list, dict)) for p in parts):
        # Terraform refuses to interpolate null or a collection into a longer string.
        return Value.failure("a string template interpolates null or a collection", _merge_origin(parts))
    pieces = [_to_string(p.value) for p in parts]
    if sum(map(len, pieces)) > MAX_VALUE_SIZE:
        return ctx.budget.too_large("a string template", ctx.path, _line_of(node))
    return Value("".join(pieces), origin=_merge_origin(parts))


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
    built = Value([i.value if i.known else i for i in items], origin=_merge_origin(items))
    return charged(built, node, ctx, "a tuple") if items else built


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
    built = Value(result, origin=_merge_origin(origins))
    return charged(built, node, ctx, "an object") if result else built


def _reference(node: list[Any], ctx: Context) -> Value:
    if _root_name(node) is not None:
        return ctx.resolve(node)
    # An index or attribute on a computed value: `keys(m)[0]`, `(local.x)["a"]`.
    base = node
    while base[0] in ("attr", "index"):
        base = base[2]
    value = evaluate(base, ctx)
    keys: list[Any] = []
    current = node
    while current is not base:
        if current[0] == "attr":
            keys.append(current[3])
        else:
            key = evaluate(current[3], ctx)
            if not key.known:
                picked = _chosen_index(current, key, ctx)
                if picked is not None:
                    return choices.follow(picked, keys[::-1], select) or picked
                return Value.unknown(f"an index is unknown: {key.reason}", key.origin)
            keys.append(key.value)
        current = current[2]
    keys.reverse()
    if not value.known:
        return value
    found, result, failed = select(value.value, keys)
    if not found:
        return Value.failure(f"no element {failed!r} in {describe(base)}", value.origin)
    return as_value(result, value.origin)


def _cond(node: list[Any], ctx: Context) -> Value:
    test = evaluate(node[2], ctx)
    if not test.known:
        label = f"{_describe_test(node[2])} ? … : …"
        where = ctx.location(_line_of(node) or 1)
        picked = choices.decide(test, lambda which: evaluate(node[3] if which else node[4], ctx), where, label)
        if picked is not None:
            return picked
        return Value.unknown(f"condition is unknown: {test.reason}", test.origin)
    chosen = evaluate(node[3] if test.value is True or test.value == "true" else node[4], ctx)
    if chosen.known and _is_number_or_bool(chosen.value):
        other = evaluate(node[4] if test.value is True or test.value == "true" else node[3], ctx)
        if other.known and isinstance(other.value, str):
            # Terraform gives both results one type: with a string on the other side, text (`true ? 1 : "a"` is "1").
            return Value(_to_string(chosen.value), origin=chosen.origin)
    return chosen


def _is_number_or_bool(value: Any) -> bool:
    return isinstance(value, (bool, int, float))


def _describe_test(node: list[Any]) -> str:
    if node[0] == "binop":
        return f"{describe(node[3])} {node[2]} {describe(node[4])}"
    return describe(node)


def _unop(node: list[Any], ctx: Context) -> Value:
    operand = evaluate(node[3], ctx)
    if not operand.known:
        picked = choices.lift([operand], lambda values: _unop_of(node, values[0]), operand.origin)
        if picked is not None:
            return picked
    return _unop_of(node, operand)


def _unop_of(node: list[Any], operand: Value) -> Value:
    if not operand.known:
        return operand
    try:
        if node[2] == "-":
            return Value(-_number(operand.value), origin=operand.origin)
        # Terraform converts "true" and "false" to a bool and refuses any other operand.
        truth = {True: True, False: False, "true": True, "false": False}.get(operand.value)
        if truth is None or (isinstance(operand.value, (int, float)) and not isinstance(operand.value, bool)):
            raise TypeError("not a bool")
        return Value(not truth, origin=operand.origin)
    except (TypeError, ValueError):
        return Value.failure(f"cannot apply '{node[2]}' to {type(operand.value).__name__}")


def _remainder(a: Any, b: Any) -> Any:
    """Terraform's remainder takes the dividend's sign (-3 % 2 is -1), unlike Python's."""
    magnitude = abs(a) % abs(b)
    return magnitude if a >= 0 else -magnitude


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
    "%": lambda a, b: _remainder(a, b),
    "&&": lambda a, b: bool(a) and bool(b),
    "||": lambda a, b: bool(a) or bool(b),
}


_NUMERIC = frozenset({"<", ">", "<=", ">=", "+", "-", "*", "/", "%"})
_MAX_INT_BITS = 65_536  # about 20,000 digits


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError("not a number")
    if isinstance(value, str):
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


def _binop(node: list[Any], ctx: Context) -> Value:
    left, right = evaluate(node[3], ctx), evaluate(node[4], ctx)
    if not (left.known and right.known):
        origin = _merge_origin([left, right])
        picked = choices.compare(node[2], left, right, origin) or choices.lift(
            [left, right], lambda values: _binop_of(node, values[0], values[1], ctx), origin
        )
        if picked is not None:
            return picked
    return _binop_of(node, left, right, ctx)


def _binop_of(node: list[Any], left: Value, right: Value, ctx: Context) -> Value:
    for side in (left, right):
        if not side.known:
            return Value(None, False, side.reason or "an operand is unknown", _merge_origin([left, right]), side.error)
    operator = _BINARY.get(node[2])
    if operator is None:
        return Value.unknown(f"operator '{node[2]}' is not evaluated")
    if node[2] in ("==", "!=") and (left.value is None) != (right.value is None):
        # An object or list is not null, whatever unknowns it holds (`var.workspace == null`).
        return Value(node[2] == "!=", origin=_merge_origin([left, right]))
    for side in (left, right):
        inner = unknown_within(side.value)
        if inner is not None:
            # `[unknown] == [unknown]` is not known to be true.
            return Value.unknown(f"an operand holds an unknown value: {inner.reason}", _merge_origin([left, right]))
    operands = (left.value, right.value)
    try:
        if node[2] in _NUMERIC:
            # Terraform's arithmetic and ordering take numbers only (never `"ab" * 10**9`).
            operands = (_number(left.value), _number(right.value))
        plain = operator(*operands)
        if isinstance(plain, int) and not isinstance(plain, bool) and plain.bit_length() > _MAX_INT_BITS:
            return ctx.budget.too_large(f"operator '{node[2]}'", ctx.path, _line_of(node))
        result = Value(plain, origin=_merge_origin([left, right]))
    except (TypeError, ZeroDivisionError, ValueError, OverflowError):
        return Value.failure(f"operator '{node[2]}' cannot be applied to these values")
    return charged(result, node, ctx, f"operator '{node[2]}'")


def _call(node: list[Any], ctx: Context) -> Value:
    from scanner.evaluate.functions import call_function

    return call_function(node, ctx)


def _for(node: list[Any], ctx: Context) -> Value:
    _, _, key_var, value_var, coll_node, key_expr, value_expr, cond, grouping = node
    collection = evaluate(coll_node, ctx)
    if not collection.known:
        return Value.unknown(f"'for' collection is unknown: {collection.reason}", collection.origin)
    items = collection.value
    # Terraform walks a map in key order, whatever order it was written in.
    pairs = sorted(items.items()) if isinstance(items, dict) else list(enumerate(items or []))
    tuple_out: list[Any] = []
    object_out: dict[str, Any] = {}
    origins = [collection]
    for key, item in pairs:
        bindings = {value_var: item if isinstance(item, Value) else Value(item)}
        if key_var:
            bindings[key_var] = Value(key)
        inner = ctx.with_bindings(bindings)
        if cond is not None:
            test = evaluate(cond, inner)
            if not test.known:
                return Value.unknown(f"'for' condition is unknown: {test.reason}", test.origin)
            if test.value is not True:
                continue
        value = evaluate(value_expr, inner)
        origins.append(value)
        plain = value.value if value.known else value
        if key_expr is None:
            tuple_out.append(plain)
            continue
        out_key = evaluate(key_expr, inner)
        if not out_key.known:
            return Value.unknown(f"'for' key is unknown: {out_key.reason}", out_key.origin)
        if grouping:
            object_out.setdefault(_to_string(out_key.value), []).append(plain)
        elif _to_string(out_key.value) in object_out:
            return Value.failure(f"'for' key {_to_string(out_key.value)!r} is produced twice (no '...')", origin=())
        else:
            object_out[_to_string(out_key.value)] = plain
    built = Value(object_out if key_expr is not None else tuple_out, origin=_merge_origin(origins))
    return charged(built, node, ctx, "a 'for' expression")


def _splat(node: list[Any], ctx: Context) -> Value:
    base = evaluate(node[2], ctx)
    if not base.known:
        return base
    items = base.value
    if items is None:
        return Value([], origin=base.origin)
    if not isinstance(items, list):
        items = [items]
    out: list[Any] = []
    for item in items:
        keys = [op[1] if op[0] == "attr" else evaluate(op[1], ctx).value for op in node[3]]
        found, value, failed = select(item, keys)
        if not found:
            return Value.failure(f"{describe(node)}: no element {failed!r}", base.origin)
        out.append(value)
    return Value(out, origin=base.origin)


_HANDLERS: dict[str, Callable[[list[Any], Context], Value]] = {
    "lit": _lit,
    "tpl": _template,
    "tuple": _tuple,
    "object": _object,
    "name": _reference,
    "attr": _reference,
    "index": _reference,
    "splat": _splat,
    "cond": _cond,
    "unop": _unop,
    "binop": _binop,
    "call": _call,
    "for": _for,
}
