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

from scanner.model import AttributeFacts, Value
from scanner.patterns import matches
from scanner.ruledata.bundle import load_yaml, rules_dir

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
    short_title: str = ""


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
            short_title=str(entry.get("short_title") or entry.get("title", key)),
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


COVERED_OUTCOME = "covered"
EXCLUDED = "excluded"
UNVERIFIED = "unverified"
# Statuses that are a source saying "no" (in progress = not yet qualified).
REFUSED = ("not-eligible", "not-qualified", "in-progress", "withdrawn")


class Coverage(NamedTuple):
    """One of three outcomes, never two: the source says yes (covered), the source says no
    (excluded), or no source says either (unverified). `record` is the catalog entry read."""

    outcome: str
    reason: str
    record: dict[str, Any] | None = None
    # Covered only provided that these contractual or account preconditions hold (an HDS
    # contract, a support level): the source's words, which no IaC attribute shows.
    conditions: str = ""

    @property
    def covered(self) -> bool:
        return self.outcome == COVERED_OUTCOME


def _text_of(value: Any) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def attribute_verdict(condition: dict[str, Any], facts: AttributeFacts | None) -> tuple[str, str]:
    """The one generic matcher of scope conditions on attributes.

    A condition reads `path` of the resource and accepts it when it matches one of
    `matching` (if given) and none of `not_matching` (shell patterns, case-insensitive).
    `default` is the provider's value when the attribute is absent. Returns the outcome and,
    when not covered, the reason.
    """
    path = str(condition["path"])
    values = [v for v in (facts.values(path) if facts is not None else []) if not (v.known and v.value is None)]
    if not values and "default" in condition:
        values = [Value(condition["default"])]
    if not values:
        return UNVERIFIED, f"{path} is not set, so the offer it selects cannot be told"
    for value in values:
        if not value.known:
            return UNVERIFIED, f"{path} cannot be resolved statically: {value.reason}"
        text = _text_of(value.value)
        upper = text.upper()
        allowed = condition.get("matching")
        if allowed and not any(matches(upper, str(p).upper()) for p in allowed):
            return EXCLUDED, f"{path} = {text} is not among {condition.get('label') or ', '.join(map(str, allowed))}"
        refused = [str(p) for p in condition.get("not_matching") or () if matches(upper, str(p).upper())]
        if refused:
            return EXCLUDED, f"{path} = {text} is {condition.get('excluded_label') or 'excluded'}"
    return COVERED_OUTCOME, ""


def _entry_verdict(
    operator: Operator,
    name: str,
    entry: dict[str, Any],
    region: str | None,
    resource_type: str,
    facts: AttributeFacts | None,
) -> tuple[str, str] | None:
    """This entry's outcome for the resource, or None when its scope does not concern it."""
    status = str(entry.get("status", "unknown"))
    scope = entry.get("scope") or {}
    regions = scope.get("regions", "all")
    in_regions = regions == "all" or (region is not None and region.lower() in [str(r).lower() for r in regions])
    types = scope.get("terraform_types")
    in_types = types is None or any(matches(resource_type, p) for p in types)
    title = operator.title
    if status not in COVERED:
        if not in_regions or (types is not None and not in_types):
            return None
        if status in REFUSED:
            return EXCLUDED, f"{title}'s {name} status is {status}"
        return UNVERIFIED, f"{title}'s {name} status is not verified (no source either way)"
    if any(matches(resource_type, p) for p in scope.get("excluded_types") or ()):
        return (
            EXCLUDED,
            f"{title}'s {name} scope excludes {resource_type} ({scope.get('excluded_note', 'per its source')})",
        )
    if not in_regions and region is None:  # placed in a country, but which region is not known
        return (
            UNVERIFIED,
            f"the region is not known, and {title}'s {name} scope covers only {', '.join(map(str, regions))}",
        )
    if not in_regions:
        scope_text = f"{title}'s {name} scope covers only {', '.join(map(str, regions))}"
        if region is None:  # an unknown region is not a region outside the scope
            return UNVERIFIED, f"the region is unknown, and {scope_text}"
        return EXCLUDED, scope_text
    verified = scope.get("verified_scope") or (", ".join(map(str, types)) if types else "none")
    if types is not None and not in_types:
        return UNVERIFIED, (
            f"{title}'s {name} scope is not known to include {resource_type} (verified scope: {verified})"
        )
    for condition in scope.get("attributes") or ():
        if not any(matches(resource_type, p) for p in condition.get("types") or ("*",)):
            continue
        outcome, why = attribute_verdict(condition, facts)
        if outcome == EXCLUDED:
            return EXCLUDED, f"{title}'s {name} scope excludes it: {why}"
        if outcome == UNVERIFIED:
            return UNVERIFIED, f"{title}'s {name} scope is not verified for it: {why}"
    required = entry_required_version(name)
    if required and str(entry.get("referentiel", "")) != required[0]:
        held = entry.get("referentiel")
        known = f"référentiel {held} known" if held else "référentiel version not known"
        return (
            UNVERIFIED,
            f"{title}'s {name} certificate under the {required[0]} référentiel is not verified "
            f"({known}; {required[1]})",
        )
    limited = any(isinstance(scope.get(k), list) for k in ("services", "offers"))
    siblings = [q for q in operator.qualifications if str(q.get("name", "")).lower() == name.lower()]
    if types is None and limited and len(siblings) > 1:
        return UNVERIFIED, f"sovscan cannot tell whether {resource_type} belongs to the offers {name} covers"
    return COVERED_OUTCOME, ""


@lru_cache(maxsize=1)
def _required_versions() -> dict[str, tuple[str, str]]:
    data = load_yaml(rules_dir() / "catalog" / "operators.yaml")
    found: dict[str, tuple[str, str]] = {}
    for name, entry in (data.get("required_referentiel") or {}).items():
        found[str(name).lower()] = (str(entry["version"]), str(entry.get("why", "")))
    return found


def entry_required_version(name: str) -> tuple[str, str] | None:
    return _required_versions().get(name.lower())


def qualification(
    operator: Operator, name: str, region: str | None, resource_type: str, facts: AttributeFacts | None = None
) -> Coverage:
    """Whether the operator's `name` qualification covers this resource in this region:
    covered if one record says so; else excluded if a record's source says no; else unverified."""
    entries = [q for q in operator.qualifications if str(q.get("name", "")).lower() == name.lower()]
    if not entries:
        return Coverage(UNVERIFIED, f"sovscan's catalog records no {name} qualification for {operator.title}")
    excluded: list[tuple[str, dict[str, Any]]] = []
    unverified: list[tuple[str, dict[str, Any]]] = []
    for entry in entries:
        verdict = _entry_verdict(operator, name, entry, region, resource_type, facts)
        if verdict is None:
            continue
        outcome, reason = verdict
        if outcome == COVERED_OUTCOME:
            return Coverage(COVERED_OUTCOME, "", entry, str((entry.get("scope") or {}).get("conditions", "")))
        (excluded if outcome == EXCLUDED else unverified).append((reason, entry))
    if excluded:
        return Coverage(EXCLUDED, "; ".join(r for r, _ in excluded), excluded[0][1])
    if unverified:
        return Coverage(UNVERIFIED, "; ".join(r for r, _ in unverified), unverified[0][1])
    return Coverage(UNVERIFIED, f"no {name} record of {operator.title} concerns {resource_type}", entries[0])
