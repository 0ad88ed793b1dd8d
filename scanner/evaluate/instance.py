"""A module evaluated with its inputs: how every name in it resolves.

Resolution follows Terraform: `var.*` from the caller's inputs (or, in a root module,
defaults ← tfvars ← command line), `local.*`, `each.*` / `count.index`, references to
resources' and data sources' arguments, module outputs, `path.*`. What is only known at
apply time (computed attributes, remote data) is unknown, with the reason.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

from scanner.evaluate import choices
from scanner.evaluate.budget import MAX_INSTANCES
from scanner.evaluate.expressions import Context, accessors, as_value, describe, evaluate, select
from scanner.evaluate.module import Block, CliVariables, Module
from scanner.evaluate.var_types import with_type_defaults
from scanner.model import Location, Step, Value

if TYPE_CHECKING:
    from scanner.evaluate.project import Project


class ProviderRef(NamedTuple):
    """A provider configuration block, and the module instance that evaluates it."""

    block: Block
    instance: Instance
    key: str


class Iteration(NamedTuple):
    """One expansion of a `count` or `for_each`: its key and the bindings it gives."""

    key: Any  # None: not expanded; int for count; str for for_each; "*" when unknown
    bindings: dict[str, Value]

    def suffix(self) -> str:
        if self.key is None:
            return ""
        if isinstance(self.key, int):
            return f"[{self.key}]"
        if self.key == "*":
            return "[*]"
        return f'["{self.key}"]'


class Instance:
    def __init__(
        self,
        module: Module,
        project: Project,
        address: str,
        inputs: dict[str, Value] | None,
        inherited: dict[str, ProviderRef],
        calls: tuple[Step, ...] = (),
        cli: CliVariables | None = None,
    ) -> None:
        self.module = module
        self.project = project
        self.address = address
        self.inputs = inputs
        self.calls = calls
        self.cli = cli or CliVariables()
        self.providers = dict(inherited)
        # The instance whose module call created this one, and that call (None for a root).
        self.parent: Instance | None = None
        self.call: Block | None = None
        for block in module.blocks_of("provider"):
            key = self._provider_key(block)
            if key is not None:
                self.providers[key] = ProviderRef(block, self, key)
        self._variables: dict[str, Value] | None = None
        self._locals: dict[str, Value] = {}
        self._active: set[str] = set()
        # Expansion of each block (by id of its data): computed, and budgeted, once.
        self._iterations: dict[int, list[Iteration]] = {}
        # Values of resources' arguments and of outputs, evaluated once: references that
        # fan out (each resource naming the previous one twice) stay linear.
        self._values: dict[tuple[Any, ...], Value] = {}

    def _provider_key(self, block: Block) -> str | None:
        if not block.labels:
            return None
        alias_attr = block.attr("alias")
        if alias_attr is None:
            return block.labels[0]
        alias = evaluate(alias_attr["expr"], Context(block.rel))
        return f"{block.labels[0]}.{alias.value}" if alias.known else None

    def context(self, rel: str, bindings: dict[str, Value] | None = None) -> Context:
        return Context(rel, self._resolve, bindings, self.project.budget)

    def prefix(self, address: str) -> str:
        return f"{self.address}.{address}" if self.address else address

    # --- variables and locals --------------------------------------------------

    def variables(self) -> dict[str, Value]:
        if self._variables is None:
            self._variables = self._compute_variables()
        return self._variables

    def _compute_variables(self) -> dict[str, Value]:
        values: dict[str, Value] = {}
        for name, block in self.module.variables.items():
            default = block.attr("default")
            if default is not None:
                values[name] = _constant(default, block.rel, f"default of var.{name}")
            elif self.inputs is not None:
                values[name] = Value.unknown(
                    f"variable '{name}' is not set by the module call {self.address}",
                    (Step(f'variable "{name}"', block.location),),
                )
            else:
                # Set per pipeline: a choice, once the configuration says what it may be.
                values[name] = choices.symbol(
                    f"var.{name}",
                    f"variable '{name}' has no default and no value in any tfvars file",
                    (Step(f'variable "{name}"', block.location),),
                )
        if self.inputs is not None:
            values.update(self.inputs)
            return self._typed(values)
        for name, text in self.cli.env.items():
            values[name] = Value(text, origin=(Step(f"TF_VAR_{name}", Location("<environment>", 1, 1)),))
        for var_file in [*self.module.var_files, *self.cli.files]:
            for name, attr in var_file.body["attrs"].items():
                values[name] = _constant(attr, var_file.rel, f"{name} in {PurePosixPath(var_file.rel).name}")
        for name, text in self.cli.values.items():
            values[name] = Value(text, origin=(Step(f"--var {name}", Location("<command line>", 1, 1)),))
        return self._typed(values)

    def _typed(self, values: dict[str, Value]) -> dict[str, Value]:
        for name, block in self.module.variables.items():
            declared = block.attr("type")
            if declared is not None and name in values:
                values[name] = with_type_defaults(declared["expr"], values[name])
        return values

    def _local(self, name: str) -> Value:
        if name in self._locals:
            return self._locals[name]
        found = self.module.locals.get(name)
        if found is None:
            return Value.unknown(f"local.{name} is not defined in {self.module.directory}")
        if name in self._active:
            return Value.unknown(f"local.{name} is part of a reference cycle")
        block, attr = found
        self._active.add(name)
        try:
            value = evaluate(attr["expr"], self.context(block.rel))
        finally:
            self._active.discard(name)
        step = Step(f"local.{name}", Location(block.rel, int(attr["line"]), int(attr["end_line"])))
        value = value.behind(step)
        self._locals[name] = value
        return value

    # --- resolution ------------------------------------------------------------

    def _resolve(self, node: list[Any], ctx: Context) -> Value:
        parts = accessors(node, ctx)
        if isinstance(parts, Value):
            return parts
        root, keys = parts
        use = Step(describe(node), ctx.location(int(node[1])))
        if root == "var" and keys:
            base = self.variables().get(str(keys[0]))
            if base is None:
                return Value.unknown(f"var.{keys[0]} is not declared in {self.module.directory}")
            return _follow(base, keys[1:], use, describe(node))
        if root == "local" and keys:
            return _follow(self._local(str(keys[0])), keys[1:], use, describe(node))
        if root == "path" and keys:
            return self._path(str(keys[0]))
        if root == "terraform" and keys == ["workspace"]:
            if self.cli.workspace is not None:
                return Value(self.cli.workspace, origin=(use, Step("--workspace", Location("<command line>", 1, 1))))
            return choices.symbol("terraform.workspace", "terraform.workspace is chosen when Terraform runs", (use,))
        if root == "module" and keys:
            return self._module_output(keys, use, node)
        if root == "data" and len(keys) >= 2:
            return self._data_reference(keys, use, node)
        if root in ("each", "count", "self"):
            return Value.unknown(f"{describe(node)} is not available here")
        if keys:
            return self._resource_reference(root, keys, use, node)
        return Value.unknown(f"{describe(node)} is not a known name")

    def _path(self, which: str) -> Value:
        if which == "module":
            return Value(self.module.directory or ".")
        if which in ("root", "cwd"):
            return Value(self.project.root_dir_of(self) or ".")
        return Value.unknown(f"path.{which} is not known")

    def _guard(self, key: str) -> bool:
        if key in self._active:
            return False
        self._active.add(key)
        return True

    def _resource_reference(self, rtype: str, keys: list[Any], use: Step, node: list[Any]) -> Value:
        block = self.module.resources.get((rtype, str(keys[0])))
        if block is None:
            return Value.unknown(f"{describe(node)} refers to no resource in {self.module.directory}")
        return self._block_reference(block, keys[1:], use, node, is_data=False)

    def _data_reference(self, keys: list[Any], use: Step, node: list[Any]) -> Value:
        block = self.module.data_sources.get((str(keys[0]), str(keys[1])))
        if block is None:
            return Value.unknown(f"{describe(node)} refers to no data source in {self.module.directory}")
        return self._block_reference(block, keys[2:], use, node, is_data=True)

    def _block_reference(self, block: Block, keys: list[Any], use: Step, node: list[Any], *, is_data: bool) -> Value:
        guard = f"ref:{block.rel}:{block.data['line']}"
        if not self._guard(guard):
            return Value.unknown(f"{describe(node)} is part of a reference cycle")
        try:
            iterations = self.iterations(block)
            if iterations is None or not keys:
                return Value.unknown(f"{describe(node)} is not evaluated", (use,))
            if not iterations:
                # `count = 0` (or an empty for_each): Terraform fails to evaluate any
                # reference to it, and try() / can() recover from that.
                return Value.failure(f"{describe(node)}: the resource has no instances", (use,))
            if iterations[0].key is not None:
                chosen = [it for it in iterations if it.key == keys[0] or str(it.key) == str(keys[0])]
                if not chosen:
                    if iterations[0].key == "*":
                        return Value.unknown(f"{describe(node)}: the instances of this resource are unknown", (use,))
                    return Value.unknown(f"{describe(node)}: no instance {keys[0]!r}", (use,))
                iteration, keys = chosen[0], keys[1:]
            else:
                iteration = iterations[0]
            if not keys:
                return Value.unknown(f"{describe(node)} is a whole resource, not a value", (use,))
            return self._block_attribute(block, iteration, keys, use, node, is_data=is_data)
        finally:
            self._active.discard(guard)

    def _block_attribute(
        self, block: Block, iteration: Iteration, keys: list[Any], use: Step, node: list[Any], *, is_data: bool
    ) -> Value:
        name = str(keys[0])
        ctx = self.context(block.rel, iteration.bindings)
        attr = block.attr(name)
        if attr is not None:
            memo = (id(block.data), iteration.key, name)
            value = self._values.get(memo)
            if value is None:
                value = self._values[memo] = evaluate(attr["expr"], ctx)
            origin = (use, Step(f"{name} of {self.prefix('.'.join(block.labels[:2]))}", block.attr_location(name)))
            if not (value.known and value.value is None):
                return _follow(value.behind(*origin), keys[1:], use, "")
            # null is "not set": the provider fills it in (the region it echoes) as if absent.
        placed = self.project.echoed_region(self, block, iteration, name, is_data=is_data)
        if placed is not None:
            return _follow(as_value(placed.value, (use, *placed.origin)) if placed.known else placed, keys[1:], use, "")
        nested = block.blocks(name)
        if nested:
            return Value.unknown(f"{describe(node)} is a nested block, not evaluated", (use,))
        what = "read from the cloud when Terraform runs" if is_data else "computed by the provider at apply time"
        return Value.unknown(f"{describe(node)} is {what}", (use,))

    def _module_output(self, keys: list[Any], use: Step, node: list[Any]) -> Value:
        children = self.project.children_of(self, str(keys[0]))
        if not children:
            return Value.unknown(f"{describe(node)}: module {keys[0]} is not evaluated", (use,))
        rest = keys[1:]
        if children[0][0].key is not None:
            if not rest:
                return Value.unknown(f"{describe(node)} is a whole module, not a value", (use,))
            chosen = [c for it, c in children if str(it.key) == str(rest[0])]
            if not chosen:
                return Value.unknown(f"{describe(node)}: no module instance {rest[0]!r}", (use,))
            child, rest = chosen[0], rest[1:]
        else:
            child = children[0][1]
        if not rest:
            return Value.unknown(f"{describe(node)} is a whole module, not a value", (use,))
        output = child.module.outputs.get(str(rest[0]))
        if output is None or output.attr("value") is None:
            return Value.unknown(f"{describe(node)}: module {keys[0]} has no output {rest[0]!r}", (use,))
        guard = f"out:{child.address}:{rest[0]}"
        value = child._values.get((guard,))
        if value is None:
            if not child._guard(guard):
                return Value.unknown(f"{describe(node)} is part of a reference cycle")
            try:
                value = evaluate(output.attr("value")["expr"], child.context(output.rel))  # type: ignore[index]
            finally:
                child._active.discard(guard)
            child._values[(guard,)] = value
        step = Step(f"output {rest[0]} of {child.address}", output.attr_location("value"))
        return _follow(value.behind(use, step), rest[1:], use, "")

    # --- count and for_each ----------------------------------------------------

    def iterations(self, block: Block) -> list[Iteration]:
        """The instances a block expands into; [] when count is 0; one '*' when unknown,
        or when expanding it would pass the unit's instance budget."""
        key = id(block.data)
        found = self._iterations.get(key)
        if found is None:
            found = self._expand(block)
            if len(found) > 1 and not self.project.budget.take_instances(len(found)):
                found = self._over_budget(block, len(found))
            self._iterations[key] = found
        return found

    def _over_budget(self, block: Block, wanted: float) -> list[Iteration]:
        local = ".".join(block.labels[:2])
        address = self.prefix({"module": f"module.{local}", "data": f"data.{local}"}.get(block.type, local))
        reason = (
            f"{address} expands into {wanted:,.0f} instances, past the budget of {MAX_INSTANCES:,} instances "
            "per scan unit: it is evaluated once with its count / each unknown"
        )
        self.project.budget.record(reason, block.rel, int(block.data["line"]))
        unknown = Value.unknown(reason)
        return [Iteration("*", {"count": unknown, "each": unknown})]

    def _expand(self, block: Block) -> list[Iteration]:
        ctx = self.context(block.rel)
        count_attr, each_attr = block.attr("count"), block.attr("for_each")
        if count_attr is not None:
            count = evaluate(count_attr["expr"], ctx)
            if not count.known or isinstance(count.value, bool) or not isinstance(count.value, (int, float)):
                reason = count.reason or "count is not a number"
                return [Iteration("*", {"count": Value.unknown(f"count is unknown: {reason}", count.origin)})]
            if not count.value <= self.project.budget.room():  # also NaN and infinity
                return self._over_budget(block, count.value)
            total = int(count.value)
            return [Iteration(i, {"count": Value({"index": i})}) for i in range(total)]
        if each_attr is not None:
            collection = evaluate(each_attr["expr"], ctx)
            if not collection.known:
                unknown = Value.unknown(f"for_each is unknown: {collection.reason}", collection.origin)
                return [Iteration("*", {"each": unknown})]
            items = collection.value
            if isinstance(items, dict):
                pairs = sorted(items.items())
            elif isinstance(items, list):
                pairs = [(str(v.value if isinstance(v, Value) else v), v) for v in items]
            else:
                return [Iteration("*", {"each": Value.unknown("for_each is not a map or a set")})]
            if len(pairs) > self.project.budget.room():
                return self._over_budget(block, len(pairs))
            return [
                Iteration(str(key), {"each": Value({"key": str(key), "value": value}, origin=collection.origin)})
                for key, value in pairs
            ]
        return [Iteration(None, {})]


def _constant(attr: dict[str, Any], rel: str, label: str) -> Value:
    # Defaults and tfvars values are constants: Terraform allows no references there.
    value = evaluate(attr["expr"], Context(rel))
    step = Step(label, Location(rel, int(attr["line"]), int(attr["end_line"])))
    if not value.known:
        return Value.unknown(value.reason or "not a constant", (step,))
    return Value(value.value, origin=(step,))


def _follow(base: Value, keys: list[Any], use: Step, label: str) -> Value:
    origin = base.origin if base.origin and base.origin[0] == use else (use, *base.origin)
    if not base.known:
        followed = choices.follow(base.behind(*origin[: len(origin) - len(base.origin)]), keys, select)
        if followed is not None:
            return followed
        return Value(None, False, base.reason or f"{label} is unknown", origin, base.error)
    found, value, failed = select(base.value, keys)
    if not found:
        return Value.failure(f"{label or use.label}: no element {failed!r}", origin)
    return as_value(value, origin)
