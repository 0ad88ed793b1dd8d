"""Terraform plan JSON (`terraform show -json plan.out`): values static evaluation left unknown.

A plan never replaces the configuration: static evaluation always runs, and a plan is
merged into its assets afterwards, in one pass, before any check (`apply_plan`). For each
resource both describe (same root module, same address, module instances and index
included) a value static evaluation left unknown takes the planned value; a known value
the plan contradicts is kept, the planned one is checked beside it, and the contradiction
is reported. Resources only one side has are reported as a mismatch; those only the plan
has are still checked, located in the plan (or at their block, when it is found).

Reading a plan: a resource's region is its planned `region`/`location`/`zone`, else the
region of the provider configuration it uses (`configuration.provider_config`), whose
expressions may reference variables whose values are in the plan's `variables`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any, NamedTuple

from scanner.adapt.readers import DictReader
from scanner.adapt.untabled import untabled
from scanner.evaluate.module import Module
from scanner.evaluate.paths import normalise
from scanner.facts.placement_tables import PlacementTable, terraform_tables
from scanner.model import Asset, Level, Location, Notification, Resource, Step, Value

PlanError = ValueError


def plan_assets(
    rel: str, text: str, modules: dict[str, Module], root_dir: str | None = None
) -> tuple[list[Asset], str | None]:
    """Assets of a plan, and the scanned root-module directory it stands for (if any):
    `root_dir`, else the plan's own folder when it holds a scanned module."""
    plan = json.loads(text)
    if not isinstance(plan, dict):
        raise PlanError("a plan must be a JSON object")
    reader = _PlanReader(rel, text, plan, modules, root_dir)
    return list(reader.assets()), reader.root_dir


def _source_of(provider_name: str) -> str:
    parts = provider_name.lower().split("/")
    return "/".join(parts[-2:])


class _PlanReader:
    def __init__(
        self, rel: str, text: str, plan: dict[str, Any], modules: dict[str, Module], root_dir: str | None
    ) -> None:
        self.rel = rel
        self.text = text
        self.plan = plan
        self.modules = modules
        self.configuration = _object(plan.get("configuration"))
        self.variables = _object(plan.get("variables"))
        plan_dir = str(PurePosixPath(rel).parent)
        self.root_dir = root_dir if root_dir is not None else (plan_dir if plan_dir in modules else None)
        self._module_dirs = self._map_module_dirs()

    def _map_module_dirs(self) -> dict[str, str]:
        """Module address (`module.a.module.b`) → scanned directory, via module_calls sources."""
        dirs: dict[str, str] = {}
        if self.root_dir is None:
            return dirs
        dirs[""] = self.root_dir
        stack = [("", self.root_dir, self.configuration.get("root_module") or {})]
        while stack:
            address, directory, module = stack.pop()
            for name, call in (module.get("module_calls") or {}).items():
                source = call.get("source")
                if not isinstance(source, str) or not source.startswith(("./", "../")):
                    continue
                child_dir = normalise(directory, source)
                child_address = f"{address}.module.{name}" if address else f"module.{name}"
                if child_dir is not None:
                    dirs[child_address] = child_dir
                    stack.append((child_address, child_dir, call.get("module") or {}))
        return dirs

    def assets(self) -> Iterator[Asset]:
        root = _object(_object(self.plan.get("planned_values")).get("root_module"))
        stack = [root]
        tables = terraform_tables()
        while stack:
            module = stack.pop()
            stack.extend(m for m in _list(module.get("child_modules")) if isinstance(m, dict))
            for item in _list(module.get("resources")):
                if not isinstance(item, dict) or item.get("mode") != "managed":
                    continue
                table = tables.get(_source_of(str(item.get("provider_name", ""))))
                if table is None:
                    untabled = self._untabled_asset(item, module.get("address") or "")
                    if untabled is not None:
                        yield untabled
                    continue
                yield self._asset(item, module.get("address") or "", table)

    def _resource(self, item: dict[str, Any], module_address: str, provider: str) -> tuple[Resource, dict[str, Any]]:
        """The planned resource, and what every asset made of it carries (source, reader)."""
        rtype, name = str(item.get("type")), str(item.get("name"))
        address = str(item.get("address") or f"{rtype}.{name}")
        resource = Resource(
            kind="tfplan",
            type=rtype,
            name=name,
            address=address,
            location=self._location(module_address, rtype, name, address),
            provider=provider,
            body=_object(item.get("values")),
            meta={"root": self.root_dir or "", "planned": True},
        )
        step = Step(f"planned values of {address}", self._plan_location(item))
        common = {
            "source": _source_of(str(item.get("provider_name", ""))),
            "reader": DictReader(_object(item.get("values")), (step,)),
        }
        return resource, common

    def _untabled_asset(self, item: dict[str, Any], module_address: str) -> Asset | None:
        """A resource of a provider without a placement table, as a configuration's is
        (scanner/adapt/untabled.py)."""
        source = _source_of(str(item.get("provider_name", "")))
        found = untabled(source, str(item.get("type")))
        if found.kind == "no-data":
            return None
        resource, common = self._resource(item, module_address, source.rsplit("/", 1)[-1])
        if found.kind == "endpoint":
            return Asset(resource, "endpoint", found.what, placed=False, **common)
        unknown = Value.unknown(found.what, (Step(f"planned values of {resource.address}", resource.location),))
        return Asset(resource, source.rsplit("/", 1)[-1], "unknown", regions=(unknown,), **common)

    def _asset(self, item: dict[str, Any], module_address: str, table: PlacementTable) -> Asset:
        rtype = str(item.get("type"))
        resource, common = self._resource(item, module_address, table.provider)
        service = rtype.split("_", 2)[1] if "_" in rtype else rtype
        if table.is_unplaced(rtype):
            return Asset(resource, table.provider, service, placed=False, **common)
        region = self._region(item, module_address, table, resource.location)
        if region is None:
            return Asset(resource, table.provider, service, placed=False, **common)
        return Asset(resource, table.provider, service, regions=(region,), **common)

    def _region(
        self, item: dict[str, Any], module_address: str, table: PlacementTable, where: Location
    ) -> Value | None:
        values = _object(item.get("values"))
        plan_step = Step(f"planned values in {PurePosixPath(self.rel).name}", self._plan_location(item))
        for attr in (*table.region_attributes, *table.zone_attributes):
            if isinstance(values.get(attr), str) and values[attr]:
                return Value(values[attr], origin=(plan_step,))
        fixed = table.fixed_placement(str(item.get("type", "")), where)
        if fixed is not None:
            return fixed
        if not table.inherit_provider_region:
            return None
        config = self._provider_config(item, module_address)
        if config is None:
            return Value.unknown("the plan has no provider configuration for this resource", (plan_step,))
        expressions = config.get("expressions") or {}
        for attr in table.provider_region_attributes:
            expression = expressions.get(attr)
            if isinstance(expression, dict):
                return self._expression_value(expression, attr, config, plan_step)
        return Value.unknown(
            f'provider "{config.get("name")}" sets no region in the plan: it comes from the environment',
            (plan_step,),
        )

    def _expression_value(self, expression: dict[str, Any], attr: str, config: dict[str, Any], step: Step) -> Value:
        label = f'{attr} of provider "{config.get("name")}{"." + config["alias"] if config.get("alias") else ""}"'
        origin = (Step(label, step.location),)
        if "constant_value" in expression:
            return Value(expression["constant_value"], origin=origin)
        for reference in expression.get("references") or []:
            if isinstance(reference, str) and reference.startswith("var."):
                variable = self.variables.get(reference[4:])
                if isinstance(variable, dict) and "value" in variable:
                    return Value(variable["value"], origin=(*origin, Step(f"{reference} in the plan", step.location)))
        return Value.unknown(f"the provider's {attr} is an expression the plan does not resolve", origin)

    def _provider_config(self, item: dict[str, Any], module_address: str) -> dict[str, Any] | None:
        configs = self.configuration.get("provider_config") or {}
        key = self._config_key(item, module_address)
        if key is not None and key in configs:
            return configs[key]
        default = str(item.get("type", "")).split("_", 1)[0]
        prefixed = f"{module_address}:{default}" if module_address else default
        return configs.get(prefixed) or configs.get(default)

    def _config_key(self, item: dict[str, Any], module_address: str) -> str | None:
        module = self.configuration.get("root_module") or {}
        for part in re.findall(r"module\.([^.\[]+)", module_address):
            module = ((module.get("module_calls") or {}).get(part) or {}).get("module") or {}
        for resource in module.get("resources") or []:
            if resource.get("type") == item.get("type") and resource.get("name") == item.get("name"):
                key = resource.get("provider_config_key")
                return key if isinstance(key, str) else None
        return None

    def _location(self, module_address: str, rtype: str, name: str, address: str) -> Location:
        base_module = re.sub(r"\[[^\]]*\]", "", module_address)
        directory = self._module_dirs.get(base_module)
        module = self.modules.get(directory) if directory is not None else None
        if module is not None:
            block = module.resources.get((rtype, name))
            if block is not None:
                return block.location
        return self._plan_location({"address": address})

    def _plan_location(self, item: dict[str, Any]) -> Location:
        needle = json.dumps(str(item.get("address", "")))
        offset = self.text.find(f'"address":{needle}')
        if offset < 0:
            offset = self.text.find(f'"address": {needle}')
        line = self.text.count("\n", 0, offset) + 1 if offset >= 0 else 1
        return Location(self.rel, line, line)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


# How many addresses a mismatch names before "and N more".
_NAMED = 5


class PlanMerge(NamedTuple):
    """The assets once a plan is merged in, and what the merge has to say (warnings)."""

    assets: list[Asset]
    notes: list[Notification]


def apply_plan(rel: str, text: str, assets: list[Asset], modules: dict[str, Module], trusted: bool) -> PlanMerge:
    """Merge the plan `text` (shown as `rel`) into statically evaluated `assets`.

    Raises PlanError when the text is not a plan."""
    plan = json.loads(text)
    if not isinstance(plan, dict):
        raise PlanError("a plan must be a JSON object")
    static = _static_by_root(assets)
    root = _root_of(rel, _planned_addresses(plan), static)
    planned, _ = plan_assets(rel, text, modules, root)
    if root is None:
        note = Notification(
            Level.WARNING,
            f"plan {rel} matches no root module of the scanned configuration: its "
            f"{len(planned)} resource(s) are checked as the plan describes them",
            rel,
        )
        return PlanMerge([*assets, *planned], [note] if planned or static else [])
    by_address = {a.resource.address: a for a in planned}
    described = static.get(root, {})
    notes: list[Notification] = []
    merged: list[Asset] = []
    matched = 0
    for asset in assets:
        other = by_address.get(asset.resource.address) if _is_resource(asset) and _root(asset) == root else None
        if other is None:
            merged.append(asset)
            continue
        matched += 1
        merged.append(_merge(asset, other, rel, notes))
    # Applying a plan can turn an unknown into a pass: say that it was applied, and from where.
    notes.append(
        Notification(
            Level.NOTE if trusted else Level.WARNING,
            f"plan {rel} applied to {matched} resource(s) of {_root_name(root)}"
            + ("" if trusted else " (found in the scanned tree: not applied with --strict)"),
            rel,
        )
    )
    only_planned = [a for a in planned if a.resource.address not in described]
    only_configured = sorted(set(described) - set(by_address))
    if only_planned or only_configured:
        notes.append(_mismatch(rel, root, [a.resource.address for a in only_planned], only_configured))
    return PlanMerge([*merged, *only_planned], notes)


def _is_resource(asset: Asset) -> bool:
    """A managed resource instance of the configuration (not a provider or module call)."""
    return asset.resource.kind == "terraform" and bool(asset.resource.meta.get("local_address"))


def _root(asset: Asset) -> str:
    return str(asset.resource.meta.get("root") or "")


def _static_by_root(assets: list[Asset]) -> dict[str, dict[str, Asset]]:
    roots: dict[str, dict[str, Asset]] = {}
    for asset in assets:
        if _is_resource(asset):
            roots.setdefault(_root(asset), {})[asset.resource.address] = asset
    return roots


def _planned_addresses(plan: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    stack = [_object(_object(plan.get("planned_values")).get("root_module"))]
    while stack:
        module = stack.pop()
        stack.extend(m for m in _list(module.get("child_modules")) if isinstance(m, dict))
        for item in _list(module.get("resources")):
            if isinstance(item, dict) and item.get("mode") == "managed" and isinstance(item.get("address"), str):
                found.add(item["address"])
    return found


def _root_of(rel: str, addresses: set[str], static: dict[str, dict[str, Asset]]) -> str | None:
    """The root module a plan was made from: a plan in the tree, the root module in its own
    folder; otherwise the one root whose addresses it shares most (a tie is no answer),
    or the only root there is."""
    plan_dir = str(PurePosixPath(rel).parent)
    if plan_dir in static:
        return plan_dir
    scores = sorted(((len(addresses & set(found)), root) for root, found in static.items()), reverse=True)
    if not scores:
        return None
    if len(scores) == 1:
        return scores[0][1]
    (best, root), (second, _) = scores[0], scores[1]
    return root if best > second else None


def _merge(asset: Asset, planned: Asset, rel: str, notes: list[Notification]) -> Asset:
    """The static asset, its unknowns resolved by the planned one; contradictions kept and told."""
    address = asset.resource.address
    regions = list(asset.regions)
    planned_regions = [r for r in planned.regions if r.known]
    if asset.placed and planned_regions:
        regions = []
        for region in asset.regions:
            if not region.known:
                regions.extend(planned_regions)
                continue
            regions.append(region)
            for other in planned_regions:
                if not _same_place(region.value, other.value):
                    regions.append(other)
                    notes.append(_contradiction(rel, address, "region", region, other.value))
    contradicted: set[str] = set()
    static_reader, plan_reader = asset.reader, planned.reader
    # The region attribute was compared above, as a placement.
    placed_at = {_text(r.value) for r in asset.regions if r.known} if planned_regions else set()
    if static_reader is not None and plan_reader is not None:
        for name, value in sorted(planned.resource.body.items()):
            if not isinstance(value, str | int | float | bool):
                continue
            known = [v for v in static_reader.values(name) if v.known and v.value is not None]
            if len(known) == 1 and not _same(known[0].value, value) and _text(known[0].value) not in placed_at:
                contradicted.add(name)
                notes.append(_contradiction(rel, address, name, known[0], value))
    reader = _PlannedReader(static_reader, plan_reader, frozenset(contradicted)) if plan_reader else static_reader
    return replace(asset, regions=tuple(regions), reader=reader)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).lower()


def _same(configured: Any, planned: Any) -> bool:
    numbers = (int, float)
    if all(isinstance(v, numbers) and not isinstance(v, bool) for v in (configured, planned)):
        return float(configured) == float(planned)
    return _text(configured) == _text(planned)


def _same_place(configured: Any, planned: Any) -> bool:
    """A region and the same region, or a zone within it (`eu-west-3` and `eu-west-3a`)."""
    a, b = _text(configured), _text(planned)
    return a == b or a.startswith(b) or b.startswith(a)


def _contradiction(rel: str, address: str, name: str, configured: Value, planned: Any) -> Notification:
    where = configured.origin[-1].location if configured.origin else None
    written = f" ({where.path}:{where.start_line})" if where is not None else ""
    return Notification(
        Level.WARNING,
        f"plan {rel} contradicts the configuration: {address} {name} is {_text(configured.value)!r}{written} "
        f"but {_text(planned)!r} in the plan; both are checked (was the plan made from this configuration?)",
        rel,
    )


def _mismatch(rel: str, root: str, planned: list[str], configured: list[str]) -> Notification:
    parts = []
    if planned:
        parts.append(f"the plan has {len(planned)} resource(s) the configuration does not ({_names(planned)})")
    if configured:
        parts.append(f"the configuration has {len(configured)} resource(s) the plan does not ({_names(configured)})")
    return Notification(
        Level.WARNING,
        f"plan {rel} does not match the configuration of {_root_name(root)}: {'; '.join(parts)}. Planned "
        "values were used only for the resources both describe; the others are checked as they are",
        rel,
    )


def _root_name(root: str) -> str:
    return "the root module at the scan root" if root in ("", ".") else f"root module {root}"


def _names(addresses: list[str]) -> str:
    shown = ", ".join(sorted(addresses)[:_NAMED])
    return shown + (f" and {len(addresses) - _NAMED} more" if len(addresses) > _NAMED else "")


class _PlannedReader:
    """A resource's attributes as static evaluation read them, with what it left unknown
    taken from the plan, and a value the plan contradicts read both ways."""

    def __init__(self, static: Any, planned: Any, contradicted: frozenset[str]) -> None:
        self.static = static
        self.planned = planned
        self.contradicted = contradicted
        self.origin = getattr(static, "origin", ())

    def values(self, path: str) -> list[Value]:
        values = self.static.values(path)
        if path in self.contradicted:
            return [*values, *self.planned.values(path)]
        if not any(not v.known for v in values):
            return values
        planned = [v for v in self.planned.values(path) if v.value is not None]
        if not planned:
            return values
        return [*(v for v in values if v.known), *planned]

    def references(self, path: str) -> list[str]:
        return self.static.references(path)
