"""All the Terraform modules of a scan, wired together the way Terraform would.

Root modules are the directories holding `.tf` files that no other scanned module calls.
Each root is evaluated with its tfvars; each module call becomes a child instance with
its inputs and providers, recursively and per `count`/`for_each` instance. Local sources
are read from the scan root (never outside it); remote sources only from an existing
`.terraform/modules/modules.json`. Nothing is ever downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from scanner.evaluate.budget import active
from scanner.evaluate.expressions import Context, describe, evaluate
from scanner.evaluate.instance import Instance, Iteration, ProviderRef
from scanner.evaluate.module import Block, CliVariables, Module, referenced_resources
from scanner.evaluate.paths import is_local_source, normalise
from scanner.evaluate.zones import zone_region
from scanner.facts.placement_tables import PlacementTable, source_by_local_name, terraform_tables
from scanner.model import Level, Notification, Step, Value
from scanner.patterns import matches

MAX_MODULE_DEPTH = 16
MAX_MODULE_INSTANCES = 5000
_META_ARGUMENTS = {"source", "version", "count", "for_each", "providers", "depends_on"}

ModuleLoader = Callable[[str], Module | None]
TextReader = Callable[[str], str | None]


class UnresolvedCall(NamedTuple):
    """A module call whose resources cannot be known: they are reported as unknown."""

    instance: Instance
    block: Block
    reason: str
    # A remote source that is not downloaded: its resources use the providers they inherit.
    remote_source: str = ""


class NotDownloaded(NamedTuple):
    source: str
    reason: str


class Project:
    def __init__(
        self,
        modules: dict[str, Module],
        load_module: ModuleLoader,
        read_text: TextReader,
        cli: CliVariables | None = None,
        terragrunt: list[Any] | None = None,
    ) -> None:
        self.modules = modules
        # Terragrunt units (scanner/evaluate/terragrunt.py): each deploys a module as a root.
        self.terragrunt = terragrunt or []
        self._load_module = load_module
        self._read_text = read_text
        self.cli = cli or CliVariables()
        self.budget = active()
        self.instances: list[Instance] = []
        self.unresolved: list[UnresolvedCall] = []
        self._children: dict[tuple[int, str], list[tuple[Iteration, Instance]]] = {}
        self._roots: dict[int, str] = {}
        # (caller, callee) directories of every local module call among `modules`.
        self.local_calls: list[tuple[str, str]] = []
        # A provider configuration's values, read once for all the resources it serves.
        self._provider_values: dict[tuple[Any, ...], Any] = {}
        # What the scan says about itself while reading these modules (unrecognised
        # providers, remote modules whose placement is decided inside them).
        self.notifications: list[Notification] = []
        self.unrecognised: set[tuple[str, str]] = set()
        # Each child instance's caller: provider sources are inherited from it.
        self._parents: dict[int, Instance] = {}

    # --- building --------------------------------------------------------------

    def root_directories(self) -> list[str]:
        """Directories no other scanned module calls; then, so that nothing goes unscanned,
        any module reachable from none of them (modules that only call each other)."""
        calls: dict[str, set[str]] = {}
        for directory, module in self.modules.items():
            targets = set()
            for call in module.module_calls.values():
                source = _literal(call, "source")
                if isinstance(source, str) and is_local_source(source):
                    target = normalise(directory, source)
                    if target is not None and target != directory:
                        targets.add(target)
            calls[directory] = targets
        self.local_calls = sorted((caller, target) for caller, targets in calls.items() for target in targets)
        called = set().union(*calls.values()) if calls else set()
        deployed = {unit.module_dir or unit.directory for unit in self.terragrunt}
        with_config = sorted(d for d, m in self.modules.items() if m.config_files)
        roots = [d for d in with_config if d not in called and d not in deployed]
        reached = set(roots) | deployed
        frontier = list(reached)
        while frontier:
            for target in calls.get(frontier.pop(), ()):
                if target not in reached:
                    reached.add(target)
                    frontier.append(target)
        for directory in with_config:
            if directory not in reached:
                roots.append(directory)
                reached.add(directory)
                frontier = [directory]
                while frontier:
                    for target in calls.get(frontier.pop(), ()):
                        if target not in reached:
                            reached.add(target)
                            frontier.append(target)
        return roots

    def build(self) -> Project:
        for _directory, module in sorted(self.modules.items()):
            for rel in sorted(set(module.orphan_overrides)):
                self.notifications.append(
                    Notification(
                        Level.WARNING,
                        f"{rel}: an override block names no block of the module (Terraform refuses this "
                        "configuration); sovscan reads it as a block of its own",
                        rel,
                    )
                )
        for directory in self.root_directories():
            root = Instance(self.modules[directory], self, "", None, {}, (), self.cli)
            self._roots[id(root)] = directory
            self._add(root, (directory,), directory)
        if self.terragrunt:
            from scanner.evaluate.terragrunt import deploy

            for unit in self.terragrunt:
                deploy(self, unit, lambda d: self.modules.get(d) or self._load_module(d))
        return self

    def add_root(self, root: Instance, root_dir: str) -> None:
        """A root instance built elsewhere (a Terragrunt unit), with what it calls."""
        self._roots[id(root)] = root_dir
        self._add(root, (root.module.directory,), root_dir)

    def _add(self, instance: Instance, ancestry: tuple[str, ...], root_dir: str) -> None:
        self.instances.append(instance)
        self._roots[id(instance)] = root_dir
        for name, call in sorted(instance.module.module_calls.items()):
            try:
                self._expand_call(instance, name, call, ancestry, root_dir)
            except Exception as error:  # noqa: BLE001 - a fault costs this module call, not the unit
                where = instance.prefix(f"module.{name}")
                reason = self.budget.fault(error, where, call.rel, int(call.data["line"])).reason
                self.unresolved.append(UnresolvedCall(instance, call, reason or "internal error"))

    def _expand_call(self, parent: Instance, name: str, call: Block, ancestry: tuple[str, ...], root_dir: str) -> None:
        if parent.iterations(call) == []:
            # `count = 0` / an empty for_each: the call creates nothing, wherever its source is.
            self._children[(id(parent), name)] = []
            return
        target = self._resolve_source(parent, name, call, ancestry, root_dir)
        if isinstance(target, NotDownloaded):
            if parent.iterations(call):  # count = 0 / empty for_each: no instance to place
                self.unresolved.append(UnresolvedCall(parent, call, target.reason, target.source))
            return
        if isinstance(target, str):
            self.unresolved.append(UnresolvedCall(parent, call, target))
            return
        module = target
        iterations = parent.iterations(call) or []
        children: list[tuple[Iteration, Instance]] = []
        for iteration in iterations:
            if len(self.instances) >= MAX_MODULE_INSTANCES:
                reason = (
                    f"{parent.prefix('module.' + name)}: past the budget of {MAX_MODULE_INSTANCES:,} module "
                    "instances per scan unit, its resources are not evaluated"
                )
                self.budget.record(reason, call.rel, int(call.data["line"]))
                self.unresolved.append(UnresolvedCall(parent, call, reason))
                break
            address = parent.prefix(f"module.{name}{iteration.suffix()}")
            calls = (*parent.calls, Step(f"module.{name}{iteration.suffix()}", call.location))
            inputs = self._inputs(parent, call, iteration, address)
            providers = self._providers(parent, call)
            child = Instance(module, self, address, inputs, providers, calls, self.cli)
            self._parents[id(child)] = parent
            child.parent, child.call = parent, call
            children.append((iteration, child))
            self._add(child, (*ancestry, module.directory), root_dir)
        self._children[(id(parent), name)] = children

    def _resolve_source(
        self, parent: Instance, name: str, call: Block, ancestry: tuple[str, ...], root_dir: str
    ) -> Module | NotDownloaded | str:
        source = _literal(call, "source")
        if not isinstance(source, str):
            return f"module {name}: its source is not a literal string"
        if len(ancestry) > MAX_MODULE_DEPTH:
            reason = f"module {name}: modules nested deeper than {MAX_MODULE_DEPTH} levels are not evaluated"
            self.budget.record(f"{parent.prefix('module.' + name)}: {reason}", call.rel, int(call.data["line"]))
            return reason
        if is_local_source(source):
            directory = normalise(parent.module.directory, source)
            if directory is None:
                return f"module {name}: source {source!r} leaves the scan root, so it is not read"
        else:
            directory = self._downloaded(parent, name, root_dir)
            if directory is None:
                return NotDownloaded(
                    source,
                    f"module {name}: remote source {source!r} is not downloaded here "
                    "(no .terraform/modules/modules.json entry)",
                )
        if directory in ancestry:
            return f"module {name}: source {source!r} calls a module that is already being evaluated (a cycle)"
        module = self.modules.get(directory) or self._load_module(directory)
        if module is None or not module.config_files:
            return f"module {name}: no Terraform files in {directory}"
        self.modules[directory] = module
        return module

    def _downloaded(self, parent: Instance, name: str, root_dir: str) -> str | None:
        manifest = normalise(root_dir, ".terraform/modules/modules.json")
        text = self._read_text(manifest) if manifest else None
        if not text:
            return None
        try:
            entries = json.loads(text).get("Modules", [])
        except (ValueError, AttributeError, RecursionError):
            return None
        if not isinstance(entries, list):
            return None
        key = ".".join([*_module_path(parent.address), name])
        for entry in entries:
            if isinstance(entry, dict) and entry.get("Key") == key and isinstance(entry.get("Dir"), str):
                return normalise(root_dir, entry["Dir"])
        return None

    def _inputs(self, parent: Instance, call: Block, iteration: Iteration, address: str) -> dict[str, Value]:
        ctx = parent.context(call.rel, iteration.bindings)
        inputs: dict[str, Value] = {}
        for arg, attr in call.data["attrs"].items():
            if arg in _META_ARGUMENTS:
                continue
            value = evaluate(attr["expr"], ctx)
            step = Step(f"{arg} = … in {parent.prefix('module.' + call.labels[0])}", call.attr_location(arg))
            inputs[arg] = value.behind(step)
        return inputs

    def providers_passed(self, parent: Instance, call: Block) -> dict[str, ProviderRef]:
        """The provider configurations a module call hands its module (by the child's name)."""
        return self._providers(parent, call)

    def _providers(self, parent: Instance, call: Block) -> dict[str, ProviderRef]:
        mapping = call.attr("providers")
        if mapping is None:
            # Without `providers`, a child inherits its parent's default configurations.
            return {k: v for k, v in parent.providers.items() if "." not in k}
        passed: dict[str, ProviderRef] = {}
        node = mapping["expr"]
        if node[0] != "object":
            return passed
        for key_node, value_node in node[2]:
            child_key = key_node[2] if key_node[0] == "lit" else describe(key_node)
            ref = parent.providers.get(describe(value_node))
            if ref is not None:
                passed[str(child_key)] = ref
        return passed

    # --- queries used while evaluating -----------------------------------------

    def children_of(self, parent: Instance, name: str) -> list[tuple[Iteration, Instance]]:
        return self._children.get((id(parent), name), [])

    def root_dir_of(self, instance: Instance) -> str:
        return self._roots.get(id(instance), instance.module.directory)

    def echoed_region(
        self, instance: Instance, block: Block, iteration: Iteration, name: str, *, is_data: bool
    ) -> Value | None:
        """An attribute the provider fills with the region (`aws_s3_bucket.b.region`,
        `data.aws_region.current.name`)."""
        table = self.table_for(instance, block)
        if table is None:
            return None
        if is_data:
            if name not in table.region_data_sources.get(block.labels[0], ()):
                return None
            return self.provider_region(instance, block, table)
        if name not in (*table.region_attributes, *table.provider_region_attributes):
            return None
        return placement(instance, block, iteration, table)

    def table_for(self, instance: Instance, block: Block) -> PlacementTable | None:
        local = provider_local_name(block).split(".")[0]
        return self.placement_table(self.provider_source(instance, local).source, local)

    def placement_table(self, source: str, local: str) -> PlacementTable | None:
        return terraform_tables().get(source)

    def provider_source(self, instance: Instance, local: str) -> ProviderSource:
        """The source address of provider `local` in this instance, as Terraform resolves it:
        the module's `required_providers`, else its callers' (a module inherits the providers
        passed to it), else Terraform's implied `hashicorp/<name>` — which exists for few
        providers outside HashiCorp's, so a catalogued provider of that type name is meant."""
        memo = ("source", id(instance), local)
        found = self._provider_values.get(memo)
        if found is not None:
            return found
        declared = instance.module.required_providers().get(local)
        if declared is not None:
            found = ProviderSource(declared, "")
        elif (parent := self._parents.get(id(instance))) is not None:
            found = self.provider_source(parent, local)
        else:
            found = _implied_source(local)
        self._provider_values[memo] = found
        return found

    def provider_settings(self, instance: Instance, block: Block, names: tuple[str, ...]) -> dict[str, Value]:
        """The provider configuration's values for `names` (those it sets)."""
        ref = instance.providers.get(provider_local_name(block))
        if ref is None:
            return {}
        memo = ("settings", id(ref.block.data), id(ref.instance), names)
        cached = self._provider_values.get(memo)
        if cached is not None:
            return dict(cached)
        settings: dict[str, Value] = {}
        for name in names:
            attr = ref.block.attr(name)
            if attr is not None:
                value = evaluate(attr["expr"], ref.instance.context(ref.block.rel))
                settings[name] = value.behind(Step(f'{name} of provider "{ref.key}"', ref.block.attr_location(name)))
        self._provider_values[memo] = settings
        return dict(settings)

    def provider_region(self, instance: Instance, block: Block, table: PlacementTable) -> Value:
        local = provider_local_name(block)
        ref = instance.providers.get(local)
        if ref is None:
            where = instance.module.directory
            return Value.unknown(
                f'no provider "{local}" configuration reaches {where}: the region is set by the environment '
                "at apply time"
            )
        resource_type = block.labels[0]
        # The resource type picks the provider attributes a region pattern reads (NumSpot's
        # object storage host differs from its API host).
        memo = ("region", id(ref.block.data), id(ref.instance), table.provider, resource_type)
        cached = self._provider_values.get(memo)
        if cached is None:
            cached = self._provider_values[memo] = self._read_provider_region(ref, table, resource_type)
        return cached

    def configured_region(self, ref: ProviderRef, table: PlacementTable) -> Value:
        """The region a provider configuration places its resources in (any resource type)."""
        memo = ("region", id(ref.block.data), id(ref.instance), table.provider, "")
        cached = self._provider_values.get(memo)
        if cached is None:
            cached = self._provider_values[memo] = self._read_provider_region(ref, table, "")
        return cached

    def _read_provider_region(self, ref: ProviderRef, table: PlacementTable, resource_type: str) -> Value:
        # An endpoint that encodes the region decides where calls go: it is read first.
        for name, pattern in table.region_patterns_for(resource_type).items():
            holder, attr_name = _nested(ref.block, name)
            attr = holder.attr(attr_name) if holder is not None else None
            if holder is not None and attr is not None:
                value = evaluate(attr["expr"], ref.instance.context(ref.block.rel))
                if value.known and value.value is None:
                    continue  # null is "not set"
                value = value.behind(Step(f'{name} of provider "{ref.key}"', holder.attr_location(attr_name)))
                match = re.search(pattern, str(value.value)) if value.known else None
                if match is None:
                    return value if not value.known else Value.unknown(f"{name} names no region", value.origin)
                return Value(match.group("region"), origin=value.origin)
        for name in table.region_attributes_for(resource_type):
            holder, attr_name = _nested(ref.block, name)
            attr = holder.attr(attr_name) if holder is not None else None
            if holder is not None and attr is not None:
                value = evaluate(attr["expr"], ref.instance.context(ref.block.rel))
                if value.known and value.value is None:
                    continue  # null is "not set"
                step = Step(f'{name} of provider "{ref.key}"', holder.attr_location(attr_name))
                return value.behind(step)
        return Value.unknown(
            f'provider "{ref.key}" sets no region: it comes from the environment at apply time',
            (Step(f'provider "{ref.key}"', ref.block.location),),
        )


class ProviderSource(NamedTuple):
    source: str
    # How it was found when no required_providers declares it (empty when declared).
    note: str


def _implied_source(local: str) -> ProviderSource:
    implied = f"hashicorp/{local.lower()}"
    matched = source_by_local_name(local)
    if matched is None or matched == implied:
        return ProviderSource(implied, "")
    return ProviderSource(
        matched,
        f'no required_providers declares "{local}" (Terraform would imply {implied}); '
        f"sovscan matched the catalogued {matched} by the local name",
    )


def provider_local_name(block: Block) -> str:
    attr = block.attr("provider")
    if attr is not None:
        node = attr["expr"]
        if node[0] == "name":
            return str(node[2])
        if node[0] == "attr" and node[2][0] == "name":
            return f"{node[2][2]}.{node[3]}"
        if node[0] == "lit" and isinstance(node[2], str):
            return node[2]
    return block.labels[0].split("_", 1)[0]


def placement(
    instance: Instance, block: Block, iteration: Iteration, table: PlacementTable, depth: int = 0
) -> Value | None:
    """Where a resource lands, or None if it is not placed by itself (global, child)."""
    if _is_unplaced(table, block.labels[0]):
        return None
    ctx = instance.context(block.rel, iteration.bindings)
    if table.unplaced_values and _unplaced_by_value(block, table, ctx):
        return None
    address = instance.prefix(".".join(block.labels[:2]) + iteration.suffix())
    for name in (*table.region_attributes, *table.zone_attributes):
        holder, attr_name = _nested(block, name)
        attr = holder.attr(attr_name) if holder is not None else None
        if holder is not None and attr is not None:
            value = evaluate(attr["expr"], ctx)
            if value.known and value.value is None:
                continue  # null is "not set": the next attribute, or the provider's region, applies
            step = Step(f"{name} of {address}", holder.attr_location(attr_name))
            if not value.known and not value.error:
                value = zone_region(instance, attr["expr"]) or value
            return _global_or(value.behind(step), table, block.labels[0])
    default = table.default_locations.get(block.labels[0])
    if default is not None:
        step = Step(
            f"{block.labels[0]} sets no location: the provider's schema defaults it to {default}", block.location
        )
        return _global_or(Value(default, origin=(step,)), table, block.labels[0])
    fixed = table.fixed_placement(block.labels[0], block.location)
    if fixed is not None:
        return fixed
    parent = _parent_placement(instance, block, iteration, table, address, depth)
    if parent is not None:
        return parent
    if not table.inherit_provider_region:
        return None
    rtype = block.labels[0]
    if (
        not table.provider_has_region
        and not table.region_attributes_for(rtype)
        and not table.region_patterns_for(rtype)
    ):
        names = ", ".join(table.region_attributes + table.zone_attributes) or "location"
        return Value.unknown(
            f"{address} sets none of {names}, and the {table.provider} provider has no region setting to give it",
            (Step(address, block.location),),
        )
    return instance.project.provider_region(instance, block, table)


def _global_or(value: Value, table: PlacementTable, resource_type: str) -> Value | None:
    """A `global` location: no placement for a control-plane object; otherwise the value
    (the region catalog says where a global data store may be kept)."""
    if not table.global_values or not value.known or not isinstance(value.value, str):
        return value
    if value.value.lower() in table.global_values and any(
        matches(resource_type, p) for p in table.global_control_plane_types
    ):
        return None
    return value


_MAX_PARENT_DEPTH = 8


def _parent_placement(
    instance: Instance, block: Block, iteration: Iteration, table: PlacementTable, address: str, depth: int
) -> Value | None:
    """The placement of the resource this one lives in (`parent_id = azurerm_resource_group.rg.id`)."""
    if depth >= _MAX_PARENT_DEPTH:
        return None
    for name, types in table.parent_references.items():
        attr = block.attr(name)
        if attr is None:
            continue
        for reference in referenced_resources(attr["expr"]):
            rtype, rname = reference.split(".", 1)
            parent = instance.module.resources.get((rtype, rname))
            if rtype not in types or parent is None:
                continue
            parent_table = instance.project.table_for(instance, parent)
            iterations = instance.iterations(parent) or []
            same = [it for it in iterations if it.key == iteration.key]
            chosen = same or iterations[:1]
            if parent_table is None or not chosen:
                continue
            found = placement(instance, parent, chosen[0], parent_table, depth + 1)
            if found is not None:
                return found.behind(Step(f"{name} of {address} names {reference}", block.attr_location(name)))
    return None


def _unplaced_by_value(block: Block, table: PlacementTable, ctx: Context) -> bool:
    for name, patterns in table.unplaced_values.items():
        attr = block.attr(name)
        value = evaluate(attr["expr"], ctx) if attr is not None else None
        known = value is not None and value.known and isinstance(value.value, str)
        # Compared without case: Azure resource types are case-insensitive (dnszones = dnsZones).
        text = str(value.value).lower() if known else ""  # type: ignore[union-attr]
        if known and any(matches(text, pattern.lower()) for pattern in patterns):
            return True
    return False


_UNPLACED: dict[tuple[str, tuple[str, ...], str], bool] = {}


def _is_unplaced(table: PlacementTable, resource_type: str) -> bool:
    key = (table.provider, table.unplaced_types, resource_type)
    found = _UNPLACED.get(key)
    if found is None:
        found = _UNPLACED[key] = table.is_unplaced(resource_type)
    return found


def _literal(block: Block, name: str) -> Any:
    attr = block.attr(name)
    if attr is None:
        return None
    value = evaluate(attr["expr"], Context(block.rel))
    return value.value if value.known else None


def _module_path(address: str) -> list[str]:
    """`module.a["x"].module.b` → ["a", "b"] (modules.json keys ignore instance keys)."""
    names: list[str] = []
    parts = address.split(".")
    for i, part in enumerate(parts):
        if part == "module" and i + 1 < len(parts):
            names.append(parts[i + 1].split("[", 1)[0])
    return names


def _nested(block: Block, dotted: str) -> tuple[Block | None, str]:
    """The block holding `a.b.c` (nested block `a`, then `b`) and the attribute name `c`."""
    *path, name = dotted.split(".")
    holder: Block | None = block
    for part in path:
        children = holder.blocks(part) if holder is not None else []
        holder = children[0] if children else None
    return holder, name


def nested_attribute(block: Block, dotted: str) -> tuple[Block | None, dict[str, Any] | None]:
    """The block holding attribute `a.b.c` and the attribute (None when absent)."""
    holder, name = _nested(block, dotted)
    return holder, holder.attr(name) if holder is not None else None
