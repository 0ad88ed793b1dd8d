"""Crossplane composite resources (XRs) and claims: where the region a platform API's user
writes ends up. The Composition for the XR's type, when it is in the scanned tree, carries
the value by its patches to the composed managed resources' region fields; otherwise the
XR's placement is unknown, with the reason. The table is `crossplane` in
rules/providers/kubernetes.yaml; the managed resources' region fields are its `operators`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from scanner.adapt.kubernetes import dotted_field
from scanner.model import Asset, Step, Value
from scanner.patterns import matches
from scanner.ruledata.bundle import load_yaml, rules_dir

_CROSSPLANE_GROUP = "apiextensions.crossplane.io"
_FROM_COMPOSITE = ("FromCompositeFieldPath", None)
_SHOWN = 80  # characters of a written value a message repeats


class CrossplaneTable(NamedTuple):
    parameter_fields: tuple[str, ...]
    defined_fields: tuple[str, ...]
    patch_and_transform_group: str
    inert_functions: tuple[str, ...]
    system_groups: tuple[str, ...]
    provider_sources: dict[str, str]


@lru_cache(maxsize=1)
def crossplane_table() -> CrossplaneTable:
    data = load_yaml(rules_dir() / "providers" / "kubernetes.yaml")["crossplane"]
    return CrossplaneTable(
        parameter_fields=tuple(str(x) for x in data["parameter_fields"]),
        defined_fields=tuple(str(x) for x in data["defined_fields"]),
        patch_and_transform_group=str(data["patch_and_transform_group"]),
        inert_functions=tuple(str(x) for x in data.get("inert_functions") or ()),
        system_groups=tuple(str(x) for x in data.get("system_groups") or ()),
        provider_sources={str(k): str(v) for k, v in (data.get("provider_sources") or {}).items()},
    )


def _group(api_version: Any) -> str:
    return str(api_version).rpartition("/")[0] if isinstance(api_version, str) else ""


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _is_core(group: str) -> bool:
    if "." not in group or group.endswith(".k8s.io"):
        return True
    return any(matches(group, pattern) for pattern in crossplane_table().system_groups)


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else f"a {type(value).__name__}"
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


class _Types:
    """The XR types the scanned tree defines: claim (group, kind) → XR kind, and the
    Compositions of each XR (group, kind)."""

    def __init__(self, manifests: list[Asset]) -> None:
        self.claims: dict[tuple[str, str], str] = {}
        self.defined: set[tuple[str, str]] = set()
        self.compositions: dict[tuple[str, str], list[Asset]] = {}
        for asset in manifests:
            body = asset.resource.body
            if _group(body.get("apiVersion")) != _CROSSPLANE_GROUP:
                continue
            spec = body.get("spec") if isinstance(body.get("spec"), dict) else {}
            if body.get("kind") == "CompositeResourceDefinition":
                group, kind = spec.get("group"), dotted_field(spec, "names.kind")[1]
                claim = dotted_field(spec, "claimNames.kind")[1]
                if isinstance(group, str) and isinstance(kind, str):
                    self.defined.add((group, kind))
                    if isinstance(claim, str):
                        self.claims[(group, claim)] = kind
                        self.defined.add((group, claim))
            elif body.get("kind") == "Composition":
                ref = spec.get("compositeTypeRef") if isinstance(spec.get("compositeTypeRef"), dict) else {}
                key = (_group(ref.get("apiVersion")), str(ref.get("kind", "")))
                self.compositions.setdefault(key, []).append(asset)
                self.defined.add(key)

    def xr_type(self, group: str, kind: str) -> tuple[str, str]:
        return (group, self.claims.get((group, kind), kind))


def _region_parameter(asset: Asset, types: _Types) -> tuple[str, Any] | None:
    body = asset.resource.body
    group = _group(body.get("apiVersion"))
    if _is_core(group):
        return None
    table = crossplane_table()
    fields = list(table.parameter_fields)
    if (group, str(body.get("kind", ""))) in types.defined:
        fields.extend(table.defined_fields)
    for dotted in fields:
        present, value = dotted_field(body, dotted)
        if present:
            return dotted, value
    return None


def place_composites(manifests: list[Asset], assets: list[Asset]) -> list[tuple[str, BaseException]]:
    """Place every unplaced XR or claim that carries a region parameter; extra assets (an
    XR composing resources of several clouds) are appended to `assets`."""
    types = _Types(manifests)
    errors: list[tuple[str, BaseException]] = []
    for asset in manifests:
        if asset.placed:
            continue
        try:
            parameter = _region_parameter(asset, types)
            if parameter is not None:
                assets.extend(_place(asset, parameter, types))
        except Exception as error:  # noqa: BLE001 - one composite's failure costs that composite
            errors.append((asset.resource.location.path, error))
    return errors


def _selected(asset: Asset, candidates: list[Asset]) -> list[Asset]:
    spec = asset.resource.body.get("spec") if isinstance(asset.resource.body.get("spec"), dict) else {}
    for base in (spec, spec.get("crossplane") if isinstance(spec.get("crossplane"), dict) else {}):
        name = dotted_field(base, "compositionRef.name")[1]
        if isinstance(name, str):
            return [c for c in candidates if c.resource.name == name]
        labels = dotted_field(base, "compositionSelector.matchLabels")[1]
        if isinstance(labels, dict):
            return [c for c in candidates if _has_labels(c, labels)]
    return candidates


def _has_labels(asset: Asset, wanted: dict[str, Any]) -> bool:
    labels = dotted_field(asset.resource.body, "metadata.labels")[1]
    return isinstance(labels, dict) and all(labels.get(k) == v for k, v in wanted.items())


def _place(asset: Asset, parameter: tuple[str, Any], types: _Types) -> list[Asset]:
    from scanner.adapt.kubernetes import placement_copy

    dotted, raw = parameter
    body = asset.resource.body
    group, kind = _group(body.get("apiVersion")), str(body.get("kind", ""))
    here = Step(f"{dotted}: {_shown(raw)} of {asset.resource.address}", asset.resource.location)
    compositions = _selected(asset, types.compositions.get(types.xr_type(group, kind), []))
    if not compositions:
        reason = (
            f"no Composition for {types.xr_type(group, kind)[1]} ({group}) is in the scanned tree, so where "
            f"{dotted}: {_shown(raw)} places the composed resources is not known (scan the Composition with it)"
        )
        _set(asset, "crossplane", "", (Value.unknown(reason, (here,)),))
        return []
    by_provider: dict[str, list[Value]] = {}
    for composition in compositions:
        for provider, value in _composed_regions(asset, composition):
            by_provider.setdefault(provider, []).append(value.behind(here))
    if not by_provider:
        names = ", ".join(c.resource.name for c in compositions)
        reason = f"Composition {names} composes no managed resource whose region sovscan reads"
        by_provider["crossplane"] = [Value.unknown(reason, (here,))]
    extra: list[Asset] = []
    for index, (provider, values) in enumerate(sorted(by_provider.items())):
        unique = tuple({(v.known, str(v.value), v.reason): v for v in values}.values())
        target = asset if index == 0 else placement_copy(asset)
        _set(target, provider, crossplane_table().provider_sources.get(provider, ""), unique)
        if index:
            extra.append(target)
    return extra


def _set(asset: Asset, provider: str, source: str, regions: tuple[Value, ...]) -> None:
    asset.region_catalog = provider
    asset.source = source
    asset.regions = regions
    asset.placed = True


def _composed_regions(xr: Asset, composition: Asset) -> list[tuple[str, Value]]:
    """(provider, region) of every managed resource the Composition composes for this XR."""
    spec = composition.resource.body.get("spec")
    spec = spec if isinstance(spec, dict) else {}
    where = Step(f"Composition {composition.resource.name}", composition.resource.location)
    found: list[tuple[str, Value]] = []
    if spec.get("mode") != "Pipeline":
        return _resources_regions(xr, spec, where)
    table = crossplane_table()
    for step in _dicts(spec.get("pipeline")):
        function = str(dotted_field(step, "functionRef.name")[1] or "")
        step_input = step.get("input") if isinstance(step.get("input"), dict) else {}
        if _group(step_input.get("apiVersion")) == table.patch_and_transform_group:
            found.extend(_resources_regions(xr, step_input, where))
        elif not any(matches(function, pattern) for pattern in table.inert_functions):
            reason = (
                f"Composition {composition.resource.name} step {step.get('step', '?')} runs function "
                f"{function or '?'}, which sovscan does not evaluate: the region of what it composes is not known"
            )
            found.append(("crossplane", Value.unknown(reason, (where,))))
    return found


def _resources_regions(xr: Asset, spec: dict[str, Any], where: Step) -> list[tuple[str, Value]]:
    from scanner.adapt.kubernetes import operator_for

    patch_sets = {str(p.get("name")): _dicts(p.get("patches")) for p in _dicts(spec.get("patchSets"))}
    found: list[tuple[str, Value]] = []
    for entry in _dicts(spec.get("resources")):
        base = entry.get("base") if isinstance(entry.get("base"), dict) else {}
        table = operator_for(str(base.get("apiVersion", "")))
        if table is None:
            continue
        name = entry.get("name") or base.get("kind") or "?"
        label = Step(f"resource {name} ({base.get('kind', '?')}) of {where.label}", where.location)
        value = _region_of(xr, base, _patches(entry, patch_sets), table.region_fields, label)
        if value is None and table.region_required:
            fields = ", ".join(table.region_fields)
            reason = f"{label.label} sets no region ({fields}): the provider's default region applies"
            value = Value.unknown(reason, (label,))
        if value is not None:
            found.append((table.provider, value))
    return found


def _patches(entry: dict[str, Any], patch_sets: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for patch in _dicts(entry.get("patches")):
        if patch.get("type") == "PatchSet":
            out.extend(patch_sets.get(str(patch.get("patchSetName")), ()))
        else:
            out.append(patch)
    return out


def _region_of(
    xr: Asset, base: dict[str, Any], patches: list[dict[str, Any]], fields: tuple[str, ...], label: Step
) -> Value | None:
    """The composed resource's region: the last patch to a region field that applies, else
    the base's own value, else None."""
    result: Value | None = None
    for dotted in fields:
        present, literal = dotted_field(base, dotted)
        if present and isinstance(literal, str):
            result = Value(literal, origin=(Step(f"{dotted} of {label.label}", label.location),))
            break
    for patch in patches:
        target = patch.get("toFieldPath")
        if target not in fields:
            continue
        kind = patch.get("type")
        if isinstance(kind, str) and kind.startswith(("To", "CombineTo")):
            continue  # writes the composite, not the composed resource
        patch_step = Step(f"patch {patch.get('fromFieldPath', '?')} → {target} of {label.label}", label.location)
        if kind not in _FROM_COMPOSITE:
            reason = f"{label.label} sets {target} with a {kind} patch, which sovscan does not evaluate"
            result = Value.unknown(reason, (patch_step,))
            continue
        present, value = dotted_field(xr.resource.body, str(patch.get("fromFieldPath", "")))
        if not present:
            continue  # Crossplane skips a patch whose source is absent
        result = _transformed(value, _dicts(patch.get("transforms")), patch_step)
    return result


def _transformed(value: Any, transforms: list[dict[str, Any]], step: Step) -> Value:
    for transform in transforms:
        kind = transform.get("type")
        if kind == "map" and isinstance(transform.get("map"), dict):
            mapping = transform["map"]
            if not isinstance(value, str) or value not in mapping:
                shown = repr(_shown(value)) if isinstance(value, str) else _shown(value)
                return Value.unknown(f"the map transform of {step.label} has no entry for {shown}", (step,))
            value = mapping[value]
        elif kind == "string" and dotted_field(transform, "string.type")[1] in ("Format", None):
            fmt = dotted_field(transform, "string.fmt")[1]
            if not isinstance(fmt, str) or fmt.count("%") != 1 or "%s" not in fmt:
                return Value.unknown(f"the string transform of {step.label} is not evaluated", (step,))
            value = fmt.replace("%s", str(value))
        else:
            return Value.unknown(f"the {kind} transform of {step.label} is not evaluated", (step,))
    if not isinstance(value, str) or not value.strip():
        return Value.unknown(f"{step.label} gives {_shown(value)}, not a region name", (step,))
    return Value(value, origin=(step,))
