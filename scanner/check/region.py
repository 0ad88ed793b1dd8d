"""Check kinds about where a resource lands: RES001 (outside the zone), RES002 (unknown)."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.catalog import Catalog
from scanner.check.context import CheckContext, finding
from scanner.check.rule import Rule
from scanner.model import Asset, Finding, Value

# The widest zone among a region's countries describes it: fr ⊂ eu ⊂ eea ⊂ adequacy ⊂ third.
ZONE_RANK = ("fr", "eu", "eea", "adequacy", "third")


def region_properties(asset: Asset, value: Value, catalog: Catalog) -> dict[str, object]:
    properties: dict[str, object] = {}
    if value.known and isinstance(value.value, str):
        properties["region"] = value.value
        region_list = catalog.regions.get(asset.provider)
        info = region_list.lookup(value.value) if region_list else None
        if info is not None and info.countries:
            properties["countries"] = list(info.countries)
            properties["zone"] = max((catalog.zone_of(c) for c in info.countries), key=ZONE_RANK.index)
    return properties


def region_in_zone(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    region_list = catalog.regions.get(asset.provider)
    if region_list is None or not asset.placed:
        return
    settings = ctx.settings
    allowed = catalog.allowed_countries(settings.allowed_zone)
    for value in asset.regions:
        if not value.known or not isinstance(value.value, str):
            continue
        info = region_list.lookup(value.value)
        if info is None or not info.countries:
            continue
        outside = [c for c in info.countries if c not in allowed]
        if not outside:
            continue
        names = ", ".join(catalog.country_name(c) for c in outside)
        where = names
        if info.location and len(info.countries) == 1:
            where = info.location if names in info.location else f"{info.location}, {names}"
        message = (
            f"{asset.resource.address} is deployed in {value.value} ({where}), outside the "
            f"{settings.zone_label} required by profile {'+'.join(settings.profiles)}"
        )
        yield finding(rule, ctx, asset, message, value, region_properties(asset, value, catalog), attribute="region")


def region_known(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    if not asset.placed:
        return
    region_list = catalog.regions.get(asset.provider)
    address = asset.resource.address
    for index, value in enumerate(asset.regions):
        if not value.known:
            reason = value.reason or "the value is not known before apply"
            message = f"the region of {address} cannot be determined: {reason}"
        elif not isinstance(value.value, str) or not value.value.strip():
            message = f"the region of {address} is not a region name: {_shown(value.value)}"
        elif region_list is None or (info := region_list.lookup(value.value)) is None or not info.countries:
            message = (
                f"the region of {address} cannot be determined: '{value.value}' is not in "
                f"sovscan's {asset.provider} region catalog"
            )
        else:
            continue
        attribute = f"region[{index}]" if len(asset.regions) > 1 else "region"
        yield finding(rule, ctx, asset, message, value, region_properties(asset, value, catalog), attribute=attribute)


def _shown(value: object) -> str:
    """A value as a reader knows it, never Python's None or ''."""
    if value is None:
        return "it is not set (null)"
    if isinstance(value, str):
        return "it is an empty string" if not value.strip() else repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return f"a {type(value).__name__}, {value}"
