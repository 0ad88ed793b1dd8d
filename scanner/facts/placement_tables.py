"""Placement tables (`rules/providers/*.yaml`): which attribute holds a resource's region."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from scanner.model import Location, Step, Value
from scanner.patterns import matches
from scanner.ruledata.bundle import load_yaml, rules_dir

if TYPE_CHECKING:
    from scanner.facts.regions import RegionList


class RedirectTarget(NamedTuple):
    source: str
    catalog: str
    pattern: str


class EndpointRedirect(NamedTuple):
    """A provider endpoint setting that, for some types, can point at another operator."""

    types: tuple[str, ...]
    attribute: str
    own: str  # the provider's own hosts
    operators: tuple[RedirectTarget, ...]


class PlacementTable(NamedTuple):
    provider: str
    sources: tuple[str, ...]
    region_attributes: tuple[str, ...]
    zone_attributes: tuple[str, ...]
    provider_region_attributes: tuple[str, ...]
    inherit_provider_region: bool
    unplaced_types: tuple[str, ...]
    region_data_sources: dict[str, tuple[str, ...]]
    # A provider that reaches many operators' clouds (OpenStack): operator key → the
    # region catalog to read once the operator is identified.
    region_catalog_by_operator: dict[str, str]
    # Whether a remote module that is not downloaded places what it creates with this
    # provider in the provider configuration's region (false where resources carry their
    # own location, as Azure's and most of Google's data stores do).
    modules_inherit_provider_region: bool = False
    # Attribute → resource types it names whose placement a resource without its own
    # region takes (an IONOS server's `datacenter_id`, an azapi resource's `parent_id`).
    parent_references: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - NamedTuple field, never mutated
    # Attribute → value patterns that make a resource unplaced (an ARM child type such as
    # `Microsoft.Storage/storageAccounts/blobServices@…` lives in its parent).
    unplaced_values: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - never mutated
    # An operator with a single region places every resource there, provider region or not:
    # the region and the fact that placed it (fixed_region of this table, or a region
    # catalog marked `complete` that lists one region), except for `fixed_region_except`.
    fixed_region: str = ""
    fixed_region_fact: str = ""
    fixed_region_except: tuple[str, ...] = ()
    # Provider attribute → regex whose group `region` is the region (NumSpot's API host).
    provider_region_patterns: dict[str, str] = {}  # noqa: RUF012 - NamedTuple field, never mutated
    # The same for some types only (NumSpot buckets are served by numspot_host_os).
    provider_region_patterns_by_type: dict[str, dict[str, str]] = {}  # noqa: RUF012 - never mutated
    # Data sources whose attributes list zones of the region of the provider they use.
    zone_data_sources: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - never mutated

    # False when the provider configuration has no region setting at all (OVHcloud, IONOS…):
    # a resource without a location of its own is then unknown for that reason.
    provider_has_region: bool = True
    # Location values that name no region (`global`), and the types for which such a
    # location is a control-plane object (no residency question) rather than data that
    # the provider may keep anywhere.
    global_values: tuple[str, ...] = ()
    global_control_plane_types: tuple[str, ...] = ()
    # The provider schema's default location of a type, used when the resource sets none
    # (instead of the provider configuration's region).
    default_locations: dict[str, str] = {}  # noqa: RUF012 - never mutated
    # Other operators' endpoints this provider can be pointed at (see rules/providers/aws.yaml).
    endpoint_redirects: tuple[EndpointRedirect, ...] = ()
    # The provider attributes that hold the region for some types only (IONOS object storage
    # reads `s3_region`; Outscale OKS its `oks { region }`): type pattern → attributes.
    provider_region_attributes_by_type: dict[str, tuple[str, ...]] = {}  # noqa: RUF012 - never mutated

    def region_patterns_for(self, resource_type: str) -> dict[str, str]:
        for pattern, entry in self.provider_region_patterns_by_type.items():
            if matches(resource_type, pattern):
                return entry
        return self.provider_region_patterns

    def region_attributes_for(self, resource_type: str) -> tuple[str, ...]:
        for pattern, names in self.provider_region_attributes_by_type.items():
            if matches(resource_type, pattern):
                return names
        return self.provider_region_attributes

    def is_unplaced(self, resource_type: str) -> bool:
        return any(matches(resource_type, pattern) for pattern in self.unplaced_types)

    def fixed_placement(self, resource_type: str, where: Location) -> Value | None:
        """The one region this provider's resource can be in, with the fact that says so."""
        if not self.fixed_region or any(matches(resource_type, p) for p in self.fixed_region_except):
            return None
        return Value(self.fixed_region, origin=(Step(self.fixed_region_fact, where),))


def _fixed_region(provider: str, data: dict[str, Any]) -> tuple[str, str]:
    """A table's declared fixed_region, or the single region of a complete region catalog."""
    from scanner.facts.regions import load_catalog

    region_list = load_catalog().regions.get(provider)
    declared = str(data.get("fixed_region") or "")
    if declared:
        note = " ".join(str(data.get("fixed_region_note", "")).split())
        return declared, f"{region_list.title if region_list else provider} operates only region {declared}: {note}"
    # Only where nothing can name a region: a provider setting that names another one (a
    # NumSpot host for a region not yet catalogued) must not be overridden by the list.
    names_regions = any(
        data.get(k)
        for k in ("provider_region_attributes", "provider_region_patterns", "provider_region_patterns_by_type")
    )
    if region_list is not None and region_list.complete and len(region_list.regions) == 1 and not names_regions:
        (code,) = region_list.regions
        return code, f"{region_list.title} operates only region {code} (rules/catalog/regions/{provider}.yaml)"
    return "", ""


def sole_country_fact(region_list: RegionList | None, source: str, resource_type: str) -> tuple[str, str] | None:
    """The country a resource of this operator is in when its region is not known, and the
    fact that says so: every region of a `complete` catalog lies in that one country.
    None when the regions span countries, the list may be partial, or the operator's table
    excepts the type (fixed_region_except: a product with regions of its own)."""
    country = region_list.sole_country() if region_list is not None else None
    if country is None or region_list is None:
        return None
    table = terraform_tables().get(source.lower()) if source else None
    if table is not None and any(matches(resource_type, p) for p in table.fixed_region_except):
        return None
    provider = region_list.provider
    where = f"rules/catalog/regions/{provider}.yaml, which lists all of {region_list.title}'s regions"
    return country, f"every region of {provider} is in {country} ({where})"


class OperatorTable(NamedTuple):
    name: str
    group_suffix: str
    provider: str
    region_fields: tuple[str, ...]
    region_annotations: tuple[str, ...]
    region_required: bool


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(x) for x in data.get(key) or ())


def _as_strings(items: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in items or ())


@lru_cache(maxsize=1)
def terraform_tables() -> dict[str, PlacementTable]:
    """Registry source address (`hashicorp/aws`) → its placement table."""
    tables: dict[str, PlacementTable] = {}
    for path in sorted((rules_dir() / "providers").glob("*.yaml")):
        data = load_yaml(path)
        if "operators" in data or "placeless_providers" in data:
            continue
        table = PlacementTable(
            provider=str(data["provider"]),
            sources=_strings(data, "sources"),
            region_attributes=_strings(data, "region_attributes"),
            zone_attributes=_strings(data, "zone_attributes"),
            provider_region_attributes=_strings(data, "provider_region_attributes"),
            inherit_provider_region=bool(data.get("inherit_provider_region")),
            unplaced_types=_strings(data, "unplaced_types"),
            region_data_sources={
                str(k): tuple(str(a) for a in v) for k, v in (data.get("region_data_sources") or {}).items()
            },
            region_catalog_by_operator={
                str(k): str(v) for k, v in (data.get("region_catalog_by_operator") or {}).items()
            },
            modules_inherit_provider_region=bool(
                data.get(
                    "modules_inherit_provider_region",
                    data.get("inherit_provider_region")
                    and (data.get("provider_region_attributes") or data.get("provider_region_patterns")),
                )
            ),
        )
        global_locations = data.get("global_locations") or {}
        table = table._replace(
            provider_has_region=bool(data.get("provider_has_region", True)),
            global_values=tuple(str(v).lower() for v in global_locations.get("values") or ()),
            global_control_plane_types=_as_strings(global_locations.get("control_plane_types")),
            default_locations={str(k): str(v) for k, v in (data.get("default_locations") or {}).items()},
            endpoint_redirects=tuple(
                EndpointRedirect(
                    types=_as_strings(entry.get("types")),
                    attribute=str(entry["attribute"]),
                    own=str(entry.get("own", "")),
                    operators=tuple(
                        RedirectTarget(str(o["source"]), str(o["catalog"]), str(o["pattern"]))
                        for o in entry.get("operators") or ()
                    ),
                )
                for entry in data.get("endpoint_redirects") or ()
            ),
            provider_region_attributes_by_type={
                str(k): _as_strings(v) for k, v in (data.get("provider_region_attributes_by_type") or {}).items()
            },
            parent_references={str(k): _as_strings(v) for k, v in (data.get("parent_references") or {}).items()},
            unplaced_values={str(k): _as_strings(v) for k, v in (data.get("unplaced_values") or {}).items()},
        )
        zones = {str(k): tuple(str(a) for a in v) for k, v in (data.get("zone_data_sources") or {}).items()}
        if zones:
            table = table._replace(zone_data_sources=zones)
        patterns = {str(k): str(v) for k, v in (data.get("provider_region_patterns") or {}).items()}
        by_type = {
            str(t): {str(k): str(v) for k, v in (entry or {}).items()}
            for t, entry in (data.get("provider_region_patterns_by_type") or {}).items()
        }
        if patterns or by_type:
            table = table._replace(provider_region_patterns=patterns, provider_region_patterns_by_type=by_type)
        fixed, fact = _fixed_region(table.provider, data)
        # The exceptions hold for a country derived from the catalog too (sole_country_fact).
        table = table._replace(
            fixed_region=fixed, fixed_region_fact=fact, fixed_region_except=_strings(data, "fixed_region_except")
        )
        for source in table.sources:
            tables[source.lower()] = table
    return tables


@lru_cache(maxsize=1)
def operator_tables() -> tuple[OperatorTable, ...]:
    data = load_yaml(rules_dir() / "providers" / "kubernetes.yaml")
    return tuple(
        OperatorTable(
            name=str(entry["name"]),
            group_suffix=str(entry["group_suffix"]),
            provider=str(entry["provider"]),
            region_fields=_strings(entry, "region_fields"),
            region_annotations=_strings(entry, "region_annotations"),
            region_required=bool(entry.get("region_required")),
        )
        for entry in data["operators"]
    )


@lru_cache(maxsize=1)
def placeless_providers() -> dict[str, str]:
    """Provider source → why its resources hold no data anywhere (`hashicorp/random`)."""
    data = load_yaml(rules_dir() / "providers" / "placeless.yaml")
    return {str(k).lower(): " ".join(str(v).split()) for k, v in (data.get("placeless_providers") or {}).items()}


@lru_cache(maxsize=1)
def placeless_modules() -> dict[str, str]:
    """Registry module address → why what it creates holds no data anywhere (reviewed code)."""
    data = load_yaml(rules_dir() / "providers" / "placeless.yaml")
    return {str(k).lower(): " ".join(str(v).split()) for k, v in (data.get("placeless_modules") or {}).items()}


def source_by_local_name(local: str) -> str | None:
    """The catalogued source whose type is `local` (`scaleway` → `scaleway/scaleway`), for a
    module that names a provider without declaring its source; None if none or several."""
    from scanner.facts.endpoints import terraform_endpoint_providers

    known = [*terraform_tables(), *placeless_providers(), *terraform_endpoint_providers()]
    found = sorted({s for s in known if s.rsplit("/", 1)[-1] == local.lower()})
    hashicorp = f"hashicorp/{local.lower()}"
    if hashicorp in found:
        return hashicorp
    return found[0] if len(found) == 1 else None
