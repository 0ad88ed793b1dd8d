"""Terraform plan JSON (`terraform show -json plan.out`) → assets.

A plan already holds the values Terraform computed, so nothing is evaluated: a resource's
region is its planned `region`/`location`/`zone`, else the region of the provider
configuration it uses (`configuration.provider_config`), whose expressions may reference
variables whose values are in the plan's `variables`. Resources are mapped back to their
source block when the configuration is in the scanned tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from scanner.adapt.readers import DictReader
from scanner.evaluate.module import Module
from scanner.evaluate.paths import normalise
from scanner.model import Asset, Location, Resource, Step, Value
from scanner.tables import PlacementTable, terraform_tables

PlanError = ValueError


def plan_assets(rel: str, text: str, modules: dict[str, Module]) -> tuple[list[Asset], str | None]:
    """Assets of a plan, and the scanned root-module directory it stands for (if any)."""
    plan = json.loads(text)
    if not isinstance(plan, dict):
        raise PlanError("a plan must be a JSON object")
    reader = _PlanReader(rel, text, plan, modules)
    return list(reader.assets()), reader.root_dir


def _source_of(provider_name: str) -> str:
    parts = provider_name.lower().split("/")
    return "/".join(parts[-2:])


class _PlanReader:
    def __init__(self, rel: str, text: str, plan: dict[str, Any], modules: dict[str, Module]) -> None:
        self.rel = rel
        self.text = text
        self.plan = plan
        self.modules = modules
        self.configuration = plan.get("configuration") or {}
        self.variables = plan.get("variables") or {}
        plan_dir = str(PurePosixPath(rel).parent)
        self.root_dir = plan_dir if plan_dir in modules else None
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
        root = (self.plan.get("planned_values") or {}).get("root_module") or {}
        stack = [root]
        tables = terraform_tables()
        while stack:
            module = stack.pop()
            stack.extend(module.get("child_modules") or [])
            for item in module.get("resources") or []:
                if not isinstance(item, dict) or item.get("mode") != "managed":
                    continue
                table = tables.get(_source_of(str(item.get("provider_name", ""))))
                if table is None:
                    continue
                yield self._asset(item, module.get("address") or "", table)

    def _asset(self, item: dict[str, Any], module_address: str, table: PlacementTable) -> Asset:
        rtype, name = str(item.get("type")), str(item.get("name"))
        address = str(item.get("address") or f"{rtype}.{name}")
        resource = Resource(
            kind="tfplan",
            type=rtype,
            name=name,
            address=address,
            location=self._location(module_address, rtype, name, address),
            provider=table.provider,
            body=item.get("values") or {},
        )
        service = rtype.split("_", 2)[1] if "_" in rtype else rtype
        step = Step(f"planned values of {address}", self._plan_location(item))
        common = {
            "source": _source_of(str(item.get("provider_name", ""))),
            "reader": DictReader(item.get("values") or {}, (step,)),
        }
        if table.is_unplaced(rtype):
            return Asset(resource, table.provider, service, placed=False, **common)
        region = self._region(item, module_address, table, resource.location)
        if region is None:
            return Asset(resource, table.provider, service, placed=False, **common)
        return Asset(resource, table.provider, service, regions=(region,), **common)

    def _region(
        self, item: dict[str, Any], module_address: str, table: PlacementTable, where: Location
    ) -> Value | None:
        values = item.get("values") or {}
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
