"""The Terraform functions that region, name and key expressions use in practice.

Any other function makes the value unknown, with its name in the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from scanner.evaluate import choices
from scanner.evaluate.budget import MAX_VALUE_SIZE
from scanner.evaluate.expressions import (
    Context,
    _line_of,
    _merge_origin,
    _to_string,
    charged,
    describe,
    evaluate,
    unknown_within,
)
from scanner.model import Value


class NotEvaluated(Exception):
    """A call Terraform evaluates but sovscan does not: its value is unknown, not an error try() recovers from."""


def _string_argument(value: Any) -> str:
    """A string parameter as Terraform converts it: a number or a bool becomes text, null or a collection fails."""
    if value is None or isinstance(value, (list, dict)):
        raise TypeError("a string argument must be a non-null primitive value")
    return _to_string(value)


def _lower(s: Any) -> Any:
    return _string_argument(s).lower()


def _upper(s: Any) -> Any:
    return _string_argument(s).upper()


def _trimspace(s: Any) -> Any:
    return _string_argument(s).strip()


def _tostring(value: Any) -> Any:
    return None if value is None else _string_argument(value)


_NUMBER_TEXT = re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _tonumber(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError("tonumber() takes a number or a string")
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value):
        raise ValueError("not a number")  # Terraform refuses spaces, "inf", "nan"…
    return float(value)


def _format(fmt: Any, *args: Any) -> Any:
    text = _string_argument(fmt).replace("%%", "\0")
    out = []
    pieces = text.split("%")
    out.append(pieces[0])
    remaining = list(args)
    for piece in pieces[1:]:
        if not piece:
            raise ValueError("bad format")
        verb_end = 0
        while verb_end < len(piece) and not piece[verb_end].isalpha():
            verb_end += 1
        if verb_end >= len(piece) or not remaining:
            raise ValueError("bad format")
        verb = piece[verb_end]
        if verb_end or verb not in "sdv":
            # Widths, precisions, flags and the other verbs are not evaluated: unknown, never a different text.
            raise NotEvaluated(f"format verb %{piece[: verb_end + 1]} is not evaluated")
        value = remaining.pop(0)
        if value is None:
            raise NotEvaluated("format() of null")  # Terraform leaves it unknown
        out.append(str(int(value)) if verb == "d" else _to_string(value))
        out.append(piece[verb_end + 1 :])
    return "".join(out).replace("\0", "%")


def _join(sep: Any, *lists: Any) -> Any:
    if not all(isinstance(lst, list) for lst in lists):
        raise TypeError("join() takes lists")
    items = [x for lst in lists for x in lst]
    return _string_argument(sep).join(_string_argument(x) for x in items)


def _split(sep: Any, s: Any) -> Any:
    separator = _string_argument(sep)
    return _string_argument(s).split(separator) if separator else list(_string_argument(s))


def _replace(s: Any, old: Any, new: Any) -> Any:
    old_text = _string_argument(old)
    if len(old_text) > 1 and old_text.startswith("/") and old_text.endswith("/"):
        raise NotEvaluated("regular-expression replace is not evaluated")
    return _string_argument(s).replace(old_text, _string_argument(new))


def _substr(s: Any, offset: Any, length: Any) -> Any:
    text, start, count = _string_argument(s), int(offset), int(length)
    if start < 0:
        start += len(text)
    return text[start:] if count == -1 else text[start : start + count]


def _lookup(mapping: Any, key: Any, *default: Any) -> Any:
    if isinstance(mapping, dict) and key in mapping:
        return mapping[key]
    if default:
        return default[0]
    raise KeyError(key)


def _element(lst: Any, index: Any) -> Any:
    if not isinstance(lst, list) or int(index) < 0:
        raise IndexError("element() takes no negative index")
    return lst[int(index) % len(lst)]


def _coalesce(*values: Any) -> Any:
    for value in values:
        if value is not None and value != "":
            return _unified(value, values)
    raise ValueError("no non-null argument")


def _unified(value: Any, among: Any) -> Any:
    """A primitive value converted to the type Terraform unifies it with: text when the others mix in text."""
    primitives = [v for v in among if v is not None]
    if any(isinstance(v, (list, dict)) for v in primitives):
        return value
    if any(isinstance(v, str) for v in primitives) and not isinstance(value, str):
        return _to_string(value)
    if any(isinstance(v, bool) for v in primitives) != all(isinstance(v, bool) for v in primitives):
        raise TypeError("a number and a bool have no common type")
    return value


def _concat(*lists: Any) -> Any:
    return [x for lst in lists for x in lst]


def _merge(*maps: Any) -> Any:
    result: dict[str, Any] = {}
    for mapping in maps:
        if mapping is not None:
            result.update(mapping)
    return result


def _tolist(value: Any) -> Any:
    if value is None:
        return None
    items = list(value)
    return [_unified(item, items) for item in items]


def _toset(value: Any) -> Any:
    # Keyed by a hashable form: linear, where comparing each item with every other was quadratic.
    seen: dict[Any, Any] = {}
    items = list(value)
    for item in items:
        item = _unified(item, items)
        seen.setdefault(_hashable(item), item)
    unique = list(seen.values())
    if all(isinstance(item, (int, float)) and not isinstance(item, bool) for item in unique):
        return sorted(unique)  # Terraform orders a set of numbers by value, a set of strings as text
    return sorted(unique, key=_to_string)


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return ("list", tuple(_hashable(v) for v in value))
    if isinstance(value, dict):
        return ("map", tuple(sorted((k, _hashable(v)) for k, v in value.items())))
    if isinstance(value, Value):
        return ("value", value.known, _hashable(value.value), value.reason)
    return value


def _keys(mapping: Any) -> Any:
    return sorted(mapping)


def _values(mapping: Any) -> Any:
    return [mapping[k] for k in sorted(mapping)]


def _contains(lst: Any, value: Any) -> Any:
    if value is None or not isinstance(lst, list):
        raise TypeError("contains() takes a list and a non-null value")
    return value in lst


def _flatten(value: Any) -> Any:
    out: list[Any] = []
    stack = [iter(value)]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        else:
            out.append(item)
    return out


_END = object()


def _compact(value: Any) -> Any:
    return [item for item in value if item is not None and item != ""]


def _distinct(value: Any) -> Any:
    seen: dict[Any, Any] = {}
    for item in value:
        seen.setdefault(_hashable(item), item)
    return list(seen.values())


def _one(value: Any) -> Any:
    if len(value) > 1:
        raise ValueError("one() takes at most one element")
    return value[0] if value else None


def _coalescelist(*lists: Any) -> Any:
    for item in lists:
        if item:
            return item
    raise ValueError("no non-empty list")


def _jsondecode(text: Any) -> Any:
    if text is None or isinstance(text, (list, dict)):
        # Terraform: a type error, which try() recovers from (`try(jsondecode(var.x), var.x)`).
        raise TypeError("jsondecode() takes a string")
    return json.loads(_to_string(text))  # a number or a bool converts to its text first


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "lower": _lower,
    "upper": _upper,
    "trimspace": _trimspace,
    "format": _format,
    "join": _join,
    "split": _split,
    "replace": _replace,
    "substr": _substr,
    "lookup": _lookup,
    "element": _element,
    "coalesce": _coalesce,
    "concat": _concat,
    "merge": _merge,
    "tostring": _tostring,
    "tolist": _tolist,
    "toset": _toset,
    "keys": _keys,
    "values": _values,
    "length": len,
    "contains": _contains,
    "tonumber": _tonumber,
    "jsondecode": _jsondecode,
    "flatten": _flatten,
    "compact": _compact,
    "distinct": _distinct,
    "one": _one,
    "coalescelist": _coalescelist,
}


# Functions whose result depends on a collection's shape, not on the values inside it:
# `length([data.x.id])` is 1 though the id is only known at apply time.
_STRUCTURAL = frozenset({"length", "flatten", "concat", "merge", "keys", "tolist", "coalescelist"})


def _unknown_list_item(value: Any) -> Value | None:
    """An unknown that stands for a whole element of a (nested) list: its shape is unknown."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Value):
            if not item.known:
                return item
            stack.append(item.value)
        elif isinstance(item, list):
            stack.extend(item)
    return None


def call_function(node: list[Any], ctx: Context) -> Value:
    name, arg_nodes = node[2], node[3]
    if name in ("try", "can"):
        return _try_or_can(name, arg_nodes, ctx)
    function = _FUNCTIONS.get(name)
    if function is None:
        return Value.unknown(f"function {name}() is not evaluated")
    args = [evaluate(a, ctx) for a in arg_nodes]
    origin = _merge_origin(args)
    if (
        name == "jsondecode"
        and args
        and args[0].known
        and (args[0].value is None or isinstance(args[0].value, (list, dict)))
    ):
        # A type error whatever the elements are: `try(jsondecode(var.x), var.x)` takes var.x.
        return Value.failure("jsondecode() takes a string", origin)
    if not all(a.known for a in args):
        picked = _chosen_call(name, args, node, ctx, origin)
        if picked is not None:
            return picked
    return _call_with(name, function, args, node, ctx, origin)


def _chosen_call(name: str, args: list[Value], node: list[Any], ctx: Context, origin: Any) -> Value | None:
    """A call on values chosen at apply time (scanner/evaluate/choices.py): `lookup()` with a
    chosen key has one alternative per key of the map, any other call is made per alternative."""
    if name == "lookup" and len(args) == 3 and not node[4] and args[0].known and args[0].value == {}:
        # No key is in an empty map: whatever the key turns out to be, the default is the result.
        return args[2].behind(*_merge_origin(args[:2]))
    if name == "lookup" and len(args) in (2, 3) and not node[4]:
        label = f"lookup({describe(node[3][0])}, {describe(node[3][1])})"
        default = args[2] if len(args) == 3 else None
        picked = choices.index(args[0], args[1], ctx.location(_line_of(node) or 1), label, default=default)
        if picked is not None:
            return picked
    function = _FUNCTIONS[name]
    return choices.lift(args, lambda values: _call_with(name, function, values, node, ctx, origin), origin)


def _call_with(
    name: str, function: Callable[..., Any], args: list[Value], node: list[Any], ctx: Context, origin: Any
) -> Value:
    expand = node[4]
    for arg in args:
        if not arg.known:
            return Value(None, False, arg.reason or f"an argument of {name}() is unknown", origin, arg.error)
        inner = unknown_within(arg.value) if name not in _STRUCTURAL else _unknown_list_item(arg.value)
        if inner is not None:
            return Value.unknown(f"an argument of {name}() holds an unknown value: {inner.reason}", origin)
    values = [a.value for a in args]
    try:
        if expand and values:
            values = values[:-1] + list(values[-1])
        if _result_size(name, values) > MAX_VALUE_SIZE:
            return ctx.budget.too_large(f"{name}()", ctx.path, _line_of(node), origin)
        result = Value(function(*values), origin=origin)
    except NotEvaluated as reason:
        return Value.unknown(f"{name}(): {reason}", origin)
    except Exception as error:  # noqa: BLE001 - a failed call is an evaluation error, never a crash
        return Value.failure(f"{name}() failed on these arguments ({type(error).__name__})", origin)
    return charged(result, node, ctx, f"{name}()")


def _result_size(name: str, values: list[Any]) -> int:
    """An upper bound of the size of the result a function would build, read before it
    builds it: a function whose result outgrows its arguments says how much."""
    if name == "replace" and len(values) == 3:
        text, old, new = (_to_string(v) for v in values)
        return len(text) + text.count(old) * max(0, len(new) - len(old))
    if name == "join" and values and all(isinstance(v, list) for v in values[1:]):
        items = [x for lst in values[1:] for x in lst]
        return len(_to_string(values[0])) * len(items) + sum(
            len(_to_string(x)) for x in items if not isinstance(x, list)
        )
    return sum(len(v) if isinstance(v, (str, list, dict)) else 1 for v in values)


def _try_or_can(name: str, arg_nodes: list[Any], ctx: Context) -> Value:
    for position, arg_node in enumerate(arg_nodes):
        value = evaluate(arg_node, ctx)
        if value.error:
            # An evaluation error (no such element, attribute or instance, a type error, a
            # failed function call) is what try() and can() recover from, as in Terraform.
            if name == "can":
                return Value(False, origin=value.origin)
            continue
        if name == "try" and choices.alternatives_of(value) is not None:
            rest = partial(_try_or_can, name, arg_nodes[position + 1 :], ctx)
            return choices.recover(value, rest) or value
        if not value.known:
            # Not an error: Terraform would wait for the value, so we cannot choose.
            return Value.unknown(f"{name}() depends on an unknown value: {value.reason}", value.origin)
        return Value(True, origin=value.origin) if name == "can" else value
    return Value.failure(f"{name}(): no argument evaluates without an error")
