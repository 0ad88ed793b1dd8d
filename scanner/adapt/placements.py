"""Where the scanned resources are, counted by country: what the HTML zone charts show
for every placed resource, not only those with findings.

A resource counts once, under the sorted countries of all its regions ("DE,FR"), or
under "" when one of its regions cannot be placed (unknown, or not in the catalog).
Resources placed nowhere by themselves (children, global services) are not counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scanner.facts.regions import Catalog
    from scanner.model import Asset


def count_placements(assets: Iterable[Asset], catalog: Catalog) -> dict[str, int]:
    from scanner.adapt.assets import placed_countries

    counts: Counter[str] = Counter()
    for asset in assets:
        if not asset.placed or not asset.regions:
            continue
        countries: set[str] = set()
        for value in asset.regions:
            placed = placed_countries(asset, value, catalog)
            if placed is None:
                countries = set()
                break
            countries.update(placed[0])
        counts[",".join(sorted(countries))] += 1
    return dict(sorted(counts.items()))


def merge_placements(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for part in parts:
        total.update(part)
    return dict(sorted(total.items()))
