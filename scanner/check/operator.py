"""Check kinds about who operates a resource: exposure to extra-EU law, qualifications."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scanner.check.context import CheckContext, finding
from scanner.check.library import Settings
from scanner.check.reads import Read
from scanner.check.rule import Rule
from scanner.facts.operator_catalog import (
    UNVERIFIED,
    Resolution,
    kubernetes_operator,
    operators,
    qualification,
    terraform_operator,
)
from scanner.facts.regions import Catalog
from scanner.facts.roles import DATA, role_of
from scanner.model import Asset, Finding, Value


def resolve(asset: Asset) -> Resolution:
    region = asset.regions[0] if asset.regions else None
    if asset.resource.kind == "kubernetes" and not asset.source:
        return kubernetes_operator(str(asset.resource.body.get("apiVersion", "")), region)
    return terraform_operator(asset.source, asset.settings, region)


def reads(rule: Rule, settings: Settings, qualifications: dict[str, list[dict[str, object]]]) -> Iterator[Read]:
    """The attributes that select an offer within a qualification's scope (the catalog's, and
    those the user's configuration adds), on the types each condition names."""
    entries = [entry for operator in operators().values() for entry in operator.qualifications]
    entries.extend(entry for extra in qualifications.values() for entry in extra)
    for entry in entries:
        scope = entry.get("scope") or {}
        for condition in scope.get("attributes") or () if isinstance(scope, dict) else ():
            for pattern in condition.get("types") or ("*",):
                yield Read(str(pattern), str(condition["path"]))


def operator_named(message: str, asset: Asset) -> str:
    """A message's `{operator}` as the catalog resolves this asset's operator (S3NS, not
    Google, on the s3nsapis.fr universe); "provider" when it cannot be resolved."""
    if "{operator}" not in message:
        return message
    operator = resolve(asset).operator
    return message.replace("{operator}", operator.short_title if operator is not None else "provider")


def _origin(asset: Asset) -> Value:
    steps = tuple(step for value in asset.settings.values() for step in value.origin)
    return Value(None, origin=steps)


def _holds_data(asset: Asset) -> bool:
    """PRV rules judge what holds or processes data: not network plumbing, and a data
    store's sub-objects (users, databases) only once, at the store."""
    return asset.resource.kind != "terraform" or role_of(asset.resource.type)[0] == DATA


def operator_immune(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    """PRV001: the profile requires an operator immune to extra-EU law."""
    if not ctx.settings.require_immunity or not asset.placed or not _holds_data(asset):
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
    if not ctx.settings.required_qualifications or not asset.placed or not _holds_data(asset):
        return
    resolution = resolve(asset)
    operator = resolution.operator
    address = asset.resource.address
    region = asset.regions[0] if asset.regions else None
    code = _region_code(asset)
    for name in ctx.settings.required_qualifications:
        if operator is None:
            message = (
                f"{address}: the operator cannot be determined, so its {name} qualification is "
                f"unverified: {resolution.reason}"
            )
            properties = {"qualification": name, "outcome": UNVERIFIED, **_level_as(rule)}
            yield finding(rule, ctx, asset, message, _origin(asset), properties, attribute=f"qualification.{name}")
            continue
        extra = ctx.qualifications.get(operator.key)
        if extra:
            operator = operator._replace(qualifications=(*extra, *operator.qualifications))
        coverage = qualification(operator, name, code, asset.resource.type, asset.facts)
        if coverage.covered and not coverage.conditions:
            continue
        properties = {"operator": operator.key, "qualification": name, "outcome": coverage.outcome}
        if coverage.record is not None:
            properties["qualification_record"] = qualification_record(coverage.record)
        if coverage.covered:
            # Preconditions no attribute shows are not taken as met: the auditor confirms them.
            message = (
                f"{address} is covered by {operator.title}'s {name}, provided that: {coverage.conditions} "
                "(not visible in the code: confirm it)"
            )
            properties.update({"provided_that": coverage.conditions, **_level_as(rule)})
        elif coverage.outcome == UNVERIFIED:
            message = f"{address}: {name} coverage by {operator.title} is not verified: {coverage.reason}"
        else:
            message = f"{address} is not covered by a {name} qualification: {coverage.reason}"
        if coverage.outcome == UNVERIFIED:
            properties.update(_level_as(rule))
        yield finding(
            rule,
            ctx,
            asset,
            message,
            region or _origin(asset),
            properties,
            attribute=f"qualification.{name}",
            text=f"{operator.key}@{code or ''}",
        )


def _region_code(asset: Asset) -> str | None:
    """The catalog's code of the asset's first region when it is known. A zone (fr-par-1) is
    covered by its region's scope; what the catalog does not know as a region is an unknown
    placement (RES002's fact), never one outside the scope."""
    region = asset.regions[0] if asset.regions else None
    if region is None or not region.known or not isinstance(region.value, str) or not region.value:
        return None
    # A known region has one possible value: itself.
    return next((p.region for p in asset.placed_at() if p.index == 0), None)


def _level_as(rule: Rule) -> dict[str, str]:
    """What no source confirms or refutes is reported at the profile's level for unknowns."""
    source = rule.params.get("unverified_level_of")
    return {"level_as": str(source)} if source else {}


def qualification_record(entry: dict[str, Any]) -> dict[str, Any]:
    """What an auditor asks of the record a verdict rests on: status, scope, version, source, date."""
    scope = entry.get("scope") or {}
    sources = entry.get("sources") or ()
    return {
        "name": str(entry.get("name", "")),
        "status": str(entry.get("status", "unknown")),
        "scope": {k: scope[k] for k in ("regions", "verified_scope", "conditions", "note") if k in scope},
        "version": f"référentiel {entry['referentiel']}"
        if entry.get("referentiel")
        else str(entry.get("version") or "unknown"),
        "certificate_date": str(entry.get("certificate_date", "")),
        "sources": [
            {"title": str(s.get("title", "")), "url": str(s.get("url", "")), "retrieved": str(s.get("retrieved", ""))}
            for s in sources
        ],
    }
