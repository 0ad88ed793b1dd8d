"""A provider pointed at another operator's endpoint (the aws provider at OVHcloud's S3):
the resources it serves there belong to that operator, in that operator's region."""

from __future__ import annotations

import re
from typing import NamedTuple

from scanner.evaluate.expressions import evaluate
from scanner.evaluate.instance import Instance
from scanner.evaluate.module import Block
from scanner.evaluate.project import nested_attribute, provider_local_name
from scanner.facts.placement_tables import PlacementTable
from scanner.model import Step, Value
from scanner.patterns import matches


class Redirect(NamedTuple):
    source: str  # the operator's provider source, so that the operator is judged as itself
    catalog: str  # its region catalog
    region: Value


def endpoint_redirect(instance: Instance, block: Block, table: PlacementTable) -> Redirect | None:
    """None when the resource uses the provider's own service (the usual case)."""
    redirects = [r for r in table.endpoint_redirects if any(matches(block.labels[0], t) for t in r.types)]
    if not redirects:
        return None
    ref = instance.providers.get(provider_local_name(block))
    if ref is None:
        return None
    for redirect in redirects:
        holder, attr = nested_attribute(ref.block, redirect.attribute)
        if holder is None or attr is None:
            continue
        name = redirect.attribute.rsplit(".", 1)[-1]
        value = evaluate(attr["expr"], ref.instance.context(ref.block.rel))
        value = value.behind(Step(f'{redirect.attribute} of provider "{ref.key}"', holder.attr_location(name)))
        if not value.known:
            return Redirect("", table.provider, Value.unknown(f"the endpoint is unknown: {value.reason}", value.origin))
        host = str(value.value)
        if redirect.own and re.search(redirect.own, host, re.IGNORECASE):
            return None
        for target in redirect.operators:
            found = re.search(target.pattern, host, re.IGNORECASE)
            if found:
                region = Value(found.group("region").lower(), origin=value.origin)
                return Redirect(target.source, target.catalog, region)
        reason = (
            f"{redirect.attribute} = {host!r} points the {table.provider} provider at an endpoint of no catalogued "
            "operator: who stores the data, and where, is unknown"
        )
        return Redirect("", table.provider, Value.unknown(reason, value.origin))
    return None
