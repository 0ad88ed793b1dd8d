"""Zones read when Terraform runs, whose region is still known.

`data.aws_availability_zones.available.names[0]` is only known at apply time, but every
element of it is a zone of the region of the provider configuration the data source uses
(`zone_data_sources` in rules/providers/*.yaml). An expression that only selects from such a
list (an index, element(), slice(), a local or a module input that is one) is in that region.
Anything else (a conditional, a concatenation with another list) is not followed: its zone
stays unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scanner.model import Step, Value

if TYPE_CHECKING:
    from scanner.evaluate.instance import Instance

_SELECTING = frozenset({"element", "slice", "tolist", "toset", "sort", "distinct", "one", "reverse"})
_MAX_HOPS = 16


def zone_region(instance: Instance, node: Any, hops: int = 0) -> Value | None:
    """The region of the zone `node` selects from a region-bounded data source, or None."""
    if hops > _MAX_HOPS or not isinstance(node, list) or not node:
        return None
    if node[0] == "call" and node[2] in _SELECTING and node[3]:
        return zone_region(instance, node[3][0], hops + 1)
    if node[0] not in ("attr", "index", "name"):
        return None
    names: list[str] = []
    base = node
    while base[0] in ("attr", "index"):
        if base[0] == "attr":
            names.append(str(base[3]))
        base = base[2]
    if base[0] != "name":
        return None
    names.reverse()
    root = str(base[2])
    if root == "local" and names:
        found = instance.module.locals.get(names[0])
        return zone_region(instance, found[1]["expr"], hops + 1) if found is not None else None
    if root == "var" and names and instance.parent is not None and instance.call is not None:
        passed = instance.call.attr(names[0])
        return zone_region(instance.parent, passed["expr"], hops + 1) if passed is not None else None
    if root == "data" and len(names) >= 3:
        return _data_source_region(instance, names[0], names[1], names[2])
    return None


def _data_source_region(instance: Instance, data_type: str, name: str, attribute: str) -> Value | None:
    from scanner.evaluate.project import placement

    block = instance.module.data_sources.get((data_type, name))
    if block is None:
        return None
    table = instance.project.table_for(instance, block)
    if table is None or attribute not in table.zone_data_sources.get(data_type, ()):
        return None
    regions = [placement(instance, block, iteration, table) for iteration in instance.iterations(block)]
    if not regions or any(r is None or not r.known for r in regions):
        return None
    if len({r.value for r in regions if r is not None}) != 1 or regions[0] is None:
        return None
    step = Step(f"{attribute} of {instance.prefix(f'data.{data_type}.{name}')}: zones of its region", block.location)
    return regions[0].behind(step)
