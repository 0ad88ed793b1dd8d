"""Regions → countries → zones, read from `rules/catalog/` (sourced, dated data)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from scanner.ruledata.bundle import load_yaml, rules_dir

# Ordered from the strictest to the loosest; each allowed zone includes the ones before it.
ZONE_ORDER = ("fr", "eu", "eea", "adequacy")


class RegionInfo(NamedTuple):
    code: str
    countries: tuple[str, ...]
    location: str = ""
    note: str = ""
    pair: str | None = None


@dataclass(slots=True)
class RegionList:
    provider: str
    title: str
    normalize: str
    regions: dict[str, RegionInfo]
    aliases: dict[str, str]
    zone_pattern: re.Pattern[str] | None
    sources: list[dict[str, Any]] = field(default_factory=list)
    retrieved: str = ""
    # The operator documents these as all its regions (a single one places every resource).
    complete: bool = False

    def normalized(self, value: str) -> str:
        text = value.strip()
        if self.normalize in ("lower", "lower-nospace"):
            text = text.lower()
        if self.normalize == "lower-nospace":
            text = text.replace(" ", "")
        return text

    def lookup(self, value: str) -> RegionInfo | None:
        key = self.normalized(value)
        key = self.aliases.get(key, key)
        found = self.regions.get(key)
        if found is None and self.zone_pattern is not None:
            match = self.zone_pattern.match(key)
            if match:
                found = self.regions.get(match.group("region"))
        return found

    def sole_country(self) -> str | None:
        """The country every region lies in, when the list holds every region the operator
        documents (`complete`) and they all lie in that one country; None otherwise, since a
        region missing from the list, or a list across countries, could be anywhere."""
        if not self.complete or not self.regions:
            return None
        countries = {c for info in self.regions.values() for c in info.countries}
        if len(countries) != 1 or not all(info.countries for info in self.regions.values()):
            return None
        return next(iter(countries))


# Zones from the narrowest to the widest: fr ⊂ eu ⊂ eea ⊂ adequacy ⊂ third.
ZONE_RANK = ("fr", "eu", "eea", "adequacy", "third")


@dataclass(slots=True)
class Catalog:
    countries: dict[str, str]
    zone_members: dict[str, frozenset[str]]
    regions: dict[str, RegionList]
    zone_titles: dict[str, str]

    def country_name(self, code: str) -> str:
        return self.countries.get(code, code)

    def allowed_countries(self, zone: str) -> frozenset[str]:
        if zone == "fr":
            return frozenset({"FR"})
        if zone == "adequacy":
            return self.zone_members["eea"] | self.zone_members["adequacy"]
        return self.zone_members[zone]

    def widest_zone(self, countries: tuple[str, ...]) -> str:
        """The widest zone among a region's countries, which describes it."""
        return max((self.zone_of(c) for c in countries), key=ZONE_RANK.index)

    def zone_of(self, country: str) -> str:
        """The narrowest zone a country belongs to: fr, eu, eea, adequacy or third."""
        if country == "FR":
            return "fr"
        for zone in ("eu", "eea", "adequacy"):
            if country in self.zone_members.get(zone, ()):
                return zone
        return "third"


def _region_list(data: dict[str, Any]) -> RegionList:
    regions: dict[str, RegionInfo] = {}
    for code, entry in (data.get("regions") or {}).items():
        entry = entry or {}
        countries = entry.get("countries") or ([entry["country"]] if entry.get("country") else [])
        regions[str(code)] = RegionInfo(
            code=str(code),
            countries=tuple(str(c) for c in countries),
            location=str(entry.get("location", "")),
            note=str(entry.get("note", "")),
            pair=str(entry["pair"]) if entry.get("pair") else None,
        )
    pattern = data.get("zone_pattern")
    return RegionList(
        provider=str(data["provider"]),
        title=str(data.get("title", data["provider"])),
        normalize=str(data.get("normalize", "none")),
        regions=regions,
        aliases={str(k): str(v) for k, v in (data.get("aliases") or {}).items()},
        zone_pattern=re.compile(pattern) if pattern else None,
        sources=list(data.get("sources") or []),
        retrieved=str(data.get("retrieved", "")),
        complete=bool(data.get("complete", False)),
    )


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    base = rules_dir() / "catalog"
    countries_data = load_yaml(base / "countries.yaml")
    zones = countries_data.get("zones", {})
    zone_members = {name: frozenset(str(c) for c in z.get("members", [])) for name, z in zones.items()}
    zone_titles = {name: str(z.get("title", name)) for name, z in zones.items()}
    zone_titles.setdefault("fr", "France")
    regions: dict[str, RegionList] = {}
    for path in sorted((base / "regions").glob("*.yaml")):
        region_list = _region_list(load_yaml(path))
        regions[region_list.provider] = region_list
    return Catalog(
        countries={str(k): str(v) for k, v in countries_data.get("countries", {}).items()},
        zone_members=zone_members,
        regions=regions,
        zone_titles=zone_titles,
    )


def with_overrides(base: Catalog, regions: dict[str, dict[str, dict[str, Any]]]) -> Catalog:
    """The catalog plus the user's regions (a new object: the shipped one stays as it is)."""
    if not regions:
        return base
    lists = dict(base.regions)
    for provider, entries in regions.items():
        current = lists.get(provider) or RegionList(provider, provider, "lower", {}, {}, None)
        merged = dict(current.regions)
        for code, entry in entries.items():
            countries = entry.get("countries") or [entry["country"]]
            key = current.normalized(str(code))
            merged[key] = RegionInfo(key, tuple(countries), str(entry.get("location", "")), str(entry["note"]))
        lists[provider] = RegionList(
            current.provider,
            current.title,
            current.normalize,
            merged,
            current.aliases,
            current.zone_pattern,
            current.sources,
            current.retrieved,
            current.complete,
        )
    return Catalog(base.countries, base.zone_members, lists, base.zone_titles)
