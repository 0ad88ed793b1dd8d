"""Possible values as facts a rule reads: a value chosen at apply time holds alternatives,
each with the condition that selects it (scanner/evaluate/choices.py builds them). This half
depends on the model only, so that checks read choices without importing the evaluator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from scanner.model import Location, Step, Value

# One constraint on a symbol: ("terraform.workspace", "is", ("pilot",)) or ("var.env", "not", ("prod",)).
Constraint = tuple[str, str, tuple[str, ...]]
Condition = tuple[Constraint, ...]


@dataclass(frozen=True, slots=True)
class Symbol:
    """An input chosen when Terraform runs (`terraform.workspace`, `var.env`)."""

    name: str


class Alternative(NamedTuple):
    value: Value
    condition: Condition
    # Terraform itself fails on this choice (a key the map lacks): nothing is applied.
    fails: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Choices:
    """The possible values of an unknown, each with the condition that selects it."""

    alternatives: tuple[Alternative, ...]


class ChoiceStep(Step):
    """The first step of a possible value a rule reads: the condition it holds under."""

    __slots__ = ()


def conditioned(alternative: Alternative) -> Value:
    """A possible value that says, in its provenance, the condition that selects it."""
    value, condition = alternative.value, alternative.condition
    if not condition:
        return value
    where = value.origin[0].location if value.origin else Location("", 1, 1)
    return value.behind(ChoiceStep(f"when {describe_condition(condition)}", where))


def condition_of(value: Value) -> str:
    """The condition a possible value read through `conditioned` holds under: "" if none, or
    if the value joins the provenance of several (a finding about all of them)."""
    found = {step.label for step in value.origin if isinstance(step, ChoiceStep)}
    return found.pop().removeprefix("when ") if len(found) == 1 else ""


def symbol_of(value: Value) -> Symbol | None:
    return value.value if not value.known and isinstance(value.value, Symbol) else None


def alternatives_of(value: Value) -> tuple[Alternative, ...] | None:
    """The alternatives of a chosen value; None for any other value (known, or plainly unknown)."""
    if not value.known and isinstance(value.value, Choices):
        return value.value.alternatives
    return None


def possible(value: Value) -> list[Alternative]:
    """What a rule reads: every alternative Terraform would apply (those it fails on
    dropped), or the value itself under no condition."""
    found = alternatives_of(value)
    if found is None:
        return [Alternative(value, ())]
    # The steps that led to the choice (the attribute that used it) come first.
    kept = [
        Alternative(_applied(alt.value).behind(*(s for s in value.origin if s not in alt.value.origin)), alt.condition)
        for alt in found
        if not alt.fails
    ]
    return kept or [Alternative(Value.unknown(f"every choice fails to evaluate: {value.reason}", value.origin), ())]


def _applied(value: Value) -> Value:
    # Any other evaluation error may be sovscan's own limit, not Terraform's: unknown, never dropped.
    return Value.unknown(value.reason or "the value cannot be evaluated", value.origin) if value.error else value


def describe_condition(condition: Condition) -> str:
    """`terraform.workspace` is `pilot` and `var.env` is not `prod`."""
    parts = []
    for name, op, values in condition:
        listed = ", ".join(f"`{v}`" for v in values)
        if op == "is":
            parts.append(f"`{name}` is {listed}")
        elif len(values) == 1:
            parts.append(f"`{name}` is not {listed}")
        else:
            parts.append(f"`{name}` is none of {listed}")
    return " and ".join(parts)
