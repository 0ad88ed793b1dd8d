"""The assets step: each asset's attributes read once, through its adapter's reader, into
plain facts (`AttributeFacts`) that checks read; the reader, and the evaluator behind it,
is dropped before any check runs. Each region is looked up in the catalog once, here
(`place`), for the zone and operator rules alike.

Which paths to read on a resource type is the checks' to say (scanner/check/reads.py):
the pipeline passes `paths_for`, which gives, for a resource type, the paths whose values
and the paths whose references some active rule may read there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from scanner.facts.placement_tables import sole_country_fact
from scanner.facts.regions import Catalog
from scanner.model import Asset, AttributeFacts, AttributeReader, Placement, Step, Value
from scanner.possible import possible

PathsFor = Callable[[str], tuple[Iterable[str], Iterable[str]]]


def read_facts(assets: list[Asset], paths_for: PathsFor) -> None:
    """Give every asset that has a reader its facts, and drop the reader."""
    for asset in assets:
        reader = asset.reader
        if reader is None:
            continue
        value_paths, reference_paths = paths_for(asset.resource.type)
        asset.facts = facts_of(reader, value_paths, reference_paths)
        asset.reader = None


def facts_of(reader: AttributeReader, value_paths: Iterable[str], reference_paths: Iterable[str]) -> AttributeFacts:
    """The values and references at the given paths. A path whose reading raises holds the
    error (without its traceback, which would keep the evaluator's frames alive): a fault
    costs the rules that read that path on this resource, as when checks read it live."""
    read: dict[str, tuple[Value, ...] | BaseException] = {}
    for path in value_paths:
        try:
            read[path] = tuple(reader.values(path))
        except Exception as error:  # noqa: BLE001 - a fault costs this path of this resource
            read[path] = _detached(error)
    referenced: dict[str, tuple[str, ...] | BaseException] = {}
    for path in reference_paths:
        try:
            referenced[path] = tuple(reader.references(path))
        except Exception as error:  # noqa: BLE001
            referenced[path] = _detached(error)
    origin: tuple[Step, ...] = getattr(reader, "origin", ())
    return AttributeFacts(read, referenced, origin)


def _detached(error: Exception) -> Exception:
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def place(assets: list[Asset], catalog: Catalog) -> None:
    """Look each placed asset's regions up in the catalog, once: every possible value of
    each region (scanner/evaluate/choices.py), with the countries and zone it lands in."""
    for asset in assets:
        if not asset.placed:
            continue
        asset.placements = tuple(
            placement_of(asset, index, value, condition, catalog)
            for index, region in enumerate(asset.regions)
            for value, condition, _ in possible(region)
        )


def placement_of(asset: Asset, index: int, value: Value, condition: tuple[Any, ...], catalog: Catalog) -> Placement:
    """Where `value`, a possible value of the asset's region number `index`, places it."""
    unplaced = Placement(index, value, condition, None)
    region_list = catalog.regions.get(asset.region_catalog)
    if region_list is None:
        return unplaced
    if not value.known:
        sole = sole_country_fact(region_list, asset.source, asset.resource.type)
        if sole is None:
            return unplaced
        return unplaced._replace(countries=(sole[0],), fact=sole[1], zone=catalog.widest_zone((sole[0],)))
    info = region_list.lookup(value.value) if isinstance(value.value, str) else None
    if info is None:
        return unplaced
    located = unplaced._replace(region=info.code, location=info.location)
    if not info.countries:
        return located
    return located._replace(countries=info.countries, zone=catalog.widest_zone(info.countries))


def placed_countries(asset: Asset, value: Value, catalog: Catalog) -> tuple[tuple[str, ...], str] | None:
    """The countries a region value places the asset in, and, when the region itself is not
    known, the catalog fact that still places it ("every region of numspot is in FR");
    None when the countries are not known."""
    placement = placement_of(asset, 0, value, (), catalog)
    return None if placement.countries is None else (placement.countries, placement.fact)
