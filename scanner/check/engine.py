"""The check kinds that rules instantiate, and the loop that runs them over assets."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from scanner.catalog import Catalog
from scanner.check.library import Settings
from scanner.check.rule import Rule
from scanner.model import Asset, Finding, Value

CheckKind = Callable[[Rule, Asset, Settings, Catalog], Iterator[Finding]]


def _finding(
    rule: Rule, settings: Settings, asset: Asset, message: str, value: Value, catalog: Catalog
) -> Finding:
    properties: dict[str, object] = {"provider": asset.provider}
    if value.known and isinstance(value.value, str):
        properties["region"] = value.value
        region_list = catalog.regions.get(asset.provider)
        info = region_list.lookup(value.value) if region_list else None
        if info is not None and info.countries:
            properties["countries"] = list(info.countries)
            zones = {catalog.zone_of(c) for c in info.countries}
            properties["zone"] = max(zones, key=_ZONE_RANK.index)
    return Finding(
        rule_id=rule.id,
        level=settings.levels.get(rule.id, rule.level),
        message=message,
        location=asset.resource.location,
        address=asset.resource.address,
        related=(*value.origin, *asset.resource.meta.get("calls", ())),
        properties=properties,
    )


# The widest zone among a region's countries describes it: fr ⊂ eu ⊂ eea ⊂ adequacy ⊂ third.
_ZONE_RANK = ("fr", "eu", "eea", "adequacy", "third")


def _region_text(value: Value) -> str:
    return str(value.value)


def region_in_zone(rule: Rule, asset: Asset, settings: Settings, catalog: Catalog) -> Iterator[Finding]:
    region_list = catalog.regions.get(asset.provider)
    if region_list is None:
        return
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
            f"{asset.resource.address} is deployed in {_region_text(value)} ({where}), outside the "
            f"{settings.zone_label} required by profile {'+'.join(settings.profiles)}"
        )
        yield _finding(rule, settings, asset, message, value, catalog)


def region_known(rule: Rule, asset: Asset, settings: Settings, catalog: Catalog) -> Iterator[Finding]:
    region_list = catalog.regions.get(asset.provider)
    for value in asset.regions:
        if not value.known:
            reason = value.reason or "the value is not known before apply"
            message = f"the region of {asset.resource.address} cannot be determined: {reason}"
            yield _finding(rule, settings, asset, message, value, catalog)
            continue
        if not isinstance(value.value, str) or not value.value.strip():
            message = f"the region of {asset.resource.address} is not a region name: {value.value!r}"
            yield _finding(rule, settings, asset, message, value, catalog)
            continue
        info = region_list.lookup(value.value) if region_list else None
        if info is None or not info.countries:
            message = (
                f"the region of {asset.resource.address} cannot be determined: '{value.value}' is not in "
                f"sovscan's {asset.provider} region catalog"
            )
            yield _finding(rule, settings, asset, message, value, catalog)


CHECK_KINDS: dict[str, CheckKind] = {
    "region-in-zone": region_in_zone,
    "region-known": region_known,
}


def run_checks(assets: list[Asset], rules: list[Rule], settings: Settings, catalog: Catalog) -> list[Finding]:
    findings: list[Finding] = []
    active = [(rule, CHECK_KINDS[rule.check]) for rule in rules if rule.check in CHECK_KINDS]
    for asset in assets:
        if not asset.placed:
            continue
        for rule, kind in active:
            findings.extend(kind(rule, asset, settings, catalog))
    return findings
