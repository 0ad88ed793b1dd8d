"""Check kinds for Kubernetes workloads: where their pods may be scheduled (RES003), where
their images come from (PRV003). Telemetry endpoints they call are in `egress`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scanner.check.context import CheckContext, finding
from scanner.check.rule import Rule
from scanner.facts.endpoints import registry_host, registry_place
from scanner.facts.regions import Catalog
from scanner.fields import field_location
from scanner.model import Asset, Finding, Location, Value
from scanner.patterns import matches

REGION_LABELS = ("topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region")
ZONE_LABELS = ("topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone")
_POD_SPEC_PATHS = {
    "Pod": ("spec",),
    "Deployment": ("spec", "template", "spec"),
    "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
    "ReplicaSet": ("spec", "template", "spec"),
    "ReplicationController": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
}


def pod_spec(asset: Asset) -> dict[str, Any] | None:
    if asset.resource.kind != "kubernetes":
        return None
    path = _POD_SPEC_PATHS.get(str(asset.resource.body.get("kind", "")))
    current: Any = asset.resource.body
    for key in path or ():
        current = current.get(key) if isinstance(current, dict) else None
    return current if path and isinstance(current, dict) else None


def pod_field_location(asset: Asset, *path: str | int) -> Location:
    """Where a field of the pod spec (`"containers", 0, "image"`) is written, else the object's span."""
    spec_path = _POD_SPEC_PATHS.get(str(asset.resource.body.get("kind", "")), ())
    return field_location(asset.resource, *spec_path, *path)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _placement_values(spec: dict[str, Any]) -> list[tuple[str, str, tuple[str | int, ...]]]:
    """(label, value, path of the value within the pod spec) a pod is required to be scheduled on."""
    found: list[tuple[str, str, tuple[str | int, ...]]] = []
    labels = (*REGION_LABELS, *ZONE_LABELS)
    selector = spec.get("nodeSelector")
    if isinstance(selector, dict):
        found.extend((k, str(v), ("nodeSelector", k)) for k, v in selector.items() if k in labels)
    affinity = spec.get("affinity")
    node = affinity.get("nodeAffinity") if isinstance(affinity, dict) else None
    required = node.get("requiredDuringSchedulingIgnoredDuringExecution") if isinstance(node, dict) else None
    terms = required.get("nodeSelectorTerms") if isinstance(required, dict) else None
    terms_path = ("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
    for t, term in enumerate(terms if isinstance(terms, list) else ()):
        expressions = term.get("matchExpressions") if isinstance(term, dict) else None
        for e, expression in enumerate(expressions if isinstance(expressions, list) else ()):
            if not isinstance(expression, dict):
                continue
            if expression.get("key") in labels and expression.get("operator") == "In":
                values = expression.get("values") or ()
                for v, value in enumerate(values if isinstance(values, list) else ()):
                    path = (*terms_path, t, "matchExpressions", e, "values", v)
                    found.append((str(expression["key"]), str(value), path))
    return found


def _countries(value: str, catalog: Catalog) -> tuple[tuple[str, ...], list[str]]:
    """Countries a region or zone code may mean, across every provider's catalog."""
    countries: set[str] = set()
    providers: list[str] = []
    for name, region_list in sorted(catalog.regions.items()):
        info = region_list.lookup(value)
        if info is not None and info.countries:
            countries.update(info.countries)
            providers.append(name)
    return tuple(sorted(countries)), providers


def node_placement(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    """RES003: a workload pinned (nodeSelector / required node affinity) outside the zone."""
    spec = pod_spec(asset)
    if spec is None:
        return
    allowed = catalog.allowed_countries(ctx.settings.allowed_zone)
    address = asset.resource.address
    origin = Value(None, origin=(asset.facts.origin if asset.facts is not None else ()))
    for label, value, path in _placement_values(spec):
        countries, providers = _countries(value, catalog)
        location = pod_field_location(asset, *path)
        if not countries:
            message = f"{address} is scheduled on {label}={value}, a region sovscan cannot place"
            properties = {"region": value}
            yield finding(rule, ctx, asset, message, origin, properties, attribute=label, text=value, location=location)
            continue
        outside = [c for c in countries if c not in allowed]
        if outside:
            names = ", ".join(catalog.country_name(c) for c in outside)
            ambiguity = f" (the code means {names} for {', '.join(providers)})" if len(countries) > 1 else ""
            message = (
                f"{address} is scheduled on nodes in {value} ({names}){ambiguity}, outside the "
                f"{ctx.settings.zone_label} required by profile {'+'.join(ctx.settings.profiles)}"
            )
            properties = {"region": value, "countries": outside}
            yield finding(rule, ctx, asset, message, origin, properties, attribute=label, text=value, location=location)


def _images(spec: dict[str, Any]) -> dict[str, tuple[str | int, ...]]:
    """Each image the pod pulls, with the path (within the pod spec) of the first container field naming it."""
    images: dict[str, tuple[str | int, ...]] = {}
    for key in ("initContainers", "containers", "ephemeralContainers"):
        containers = spec.get(key)
        for index, container in enumerate(containers if isinstance(containers, list) else ()):
            image = container.get("image") if isinstance(container, dict) else None
            if isinstance(image, str) and image.strip():
                images.setdefault(image.strip(), (key, index, "image"))
    return images


def image_registry(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    """PRV003: images pulled from a registry outside the zone, or a global registry."""
    spec = pod_spec(asset)
    if spec is None:
        return
    trusted = tuple(rule.params.get("trusted_registries") or ()) + ctx.trusted_registries
    origin = Value(None, origin=(asset.facts.origin if asset.facts is not None else ()))
    for image, path in _images(spec).items():
        host = registry_host(image)
        if any(matches(host, pattern) for pattern in trusted):
            continue
        place = registry_place(host, catalog)
        address = asset.resource.address
        if place is None:
            message = (
                f"{address} pulls {image} from {host}, a registry sovscan does not know: its location and "
                "operator are unverified (list it under trusted-registries if it is yours)"
            )
        elif place.global_network:
            message = (
                f"{address} pulls {image} from {place.service}, served from a global network, "
                f"not from the {ctx.settings.zone_label}"
            )
        elif not place.known or place.outside(catalog, ctx.settings.allowed_zone):
            outside = place.outside(catalog, ctx.settings.allowed_zone)
            where = ", ".join(catalog.country_name(c) for c in outside if c != "?") or "an unknown location"
            message = f"{address} pulls {image} from {place.service} in {where}, outside the {ctx.settings.zone_label}"
        else:
            continue
        properties = {"image": image, "registry": host}
        location = pod_field_location(asset, *path)
        yield finding(rule, ctx, asset, message, origin, properties, attribute="image", text=image, location=location)
