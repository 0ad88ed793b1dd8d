"""Rules and profiles, read from `rules/rules/*.yaml` and `rules/profiles/*.yaml`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from scanner.check.rule import Example, Reference, Rule
from scanner.facts.regions import ZONE_ORDER
from scanner.model import Level
from scanner.ruledata.bundle import load_yaml, rules_dir


def _example(rule_id: str, data: dict[str, Any]) -> Example:
    return Example(
        name=str(data["name"]),
        rule_id=rule_id,
        folder=str(data["folder"]),
        profiles=tuple(str(p) for p in data.get("profiles") or ()),
    )


def _rule(data: dict[str, Any]) -> Rule:
    examples = data.get("examples") or {}
    check = data.get("check") or {}
    return Rule(
        id=str(data["id"]),
        name=str(data["name"]),
        title=str(data["title"]),
        level=Level(str(data["level"])),
        security_severity=float(data["security_severity"]),
        description=str(data["description"]).strip(),
        rationale=str(data["rationale"]).strip(),
        remediation=str(data["remediation"]).strip(),
        check=str(check.get("kind", "")),
        params=dict(check.get("params") or {}),
        tags=tuple(str(t) for t in data.get("tags") or ()),
        references=tuple(
            Reference(str(r["title"]), str(r.get("url", "")), str(r.get("clause", "")))
            for r in data.get("references") or ()
        ),
        bad=tuple(_example(str(data["id"]), e) for e in examples.get("bad") or ()),
        good=tuple(_example(str(data["id"]), e) for e in examples.get("good") or ()),
    )


@lru_cache(maxsize=1)
def all_rules() -> dict[str, Rule]:
    rules = [_rule(load_yaml(p)) for p in sorted((rules_dir() / "rules").glob("*.yaml"))]
    return {r.id: r for r in rules}


# Key custody, from the weakest to the strongest; a profile sets the minimum it accepts.
CUSTODY_ORDER = ("provider", "customer", "hsm", "external")


class Profile(NamedTuple):
    name: str
    title: str
    description: str
    allowed_zone: str
    rules: dict[str, Level]
    required_qualifications: tuple[str, ...] = ()
    require_immunity: bool = False
    minimum_key_custody: str = "provider"


@lru_cache(maxsize=1)
def all_profiles() -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for path in sorted((rules_dir() / "profiles").glob("*.yaml")):
        data = load_yaml(path)
        profiles[str(data["name"])] = Profile(
            name=str(data["name"]),
            title=str(data["title"]),
            description=str(data.get("description", "")).strip(),
            allowed_zone=str(data["allowed_zone"]),
            rules={str(k): Level(str(v)) for k, v in (data.get("rules") or {}).items()},
            required_qualifications=tuple(str(q) for q in data.get("required_qualifications") or ()),
            require_immunity=bool(data.get("require_immunity", False)),
            minimum_key_custody=str(data.get("minimum_key_custody", "provider")),
        )
    return profiles


class Settings(NamedTuple):
    """Profiles combined: the strictest zone, each rule at its highest level."""

    profiles: tuple[str, ...]
    allowed_zone: str
    levels: dict[str, Level]
    required_qualifications: tuple[str, ...] = ()
    require_immunity: bool = False
    minimum_key_custody: str = "provider"
    # Every rule's level under the profiles and overrides, before --select/--ignore: a finding
    # reported at another rule's level (an unverified qualification at RES002's) keeps it
    # whatever rules are selected.
    profile_levels: dict[str, Level] | None = None

    @property
    def zone_label(self) -> str:
        return {"fr": "France", "eu": "EU", "eea": "EEA", "adequacy": "EEA or adequacy countries"}[self.allowed_zone]


def combine(names: tuple[str, ...], overrides: dict[str, Level], disabled: frozenset[str]) -> Settings:
    profiles = all_profiles()
    chosen = [profiles[n] for n in names]
    zone = min((p.allowed_zone for p in chosen), key=ZONE_ORDER.index)
    levels: dict[str, Level] = {}
    for profile in chosen:
        for rule_id, level in profile.rules.items():
            if rule_id not in levels or level.rank > levels[rule_id].rank:
                levels[rule_id] = level
    levels.update({k: v for k, v in overrides.items() if k in levels or k in all_rules()})
    profile_levels = dict(levels)
    for rule_id in disabled:
        levels.pop(rule_id, None)
    qualifications = tuple(sorted({q for p in chosen for q in p.required_qualifications}))
    custody = max((p.minimum_key_custody for p in chosen), key=CUSTODY_ORDER.index)
    return Settings(
        profiles=tuple(names),
        allowed_zone=zone,
        levels=levels,
        required_qualifications=qualifications,
        require_immunity=any(p.require_immunity for p in chosen),
        minimum_key_custody=custody,
        profile_levels=profile_levels,
    )
