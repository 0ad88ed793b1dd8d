"""Where a remote module that is not downloaded puts what it creates.

Its files are not here, but Terraform's rules still say a lot: every resource it creates
uses a provider configuration it inherits (its caller's default ones, or the call's
`providers = {…}` map), and a provider whose configuration sets the region places every
resource of the module there unless the resource overrides it. A location the call passes
as an input (`location = "eastus"`, `region = …`) is where the module is asked to place
its resources. What neither says is decided inside the module, where nothing is known.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from scanner.evaluate.expressions import evaluate
from scanner.facts.placement_tables import PlacementTable, placeless_modules
from scanner.model import Step, Value

if TYPE_CHECKING:
    from scanner.evaluate.instance import ProviderRef
    from scanner.evaluate.project import Project, UnresolvedCall

# `namespace/name/system` on a registry (optionally `host/` first, `//subdir` after): the
# module's target system is the local name of its main provider.
_REGISTRY = re.compile(r"^(?:[A-Za-z0-9.-]+\.[A-Za-z]+(?::\d+)?/)?[\w-]+/[\w-]+/(?P<system>[a-z0-9-]+)(?://.*)?$")


class RemotePlacement(NamedTuple):
    """One provider's placement of what a not-downloaded module creates with it."""

    table: PlacementTable
    local: str  # the provider's local name in the module (`aws`, `aws.remote`)
    region: Value


class RemoteModule(NamedTuple):
    placements: list[RemotePlacement]
    # A note on a module known to place nothing, or whose target system places no data.
    opaque: str = ""
    # Why the placement of what it creates is unknown, when no provider says anything.
    unknown: str = ""


def registry_system(source: str) -> str | None:
    """`terraform-aws-modules/vpc/aws` → `aws`; None for git, http, S3… sources."""
    if "::" in source or source.startswith(("git@", "http://", "https://")):
        return None
    match = _REGISTRY.match(source)
    return match.group("system") if match else None


# Inputs by which registry modules conventionally switch everything they create off
# (terraform-aws-modules' `create`, Cloud Posse's `enabled`).
_OFF_SWITCHES = ("create", "enabled", "create_module")


def remote_module(project: Project, unresolved: UnresolvedCall) -> RemoteModule:
    parent, call = unresolved.instance, unresolved.block
    address = parent.prefix(f"module.{call.labels[0]}")
    for switch in _OFF_SWITCHES:
        attr = call.attr(switch)
        if attr is not None and evaluate(attr["expr"], parent.context(call.rel)).value is False:
            return RemoteModule(
                [],
                f"{address}: remote source {unresolved.remote_source!r} is not downloaded and is called with "
                f"{switch} = false, by which registry modules create nothing: it is not checked",
            )
    placeless = placeless_modules().get(_registry_address(unresolved.remote_source))
    if placeless is not None:
        source = unresolved.remote_source
        note = f"{address}: remote source {source!r} is not downloaded; it places no data: {placeless}"
        return RemoteModule([], note)
    passed = project.providers_passed(parent, call)
    system = registry_system(unresolved.remote_source)
    names = sorted(passed) if call.attr("providers") is not None or system is None else [system]
    placements: list[RemotePlacement] = []
    for local in names:
        source = project.provider_source(parent, local.split(".")[0]).source
        table = project.placement_table(source, local.split(".")[0])
        if table is None:
            continue
        region = _asked_region(project, unresolved, table)
        if region is None and table.fixed_region:
            region = table.fixed_placement("", call.location)
        if region is None and table.modules_inherit_provider_region:
            region = _inherited_region(project, passed.get(local), local, parent.module.directory, table)
        if region is None:
            asked = " / ".join(a for a in table.region_attributes if "." not in a) or "location"
            region = Value.unknown(
                f"remote source {unresolved.remote_source!r} is not downloaded and the call passes no {asked}: "
                f"where the module places what it creates with {local} is decided inside it ({table.provider} "
                "resources do not take the provider configuration's region)",
                (Step(f"module.{call.labels[0]}", call.location),),
            )
        step = Step(f"whatever {address} creates with {local} (not downloaded) is placed by", call.location)
        placements.append(RemotePlacement(table, local, region.behind(step)))
    if placements:
        return RemoteModule(placements)
    if system is None:
        # A git / http source names no target system: what it creates, with which provider
        # (one the environment configures, perhaps), is unknown.
        return RemoteModule(
            [],
            unknown=(
                f"{unresolved.reason}; it names no target system and is passed no provider configuration "
                "sovscan places: what it creates, and where, is unknown"
            ),
        )
    return RemoteModule(
        [],
        f"{address}: remote source {unresolved.remote_source!r} is not downloaded, and its target system "
        f"{system!r} places no data sovscan knows of: run `terraform init` to scan what it creates",
    )


def _registry_address(source: str) -> str:
    """`registry.terraform.io/a/b/c//x` → `a/b/c//x` (lower case), as placeless_modules lists it."""
    address = source.lower()
    return address.split("/", 1)[1] if address.startswith("registry.terraform.io/") else address


def _asked_region(project: Project, unresolved: UnresolvedCall, table: PlacementTable) -> Value | None:
    """A region or location the call passes (null is not set, as in Terraform)."""
    parent, call = unresolved.instance, unresolved.block
    for name in table.region_attributes:
        attr = call.attr(name)
        if attr is None or "." in name:
            continue
        value = evaluate(attr["expr"], parent.context(call.rel))
        if value.known and value.value is None:
            continue
        step = Step(f"{name} = … passed to module.{call.labels[0]}", call.attr_location(name))
        return value.behind(step)
    return None


def _inherited_region(
    project: Project, ref: ProviderRef | None, local: str, directory: str, table: PlacementTable
) -> Value:
    if ref is None:
        return Value.unknown(
            f'no provider "{local}" configuration reaches {directory or "."}: the region is set by the environment '
            "at apply time"
        )
    return project.configured_region(ref, table)
