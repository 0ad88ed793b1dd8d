"""Check kinds about where a resource lands: RES001 (outside the zone), RES002 (unknown).

A region chosen at apply time (scanner/evaluate/choices.py) is judged per possible value:
each one outside the zone, or unknown, is a finding under the condition that selects it.
"""

from __future__ import annotations

from collections.abc import Iterator

from scanner.check.context import CheckContext, finding
from scanner.check.rule import Rule
from scanner.facts.regions import Catalog
from scanner.model import Asset, Finding, Placement, Step, Value
from scanner.possible import describe_condition


def _with_fact(value: Value, fact: str, asset: Asset) -> Value:
    """The value, its provenance ending with the catalog fact that placed it."""
    if not fact:
        return value
    return value._replace(origin=(*value.origin, Step(fact, asset.resource.location)))


def region_properties(placement: Placement) -> dict[str, object]:
    properties: dict[str, object] = {}
    value = placement.value
    if value.known and isinstance(value.value, str):
        properties["region"] = value.value
    if placement.countries is not None:
        properties["countries"] = list(placement.countries)
        properties["zone"] = placement.zone
        if placement.fact:
            properties["placed_by"] = placement.fact
    return properties


def _when(condition: str, text: str) -> str:
    return f"when {condition}, {text}" if condition else text


def _with_condition(properties: dict[str, object], condition: str) -> dict[str, object]:
    return {**properties, "condition": condition} if condition else properties


def region_in_zone(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    if not asset.placed:
        return
    settings = ctx.settings
    allowed = catalog.allowed_countries(settings.allowed_zone)
    for placement in asset.placed_at():
        value, countries, fact = placement.value, placement.countries, placement.fact
        if countries is None:
            continue
        outside = [c for c in countries if c not in allowed]
        if not outside:
            continue
        names = ", ".join(catalog.country_name(c) for c in outside)
        if fact:
            deployed = f"in a region sovscan cannot read ({value.reason}), but {fact}: {names}"
        else:
            where = names
            if placement.location and len(countries) == 1:
                where = placement.location if names in placement.location else f"{placement.location}, {names}"
            deployed = f"in {value.value} ({where})"
        when = describe_condition(placement.condition)
        message = _when(
            when,
            f"{_subject(asset)} {deployed}, outside the "
            f"{settings.zone_label} required by profile {'+'.join(settings.profiles)}",
        )
        properties = _with_condition(region_properties(placement), when)
        yield finding(
            rule,
            ctx,
            asset,
            message,
            _with_fact(value, fact, asset),
            properties,
            attribute="region",
            condition=when,
        )


def region_known(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    if not asset.placed:
        return
    address = asset.resource.address
    for placement in asset.placed_at():
        value = placement.value
        if not value.known and placement.countries is not None:
            continue  # the region is unknown, its country is not: the zone rule judges it
        when = describe_condition(placement.condition)
        if not value.known:
            reason = value.reason or "the value is not known before apply"
            message = f"the region of {address} cannot be determined: {reason}"
        elif not isinstance(value.value, str) or not value.value.strip():
            message = f"the region of {address} is not a region name: {_shown(value.value)}"
        elif placement.countries is None:
            message = (
                f"the region of {address} cannot be determined: '{value.value}' is not in "
                f"sovscan's {asset.region_catalog} region catalog"
            )
        else:
            continue
        attribute = f"region[{placement.index}]" if len(asset.regions) > 1 else "region"
        properties = _with_condition(region_properties(placement), when)
        message = _when(when, message)
        yield finding(rule, ctx, asset, message, value, properties, attribute=attribute, condition=when)


def _subject(asset: Asset) -> str:
    """What lands there: the resource, or, for a module that is not downloaded, whatever it
    creates with the provider it inherits."""
    if asset.resource.kind == "terraform" and asset.resource.type == "module":
        return f"whatever {asset.resource.address} creates with {asset.region_catalog} lands"
    return f"{asset.resource.address} is deployed"


def _shown(value: object) -> str:
    """A value as a reader knows it, never Python's None or ''."""
    if value is None:
        return "it is not set (null)"
    if isinstance(value, str):
        return "it is an empty string" if not value.strip() else repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"a {type(value).__name__}, {value}"
