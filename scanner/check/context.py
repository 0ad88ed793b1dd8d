"""What every check kind receives besides the asset, and how it builds a finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scanner.check.library import Settings
from scanner.check.rule import Rule
from scanner.model import Asset, Finding, Location, Value
from scanner.patterns import matches
from scanner.possible import condition_of


@dataclass(slots=True)
class CheckContext:
    settings: Settings
    # address → asset within the same module instance, for rules that follow references.
    assets_by_address: dict[tuple[str, str], Asset] = field(default_factory=dict)
    # Registry host patterns the user vouches for (configuration key trusted-registries).
    trusted_registries: tuple[str, ...] = ()
    # Qualifications the user's configuration adds, by operator key.
    qualifications: dict[str, list[dict[str, object]]] = field(default_factory=dict)

    # scope → its assets, for rules that look for a companion resource in the same module.
    assets_by_scope: dict[str, list[Asset]] = field(default_factory=dict)
    # (rule id, resource type) → the rule's parameters for that type, matched once.
    matched: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    # What a check kind computes once per scan unit (an index of companions by reference).
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def params_for(self, rule: Rule, asset: Asset) -> list[Any]:
        """The rule's `resources` entries whose type pattern matches this asset, matched
        once per (rule, type)."""
        key = (rule.id, asset.resource.type)
        found = self.matched.get(key)
        if found is None:
            found = []
            for pattern, entries in (rule.params.get("resources") or {}).items():
                if matches(asset.resource.type, str(pattern)):
                    found.extend(entries)
            self.matched[key] = found
        return found

    def referenced(self, asset: Asset, address: str) -> Asset | None:
        if "@" in address:  # a resource of another module instance (BlockReader.references)
            local, instance = address.split("@", 1)
            return self.assets_by_address.get((f"{asset.resource.meta.get('root', '')}|{instance}", local))
        return self.assets_by_address.get((scope_of(asset), address))


def scope_of(asset: Asset) -> str:
    meta = asset.resource.meta
    return f"{meta.get('root', '')}|{meta.get('instance', '')}"


def finding(
    rule: Rule,
    ctx: CheckContext,
    asset: Asset,
    message: str,
    value: Value,
    properties: dict[str, Any] | None = None,
    *,
    attribute: str = "",
    text: str | None = None,
    condition: str = "",
    location: Location | None = None,
) -> Finding:
    """A finding of `rule` on `asset`, located at `location` (a field of it), else at the resource. Its
    identity (scanner/report/fingerprint.py) is the attribute path and the value that triggered it: `text`,
    else `value` when it is known."""
    # A value chosen at apply time (scanner/evaluate/choices.py): the finding holds under its condition.
    condition = condition or condition_of(value)
    if condition and not message.startswith("when "):
        message = f"when {condition}, {message}"
    return Finding(
        rule_id=rule.id,
        level=ctx.settings.levels.get(rule.id, rule.level),
        message=message,
        # A rendered (Kustomize) object's finding points at the line that set the value.
        location=location
        or (value.origin[0].location if asset.resource.meta.get("rendered") and value.origin else None)
        or asset.resource.location,
        address=asset.resource.address,
        related=(*value.origin, *asset.resource.meta.get("calls", ())),
        properties={"provider": asset.region_catalog, **(properties or {})},
        root=str(asset.resource.meta.get("root") or ""),
        attribute=attribute,
        value=value_text(value) if text is None else text,
        condition=condition,
    )


def value_text(value: Value) -> str:
    """A known value as text for a finding's identity ("" when unknown or not set)."""
    if not value.known or value.value is None:
        return ""
    if isinstance(value.value, bool):
        return "true" if value.value else "false"
    if isinstance(value.value, str | int | float):
        return str(value.value)
    import json

    return json.dumps(value.value, sort_keys=True, default=str)
