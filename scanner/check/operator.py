"""Check kinds about who operates a resource: exposure to extra-EU law, qualifications."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.catalog import Catalog
from scanner.check.context import CheckContext, finding
from scanner.check.rule import Rule
from scanner.model import Asset, Finding, Value
from scanner.operators import Resolution, kubernetes_operator, qualification, terraform_operator


def resolve(asset: Asset) -> Resolution:
    region = asset.regions[0] if asset.regions else None
    if asset.resource.kind == "kubernetes" and not asset.source:
        return kubernetes_operator(str(asset.resource.body.get("apiVersion", "")), region)
    return terraform_operator(asset.source, asset.settings, region)


def _origin(asset: Asset) -> Value:
    steps = tuple(step for value in asset.settings.values() for step in value.origin)
    return Value(None, origin=steps)


def _said_elsewhere(asset: Asset, ctx: CheckContext, catalog: Catalog) -> bool:
    """RES001 or RES002 already reports this asset's region: an unknown region, or one
    outside the zone, says more than a qualification scope or an operator would."""
    for region in asset.regions:
        if not region.known:
            return True
        region_list = catalog.regions.get(asset.provider)
        info = region_list.lookup(str(region.value)) if region_list else None
        if info is None or not info.countries:
            return True
        allowed = catalog.allowed_countries(ctx.settings.allowed_zone)
        if any(c not in allowed for c in info.countries):
            return True
    return False


def operator_immune(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    """PRV001: the profile requires an operator immune to extra-EU law."""
    if not ctx.settings.require_immunity or not asset.placed or _said_elsewhere(asset, ctx, catalog):
        return
    resolution = resolve(asset)
    operator = resolution.operator
    address = asset.resource.address
    if operator is None:
        message = (
            f"the operator of {address} cannot be determined, so its immunity to extra-EU law is "
            f"unverified: {resolution.reason}"
        )
        yield finding(rule, ctx, asset, message, _origin(asset), attribute="operator")
    elif operator.exposed is not False:
        exposure = "is exposed to extra-EU law" if operator.exposed else "may be exposed to extra-EU law (unknown)"
        where = f" (jurisdiction {operator.jurisdiction})" if operator.jurisdiction else ""
        message = (
            f"{address} is operated by {operator.title}{where}, which {exposure}; profile "
            f"{'+'.join(ctx.settings.profiles)} requires an operator immune to it (SecNumCloud §19.6)"
        )
        properties = {"operator": operator.key}
        yield finding(rule, ctx, asset, message, _origin(asset), properties, attribute="operator", text=operator.key)


def operator_qualified(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    """PRV002: the operator's qualification does not cover this service or region."""
    if not ctx.settings.required_qualifications or not asset.placed or _said_elsewhere(asset, ctx, catalog):
        return
    resolution = resolve(asset)
    operator = resolution.operator
    address = asset.resource.address
    region = asset.regions[0] if asset.regions else None
    code = str(region.value) if region is not None and region.known else None
    region_list = catalog.regions.get(asset.provider)
    info = region_list.lookup(code) if region_list is not None and code else None
    if info is not None:
        code = info.code  # a zone (fr-par-1) is covered by its region's scope
    for name in ctx.settings.required_qualifications:
        if operator is None:
            message = (
                f"{address}: the operator cannot be determined, so its {name} qualification is "
                f"unverified: {resolution.reason}"
            )
            properties = {"qualification": name}
            yield finding(rule, ctx, asset, message, _origin(asset), properties, attribute=f"qualification.{name}")
            continue
        extra = ctx.qualifications.get(operator.key)
        if extra:
            operator = operator._replace(qualifications=(*extra, *operator.qualifications))
        coverage = qualification(operator, name, code, asset.resource.type)
        if not coverage.covered:
            message = f"{address} is not covered by a {name} qualification: {coverage.reason}"
            yield finding(
                rule,
                ctx,
                asset,
                message,
                region or _origin(asset),
                {"operator": operator.key, "qualification": name},
                attribute=f"qualification.{name}",
                text=f"{operator.key}@{code or ''}",
            )
