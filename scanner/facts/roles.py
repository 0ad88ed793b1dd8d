"""What a resource type is for the PRV rules (`rules/catalog/roles.yaml`): data, plumbing,
or a part of a data store judged at the store."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from scanner.patterns import matches
from scanner.ruledata.bundle import load_yaml, rules_dir

DATA = "data"
PLUMBING = "plumbing"
PART_OF = "part_of"


class Roles(NamedTuple):
    plumbing: dict[str, tuple[str, ...]]
    part_of: dict[str, dict[str, str]]


@lru_cache(maxsize=1)
def roles() -> Roles:
    data: dict[str, Any] = load_yaml(rules_dir() / "catalog" / "roles.yaml")
    plumbing: dict[str, tuple[str, ...]] = {}
    part_of: dict[str, dict[str, str]] = {}
    for provider, entry in (data.get("providers") or {}).items():
        plumbing[str(provider)] = tuple(str(p) for p in entry.get("plumbing") or ())
        part_of[str(provider)] = {str(k): str(v) for k, v in (entry.get("part_of") or {}).items()}
    return Roles(plumbing, part_of)


@lru_cache(maxsize=4096)
def role_of(resource_type: str) -> tuple[str, str]:
    """(role, the store a part belongs to or ""). A type nothing lists is data: judged."""
    table = roles()
    for stores in table.part_of.values():
        if resource_type in stores:
            return PART_OF, stores[resource_type]
    for patterns in table.plumbing.values():
        if any(matches(resource_type, p) for p in patterns):
            return PLUMBING, ""
    return DATA, ""
