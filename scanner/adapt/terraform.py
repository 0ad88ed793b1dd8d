"""Terraform resources → assets: which provider configuration, which region."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from scanner.adapt.tables import PlacementTable, terraform_tables
from scanner.evaluate.expressions import evaluate
from scanner.evaluate.module import Block, Module
from scanner.model import Asset, Resource, Step, Value


def _provider_reference(node: list[Any]) -> str | None:
    """`aws.us` or `aws` from a resource's `provider =` expression."""
    if node[0] == "name":
        return str(node[2])
    if node[0] == "attr" and node[2][0] == "name":
        return f"{node[2][2]}.{node[3]}"
    if node[0] == "lit" and isinstance(node[2], str):
        return node[2]
    return None


def provider_configs(module: Module) -> dict[str, Block]:
    """`aws` / `aws.us` → the provider block that configures it."""
    configs: dict[str, Block] = {}
    for block in module.blocks_of("provider"):
        if not block.labels:
            continue
        name = block.labels[0]
        alias_attr = block.attr("alias")
        if alias_attr is not None:
            alias = evaluate(alias_attr["expr"], module.context(block.rel))
            key = f"{name}.{alias.value}" if alias.known else f"{name}.<unknown alias>"
        else:
            key = name
        configs.setdefault(key, block)
    return configs


def resource_address(block: Block, module_path: str = "") -> str:
    address = ".".join(block.labels[:2])
    return f"{module_path}.{address}" if module_path else address


def module_assets(module: Module) -> list[Asset]:
    sources = module.required_providers()
    configs = provider_configs(module)
    tables = terraform_tables()
    assets: list[Asset] = []
    for block in module.blocks_of("resource"):
        if len(block.labels) < 2:
            continue
        resource_type = block.labels[0]
        provider_attr = block.attr("provider")
        reference = _provider_reference(provider_attr["expr"]) if provider_attr else None
        local_name = reference or resource_type.split("_", 1)[0]
        source = sources.get(local_name.split(".")[0], f"hashicorp/{local_name.split('.')[0]}")
        table = tables.get(source)
        if table is None:
            continue
        resource = Resource(
            kind="terraform",
            type=resource_type,
            name=block.labels[1],
            address=resource_address(block),
            location=block.location,
            provider=local_name,
            meta={"module_dir": module.directory, "source": source},
        )
        service = resource_type.split("_", 2)[1] if resource_type.count("_") >= 1 else resource_type
        if table.is_unplaced(resource_type):
            assets.append(Asset(resource, table.provider, service, placed=False))
            continue
        region = _resource_region(block, module, table, configs, local_name)
        if region is None:
            assets.append(Asset(resource, table.provider, service, placed=False))
        else:
            assets.append(Asset(resource, table.provider, service, regions=(region,)))
    return assets


def _attribute_value(block: Block, module: Module, name: str, label: str) -> Value | None:
    attr = block.attr(name)
    if attr is None:
        return None
    value = evaluate(attr["expr"], module.context(block.rel))
    step = Step(label, block.location.__class__(block.rel, int(attr["line"]), int(attr["end_line"])))
    return Value(value.value, value.known, value.reason, (step, *value.origin))


def _resource_region(
    block: Block, module: Module, table: PlacementTable, configs: dict[str, Block], local_name: str
) -> Value | None:
    for name in (*table.region_attributes, *table.zone_attributes):
        value = _attribute_value(block, module, name, f"{name} of {resource_address(block)}")
        if value is not None:
            return value
    if not table.inherit_provider_region:
        return None
    config = configs.get(local_name)
    if config is None:
        where = PurePosixPath(module.directory).as_posix() or "."
        return Value.unknown(
            f'no provider "{local_name}" configuration in {where}: the region is set by a calling module '
            "or by the environment at apply time"
        )
    for name in table.provider_region_attributes:
        value = _attribute_value(config, module, name, f'{name} of provider "{local_name}"')
        if value is not None:
            return value
    return Value.unknown(
        f'provider "{local_name}" sets no region: it comes from the environment at apply time',
        (Step(f'provider "{local_name}"', config.location),),
    )
