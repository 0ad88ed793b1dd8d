"""Where a host sends data: container registries (`rules/catalog/registries.yaml`) and
telemetry or SaaS endpoints (`rules/catalog/endpoints.yaml`), resolved to countries.

A location is a set of countries, a zone (a vendor that documents "the EU" without a
country), or unknown; unknown is never treated as inside any zone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from scanner.facts.regions import Catalog
from scanner.ruledata.bundle import load_yaml, rules_dir


class Place(NamedTuple):
    """Where a host is: `countries`, or a documented `zone` only, or neither (unknown)."""

    service: str
    operator: str
    countries: tuple[str, ...] = ()
    zone: str | None = None
    global_network: bool = False
    detail: str = ""

    @property
    def known(self) -> bool:
        return bool(self.countries) or self.zone is not None

    def outside(self, catalog: Catalog, allowed_zone: str) -> list[str]:
        """Countries outside the zone; ['?'] when only a looser zone is documented."""
        allowed = catalog.allowed_countries(allowed_zone)
        if self.countries:
            return [c for c in self.countries if c not in allowed]
        if self.zone == "eu" and allowed_zone in ("eu", "eea", "adequacy"):
            return []
        return ["?"]


def host_of(value: str) -> str:
    """The host of a URL, DSN, `host:port` or bare site value, lower case."""
    text = value.strip()
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


@lru_cache(maxsize=1)
def _registries() -> dict[str, Any]:
    return load_yaml(rules_dir() / "catalog" / "registries.yaml")


@lru_cache(maxsize=1)
def _endpoints() -> dict[str, Any]:
    return load_yaml(rules_dir() / "catalog" / "endpoints.yaml")


def _resolve(
    entry: dict[str, Any], match: re.Match[str], catalog: Catalog, csp_catalogs: dict[str, str]
) -> tuple[tuple[str, ...], str | None]:
    if entry.get("country"):
        return (str(entry["country"]),), None
    if entry.get("countries"):
        return tuple(str(c) for c in entry["countries"]), None
    if entry.get("zone"):
        return (), str(entry["zone"])
    region = match.groupdict().get("region")
    key = entry.get("region_catalog")
    if key == "from_csp":
        key = csp_catalogs.get(match.groupdict().get("csp") or "")
    if region and key:
        region_list = catalog.regions.get(str(key))
        info = region_list.lookup(region) if region_list else None
        if info is not None and info.countries:
            return info.countries, None
    return (), None


def registry_host(image: str) -> str:
    """The registry host of an image reference (Docker Hub when none is written)."""
    first, sep, _ = image.partition("/")
    if sep and ("." in first or ":" in first or first == "localhost"):
        return first.split(":", 1)[0].lower()
    return str(_registries().get("default_registry", "docker.io"))


def registry_place(host: str, catalog: Catalog) -> Place | None:
    for entry in _registries().get("registries") or ():
        match = re.search(str(entry["pattern"]), host)
        if match:
            countries, zone = _resolve(entry, match, catalog, {})
            return Place(
                str(entry.get("name", host)),
                str(entry.get("operator", "")),
                countries,
                zone,
                bool(entry.get("global")),
                str(entry.get("note", "")),
            )
    return None


@lru_cache(maxsize=1)
def endpoint_variables() -> dict[str, str]:
    """Environment variable / config key → service that reads it."""
    names: dict[str, str] = {}
    for key, service in (_endpoints().get("services") or {}).items():
        for name in service.get("env_vars") or ():
            names.setdefault(str(name), str(key))
    return names


@lru_cache(maxsize=1)
def terraform_endpoint_providers() -> dict[str, tuple[str, dict[str, Any]]]:
    """Provider source → (service key, its `terraform` entry)."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for key, service in (_endpoints().get("services") or {}).items():
        terraform = service.get("terraform")
        if isinstance(terraform, dict) and terraform.get("provider_source"):
            found[str(terraform["provider_source"]).lower()] = (str(key), terraform)
    return found


class EndpointSetting(NamedTuple):
    """A Terraform setting that decides where a service keeps data: an attribute of the
    provider block (`resource` empty) or of a resource; `value_pattern` reads a region out of
    the value, where the value is a region id rather than a host."""

    service: str
    attribute: str
    resource: str = ""
    value_pattern: str = ""
    region_catalog: str = ""


def _endpoint_settings(service_key: str, terraform: dict[str, Any]) -> list[EndpointSetting]:
    found = [EndpointSetting(service_key, str(terraform["attribute"]))] if terraform.get("attribute") else []
    for entry in terraform.get("also") or ():
        found.append(
            EndpointSetting(
                service_key,
                str(entry["attribute"]),
                str(entry.get("resource", "")),
                str(entry.get("value_pattern", "")),
                str(entry.get("region_catalog", "")),
            )
        )
    return found


def provider_endpoint_settings(source: str) -> list[EndpointSetting]:
    """The provider-block attributes of the service this provider source talks to."""
    service_key, terraform = terraform_endpoint_providers().get(source, ("", {}))
    return [s for s in _endpoint_settings(service_key, terraform) if not s.resource] if service_key else []


@lru_cache(maxsize=1)
def terraform_endpoint_resources() -> dict[tuple[str, str], EndpointSetting]:
    """(provider source, resource type) → the attribute that places the service's data."""
    found: dict[tuple[str, str], EndpointSetting] = {}
    for source, (service_key, terraform) in terraform_endpoint_providers().items():
        for setting in _endpoint_settings(service_key, terraform):
            if setting.resource:
                found.setdefault((source, setting.resource), setting)
    return found


def setting_place(setting: EndpointSetting, value: str, catalog: Catalog) -> Place | None:
    """Where a region-id setting (`ec_deployment.region = "gcp-europe-west1"`) puts the data;
    None when the value does not have the documented form, or the setting has none."""
    if not setting.value_pattern:
        return None
    match = re.search(setting.value_pattern, value.strip().lower())
    if match is None:
        return None
    service = (_endpoints().get("services") or {}).get(setting.service) or {}
    csp = {str(k): str(v) for k, v in (service.get("csp_catalogs") or {}).items()}
    countries, zone = _resolve({"region_catalog": setting.region_catalog}, match, catalog, csp)
    return Place(str(service.get("title", setting.service)), setting.service, countries, zone)


def endpoint_place(host: str, catalog: Catalog) -> Place | None:
    for key, service in (_endpoints().get("services") or {}).items():
        csp = {str(k): str(v) for k, v in (service.get("csp_catalogs") or {}).items()}
        for entry in service.get("endpoints") or ():
            match = re.search(str(entry["pattern"]), host)
            if match:
                countries, zone = _resolve(entry, match, catalog, csp)
                return Place(
                    str(service.get("title", key)), str(key), countries, zone, False, str(entry.get("region", ""))
                )
    return None


def mapped_place(service_key: str, value: str) -> Place | None:
    """A provider setting that names a region rather than a host (New Relic `region = "EU"`)."""
    service = (_endpoints().get("services") or {}).get(service_key) or {}
    mapping = (service.get("terraform") or {}).get("value_map") or {}
    for key, location in mapping.items():
        if str(key).lower() == value.strip().lower():
            countries = (str(location["country"]),) if location.get("country") else ()
            return Place(str(service.get("title", service_key)), service_key, countries, location.get("zone"))
    return None
