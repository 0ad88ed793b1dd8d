"""The `destinations` check kind: copies of data sent somewhere else (replicas, backup
copies, geo-redundant pairs, dual-region placements), each checked against the zone.

Rule parameters (`check.params.resources`) map a resource type pattern to the places that
name a destination:

    - path: replica.region_name          # a region code
      as: region
    - path: rule.copy_action.destination_vault_arn
      as: arn                            # an ARN carries its region: arn:aws:backup:us-east-1:…
    - path: rule.destination.bucket
      as: reference                      # the region of the resource it refers to
    - path: account_replication_type
      as: paired                         # a geo-redundant SKU copies to the region's pair
      when_one_of: [GRS, RAGRS, GZRS, RAGZRS]
    - path: custom_placement_config.data_locations
      as: region                         # a list of regions is checked item by item
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scanner.check.context import CheckContext, finding, value_text
from scanner.check.library import Settings
from scanner.check.reads import Read
from scanner.check.rule import Rule
from scanner.facts.regions import Catalog
from scanner.model import Asset, AttributeFacts, Finding, Value
from scanner.possible import conditioned, possible

_ARN_REGION = re.compile(r"^arn:[a-z0-9-]+:[a-z0-9-]+:(?P<region>[a-z0-9-]*):")


def reads(rule: Rule, settings: Settings, qualifications: dict[str, list[dict[str, object]]]) -> Iterator[Read]:
    """Each destination place's path; a reference or an ARN also by the resources it names."""
    for pattern, places in (rule.params.get("resources") or {}).items():
        for place in places:
            yield Read(str(pattern), place["path"], place.get("as", "region") in ("reference", "arn"))


def _flatten(values: list[Value]) -> list[Value]:
    flat: list[Value] = []
    for value in values:
        if value.known and isinstance(value.value, list):
            for item in value.value:
                flat.append(item if isinstance(item, Value) else Value(item, origin=value.origin))
        else:
            flat.append(value)
    return flat


def _destinations(
    place: dict[str, Any], asset: Asset, facts: AttributeFacts, ctx: CheckContext, catalog: Catalog
) -> list[tuple[Value, str]]:
    """(region value, catalog key) pairs for one destination place of an asset."""
    kind = place.get("as", "region")
    path = place["path"]
    if kind == "reference":
        found = []
        for address in facts.references(path):
            target = ctx.referenced(asset, address)
            if target is not None:
                found.extend((region, target.region_catalog) for region in _possible(target.regions))
        values = facts.values(path)
        if not found and values:
            # A destination outside this configuration (a literal ARN, a data source): its
            # region cannot be read here, which is not the same as inside the zone.
            origin = tuple(step for v in values for step in v.origin)
            found.append(
                (Value.unknown(f"{path} names a destination outside this configuration", origin), asset.region_catalog)
            )
        return found
    values = _flatten(facts.values(path))
    if not values and "default" in place:
        values = [Value(place["default"])]  # the provider's value when the attribute is absent
    if kind == "arn":
        out = []
        for value in values:
            if not value.known:
                # A computed ARN (`aws_backup_vault.dr.arn`): the named resource's region.
                targets = [ctx.referenced(asset, a) for a in facts.references(path)]
                found = [(r, t.region_catalog) for t in targets if t is not None for r in _possible(t.regions)]
                out.extend(found or [(value, asset.region_catalog)])
                continue
            match = _ARN_REGION.match(str(value.value))
            region = match.group("region") if match else ""
            if region:
                out.append((Value(region, origin=value.origin), asset.region_catalog))
        return out
    if kind == "paired":
        accepted = [str(v).upper() for v in place.get("when_one_of", ())]
        out = []
        for value in values:
            if not value.known:
                out.append((value, asset.region_catalog))
            elif str(value.value).upper() in accepted:
                out.extend((pair, asset.region_catalog) for pair in _pairs(asset, catalog, value))
        return out
    return [(v, place.get("catalog", asset.region_catalog)) for v in values if not (v.known and v.value in (None, ""))]


def _possible(regions: tuple[Value, ...]) -> list[Value]:
    """Each region Terraform could apply (scanner/evaluate/choices.py), with its condition."""
    return [conditioned(alt) for region in regions for alt in possible(region)]


def _pairs(asset: Asset, catalog: Catalog, trigger: Value) -> list[Value]:
    region_list = catalog.regions.get(asset.region_catalog)
    pairs = []
    for region in _possible(asset.regions):
        if not region.known or region_list is None:
            pairs.append(Value.unknown("the primary region is unknown, so its paired region is too", region.origin))
            continue
        info = region_list.lookup(str(region.value))
        pair = info.pair if info is not None else None
        if pair:
            pairs.append(Value(pair, origin=(*trigger.origin, *region.origin)))
    return pairs


def destinations(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    facts = asset.facts
    if facts is None:
        return
    allowed = catalog.allowed_countries(ctx.settings.allowed_zone)
    zone = ctx.settings.zone_label
    # Two destinations with one path and one value (two rules copying to us-east-1, two
    # unknown ones) are two findings: the second and later are told apart by their order.
    seen: dict[tuple[str, str], int] = {}
    for place in ctx.params_for(rule, asset):
        label = place.get("label", place["path"])
        for value, provider in _destinations(place, asset, facts, ctx, catalog):
            address = asset.resource.address
            key = (place["path"], value_text(value))
            seen[key] = seen.get(key, 0) + 1
            path = key[0] if seen[key] == 1 else f"{key[0]}#{seen[key]}"
            if not value.known:
                message = f"{address}: the destination of {label} cannot be determined: {value.reason}"
                yield finding(rule, ctx, asset, message, value, attribute=path)
                continue
            region_list = catalog.regions.get(provider)
            info = region_list.lookup(str(value.value)) if region_list else None
            if info is None or not info.countries:
                message = f"{address}: {label} sends data to '{value.value}', a region sovscan cannot place"
                yield finding(rule, ctx, asset, message, value, {"region": str(value.value)}, attribute=path)
                continue
            outside = [c for c in info.countries if c not in allowed]
            if outside:
                names = ", ".join(catalog.country_name(c) for c in outside)
                message = f"{address}: {label} copies data to {value.value} ({names}), outside the {zone}"
                properties = {"region": str(value.value), "countries": outside}
                yield finding(rule, ctx, asset, message, value, properties, attribute=path)
