"""A resource of a provider without a placement table (rules/providers/): what it is, decided
in one place for the configuration's adapter (terraform.py) and the plan's (tfplan.py)."""

from __future__ import annotations

from typing import Literal, NamedTuple

from scanner.facts.endpoints import terraform_endpoint_providers, terraform_endpoint_resources
from scanner.facts.placement_tables import placeless_providers


class Untabled(NamedTuple):
    """`endpoint`: a SaaS resource whose settings place its data (judged by EGR001), `what` is
    the service; `no-data`: a placeless or telemetry provider's resource; `unknown`: any
    other, `what` is the reason — reported, never dropped."""

    kind: Literal["endpoint", "no-data", "unknown"]
    what: str


def untabled(source: str, resource_type: str, local_name: str = "") -> Untabled:
    setting = terraform_endpoint_resources().get((source, resource_type))
    if setting is not None:
        return Untabled("endpoint", setting.service)
    if source in placeless_providers() or source in terraform_endpoint_providers():
        return Untabled("no-data", "")
    named = f"provider {source} (local name {local_name!r})" if local_name else f"provider {source}"
    return Untabled(
        "unknown",
        f"{named} is not in sovscan's catalog: where its resources land, and who operates them, is not checked",
    )
