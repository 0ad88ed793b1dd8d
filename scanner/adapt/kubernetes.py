"""Kubernetes objects → resources, and cloud-operator objects (Crossplane, Config
Connector, Azure Service Operator, ACK) → assets placed in a region."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from scanner.adapt.readers import DictReader
from scanner.facts.placement_tables import OperatorTable, operator_tables
from scanner.model import Asset, Location, Resource, Step, Value


def object_resource(
    obj: dict[str, Any], rel: str, start_line: int, end_line: int, lines: dict[str, int] | None = None
) -> Resource:
    """A Kubernetes object as a resource; `lines` (JSON pointer → line of a scalar) lets a finding about one
    field point at that field's line (`scanner.fields.field_location`)."""
    api_version = str(obj.get("apiVersion", ""))
    kind = str(obj.get("kind", ""))
    metadata = obj.get("metadata")
    metadata = metadata if isinstance(metadata, dict) else {}
    name = metadata.get("name")
    name = str(name) if isinstance(name, (str, int, float)) else "<unnamed>"
    namespace = metadata.get("namespace")
    address = f"{kind}/{namespace}/{name}" if isinstance(namespace, str) and namespace else f"{kind}/{name}"
    return Resource(
        kind="kubernetes",
        type=f"{api_version}/{kind}" if api_version else kind,
        name=name,
        address=address,
        location=Location(rel, start_line, end_line),
        body=obj,
        provider="kubernetes",
        meta={"lines": lines} if lines else {},
    )


def operator_for(api_version: str) -> OperatorTable | None:
    group = api_version.split("/", 1)[0] if "/" in api_version else ""
    for table in operator_tables():
        if group.endswith(table.group_suffix):
            return table
    return None


def dotted_field(obj: Any, dotted: str) -> tuple[bool, Any]:
    """(present, value) at a dotted path of nested mappings."""
    current = obj
    for part in dotted.split("."):
        if not isinstance(current, dict) or part not in current:
            return False, None
        current = current[part]
    return True, current


def object_asset(resource: Resource) -> Asset:
    asset = _operator_asset(resource) or _volume_asset(resource)
    if asset is None:
        asset = Asset(resource, "kubernetes", str(resource.body.get("kind", "")), placed=False)
    asset.reader = DictReader(resource.body, (Step(resource.address, resource.location),))
    return asset


def _volume_asset(resource: Resource) -> Asset | None:
    kind = resource.body.get("kind")
    group = str(resource.body.get("apiVersion", "")).rpartition("/")[0]
    if kind == "StorageClass" and group == "storage.k8s.io":
        from scanner.adapt.k8s_storage import storage_class_asset

        return storage_class_asset(resource, Step(resource.address, resource.location))
    if kind == "PersistentVolume" and group == "":
        from scanner.adapt.k8s_storage import persistent_volume_asset

        return persistent_volume_asset(resource, Step(resource.address, resource.location))
    return None


def placement_copy(asset: Asset) -> Asset:
    """One more placement of an object (a claim on classes of one name from several clouds,
    an XR composing resources of several clouds): an asset without the object's spec, so
    that only the placement rules see it twice."""
    body = asset.resource.body
    slim = {key: body[key] for key in ("apiVersion", "kind", "metadata") if key in body}
    resource = replace(asset.resource, body=slim, meta={**asset.resource.meta, "placement_copy": True})
    return Asset(resource, asset.region_catalog, asset.service, placed=False)


def link_objects(assets: list[Asset]) -> list[tuple[str, BaseException]]:
    """Placement one object takes from others of the same scan: a PersistentVolumeClaim from
    its StorageClass or volume, a Crossplane composite resource or claim from the Composition
    that maps its region. Returns the (file, error) of every object that could not be linked:
    a failure costs that object only."""
    manifests = [asset for asset in assets if asset.resource.kind == "kubernetes"]
    if not manifests:
        return []
    from scanner.adapt.crossplane import place_composites
    from scanner.adapt.k8s_storage import bind_claims

    return [*bind_claims(manifests, assets), *place_composites(manifests, assets)]


def _operator_asset(resource: Resource) -> Asset | None:
    api_version = str(resource.body.get("apiVersion", ""))
    table = operator_for(api_version)
    if table is None:
        return None
    service = api_version.split(".", 1)[0]
    step = Step(f"{resource.address}", resource.location)
    for dotted in table.region_fields:
        present, value = dotted_field(resource.body, dotted)
        if present:
            return Asset(resource, table.provider, service, regions=(_as_value(value, dotted, step),))
    annotations = dotted_field(resource.body, "metadata.annotations")[1]
    for key in table.region_annotations:
        if isinstance(annotations, dict) and key in annotations:
            return Asset(resource, table.provider, service, regions=(_as_value(annotations[key], key, step),))
    if table.region_required:
        fields = ", ".join((*table.region_fields, *table.region_annotations))
        reason = f"{table.name} object sets no region ({fields}): the operator's default region applies"
        return Asset(resource, table.provider, service, regions=(Value.unknown(reason, (step,)),))
    return Asset(resource, table.provider, service, placed=False)


def _as_value(value: Any, field_name: str, step: Step) -> Value:
    labelled = Step(f"{field_name} of {step.label}", step.location)
    if isinstance(value, str) and value.strip():
        return Value(value, origin=(labelled,))
    return Value.unknown(f"{field_name} is not a region name ({type(value).__name__})", (labelled,))
