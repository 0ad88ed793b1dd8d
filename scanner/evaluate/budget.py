"""Evaluation budgets of one scan unit, and the record of what they (or a fault) cost.

A real configuration never nears a budget; a hostile one (a count bomb, a string or list
that doubles at every step, references that fan out exponentially) reaches one within
seconds and megabytes. Beyond a budget the value is unknown, never truncated, and the
budget is recorded; so is an unexpected exception, which costs only the expression or
resource it came from. The pipeline reports every record and marks the scan incomplete.

One `Budget` is active per scan unit (`activated`); contexts pick it up when created.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from scanner.model import Value

# Resource, data source and module instances that `count` / `for_each` expand, per unit.
MAX_INSTANCES = 10_000
# Characters plus collection elements of one value (a list of lists counts every leaf).
MAX_VALUE_SIZE = 1_000_000
# Expression nodes evaluated per unit (a value's size counts as work when it is built), a few
# seconds of work. The largest unit of the benchmark corpora takes 14,000 steps; 10,000
# literal resources in one module 33,000; 10 resources with count = 1,000, 70,000.
MAX_STEPS = 500_000
# Records named one by one per unit; beyond, they are counted.
MAX_RECORDS = 50

_WORK_PER_STEP = 16  # characters or elements built that count as one evaluation step


class Record(NamedTuple):
    message: str
    path: str | None
    line: int | None


class Budget:
    """What one unit has spent, and what it dropped or lost (to report)."""

    __slots__ = ("exhausted", "instances", "max_steps", "records", "steps", "uncounted")

    def __init__(self) -> None:
        self.steps = 0
        self.max_steps = MAX_STEPS
        self.exhausted = False
        self.instances = 0
        self.records: dict[Record, None] = {}
        self.uncounted = 0

    def record(self, message: str, path: str | None = None, line: int | None = None) -> None:
        key = Record(message, path, line)
        if key in self.records:
            return
        if len(self.records) >= MAX_RECORDS:
            self.uncounted += 1
            return
        self.records[key] = None

    @property
    def incomplete(self) -> bool:
        return bool(self.records)

    def room(self) -> int:
        """How many more instances the unit may expand."""
        return MAX_INSTANCES - self.instances

    def take_instances(self, wanted: int) -> bool:
        """Whether `wanted` more instances fit in the unit's budget (then they are spent)."""
        if self.instances + wanted > MAX_INSTANCES:
            return False
        self.instances += wanted
        return True

    def out_of_steps(self, path: str, line: int | None) -> Value:
        if not self.exhausted:
            self.exhausted = True
            self.record(
                f"evaluation budget reached ({self.max_steps:,} steps in one scan unit): this expression "
                "and every value evaluated after it are unknown",
                path,
                line,
            )
        return Value.unknown(f"the evaluation budget of {self.max_steps:,} steps was reached")

    def fault(self, error: BaseException, what: str, path: str | None, line: int | None) -> Value:
        """An unexpected exception: the value is unknown (not an evaluation error that
        try() would recover from), and the scan is incomplete."""
        reason = f"internal error evaluating {_short(what)}: {type(error).__name__}: {_short(str(error))}"
        self.record(reason, path, line)
        return Value.unknown(reason)

    def charge(self, value: Value, what: str, path: str, line: int | None) -> Value:
        """`value` if its size fits the budget (the size is counted as work), else unknown."""
        if not value.known:
            return value
        plain = value.value
        if type(plain) is str:
            size = len(plain)
        elif isinstance(plain, (list, dict)):
            size = size_of(plain, MAX_VALUE_SIZE)
        else:
            return value
        if size > MAX_VALUE_SIZE:
            return self.too_large(what, path, line, value.origin)
        self.steps += size // _WORK_PER_STEP
        return value

    def too_large(self, what: str, path: str, line: int | None, origin: tuple[Any, ...] = ()) -> Value:
        reason = f"{what} would exceed the size budget of {MAX_VALUE_SIZE:,} characters and elements"
        self.record(f"{reason}: the value is unknown", path, line)
        return Value.unknown(reason, origin)


def _short(text: str, limit: int = 200) -> str:
    """A scanned file's text in a message, cut: a hostile key or literal may be megabytes."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def size_of(value: Any, limit: int) -> int:
    """Characters plus elements of `value`, every shared element counted where it is used;
    the walk stops as soon as the total passes `limit`."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is str:
            total += len(item)
        elif isinstance(item, list):
            total += 1 + len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            total += 1 + len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, Value):
            if item.known:
                stack.append(item.value)
        elif isinstance(item, str):
            total += len(item)
        else:
            total += 1
        if total > limit:
            return total
    return total


_active: Budget | None = None


def active() -> Budget:
    """The unit's budget; outside a unit (a test, a tool), a budget of one's own."""
    return _active if _active is not None else Budget()


def swap(budget: Budget | None) -> Budget | None:
    """Make `budget` the one every evaluation context created from now on spends; the one
    it replaces is returned, to swap back."""
    global _active
    previous, _active = _active, budget
    return previous


@contextmanager
def activated(budget: Budget) -> Iterator[Budget]:
    previous = swap(budget)
    try:
        yield budget
    finally:
        swap(previous)
