"""Attribute readers: a rule reads a resource's attributes by dotted path, whatever the
input format was (Terraform block, plan values, Kubernetes object)."""

from __future__ import annotations

from typing import Any

from scanner.evaluate import choices
from scanner.evaluate.expressions import Context, evaluate
from scanner.evaluate.instance import Instance, Iteration
from scanner.evaluate.module import Block
from scanner.model import Step, Value


class BlockReader:
    """Reads a Terraform resource block, evaluating attributes in its module instance.

    A path walks nested blocks (`rule.destination.bucket` reads every `rule` block's every
    `destination` block); where a step is an object-valued attribute instead, the rest of
    the path walks into the object. A `dynamic` block generates one block per element of
    its `for_each` (none for an empty one); only an unknown `for_each` makes them unknown.
    """

    def __init__(self, instance: Instance, block: Block, iteration: Iteration) -> None:
        self.instance = instance
        self.block = block
        self.ctx = instance.context(block.rel, iteration.bindings)
        self.address = instance.prefix(".".join(block.labels[:2]) + iteration.suffix())
        # Several rules read the same path: each path is evaluated once (values are immutable).
        self._read: dict[str, list[Value]] = {}
        self._names: frozenset[str] | None = None

    def values(self, path: str) -> list[Value]:
        found = self._read.get(path)
        if found is None:
            if path.split(".", 1)[0] not in self._written_names():
                return []  # most paths the rules may read are not written: nothing to evaluate
            # A value chosen at apply time is read as each value Terraform could apply.
            read = self._values(path)
            found = self._read[path] = [choices.conditioned(alt) for value in read for alt in choices.possible(value)]
        return list(found)

    def _written_names(self) -> frozenset[str]:
        """The attributes, block types and dynamic blocks' types the block writes."""
        if self._names is None:
            data = self.block.data
            dynamic = {b["labels"][0] for b in data["blocks"] if b["type"] == "dynamic" and b["labels"]}
            self._names = frozenset(data["attrs"]).union((b["type"] for b in data["blocks"]), dynamic)
        return self._names

    def _values(self, path: str) -> list[Value]:
        parts = path.split(".")
        bodies: list[tuple[dict[str, Any], Context]] = [(self.block.data, self.ctx)]
        for depth, part in enumerate(parts):
            last = depth == len(parts) - 1
            found: list[Value] = []
            nested: list[tuple[dict[str, Any], Context]] = []
            for body, ctx in bodies:
                attr = body["attrs"].get(part)
                if attr is not None:
                    value = evaluate(attr["expr"], ctx)
                    if value.known and value.value is None:
                        continue  # null is "not set": as if the attribute were absent
                    step = Step(f"{'.'.join(parts[: depth + 1])} of {self.address}", ctx.location(int(attr["line"])))
                    value = value.behind(step)
                    found.append(value if last else _walk(value, parts[depth + 1 :]))
                    continue
                nested.extend((child, ctx) for child in body["blocks"] if child["type"] == part)
                for dynamic in body["blocks"]:
                    if dynamic["type"] == "dynamic" and dynamic["labels"][:1] == [part]:
                        expanded = dynamic_contents(dynamic, ctx, self.address)
                        if isinstance(expanded, Value):
                            found.append(expanded)
                        else:
                            nested.extend(expanded)
            found = [v for v in found if not (v.known and v.value is None)]
            if last:
                return found + [Value(_plain_block(b, part)) for b, _ in nested]
            if found and not nested:
                return found
            bodies = nested
            if not bodies:
                return found
        return []

    def references(self, path: str) -> list[str]:
        """`type.name` of the resources an attribute's expression names, statically, followed
        through dynamic blocks' iterators, locals and module inputs and outputs. `each` is not
        followed: an instance names one element of its for_each, not all of them."""
        parts = path.split(".")
        if parts[0] not in self._written_names():
            return []
        bodies: list[tuple[dict[str, Any], dict[str, list[Any]]]] = [(self.block.data, {})]
        for part in parts[:-1]:
            bodies = [child for body, aliases in bodies for child in _static_children(body, part, aliases)]
        names: list[str] = []
        for body, aliases in bodies:
            attr = body["attrs"].get(parts[-1])
            if attr is not None:
                names.extend(referenced_across(self.instance, attr["expr"], aliases))
        return sorted(set(names))


def dynamic_contents(
    dynamic: dict[str, Any], ctx: Context, address: str
) -> list[tuple[dict[str, Any], Context]] | Value:
    """The blocks a `dynamic` block generates: one `content` body per element of its
    `for_each`, each with its iterator bound; an unknown `for_each` is an unknown, with why."""
    label = str(dynamic["labels"][0]) if dynamic["labels"] else "dynamic"
    contents = [b for b in dynamic["blocks"] if b["type"] == "content"]
    each_attr = dynamic["attrs"].get("for_each")
    if not contents or each_attr is None:
        return []
    collection = evaluate(each_attr["expr"], ctx)
    step = Step(f"for_each of dynamic '{label}' in {address}", ctx.location(int(each_attr["line"])))
    if not collection.known:
        reason = collection.reason or "its value is only known at apply time"
        return Value(None, False, f"the for_each of dynamic '{label}' is unknown: {reason}", (step, *collection.origin))
    items = collection.value
    if items is None:
        return []
    if isinstance(items, dict):
        pairs: list[tuple[Any, Any]] = sorted(items.items())
    elif isinstance(items, list):
        pairs = list(enumerate(items))
    else:
        return Value.unknown(f"the for_each of dynamic '{label}' is not a collection", (step,))
    iterator = dynamic["attrs"].get("iterator")
    name = str(iterator["expr"][2]) if iterator is not None and iterator["expr"][0] == "name" else label
    generated = []
    for key, item in pairs:
        element = item.value if isinstance(item, Value) and item.known else item
        binding = Value({"key": key, "value": element}, origin=(step, *collection.origin))
        generated.append((contents[0], ctx.with_bindings({name: binding})))
    return generated


def _static_children(
    body: dict[str, Any], part: str, aliases: dict[str, list[Any]]
) -> list[tuple[dict[str, Any], dict[str, list[Any]]]]:
    """Nested blocks named `part`, written out or generated by a dynamic block's content, with
    the expressions each name bound there stands for (a dynamic block's iterator: its for_each)."""
    children = [(b, aliases) for b in body["blocks"] if b["type"] == part]
    for dynamic in body["blocks"]:
        if dynamic["type"] == "dynamic" and dynamic["labels"][:1] == [part]:
            each = dynamic["attrs"].get("for_each")
            iterator = dynamic["attrs"].get("iterator")
            name = str(iterator["expr"][2]) if iterator is not None and iterator["expr"][0] == "name" else part
            inner = {**aliases, name: [each["expr"]] if each is not None else []}
            children.extend((b, inner) for b in dynamic["blocks"] if b["type"] == "content")
    return children


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


def _plain_block(body: dict[str, Any], block_type: str) -> dict[str, Any]:
    """A nested block's presence, for rules that only ask whether it is there."""
    return {"type": block_type, "line": body["line"]}


_MAX_HOPS = 32


def referenced_across(instance: Instance, node: Any, aliases: dict[str, list[Any]] | None = None) -> list[str]:
    """The resources an expression names, followed through locals, module inputs
    (`var.key_arn` → the caller's `aws_kms_key.k.arn`) and module outputs. A resource of
    another module instance is written `type.name@<instance address>` (see CheckContext.referenced)."""
    found: set[str] = set()
    seen: set[tuple[int, int]] = set()
    pending: list[tuple[Instance, Any, int]] = [(instance, node, 0)]
    while pending:
        where, expr, hops = pending.pop()
        if (id(where), id(expr)) in seen or hops > _MAX_HOPS:
            continue
        seen.add((id(where), id(expr)))
        for chain in _reference_chains(expr):
            root, rest = chain[0], chain[1:]
            if where is instance and aliases and root in aliases:
                pending.extend((where, bound, hops + 1) for bound in aliases[root])
            elif root == "var" and rest and where.parent is not None and where.call is not None:
                attr = where.call.attr(rest[0])
                if attr is not None:
                    pending.append((where.parent, attr["expr"], hops + 1))
            elif root == "local" and rest:
                local = where.module.locals.get(rest[0])
                if local is not None:
                    pending.append((where, local[1]["expr"], hops + 1))
            elif root == "module" and len(rest) >= 2:
                for _, child in where.project.children_of(where, rest[0]):
                    output = child.module.outputs.get(rest[1])
                    value = output.attr("value") if output is not None else None
                    if value is not None:
                        pending.append((child, value["expr"], hops + 1))
            elif root not in _NOT_RESOURCES and rest:
                address = f"{root}.{rest[0]}"
                found.add(address if where is instance else f"{address}@{where.address}")
    return sorted(found)


_NOT_RESOURCES = frozenset({"var", "local", "module", "data", "each", "count", "path", "self", "terraform"})


def _reference_chains(node: Any) -> list[list[str]]:
    """Every reference in an expression tree as its name and attribute names
    (`module.keys[0].key_arn` → ["module", "keys", "key_arn"]); index keys are skipped."""
    chains: list[list[str]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, list) or not current:
            continue
        if current[0] in ("attr", "index", "name") and isinstance(current[0], str):
            names: list[str] = []
            base = current
            while isinstance(base, list) and base and base[0] in ("attr", "index"):
                if base[0] == "attr":
                    names.append(str(base[3]))
                else:
                    stack.append(base[3])
                base = base[2]
            if isinstance(base, list) and base and base[0] == "name":
                chains.append([str(base[2]), *reversed(names)])
                continue
            stack.append(base)
            continue
        items = current[1:] if isinstance(current[0], str) else current
        stack.extend(item for item in items if isinstance(item, list))
    return chains


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
