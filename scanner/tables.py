"""Placement tables (`rules/providers/*.yaml`): which attribute holds a resource's region."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from scanner.data import load_yaml, rules_dir
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

    def is_unplaced(self, resource_type: str) -> bool:
        return any(matches(resource_type, pattern) for pattern in self.unplaced_types)


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
