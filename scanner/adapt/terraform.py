"""Evaluated Terraform resources → assets: one per resource instance, with its region."""

from __future__ import annotations

from scanner.evaluate.instance import Instance, Iteration
from scanner.evaluate.module import Block
from scanner.evaluate.project import Project, placement
from scanner.model import Asset, Resource, Value


def project_assets(project: Project) -> list[Asset]:
    assets: list[Asset] = []
    for instance in project.instances:
        for block in instance.module.resources.values():
            assets.extend(_resource_assets(instance, block))
    for unresolved in project.unresolved:
        block = unresolved.block
        resource = Resource(
            kind="terraform",
            type="module",
            name=block.labels[0],
            address=unresolved.instance.prefix(f"module.{block.labels[0]}"),
            location=block.location,
            meta={"calls": unresolved.instance.calls, "root": project.root_dir_of(unresolved.instance)},
        )
        assets.append(Asset(resource, "module", "module", regions=(Value.unknown(unresolved.reason),)))
    return assets


def _resource_assets(instance: Instance, block: Block) -> list[Asset]:
    project = instance.project
    table = project.table_for(instance, block)
    if table is None:
        return []
    iterations = instance.iterations(block) or []
    service = block.labels[0].split("_", 2)[1] if "_" in block.labels[0] else block.labels[0]
    assets = []
    for iteration in iterations:
        resource = _resource(instance, block, iteration)
        region = placement(instance, block, iteration, table)
        if region is None:
            assets.append(Asset(resource, table.provider, service, placed=False))
        else:
            assets.append(Asset(resource, table.provider, service, regions=(region,)))
    return assets


def _resource(instance: Instance, block: Block, iteration: Iteration) -> Resource:
    from scanner.evaluate.project import provider_local_name

    local = provider_local_name(block)
    return Resource(
        kind="terraform",
        type=block.labels[0],
        name=block.labels[1],
        address=instance.prefix(".".join(block.labels[:2]) + iteration.suffix()),
        location=block.location,
        provider=local,
        meta={
            "calls": instance.calls,
            "module_dir": instance.module.directory,
            "root": instance.project.root_dir_of(instance),
        },
    )
