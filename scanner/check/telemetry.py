"""EGR001: telemetry and SaaS endpoints outside the zone — set on a Terraform provider
(Datadog `api_url`, New Relic `region`…), or in a workload's environment or a ConfigMap
(`DD_SITE`, `OTEL_EXPORTER_OTLP_ENDPOINT`, a Sentry DSN…)."""

from __future__ import annotations

from collections.abc import Iterator

from scanner.check.context import CheckContext, finding
from scanner.check.library import Settings
from scanner.check.reads import Read
from scanner.check.rule import Rule
from scanner.check.workloads import pod_field_location, pod_spec
from scanner.facts.endpoints import (
    EndpointSetting,
    Place,
    endpoint_place,
    endpoint_variables,
    host_of,
    mapped_place,
    provider_endpoint_settings,
    setting_place,
    terraform_endpoint_providers,
    terraform_endpoint_resources,
)
from scanner.facts.regions import Catalog
from scanner.fields import field_location
from scanner.model import Asset, Finding, Location, Value


def reads(rule: Rule, settings: Settings, qualifications: dict[str, list[dict[str, object]]]) -> Iterator[Read]:
    """Every endpoint setting of every telemetry provider, on provider configurations, and
    the settings that place a SaaS resource's data, on those resources."""
    for source in terraform_endpoint_providers():
        for setting in provider_endpoint_settings(source):
            yield Read("provider.*", setting.attribute)
    for (_, resource_type), setting in terraform_endpoint_resources().items():
        yield Read(resource_type, setting.attribute)


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
        # Every endpoint setting the provider block writes is judged (PagerDuty's
        # api_url_override as well as its service_region); the default only when none is written.
        written = [
            (s.attribute, v) for s in provider_endpoint_settings(asset.source) for v in facts.values(s.attribute)
        ]
        default = terraform.get("default_host") or terraform.get("default_value")
        if not written and default:
            written = [(str(terraform.get("attribute") or "endpoint"), Value(str(default)))]
        found.extend((service, name, v, None) for name, v in written)
    setting = _resource_setting(asset)
    if setting is not None and facts is not None:
        values = facts.values(setting.attribute) or [
            Value.unknown(f"{setting.attribute} is not set, so where the service keeps the data cannot be told")
        ]
        found.extend((setting.service, setting.attribute, v, None) for v in values)
    return found


def _resource_setting(asset: Asset) -> EndpointSetting | None:
    """The setting of a SaaS resource that places its data (`ec_deployment.region`)."""
    if asset.resource.kind not in ("terraform", "tfplan") or asset.resource.type.startswith("provider."):
        return None
    return terraform_endpoint_resources().get((asset.source, asset.resource.type))


def telemetry_endpoints(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    address = asset.resource.address
    for service, name, value, location in _settings(asset):
        if not value.known:
            message = f"{address}: {name} cannot be verified: {value.reason}"
            yield finding(rule, ctx, asset, message, value, attribute=name, location=location)
            continue
        text = str(value.value)
        setting = _resource_setting(asset)
        place = setting_place(setting, text, catalog) if setting is not None else _place(service, text, catalog)
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
