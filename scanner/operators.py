"""Who legally operates a resource, and which qualifications cover it (`rules/catalog/operators.yaml`).

An operator is chosen from the Terraform provider's registry source, refined by the
provider configuration (`universe_domain`, `endpoint`, `auth_url`) and the region; for a
Kubernetes operator object, from its API group and region. When a refining value cannot be
resolved statically, the operator is unknown — never the default.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from scanner.data import load_yaml, rules_dir
from scanner.model import Value
from scanner.patterns import matches

COVERED = ("certified", "qualified")


class Operator(NamedTuple):
    key: str
    title: str
    jurisdiction: str | None
    exposed: bool | None
    exposure_note: str
    qualifications: tuple[dict[str, Any], ...]
    terraform: tuple[dict[str, Any], ...]
    kubernetes_groups: tuple[str, ...]
    kubernetes_regions: tuple[str, ...]


class Resolution(NamedTuple):
    operator: Operator | None
    reason: str = ""


@lru_cache(maxsize=1)
def operators() -> dict[str, Operator]:
    data = load_yaml(rules_dir() / "catalog" / "operators.yaml")
    found: dict[str, Operator] = {}
    for key, entry in (data.get("operators") or {}).items():
        match = entry.get("match") or {}
        found[str(key)] = Operator(
            key=str(key),
            title=str(entry.get("title", key)),
            jurisdiction=entry.get("jurisdiction"),
            exposed=entry.get("extra_eu_law_exposure"),
            exposure_note=str(entry.get("exposure_note", "")),
            qualifications=tuple(entry.get("qualifications") or ()),
            terraform=tuple(match.get("terraform") or ()),
            kubernetes_groups=tuple(str(g) for g in match.get("kubernetes_groups") or ()),
            kubernetes_regions=tuple(str(r).lower() for r in match.get("kubernetes_regions") or ()),
        )
    return found


@lru_cache(maxsize=1)
def provider_setting_names() -> tuple[str, ...]:
    """Provider-block attributes that any operator's match conditions read."""
    names: set[str] = set()
    for operator in operators().values():
        for alternative in operator.terraform:
            names.update(alternative.get("provider_attribute") or {})
            names.update(alternative.get("provider_attribute_patterns") or {})
    return tuple(sorted(names))


def _conditions(alternative: dict[str, Any]) -> bool:
    return any(
        k in alternative for k in ("provider_attribute", "provider_attribute_patterns", "regions", "region_patterns")
    )


def _check(alternative: dict[str, Any], settings: dict[str, Value], region: Value | None) -> bool | str:
    """True if a condition holds, False if none does, or the reason it cannot be told."""
    unknown = ""
    for attr, expected in (alternative.get("provider_attribute") or {}).items():
        value = settings.get(attr)
        if value is None:
            continue
        if not value.known:
            unknown = f"provider setting {attr} is unknown: {value.reason}"
        elif str(value.value).lower() == str(expected).lower():
            return True
    for attr, patterns in (alternative.get("provider_attribute_patterns") or {}).items():
        value = settings.get(attr)
        if value is None:
            continue
        if not value.known:
            unknown = f"provider setting {attr} is unknown: {value.reason}"
        elif any(re.search(p, str(value.value), re.IGNORECASE) for p in patterns):
            return True
    if region is not None and ("regions" in alternative or "region_patterns" in alternative):
        if not region.known:
            unknown = unknown or f"the region is unknown: {region.reason}"
        else:
            code = str(region.value).lower()
            if code in [str(r).lower() for r in alternative.get("regions") or ()]:
                return True
            if any(re.search(p, code) for p in alternative.get("region_patterns") or ()):
                return True
    return unknown or False


_RESOLVED: dict[tuple[Any, ...], Resolution] = {}


def terraform_operator(source: str, settings: dict[str, Value], region: Value | None) -> Resolution:
    """Memoized: thousands of resources share a handful of provider configurations."""
    try:
        key = (source, _value_key(region), *((name, _value_key(v)) for name, v in sorted(settings.items())))
        hash(key)
    except TypeError:  # a setting holding a list or a map
        return _terraform_operator(source, settings, region)
    found = _RESOLVED.get(key)
    if found is None:
        found = _RESOLVED[key] = _terraform_operator(source, settings, region)
    return found


def _value_key(value: Value | None) -> tuple[Any, ...] | None:
    # The type too: True == 1 as keys, but the match compares their text ("true", "1").
    return None if value is None else (value.known, type(value.value).__name__, value.value, value.reason)


def _terraform_operator(source: str, settings: dict[str, Value], region: Value | None) -> Resolution:
    default: Operator | None = None
    for operator in operators().values():
        for alternative in operator.terraform:
            if str(alternative.get("source", "")).lower() != source:
                continue
            if not _conditions(alternative):
                default = default or operator
                continue
            verdict = _check(alternative, settings, region)
            if verdict is True:
                return Resolution(operator)
            if isinstance(verdict, str) and verdict:
                return Resolution(None, f"cannot tell whether {operator.title} operates it: {verdict}")
    if default is None:
        return Resolution(None, f"no operator is known for provider {source}")
    return Resolution(default)


def kubernetes_operator(api_version: str, region: Value | None) -> Resolution:
    group = api_version.split("/", 1)[0]
    default: Operator | None = None
    for operator in operators().values():
        if not any(group.endswith(suffix) for suffix in operator.kubernetes_groups):
            continue
        if not operator.kubernetes_regions:
            default = default or operator
            continue
        if region is not None and region.known and str(region.value).lower() in operator.kubernetes_regions:
            return Resolution(operator)
    if default is None:
        return Resolution(None, f"no operator is known for API group {group}")
    return Resolution(default)


class Coverage(NamedTuple):
    covered: bool
    reason: str


def qualification(operator: Operator, name: str, region: str | None, resource_type: str) -> Coverage:
    """Whether the operator's `name` qualification covers this resource in this region."""
    entries = [q for q in operator.qualifications if str(q.get("name", "")).lower() == name.lower()]
    if not entries:
        return Coverage(False, f"{operator.title} holds no {name} qualification in sovscan's catalog")
    reasons: list[str] = []
    for entry in entries:
        status = str(entry.get("status", "unknown"))
        if status not in COVERED:
            reasons.append(f"{name} status of {operator.title} is {status}")
            continue
        scope = entry.get("scope") or {}
        regions = scope.get("regions", "all")
        if regions != "all" and (region is None or region.lower() not in [str(r).lower() for r in regions]):
            reasons.append(f"{operator.title}'s {name} scope covers only {', '.join(map(str, regions))}")
            continue
        types = scope.get("terraform_types")
        limited = any(isinstance(scope.get(k), list) for k in ("services", "offers"))
        if types is not None:
            if not any(matches(resource_type, pattern) for pattern in types):
                reasons.append(f"{resource_type} is not among the services {operator.title}'s {name} scope covers")
                continue
        elif limited and len(entries) > 1:
            reasons.append(f"sovscan cannot tell whether {resource_type} belongs to the offers {name} covers")
            continue
        return Coverage(True, "")
    return Coverage(False, "; ".join(reasons))
