"""Evaluated Terraform resources → assets: one per resource instance, with its region."""

from __future__ import annotations

from scanner.adapt.readers import BlockReader
from scanner.adapt.redirects import endpoint_redirect
from scanner.adapt.untabled import untabled
from scanner.evaluate.instance import Instance, Iteration
from scanner.evaluate.module import Block
from scanner.evaluate.project import Project, UnresolvedCall, placement, provider_local_name
from scanner.evaluate.remote import remote_module
from scanner.facts.operator_catalog import provider_setting_names, terraform_operator
from scanner.facts.placement_tables import PlacementTable
from scanner.model import Asset, Level, Notification, Resource, Step, Value


def project_assets(project: Project) -> list[Asset]:
    assets: list[Asset] = []
    for instance in project.instances:
        for block in instance.module.resources.values():
            try:
                assets.extend(_resource_assets(instance, block))
            except Exception as error:  # noqa: BLE001 - a fault costs this resource, not the unit
                assets.append(_faulty_asset(instance, block, error))
        try:
            assets.extend(_endpoint_provider_assets(instance))
        except Exception as error:  # noqa: BLE001
            project.budget.fault(error, f"the provider configurations of {instance.module.directory}", None, None)
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
        if unresolved.remote_source:
            assets.extend(_remote_module_assets(project, unresolved, resource))
            continue
        assets.append(Asset(resource, "module", "module", regions=(Value.unknown(unresolved.reason),)))
    return assets


def _remote_module_assets(project: Project, unresolved: UnresolvedCall, resource: Resource) -> list[Asset]:
    """A module that is not downloaded, placed by the providers it inherits (one asset each)."""
    found = remote_module(project, unresolved)
    if found.unknown:
        return [Asset(resource, "module", "module", regions=(Value.unknown(found.unknown),))]
    if found.opaque:
        project.notifications.append(
            Notification(Level.NOTE, found.opaque, unresolved.block.rel, int(unresolved.block.data["line"]))
        )
    return [
        Asset(resource, placed.table.provider, "module", regions=(placed.region,), source=placed.table.sources[0])
        for placed in found.placements
    ]


def _unrecognised_provider(instance: Instance, block: Block, local: str, source: str) -> list[Asset]:
    """A resource of a provider sovscan has no table for: reported, never dropped."""
    found = untabled(source, block.labels[0], local)
    iterations = instance.iterations(block) or []
    if found.kind == "endpoint":
        # Where the service keeps data is an attribute (an Elastic Cloud deployment's region).
        return [
            Asset(
                _resource(instance, block, iteration),
                "endpoint",
                found.what,
                placed=False,
                source=source,
                reader=BlockReader(instance, block, iteration),
            )
            for iteration in iterations
        ]
    if found.kind == "no-data":
        return []
    project = instance.project
    if (instance.module.directory, source) not in project.unrecognised:
        project.unrecognised.add((instance.module.directory, source))
        project.notifications.append(
            Notification(Level.WARNING, f"{found.what} ({instance.module.directory or '.'})", block.rel, None)
        )
    unknown = Value.unknown(found.what, (Step(f"resource {'.'.join(block.labels[:2])}", block.location),))
    return [
        Asset(_resource(instance, block, iteration), source.rsplit("/", 1)[-1], "unknown", regions=(unknown,))
        for iteration in iterations
    ]


def _faulty_asset(instance: Instance, block: Block, error: Exception) -> Asset:
    """A resource whose reading failed: kept, with its placement unknown and why, so that
    a rule reports it as unverifiable instead of it vanishing from the report."""
    address = instance.prefix(".".join(block.labels[:2]))
    unknown = instance.project.budget.fault(error, address, block.rel, int(block.data["line"]))
    resource = Resource(
        kind="terraform",
        type=block.labels[0],
        name=block.labels[1] if len(block.labels) > 1 else "",
        address=address,
        location=block.location,
        meta={"calls": instance.calls, "instance": instance.address, "root": instance.project.root_dir_of(instance)},
    )
    return Asset(resource, "unknown", "unknown", regions=(unknown,))


def _endpoint_provider_assets(instance: Instance) -> list[Asset]:
    """Provider configurations of telemetry/SaaS services (Datadog, New Relic…): where they send data."""
    from scanner.facts.endpoints import terraform_endpoint_providers

    known = terraform_endpoint_providers()
    assets = []
    for block in instance.module.blocks_of("provider"):
        if not block.labels:
            continue
        source = instance.project.provider_source(instance, block.labels[0]).source
        if source not in known:
            continue
        alias = block.attr("alias")
        key = block.labels[0] if alias is None else f"{block.labels[0]}.{alias['expr'][2]}"
        resource = Resource(
            kind="terraform",
            type=f"provider.{block.labels[0]}",
            name=key,
            address=instance.prefix(f'provider["{source}"]' + (f".{key.split('.', 1)[1]}" if "." in key else "")),
            location=block.location,
            meta={
                "calls": instance.calls,
                "instance": instance.address,
                "root": instance.project.root_dir_of(instance),
            },
        )
        reader = BlockReader(instance, block, Iteration(None, {}))
        assets.append(Asset(resource, "endpoint", known[source][0], placed=False, source=source, reader=reader))
    return assets


def _resource_assets(instance: Instance, block: Block) -> list[Asset]:
    project = instance.project
    local = provider_local_name(block).split(".")[0]
    resolved = project.provider_source(instance, local)
    source = resolved.source
    table = project.placement_table(source, local)
    if table is None:
        return _unrecognised_provider(instance, block, local, source)
    iterations = instance.iterations(block) or []
    service = block.labels[0].split("_", 2)[1] if "_" in block.labels[0] else block.labels[0]
    assets = []
    settings = project.provider_settings(instance, block, provider_setting_names())
    catalog_key = region_catalog(table, source, settings)
    redirect = endpoint_redirect(instance, block, table)
    if redirect is not None:
        source, catalog_key, settings = redirect.source, redirect.catalog, {}
    for iteration in iterations:
        resource = _resource(instance, block, iteration)
        region = placement(instance, block, iteration, table) if redirect is None else redirect.region
        if region is not None and resolved.note:
            region = region.behind(Step(resolved.note, block.location))
        reader = BlockReader(instance, block, iteration)
        common = {"source": source, "settings": settings, "reader": reader}
        if region is None:
            assets.append(Asset(resource, catalog_key, service, placed=False, **common))
        else:
            assets.append(Asset(resource, catalog_key, service, regions=(region,), **common))
    return assets


def region_catalog(table: PlacementTable, source: str, settings: dict[str, Value]) -> str:
    """The region catalog for this provider configuration: its own, or, for a provider that
    reaches many clouds, the identified operator's (an unidentified one keeps the provider's
    key, which has no catalog, so every region it names stays unknown)."""
    if not table.region_catalog_by_operator:
        return table.provider
    resolution = terraform_operator(source, settings, None)
    if resolution.operator is None:
        return table.provider
    return table.region_catalog_by_operator.get(resolution.operator.key, table.provider)


def _resource(instance: Instance, block: Block, iteration: Iteration) -> Resource:
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
            "instance": instance.address,
            "local_address": ".".join(block.labels[:2]),
            "module_dir": instance.module.directory,
            "root": instance.project.root_dir_of(instance),
        },
    )
