"""Values chosen at apply time: an unknown drawn from a finite, statically known set.

`terraform.workspace`, or a root variable that nothing sets, is a *symbol*: open, and as
unknown as ever, until the configuration uses it as the key of a known map or compares it
with a literal. Then the value becomes a set of *alternatives*, each a located value with
the condition that selects it ("`var.env` is `prod`"). Conditions on one symbol are
correlated: combining two choices keeps only the pairs whose conditions agree. A choice
Terraform itself fails on (a workspace missing from the map) is marked `fails`: `try()`
recovers from it, and a rule reading the value drops it. Any other evaluation error in an
alternative may be sovscan's own limit: a rule reads it as unknown, never drops it.

Both kinds travel as the payload of an unknown `Value` (`Value.value`), so that code which
does not know them keeps treating the value as unknown, as before.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from scanner.model import Location, Step, Value
from scanner.possible import (  # noqa: F401 - the reading half, re-exported for the evaluator
    Alternative,
    Choices,
    ChoiceStep,
    Condition,
    Constraint,
    Symbol,
    _applied,
    alternatives_of,
    condition_of,
    conditioned,
    describe_condition,
    possible,
    symbol_of,
)

# The most alternatives a value may hold: beyond it, the value is simply unknown.
MAX_CHOICES = 32
# The most combinations one operation weighs (two maps by environment: one pair per key).
MAX_COMBINATIONS = 256


def symbol(name: str, reason: str, origin: tuple[Step, ...] = ()) -> Value:
    return Value(Symbol(name), known=False, reason=reason, origin=origin)


def _opaque(value: Value, context: str) -> Value:
    """An unknown derived from `value`: no longer that symbol (`m[var.k]` is not `var.k`)."""
    reason = f"{context}: {value.reason}" if context else value.reason
    return Value(None, False, reason, value.origin, value.error)


def combine(*conditions: Condition) -> Condition | None:
    """The conjunction of conditions, or None when they contradict each other."""
    merged: dict[str, tuple[str, frozenset[str]]] = {}
    for name, op, values in (c for condition in conditions for c in condition):
        new = frozenset(values)
        current = merged.get(name)
        if current is None:
            merged[name] = (op, new)
            continue
        current_op, current_values = current
        if current_op == "is" and op == "is":
            if current_values != new:
                return None
        elif current_op == "is":
            if current_values & new:
                return None
        elif op == "is":
            if new & current_values:
                return None
            merged[name] = ("is", new)
        else:
            merged[name] = ("not", current_values | new)
    return tuple(sorted((name, op, tuple(sorted(values))) for name, (op, values) in merged.items()))


def key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)


def chosen(alternatives: Sequence[Alternative], origin: tuple[Step, ...] = ()) -> Value:
    """A value holding `alternatives` (nested choices flattened, contradictions dropped);
    plainly unknown beyond the budget."""
    flat: list[Alternative] = []
    for alt in alternatives:
        inner = alternatives_of(alt.value)
        if inner is None:
            flat.append(alt)
            continue
        for sub in inner:
            condition = combine(alt.condition, sub.condition)
            if condition is not None:
                flat.append(Alternative(sub.value.behind(*alt.value.origin), condition, alt.fails or sub.fails))
        if len(flat) > MAX_CHOICES:
            break
    if len(flat) > MAX_CHOICES:
        return Value.unknown(f"the value is chosen at apply time among more than {MAX_CHOICES} possibilities", origin)
    applied = [alt for alt in flat if not alt.fails]
    summary = "; ".join(
        f"{_show(alt.value)} when {describe_condition(alt.condition)}" if alt.condition else _show(alt.value)
        for alt in applied[:4]
    )
    more = f"; and {len(applied) - 4} more" if len(applied) > 4 else ""
    reason = f"the value is chosen when Terraform runs: {summary}{more}"
    return Value(Choices(tuple(flat)), known=False, reason=reason, origin=origin)


def _show(value: Value) -> str:
    if value.known:
        return repr(value.value) if isinstance(value.value, str) else key_text(value.value)
    return "an unknown value"


def lift(values: Sequence[Value], apply: Callable[[list[Value]], Value], origin: tuple[Step, ...]) -> Value | None:
    """`apply` over every consistent combination of the values' alternatives; None when no
    value is a choice (the caller goes on as usual)."""
    options = [alternatives_of(v) for v in values]
    if all(o is None for o in options):
        return None
    spaces = [o if o is not None else (Alternative(v, ()),) for o, v in zip(options, values, strict=True)]
    total = 1
    for space in spaces:
        total *= len(space)
    if total > MAX_COMBINATIONS:
        return Value.unknown(f"the value is chosen at apply time among more than {MAX_CHOICES} possibilities", origin)
    results: list[Alternative] = []
    for combination in itertools.product(*spaces):
        condition = combine(*(alt.condition for alt in combination))
        if condition is None:
            continue
        fails = any(alt.fails for alt in combination)
        results.append(Alternative(apply([alt.value for alt in combination]), condition, fails))
    return chosen(results, origin)


def compare(op: str, left: Value, right: Value, origin: tuple[Step, ...]) -> Value | None:
    """`symbol == "literal"` (or `!=`): true under one condition, false under the other."""
    if op not in ("==", "!=") or left.known == right.known:
        return None
    name, other = (symbol_of(left), right) if not left.known else (symbol_of(right), left)
    if name is None or other.value is None or isinstance(other.value, (list, dict)):
        return None
    literal = (key_text(other.value),)
    equal = op == "=="
    return chosen(
        [
            Alternative(Value(equal, origin=origin), ((name.name, "is", literal),)),
            Alternative(Value(not equal, origin=origin), ((name.name, "not", literal),)),
        ],
        origin,
    )


def index(base: Value, key: Value, where: Location, label: str, *, default: Value | None = None) -> Value | None:
    """`base[key]` where the key (or the base) is chosen at apply time: one alternative per
    possible key. A key the map lacks is an evaluation error (Terraform fails there, and
    `try()` recovers), or `default` (`lookup()`)."""
    if symbol_of(key) is None and alternatives_of(key) is None:
        return None
    if alternatives_of(base) is not None:

        def one(values: list[Value]) -> Value:
            found = _index_one(values[0], key, where, label, default)
            return found if found is not None else Value.unknown(f"{label} is unknown", values[0].origin)

        return lift([base], one, base.origin)
    return _index_one(base, key, where, label, default)


def _index_one(base: Value, key: Value, where: Location, label: str, default: Value | None) -> Value | None:
    if not base.known:
        return None
    name = symbol_of(key)
    if name is not None:
        if not isinstance(base.value, dict) or not 0 < len(base.value) <= MAX_CHOICES:
            return None
        keys = sorted(base.value)
        found = [
            Alternative(_element(base, k, where, label, f"`{name.name}` is `{k}`"), ((name.name, "is", (k,)),))
            for k in keys
        ]
        other = default if default is not None else Value.failure(f"{label}: no element for other values")
        found.append(Alternative(other, ((name.name, "not", tuple(keys)),), default is None))
        return chosen(found, base.origin)
    keyed = alternatives_of(key)
    if keyed is None:
        return None
    found = []
    for alt in keyed:
        if not alt.value.known:
            found.append(Alternative(_opaque(alt.value, f"{label}: the key is unknown"), alt.condition, alt.fails))
            continue
        value = _element(base, alt.value.value, where, label, describe_condition(alt.condition))
        missing = value.error and default is None
        if value.error and default is not None:
            value = default
        found.append(Alternative(value, alt.condition, alt.fails or missing))
    return chosen(found, base.origin)


def _element(base: Value, key: Any, where: Location, label: str, when: str) -> Value:
    holder = base.value
    text = key_text(key)
    if isinstance(holder, dict) and text in holder:
        item = holder[text]
    elif isinstance(holder, list) and isinstance(key, (int, float)) and not isinstance(key, bool):
        if not -len(holder) <= int(key) < len(holder):
            return Value.failure(f"{label}: no element {text!r}", base.origin)
        item = holder[int(key)]
    else:
        return Value.failure(f"{label}: no element {text!r}", base.origin)
    step = Step(f"{label} when {when}" if when else label, where)
    if isinstance(item, Value):
        return item.behind(step, *base.origin)
    return Value(item, origin=(step, *base.origin))


def follow(base: Value, keys: list[Any], select: Callable[[Any, list[Any]], tuple[bool, Any, Any]]) -> Value | None:
    """Attributes and indexes after a chosen value (`local.by_env[var.env].region`)."""
    if symbol_of(base) is not None:
        return base if not keys else None
    if alternatives_of(base) is None:
        return None
    if not keys:
        return base

    def one(values: list[Value]) -> Value:
        value = values[0]
        if not value.known:
            return _opaque(value, "")
        found, item, failed = select(value.value, keys)
        if not found:
            return Value.failure(f"no element {failed!r}", value.origin)
        return item.behind(*value.origin) if isinstance(item, Value) else Value(item, origin=value.origin)

    return lift([base], one, base.origin)


def decide(test: Value, branch: Callable[[bool], Value], where: Location, label: str) -> Value | None:
    """`test ? a : b` with a chosen test: each branch under the conditions that select it."""
    options = alternatives_of(test)
    name = symbol_of(test)
    if name is not None:
        # A variable used as the condition itself (`var.failover ? … : …`).
        options = tuple(
            Alternative(Value(b, origin=test.origin), ((name.name, "is", (key_text(b),)),)) for b in (True, False)
        )
    if options is None:
        return None
    evaluated: dict[bool, Value] = {}
    found: list[Alternative] = []
    for alt in options:
        if not alt.value.known:
            found.append(Alternative(_opaque(alt.value, "the condition is unknown"), alt.condition, alt.fails))
            continue
        which = alt.value.value is True or alt.value.value == "true"
        if which not in evaluated:
            evaluated[which] = branch(which)
        step = Step(f"{label} when {describe_condition(alt.condition)}", where)
        found.append(Alternative(evaluated[which].behind(step, *test.origin), alt.condition, alt.fails))
    return chosen(found)


def recover(value: Value, fallback: Callable[[], Value]) -> Value | None:
    """`try(value, …)`: an alternative that fails takes the next argument instead."""
    options = alternatives_of(value)
    if options is None or not any(alt.value.error for alt in options):
        return None
    rest: Value | None = None
    found: list[Alternative] = []
    for alt in options:
        if alt.value.error:
            rest = fallback() if rest is None else rest
            found.append(Alternative(rest, alt.condition))
        else:
            found.append(alt)
    return chosen(found, value.origin)
