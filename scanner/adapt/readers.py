"""Attribute readers: a rule reads a resource's attributes by dotted path, whatever the
input format was (Terraform block, plan values, Kubernetes object)."""

from __future__ import annotations

from typing import Any

from scanner.evaluate import choices
from scanner.evaluate.expressions import evaluate
from scanner.evaluate.instance import Instance, Iteration
from scanner.evaluate.module import Block
from scanner.evaluate.module import referenced_resources as _referenced
from scanner.model import Step, Value


class BlockReader:
    """Reads a Terraform resource block, evaluating attributes in its module instance.

    A path walks nested blocks (`rule.destination.bucket` reads every `rule` block's every
    `destination` block); where a step is an object-valued attribute instead, the rest of
    the path walks into the object. `dynamic` blocks cannot be read statically: their
    contents are unknown.
    """

    def __init__(self, instance: Instance, block: Block, iteration: Iteration) -> None:
        self.instance = instance
        self.block = block
        self.ctx = instance.context(block.rel, iteration.bindings)
        self.address = instance.prefix(".".join(block.labels[:2]) + iteration.suffix())
        # Several rules read the same path: each path is evaluated once (values are immutable).
        self._read: dict[str, list[Value]] = {}

    def values(self, path: str) -> list[Value]:
        found = self._read.get(path)
        if found is None:
            # A value chosen at apply time is read as each value Terraform could apply.
            read = self._values(path)
            found = self._read[path] = [choices.conditioned(alt) for value in read for alt in choices.possible(value)]
        return list(found)

    def _values(self, path: str) -> list[Value]:
        parts = path.split(".")
        bodies = [self.block.data]
        for depth, part in enumerate(parts):
            last = depth == len(parts) - 1
            found: list[Value] = []
            nested: list[dict[str, Any]] = []
            for body in bodies:
                attr = body["attrs"].get(part)
                if attr is not None:
                    value = evaluate(attr["expr"], self.ctx)
                    step = Step(
                        f"{'.'.join(parts[: depth + 1])} of {self.address}", self.ctx.location(int(attr["line"]))
                    )
                    value = value.behind(step)
                    found.append(value if last else _walk(value, parts[depth + 1 :]))
                    continue
                children = [b for b in body["blocks"] if b["type"] == part]
                nested.extend(children)
                for dynamic in body["blocks"]:
                    if dynamic["type"] == "dynamic" and dynamic["labels"][:1] == [part]:
                        found.append(Value.unknown(f"dynamic '{part}' block is not evaluated"))
            if last:
                return found + [Value(_plain_block(b)) for b in nested]
            if found and not nested:
                return found
            bodies = nested
            if not bodies:
                return found
        return []

    def references(self, path: str) -> list[str]:
        """`type.name` of the resources an attribute's expression names, statically."""
        parts = path.split(".")
        bodies = [self.block.data]
        for part in parts[:-1]:
            bodies = [b for body in bodies for b in body["blocks"] if b["type"] == part]
        names: list[str] = []
        for body in bodies:
            attr = body["attrs"].get(parts[-1])
            if attr is not None:
                names.extend(_referenced(attr["expr"]))
        return names


def _walk(value: Value, keys: list[str]) -> Value:
    if not value.known:
        return choices.lift([value], lambda values: _walk(values[0], keys), value.origin) or value
    current = value.value
    for key in keys:
        if isinstance(current, list):
            current = current[0] if current else None
        if isinstance(current, Value):
            if not current.known:
                return current
            current = current.value
        if not isinstance(current, dict) or key not in current:
            return Value(None, origin=value.origin)
        current = current[key]
    return Value(current.value if isinstance(current, Value) else current, origin=value.origin)


def _plain_block(body: dict[str, Any]) -> dict[str, Any]:
    """A nested block's presence, for rules that only ask whether it is there."""
    return {"type": body["type"], "line": body["line"]}


class DictReader:
    """Reads plain data (plan values, a Kubernetes object) by dotted path; lists fan out."""

    def __init__(self, data: Any, origin: tuple[Step, ...] = ()) -> None:
        self.data = data
        self.origin = origin

    def values(self, path: str) -> list[Value]:
        current: list[Any] = [self.data]
        for part in path.split("."):
            following: list[Any] = []
            for item in current:
                for each in item if isinstance(item, list) else [item]:
                    if isinstance(each, dict) and part in each:
                        following.append(each[part])
            current = following
        flat: list[Value] = []
        for item in current:
            flat.append(Value(item, origin=self.origin))
        return flat

    def references(self, path: str) -> list[str]:
        return []
