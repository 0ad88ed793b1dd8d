"""Placement tables (`rules/providers/*.yaml`): which attribute holds a resource's region."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from scanner.data import load_yaml, rules_dir
from scanner.model import Location, Step, Value
from scanner.patterns import matches


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

    def region_patterns_for(self, resource_type: str) -> dict[str, str]:
        return self.provider_region_patterns_by_type.get(resource_type, self.provider_region_patterns)

    def is_unplaced(self, resource_type: str) -> bool:
        return any(matches(resource_type, pattern) for pattern in self.unplaced_types)

    def fixed_placement(self, resource_type: str, where: Location) -> Value | None:
        """The one region this provider's resource can be in, with the fact that says so."""
        if not self.fixed_region or any(matches(resource_type, p) for p in self.fixed_region_except):
            return None
        return Value(self.fixed_region, origin=(Step(self.fixed_region_fact, where),))


def _fixed_region(provider: str, data: dict[str, Any]) -> tuple[str, str]:
    """A table's declared fixed_region, or the single region of a complete region catalog."""
    from scanner.catalog import load_catalog

    region_list = load_catalog().regions.get(provider)
    declared = str(data.get("fixed_region") or "")
    if declared:
        note = " ".join(str(data.get("fixed_region_note", "")).split())
        return declared, f"{region_list.title if region_list else provider} operates only region {declared}: {note}"
    if region_list is not None and region_list.complete and len(region_list.regions) == 1:
        (code,) = region_list.regions
        return code, f"{region_list.title} operates only region {code} (rules/catalog/regions/{provider}.yaml)"
    return "", ""


class OperatorTable(NamedTuple):
    name: str
    group_suffix: str
    provider: str
    region_fields: tuple[str, ...]
    region_annotations: tuple[str, ...]
    region_required: bool


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(x) for x in data.get(key) or ())


@lru_cache(maxsize=1)
def terraform_tables() -> dict[str, PlacementTable]:
    """Registry source address (`hashicorp/aws`) → its placement table."""
    tables: dict[str, PlacementTable] = {}
    for path in sorted((rules_dir() / "providers").glob("*.yaml")):
        data = load_yaml(path)
        if "operators" in data:
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
        if fixed:
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
