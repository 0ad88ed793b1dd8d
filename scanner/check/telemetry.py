"""EGR001: telemetry and SaaS endpoints outside the zone — set on a Terraform provider
(Datadog `api_url`, New Relic `region`…), or in a workload's environment or a ConfigMap
(`DD_SITE`, `OTEL_EXPORTER_OTLP_ENDPOINT`, a Sentry DSN…)."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.catalog import Catalog
from scanner.check.context import CheckContext, finding
from scanner.check.library import Settings
from scanner.check.reads import Read
from scanner.check.rule import Rule
from scanner.check.workloads import pod_field_location, pod_spec
from scanner.egress import (
    Place,
    endpoint_place,
    endpoint_variables,
    host_of,
    mapped_place,
    terraform_endpoint_providers,
)
from scanner.fields import field_location
from scanner.model import Asset, Finding, Location, Value


def reads(rule: Rule, settings: Settings, qualifications: dict[str, list[dict[str, object]]]) -> Iterator[Read]:
    """The endpoint attribute of every telemetry provider, on provider configurations."""
    for _, terraform in terraform_endpoint_providers().values():
        attribute = str(terraform.get("attribute", ""))
        if attribute:
            yield Read("provider.*", attribute)


def _place(service: str, value: str, catalog: Catalog) -> Place | None:
    host = host_of(value)
    place = endpoint_place(host, catalog) if host else None
    return place or mapped_place(service, value)


def _settings(asset: Asset) -> list[tuple[str, str, Value, Location | None]]:
    """(service, setting name, value, where it is written when that is a field of a Kubernetes object) for
    every endpoint setting of this asset."""
    body = asset.resource.body if asset.resource.kind == "kubernetes" else {}
    variables = endpoint_variables()
    found: list[tuple[str, str, Value, Location | None]] = []
    facts = asset.facts
    origin = facts.origin if asset.resource.kind == "kubernetes" and facts is not None else ()
    spec = pod_spec(asset)
    if spec is not None:
        for key in ("initContainers", "containers"):
            for index, container in enumerate(spec.get(key) or []):
                for number, env in enumerate((container.get("env") or []) if isinstance(container, dict) else []):
                    if isinstance(env, dict) and env.get("name") in variables:
                        value = env.get("value")
                        service, name = variables[env["name"]], str(env["name"])
                        if isinstance(value, str):
                            where = pod_field_location(asset, key, index, "env", number, "value")
                            found.append((service, name, Value(value, origin=origin), where))
                        elif "valueFrom" in env:
                            reason = f"{env['name']} comes from a Secret or ConfigMap reference"
                            where = pod_field_location(asset, key, index, "env", number, "name")
                            found.append((service, name, Value.unknown(reason, origin), where))
    if body.get("kind") == "ConfigMap" and isinstance(body.get("data"), dict):
        for key, value in body["data"].items():
            if key in variables and isinstance(value, str):
                where = field_location(asset.resource, "data", key)
                found.append((variables[key], str(key), Value(value, origin=origin), where))
    if asset.resource.type.startswith("provider.") and facts is not None:
        service, terraform = terraform_endpoint_providers().get(asset.source, ("", {}))
        attribute = str(terraform.get("attribute", ""))
        values = facts.values(attribute) if attribute else []
        default = terraform.get("default_host") or terraform.get("default_value")
        if not values and default:
            values = [Value(str(default))]
        found.extend((service, attribute or "endpoint", v, None) for v in values)
    return found


def telemetry_endpoints(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    address = asset.resource.address
    for service, name, value, location in _settings(asset):
        if not value.known:
            message = f"{address}: {name} cannot be verified: {value.reason}"
            yield finding(rule, ctx, asset, message, value, attribute=name, location=location)
            continue
        text = str(value.value)
        place = _place(service, text, catalog)
        if place is None or not place.known:
            message = f"{address}: {name}={text} sends data to an endpoint whose location sovscan cannot verify"
            yield finding(rule, ctx, asset, message, value, {"endpoint": text}, attribute=name, location=location)
            continue
        outside = place.outside(catalog, ctx.settings.allowed_zone)
        if outside:
            where = ", ".join(catalog.country_name(c) for c in outside if c != "?") or "outside the zone"
            message = (
                f"{address}: {name}={text} sends telemetry to {place.service} in {where}, outside the "
                f"{ctx.settings.zone_label}"
            )
            properties = {"endpoint": text, "countries": list(place.countries)}
            yield finding(rule, ctx, asset, message, value, properties, attribute=name, location=location)
