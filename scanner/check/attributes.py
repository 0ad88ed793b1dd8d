"""The `attributes` check kind: conditions on a resource's attributes, or on a companion
resource that configures it (an S3 bucket's encryption configuration, a key's key ring).

Rule parameters (`check.params.resources`) map a resource type pattern (Terraform type,
or `apiVersion/kind` for Kubernetes, fnmatch syntax) to a list of requirements:

    - path: storage_encrypted        # dotted path; nested blocks and objects alike
      equals: true                   # or one_of / not_one_of / present / not_matches
      default: false                 # the provider's value when the attribute is absent
      when: {path: engine, one_of: [postgres]}   # only then does the requirement apply
      custody: hsm                   # only when the profile's minimum key custody is at least this
      exposed_operator: true         # only when the resource's operator is exposed to extra-EU law
      message: storage encryption is not enabled
    - companion: {type: aws_s3_bucket_server_side_encryption_configuration, link: bucket}
      missing: no server-side encryption configuration names this bucket
      require: [{path: rule.apply_server_side_encryption_by_default.kms_master_key_id, present: true}]
      message: encrypted with an AWS-managed key, not a customer-managed KMS key

A requirement that is not met gives one finding; a value that cannot be resolved
statically gives a finding that says it could not be verified (never a pass).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from scanner.check.context import CheckContext, finding, scope_of, value_text
from scanner.check.library import CUSTODY_ORDER, Settings
from scanner.check.reads import Read
from scanner.check.rule import Rule
from scanner.facts.regions import Catalog
from scanner.model import Asset, AttributeFacts, Finding, Value
from scanner.patterns import matches
from scanner.possible import condition_of


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _quoted(value: Any) -> str:
    """A value for a message: quoted, but an empty or missing one said in words."""
    text = _text(value)
    return repr(text) if value is not None and text else "empty"


def reads(rule: Rule, settings: Settings, qualifications: dict[str, list[dict[str, object]]]) -> Iterator[Read]:
    """The paths this rule's requirements may read, on the types they name (a companion's on
    the companion's type); a requirement the profile's key custody leaves out reads nothing."""
    for pattern, requirements in (rule.params.get("resources") or {}).items():
        for requirement in requirements:
            if not _custody_applies(requirement, settings):
                continue
            when = requirement.get("when")
            if when:
                yield Read(str(pattern), when["path"])
            companion = requirement.get("companion")
            if not companion:
                yield Read(str(pattern), requirement.get("path", ""), bool(requirement.get("computed_from")))
                continue
            if companion.get("name"):
                yield Read(str(pattern), companion["name"])
            yield Read(companion["type"], companion["link"], references=True)
            for inner in requirement.get("require") or ():
                yield Read(companion["type"], inner["path"], bool(inner.get("computed_from")))


def _custody_applies(requirement: dict[str, Any], settings: Settings) -> bool:
    custody = requirement.get("custody")
    return not custody or CUSTODY_ORDER.index(settings.minimum_key_custody) >= CUSTODY_ORDER.index(custody)


def _computed(requirement: dict[str, Any], facts: AttributeFacts, values: list[Value]) -> list[Value]:
    """With `computed_from`, a value Terraform computes at apply time from a resource of
    those types (`kms_key_id = aws_kms_key.k.arn`) counts as set to that resource."""
    patterns = requirement.get("computed_from")
    if not patterns or not any(not v.known and not v.error for v in values):
        return values
    named = [
        r for r in facts.references(requirement.get("path", "")) if any(matches(r.split(".")[0], p) for p in patterns)
    ]
    if not named:
        return values
    return [Value(f"<{named[0]}>", origin=v.origin) if not v.known and not v.error else v for v in values]


def _claim(message: str, requirement: dict[str, Any], why: str) -> str:
    """The rule's statement, or, when the value behind it is unknown, that it cannot be told:
    an unevaluated value is never reported as a violation of a specific setting."""
    if why.startswith(f"{requirement.get('path', '')} cannot be verified: "):
        return f"possibly {message}"
    return message


def _violation(requirement: dict[str, Any], values: list[Value]) -> str | None:
    """Why a requirement is not met by these values, or None if it is."""
    # An attribute set to null (or absent from a plan's values) is not set.
    values = [v for v in values if not (v.known and v.value is None)]
    if requirement.get("always"):
        return requirement.get("message") or "always reported"
    if not values and "default" in requirement:
        values = [Value(requirement["default"])]
    path = requirement.get("path", "")
    if requirement.get("present") and not values:
        return f"{path} is not set"
    if requirement.get("absent") and values:
        return f"{path} is set"
    for value in values:
        if not value.known:
            return f"{path} cannot be verified: {value.reason}"
        problem = _compare(requirement, value.value, path)
        if problem:
            return problem
    if not values and any(k in requirement for k in ("equals", "one_of")):
        return f"{path} is not set"
    return None


def _compare(requirement: dict[str, Any], actual: Any, path: str) -> str | None:
    if requirement.get("present") and (actual is None or actual == "" or actual == []):
        return f"{path} is empty"
    if "equals" in requirement and _text(actual).lower() != _text(requirement["equals"]).lower():
        return f"{path} is {_quoted(actual)}, not {_text(requirement['equals'])!r}"
    if "one_of" in requirement:
        allowed = [_text(v).lower() for v in requirement["one_of"]]
        if _text(actual).lower() not in allowed:
            return f"{path} is {_quoted(actual)}, not one of {', '.join(map(_text, requirement['one_of']))}"
    if "not_one_of" in requirement:
        refused = [_text(v).lower() for v in requirement["not_one_of"]]
        if _text(actual).lower() in refused:
            return f"{path} is {_quoted(actual)}"
    pattern = requirement.get("not_matches")
    if pattern and actual is not None and re.search(pattern, _text(actual), re.IGNORECASE):
        return f"{path} is {_quoted(actual)}"
    return None


def _applies(requirement: dict[str, Any], asset: Asset, ctx: CheckContext, facts: AttributeFacts) -> bool:
    if not _custody_applies(requirement, ctx.settings):
        return False
    if requirement.get("exposed_operator"):
        from scanner.check.operator import resolve

        operator = resolve(asset).operator
        if operator is not None and operator.exposed is False:
            return False
    when = requirement.get("when")
    if when:
        values = facts.values(when["path"])
        if not values and "default" in when:
            values = [Value(when["default"])]
        if not values or any(not v.known for v in values):
            return bool(values)  # an unknown condition applies: fail closed
        condition = {**when, "present": False}
        return all(_violation(condition, [v]) is None for v in values)
    return True


def _companions(asset: Asset, facts: AttributeFacts, spec: dict[str, Any], ctx: CheckContext) -> list[Asset]:
    """The assets of type `spec["type"]` in the asset's scope whose `link` attribute names
    it, by reference or (with `name`) by its name; read from an index built once per scope."""
    index = _companion_index(ctx, scope_of(asset), spec["type"], spec["link"])
    positions: Collection[int] = index.by_reference.get(str(asset.resource.meta.get("local_address", "")), ())
    if spec.get("name"):
        positions = set(positions)
        for value in facts.values(spec["name"]):
            if value.known and _hashable(value.value):
                positions.update(index.by_value.get(value.value, ()))
    # The index lists positions in order: a set, sorted, only where two may repeat.
    ordered = sorted(set(positions)) if len(positions) > 1 else positions
    found = [index.assets[i] for i in ordered if index.assets[i] is not asset]
    # Expanded resources (`this["raw"]`) configure the instance with the same key.
    suffix = _instance_suffix(asset.resource.address)
    same = [other for other in found if _instance_suffix(other.resource.address) == suffix]
    return same if suffix and same else found


@dataclass(slots=True)
class _CompanionIndex:
    assets: list[Asset]
    by_reference: dict[str, list[int]] = field(default_factory=dict)
    by_value: dict[Any, list[int]] = field(default_factory=dict)


def _companion_index(ctx: CheckContext, scope: str, type_pattern: str, link: str) -> _CompanionIndex:
    key = ("companions", scope, type_pattern, link)
    index = ctx.memo.get(key)
    if index is None:
        candidates = [
            other
            for other in ctx.assets_by_scope.get(scope, ())
            if other.facts is not None and matches(other.resource.type, type_pattern)
        ]
        index = _CompanionIndex(candidates)
        for position, other in enumerate(candidates):
            facts = _facts_of(other)
            for address in facts.references(link):
                index.by_reference.setdefault(address, []).append(position)
            for value in facts.values(link):
                if value.known and _hashable(value.value):
                    index.by_value.setdefault(value.value, []).append(position)
        ctx.memo[key] = index
    return index


def _facts_of(companion: Asset) -> AttributeFacts:
    """A companion's facts: only assets with facts are indexed as companions."""
    if companion.facts is None:
        raise LookupError(f"{companion.resource.address} has no attribute facts")
    return companion.facts


def _hashable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def _instance_suffix(address: str) -> str:
    return address[address.rindex("[") :] if address.endswith("]") else ""


def _blamed(requirement: dict[str, Any], values: list[Value]) -> list[Value]:
    """The possible values of a choice that break the requirement, so that the finding
    names their condition (scanner/evaluate/choices.py); any other values as they are."""
    if not any(condition_of(v) for v in values):
        return values
    return [v for v in values if _violation(requirement, [v])] or values


def attributes(rule: Rule, asset: Asset, ctx: CheckContext, catalog: Catalog) -> Iterator[Finding]:
    requirements = ctx.params_for(rule, asset)
    facts = asset.facts
    if not requirements or facts is None:
        return
    problems: list[str] = []
    origin: list[Value] = []
    # The attribute paths that failed and their values, for the finding's identity.
    paths: list[str] = []
    texts: list[str] = []
    for requirement in requirements:
        if not _applies(requirement, asset, ctx, facts):
            continue
        companion = requirement.get("companion")
        if companion:
            others = _companions(asset, facts, companion, ctx)
            if not others:
                problems.append(requirement.get("missing") or f"no {companion['type']} configures it")
                paths.append(f"{companion['type']}:missing")
                continue
            for other in others:
                other_facts = _facts_of(other)
                for inner in requirement.get("require") or ():
                    values = _computed(inner, other_facts, other_facts.values(inner["path"]))
                    why = _violation(inner, values)
                    if why:
                        claim = _claim(requirement.get("message", why), inner, why)
                        problems.append(f"{claim} ({other.resource.address}: {why})")
                        origin.extend(_blamed(inner, values))
                        paths.append(f"{other.resource.address}:{inner['path']}")
                        texts.extend(value_text(v) for v in values)
            continue
        values = _computed(requirement, facts, facts.values(requirement.get("path", "")))
        why = _violation(requirement, values)
        if why:
            message = requirement.get("message")
            if requirement.get("always"):
                message = None
            problems.append(f"{_claim(message, requirement, why)} ({why})" if message else why)
            origin.extend(_blamed(requirement, values))
            paths.append(requirement.get("path", ""))
            texts.extend(value_text(v) for v in values)
    if problems:
        steps = tuple(step for value in origin for step in value.origin)
        text = f"{asset.resource.address}: " + "; ".join(dict.fromkeys(problems))
        if "{operator}" in text:
            from scanner.check.operator import operator_named

            text = operator_named(text, asset)
        attribute = ",".join(dict.fromkeys(paths))
        yield finding(rule, ctx, asset, text, Value(None, origin=steps), attribute=attribute, text=",".join(texts))
