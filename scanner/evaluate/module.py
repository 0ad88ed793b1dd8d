"""One Terraform module as written: a directory of `.tf` / `.tf.json` files and its tfvars.

Static only: what it declares. Evaluation with inputs happens in `instance`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from scanner.evaluate.expressions import Context, evaluate
from scanner.evaluate.overrides import hidden_by_tofu, is_override, merge_overrides
from scanner.model import Location


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

    def attr_location(self, name: str) -> Location:
        attr = self.data["attrs"][name]
        # An attribute merged from an override file remembers that file.
        return Location(attr.get("rel", self.rel), int(attr["line"]), int(attr["end_line"]))

    def blocks(self, block_type: str) -> list[Block]:
        return [Block(self.rel, b) for b in self.data["blocks"] if b["type"] == block_type]


@dataclass(slots=True)
class CliVariables:
    """Variable values from outside the module: `TF_VAR_*` (only with --env-vars), then
    `--var-file` and `--var` from the command line."""

    env: dict[str, str] = field(default_factory=dict)
    files: list[TfFile] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    # `--workspace`: the value of `terraform.workspace` (None: any the configuration names).
    workspace: str | None = None


def is_auto_vars(name: str) -> bool:
    return name in ("terraform.tfvars", "terraform.tfvars.json") or name.endswith((".auto.tfvars", ".auto.tfvars.json"))


def _vars_order(name: str) -> tuple[int, str]:
    # Terraform: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name.
    if name == "terraform.tfvars":
        return (0, name)
    if name == "terraform.tfvars.json":
        return (1, name)
    return (2, name)


class Module:
    def __init__(self, directory: str, files: list[TfFile]) -> None:
        self.directory = directory
        self.orphan_overrides: list[str] = []
        config = [f for f in files if f.kind in ("tf", "tf.json")]
        hidden = hidden_by_tofu([f.rel for f in config])
        self.config_files = sorted((f for f in config if f.rel not in hidden), key=lambda f: f.rel)
        auto = [f for f in files if f.kind in ("tfvars", "tfvars.json") and is_auto_vars(PurePosixPath(f.rel).name)]
        self.var_files = sorted(auto, key=lambda f: _vars_order(PurePosixPath(f.rel).name))
        primary = [(f.rel, b) for f in self.config_files if not is_override(f.rel) for b in f.body["blocks"]]
        overrides = [(f.rel, b) for f in self.config_files if is_override(f.rel) for b in f.body["blocks"]]
        if overrides:
            primary = [(rel, copy.deepcopy(b)) for rel, b in primary]  # parsed bodies may be cached
            self.orphan_overrides = merge_overrides(primary, overrides)
        self.all_blocks = [Block(rel, b) for rel, b in primary]
        self._by_type: dict[str, list[Block]] = {}
        for block in self.all_blocks:
            self._by_type.setdefault(block.type, []).append(block)
        self._required: dict[str, str] | None = None
        self.variables = {b.labels[0]: b for b in self.blocks_of("variable") if b.labels}
        self.outputs = {b.labels[0]: b for b in self.blocks_of("output") if b.labels}
        self.locals: dict[str, tuple[Block, dict[str, Any]]] = {}
        for block in self.blocks_of("locals"):
            for name, attr in block.data["attrs"].items():
                self.locals[name] = (block, attr)
        self.resources = {(b.labels[0], b.labels[1]): b for b in self.blocks_of("resource") if len(b.labels) >= 2}
        self.data_sources = {(b.labels[0], b.labels[1]): b for b in self.blocks_of("data") if len(b.labels) >= 2}
        self.module_calls = {b.labels[0]: b for b in self.blocks_of("module") if b.labels}

    def blocks_of(self, block_type: str) -> list[Block]:
        return self._by_type.get(block_type, [])

    def required_providers(self) -> dict[str, str]:
        """Local provider name → the source address this module declares (`aws` → `hashicorp/aws`);
        an entry without a `source` (a bare version constraint) declares none."""
        if self._required is None:
            self._required = self._read_required_providers()
        return self._required

    def _read_required_providers(self) -> dict[str, str]:
        sources: dict[str, str] = {}
        for terraform in self.blocks_of("terraform"):
            for required in terraform.blocks("required_providers"):
                for name, attr in required.data["attrs"].items():
                    value = evaluate(attr["expr"], Context(required.rel))
                    if value.known and isinstance(value.value, dict) and isinstance(value.value.get("source"), str):
                        sources[name] = _normalise_source(value.value["source"])
        return sources


def _normalise_source(source: str) -> str:
    parts = source.lower().split("/")
    # registry.terraform.io/hashicorp/aws → hashicorp/aws
    return "/".join(parts[-2:]) if len(parts) >= 2 else f"hashicorp/{parts[0]}"


def referenced_resources(node: Any) -> list[str]:
    """Resource addresses (`aws_s3_bucket.b`) named anywhere in an expression tree."""
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, list) or not current:
            continue
        if current[0] == "attr" and isinstance(current[2], list) and current[2][0] == "name":
            root = str(current[2][2])
            if root not in ("var", "local", "module", "data", "each", "count", "path", "self", "terraform"):
                found.append(f"{root}.{current[3]}")
        # An operator node's operands follow its name; a plain list (template parts,
        # tuple items) holds nodes from its first element.
        items = current[1:] if isinstance(current[0], str) else current
        stack.extend(item for item in items if isinstance(item, list))
    return sorted(set(found))
