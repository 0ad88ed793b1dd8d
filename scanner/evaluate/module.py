"""One Terraform module (a directory of `.tf` files): its variables, locals, providers
and resources, and the resolution of names inside it.

Values are resolved the way Terraform would: a variable's default, then
`terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in lexical order,
then values given on the command line. What cannot be resolved is unknown, with why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from scanner.evaluate.expressions import Context, describe, evaluate
from scanner.model import Location, Step, Value


@dataclass(slots=True)
class TfFile:
    rel: str
    kind: str  # tf | tf.json | tfvars | tfvars.json
    body: dict[str, Any]


@dataclass(slots=True)
class Block:
    rel: str
    data: dict[str, Any]

    @property
    def type(self) -> str:
        return str(self.data["type"])

    @property
    def labels(self) -> list[str]:
        return list(self.data["labels"])

    @property
    def location(self) -> Location:
        return Location(self.rel, int(self.data["line"]), int(self.data["end_line"]))

    def attr(self, name: str) -> dict[str, Any] | None:
        return self.data["attrs"].get(name)

    def blocks(self, block_type: str) -> list[Block]:
        return [Block(self.rel, b) for b in self.data["blocks"] if b["type"] == block_type]


@dataclass(slots=True)
class CliVariables:
    """Variable values given on the command line, highest precedence last."""

    files: list[TfFile] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)


def is_auto_vars(name: str) -> bool:
    return name in ("terraform.tfvars", "terraform.tfvars.json") or name.endswith((".auto.tfvars", ".auto.tfvars.json"))


def _vars_order(name: str) -> tuple[int, str]:
    if name == "terraform.tfvars":
        return (0, name)
    if name == "terraform.tfvars.json":
        return (1, name)
    return (2, name)


class Module:
    def __init__(self, directory: str, files: list[TfFile], cli: CliVariables | None = None) -> None:
        self.directory = directory
        self.config_files = sorted((f for f in files if f.kind in ("tf", "tf.json")), key=lambda f: f.rel)
        auto = [f for f in files if f.kind in ("tfvars", "tfvars.json") and is_auto_vars(PurePosixPath(f.rel).name)]
        self.var_files = sorted(auto, key=lambda f: _vars_order(PurePosixPath(f.rel).name))
        self.cli = cli or CliVariables()
        self._blocks = [Block(f.rel, b) for f in self.config_files for b in f.body["blocks"]]
        self._variables: dict[str, Value] | None = None
        self._locals: dict[str, tuple[Block, dict[str, Any]]] = {}
        for block in self.blocks_of("locals"):
            for name, attr in block.data["attrs"].items():
                self._locals[name] = (block, attr)
        self._local_values: dict[str, Value] = {}
        self._resolving: list[str] = []

    def blocks_of(self, block_type: str) -> list[Block]:
        return [b for b in self._blocks if b.type == block_type]

    # --- names -------------------------------------------------------------

    def required_providers(self) -> dict[str, str]:
        """Local provider name → source address (`aws` → `hashicorp/aws`)."""
        sources: dict[str, str] = {}
        for terraform in self.blocks_of("terraform"):
            for required in terraform.blocks("required_providers"):
                for name, attr in required.data["attrs"].items():
                    value = evaluate(attr["expr"], Context(required.rel))
                    if value.known and isinstance(value.value, dict) and isinstance(value.value.get("source"), str):
                        sources[name] = value.value["source"].lower()
                    elif value.known and isinstance(value.value, str):
                        sources[name] = f"hashicorp/{name}"
        return sources

    def context(self, rel: str) -> Context:
        return Context(rel, self._resolve)

    # --- variables ---------------------------------------------------------

    def variables(self) -> dict[str, Value]:
        if self._variables is None:
            self._variables = self._compute_variables()
        return self._variables

    def _compute_variables(self) -> dict[str, Value]:
        values: dict[str, Value] = {}
        for block in self.blocks_of("variable"):
            name = block.labels[0] if block.labels else ""
            default = block.attr("default")
            if default is None:
                values[name] = Value.unknown(
                    f"variable '{name}' has no default and no value in any tfvars file",
                    (Step(f'variable "{name}"', block.location),),
                )
            else:
                values[name] = self._located(default, block.rel, f"default of var.{name}")
        for var_file in [*self.var_files, *self.cli.files]:
            for name, attr in var_file.body["attrs"].items():
                values[name] = self._located(attr, var_file.rel, f"{name} in {PurePosixPath(var_file.rel).name}")
        for name, text in self.cli.values.items():
            values[name] = Value(text, origin=(Step(f"--var {name}", Location("<command line>", 1, 1)),))
        return values

    def _located(self, attr: dict[str, Any], rel: str, label: str) -> Value:
        # Variable values in tfvars and defaults are constants: no references allowed.
        value = evaluate(attr["expr"], Context(rel))
        step = Step(label, Location(rel, int(attr["line"]), int(attr["end_line"])))
        if not value.known:
            return Value.unknown(value.reason or "not a constant", (step,))
        return Value(value.value, origin=(step,))

    # --- resolution --------------------------------------------------------

    def _resolve(self, node: list[Any], ctx: Context) -> Value:
        path = _reference_path(node)
        if path is None:
            return Value.unknown(f"{describe(node)} is not evaluated")
        root, rest = path[0], path[1:]
        if root == "var" and rest:
            base = self.variables().get(str(rest[0]))
            if base is None:
                return Value.unknown(f"var.{rest[0]} is not declared in this module")
            return _walk(base, rest[1:], f"var.{rest[0]}", ctx, node)
        if root == "local" and rest:
            base = self._local(str(rest[0]))
            return _walk(base, rest[1:], f"local.{rest[0]}", ctx, node)
        return Value.unknown(f"{describe(node)} is a reference that is not evaluated")

    def _local(self, name: str) -> Value:
        if name in self._local_values:
            return self._local_values[name]
        found = self._locals.get(name)
        if found is None:
            return Value.unknown(f"local.{name} is not defined in this module")
        if name in self._resolving:
            cycle = " → ".join([*self._resolving[self._resolving.index(name) :], name])
            return Value.unknown(f"locals form a cycle: {cycle}")
        block, attr = found
        self._resolving.append(name)
        try:
            value = evaluate(attr["expr"], self.context(block.rel))
        finally:
            self._resolving.pop()
        step = Step(f"local.{name}", Location(block.rel, int(attr["line"]), int(attr["end_line"])))
        value = Value(value.value, value.known, value.reason, (step, *value.origin))
        self._local_values[name] = value
        return value


def _reference_path(node: list[Any]) -> list[Any] | None:
    """`var.a["b"].c` → ["var", "a", "b", "c"], or None if an index is not a literal."""
    op = node[0]
    if op == "name":
        return [node[2]]
    if op == "attr":
        inner = _reference_path(node[2])
        return None if inner is None else [*inner, node[3]]
    if op == "index":
        inner = _reference_path(node[2])
        key = node[3]
        if inner is None or key[0] != "lit":
            return None
        return [*inner, key[2]]
    return None


def _walk(base: Value, rest: list[Any], label: str, ctx: Context, node: list[Any]) -> Value:
    use = Step(label, ctx.location(int(node[1])))
    origin = (use, *base.origin)
    if not base.known:
        return Value.unknown(base.reason or f"{label} is unknown", origin)
    value = base.value
    for key in rest:
        if isinstance(value, dict) and str(key) in value:
            value = value[str(key)]
        elif isinstance(value, list) and isinstance(key, int) and -len(value) <= key < len(value):
            value = value[key]
        else:
            return Value.unknown(f"{describe(node)}: no element {key!r} in {label}", origin)
    if isinstance(value, Value):
        return Value(value.value, value.known, value.reason, (*origin, *value.origin))
    return Value(value, origin=origin)
