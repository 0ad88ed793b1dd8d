"""Where a Kubernetes volume's data lands: StorageClasses, PersistentVolumes and the claims
bound to them, placed by topology labels and by their driver's zone and region parameters
(the table is `storage` in rules/providers/kubernetes.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from scanner.facts.regions import ZONE_RANK, load_catalog
from scanner.model import Asset, Step, Value
from scanner.ruledata.bundle import load_yaml, rules_dir


class Driver(NamedTuple):
    name: str
    provisioners: tuple[str, ...]
    volume_sources: tuple[str, ...]
    catalogs: dict[str, str]  # region catalog → Terraform provider source (names the operator)
    region_parameters: tuple[str, ...]
    zone_parameters: tuple[str, ...]
    zone_region: re.Pattern[str] | None
    local_zones: frozenset[str]
    volume_zone_fields: dict[str, re.Pattern[str]]


class StorageTable(NamedTuple):
    region_labels: tuple[str, ...]
    zone_labels: tuple[str, ...]
    drivers: tuple[Driver, ...]
    other: Driver  # the parameters read for a provisioner the table does not list


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(x) for x in data.get(key) or ())


@lru_cache(maxsize=1)
def storage_table() -> StorageTable:
    data = load_yaml(rules_dir() / "providers" / "kubernetes.yaml")["storage"]
    drivers = tuple(
        Driver(
            name=str(entry["name"]),
            provisioners=_strings(entry, "provisioners"),
            volume_sources=_strings(entry, "volume_sources"),
            catalogs={str(k): str(v) for k, v in (entry.get("catalogs") or {}).items()},
            region_parameters=_strings(entry, "region_parameters"),
            zone_parameters=_strings(entry, "zone_parameters"),
            zone_region=re.compile(entry["zone_region"]) if entry.get("zone_region") else None,
            local_zones=frozenset(_strings(entry, "local_zones")),
            volume_zone_fields={str(k): re.compile(str(v)) for k, v in (entry.get("volume_zone_fields") or {}).items()},
        )
        for entry in data["drivers"]
    )
    other = data["other_provisioners"]
    other_driver = Driver(
        "an unlisted provisioner",
        (),
        (),
        {},
        _strings(other, "region_parameters"),
        _strings(other, "zone_parameters"),
        None,
        frozenset(),
        {},
    )
    return StorageTable(_strings(data, "region_labels"), _strings(data, "zone_labels"), drivers, other_driver)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        obj = obj.get(key) if isinstance(obj, dict) else None
    return obj


def _scalar(value: Any) -> bool:
    """A label or parameter value Kubernetes would read as text (strings, and numbers YAML
    typed: `zones: 1`)."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _driver_by_provisioner(provisioner: Any) -> Driver | None:
    if not isinstance(provisioner, str):
        return None
    name = provisioner.strip().lower()
    return next((d for d in storage_table().drivers if name in d.provisioners), None)


def _driver_of_volume(spec: dict[str, Any]) -> Driver | None:
    csi = _get(spec, "csi", "driver")
    if csi is not None:
        return _driver_by_provisioner(csi)
    return next((d for d in storage_table().drivers if any(k in spec for k in d.volume_sources)), None)


class _Placement:
    """The (label or parameter, value) pairs that place a volume, read off one object."""

    def __init__(self, resource_address: str, step: Step) -> None:
        self.address = resource_address
        self.step = step
        self.pairs: list[tuple[str, str, bool]] = []  # (where, value, is_zone)

    def labelled(self, where: str) -> Step:
        return Step(f"{where} of {self.step.label}", self.step.location)

    def add_expressions(self, expressions: list[dict[str, Any]], *, node_selector: bool) -> None:
        table = storage_table()
        for expression in expressions:
            key = expression.get("key")
            if key not in table.region_labels and key not in table.zone_labels:
                continue
            if node_selector and expression.get("operator") != "In":
                continue  # NotIn, Exists: no place is required (topology expressions have no operator)
            values = expression.get("values")
            for value in values if isinstance(values, list) else ():
                if _scalar(value):
                    self.pairs.append((str(key), str(value), key in table.zone_labels))

    def add_parameters(self, parameters: Any, driver: Driver | None) -> None:
        if driver is None or not isinstance(parameters, dict):
            return
        # Provisioner parameters are matched case-insensitively by the drivers.
        lowered = {str(k).lower(): v for k, v in parameters.items()}
        for name in driver.region_parameters:
            value = lowered.get(name.lower())
            if _scalar(value) and str(value).strip():
                self.pairs.append((f"parameters.{name}", str(value).strip(), False))
        for name in driver.zone_parameters:
            value = lowered.get(name.lower())
            if _scalar(value):
                for zone in str(value).split(","):
                    if zone.strip():
                        self.pairs.append((f"parameters.{name}", zone.strip(), True))

    def values(self, driver: Driver | None) -> list[Value]:
        """The regions or zones the volume may be in, one per region; unknowns with why."""
        out: list[Value] = []
        has_region = any(not is_zone for _, _, is_zone in self.pairs)
        seen: set[str] = set()
        for where, text, is_zone in self.pairs:
            if driver is not None and text in driver.local_zones:
                continue
            step = self.labelled(f"{where}: {text}")
            if is_zone and driver is not None and driver.zone_region is not None:
                match = driver.zone_region.match(text.lower())
                if match is not None:
                    text = match.group("region")
                elif text.isdigit():
                    if not has_region:
                        reason = (
                            f"{self.address} is pinned to {driver.name} zone {text}, which names no region "
                            "(set the region with the `location` parameter)"
                        )
                        out.append(Value.unknown(reason, (step,)))
                    continue
            key = _region_key(text, driver)
            if key in seen:
                continue
            seen.add(key)
            out.append(Value(text, origin=(step,)))
        return out


def _region_key(text: str, driver: Driver | None) -> str:
    """One finding per region: two zones of the same region are one place."""
    catalog = load_catalog()
    for name in driver.catalogs if driver is not None else sorted(catalog.regions):
        region_list = catalog.regions.get(name)
        info = region_list.lookup(text) if region_list is not None else None
        if info is not None:
            return f"{name}:{info.code}"
    return text.lower()


def _provider(values: list[Value], driver: Driver | None) -> tuple[str, str]:
    """(region catalog, provider source) to read the values with: among the driver's
    catalogs (or every catalog, for a volume of unknown driver), the one that knows the
    first known value; when several do, the one that places it in the widest zone, so
    that an ambiguous code is never read as the more compliant place."""
    catalog = load_catalog()
    candidates = list(driver.catalogs) if driver is not None else sorted(catalog.regions)
    sources = driver.catalogs if driver is not None else {}
    first = next((v.value for v in values if v.known and isinstance(v.value, str)), None)
    best: tuple[int, str] | None = None
    if first is not None:
        for name in candidates:
            region_list = catalog.regions.get(name)
            info = region_list.lookup(first) if region_list is not None else None
            if info is None or not info.countries:
                continue
            rank = ZONE_RANK.index(catalog.widest_zone(info.countries))
            if best is None or rank > best[0]:
                best = (rank, name)
    if best is not None:
        return best[1], sources.get(best[1], "")
    if candidates and driver is not None:
        return candidates[0], sources.get(candidates[0], "")
    return "kubernetes", ""


def storage_class_asset(resource: Any, step: Step) -> Asset:
    body = resource.body
    driver = _driver_by_provisioner(body.get("provisioner"))
    placement = _Placement(resource.address, step)
    for term in _dicts(body.get("allowedTopologies")):
        placement.add_expressions(_dicts(term.get("matchLabelExpressions")), node_selector=False)
    parameters_of = driver
    if driver is None and isinstance(body.get("provisioner"), str):
        parameters_of = storage_table().other
    placement.add_parameters(body.get("parameters"), parameters_of)
    return _asset(resource, placement.values(driver), driver)


def persistent_volume_asset(resource: Any, step: Step) -> Asset:
    body = resource.body
    spec = body.get("spec") if isinstance(body.get("spec"), dict) else {}
    driver = _driver_of_volume(spec)
    placement = _Placement(resource.address, step)
    required = _get(spec, "nodeAffinity", "required", "nodeSelectorTerms")
    for term in _dicts(required):
        placement.add_expressions(_dicts(term.get("matchExpressions")), node_selector=True)
    for dotted, pattern in (driver.volume_zone_fields if driver is not None else {}).items():
        written = _get(spec, *dotted.split("."))
        match = pattern.match(written) if isinstance(written, str) else None
        if match is not None:
            placement.pairs.append((dotted, match.group("zone"), True))
    labels = _get(body, "metadata", "labels")
    if isinstance(labels, dict):
        table = storage_table()
        for key, value in labels.items():
            if (key in table.region_labels or key in table.zone_labels) and _scalar(value):
                placement.pairs.append((f"label {key}", str(value), key in table.zone_labels))
    return _asset(resource, placement.values(driver), driver)


def _asset(resource: Any, values: list[Value], driver: Driver | None) -> Asset:
    kind = str(resource.body.get("kind", ""))
    if not values:
        # No constraint: the volume lands where the cluster is, checked on the cluster's code.
        return Asset(resource, "kubernetes", kind, placed=False)
    provider, source = _provider(values, driver)
    return Asset(resource, provider, kind, regions=tuple(values), source=source)


_LEGACY_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class"
_DEFAULT_CLASS_ANNOTATIONS = (
    "storageclass.kubernetes.io/is-default-class",
    "storageclass.beta.kubernetes.io/is-default-class",
)


def _annotations(asset: Asset) -> dict[str, Any]:
    found = _get(asset.resource.body, "metadata", "annotations")
    return found if isinstance(found, dict) else {}


def claims(asset: Asset) -> list[tuple[str | None, str, str | None]]:
    """(StorageClass name, what named it, PersistentVolume name) of a PersistentVolumeClaim,
    or of each volume claim template of a StatefulSet. The class is "" when the claim names
    none (the cluster's default class applies) and None when it opts out of classes
    (`storageClassName: ""`)."""
    body = asset.resource.body
    if body.get("kind") == "PersistentVolumeClaim":
        return [_claim(body, "")]
    templates = _dicts(_get(body, "spec", "volumeClaimTemplates"))
    return [_claim(t, f"volumeClaimTemplates[{i}] ") for i, t in enumerate(templates)]


def _claim(claim: dict[str, Any], prefix: str) -> tuple[str | None, str, str | None]:
    spec = claim.get("spec")
    spec = spec if isinstance(spec, dict) else {}
    volume = spec.get("volumeName")
    volume = volume if isinstance(volume, str) and volume else None
    # The deprecated annotation still wins over the field, as in the API server.
    annotations = _get(claim, "metadata", "annotations")
    annotation = annotations.get(_LEGACY_CLASS_ANNOTATION) if isinstance(annotations, dict) else None
    if isinstance(annotation, str):
        return annotation or None, f"{prefix}annotation {_LEGACY_CLASS_ANNOTATION}", volume
    if "storageClassName" not in spec or spec["storageClassName"] is None:
        return "", f"{prefix}default StorageClass", volume
    name = spec["storageClassName"]
    return (name if isinstance(name, str) and name else None), f"{prefix}storageClassName", volume


def bind_claims(manifests: list[Asset], assets: list[Asset]) -> list[tuple[str, BaseException]]:
    """A claim bound to a placed class or volume of the scanned objects holds its data there.
    Classes of one name in several files (examples for several clouds) all count: the
    cluster has one of them, and which one is not known here."""
    classes: dict[str, list[Asset]] = {}
    volumes: dict[str, list[Asset]] = {}
    for asset in manifests:
        kind = asset.resource.body.get("kind")
        if kind == "StorageClass":
            classes.setdefault(asset.resource.name, []).append(asset)
            if any(str(_annotations(asset).get(a)).lower() == "true" for a in _DEFAULT_CLASS_ANNOTATIONS):
                classes.setdefault("", []).append(asset)
        elif kind == "PersistentVolume":
            volumes.setdefault(asset.resource.name, []).append(asset)
    errors: list[tuple[str, BaseException]] = []
    if not classes and not volumes:
        return errors
    for asset in manifests:
        if asset.resource.body.get("kind") not in ("PersistentVolumeClaim", "StatefulSet") or asset.placed:
            continue
        try:
            assets.extend(_bind(asset, classes, volumes))
        except Exception as error:  # noqa: BLE001 - one claim's failure costs that claim
            errors.append((asset.resource.location.path, error))
    return errors


def _bind(asset: Asset, classes: dict[str, list[Asset]], volumes: dict[str, list[Asset]]) -> list[Asset]:
    from scanner.adapt.kubernetes import placement_copy

    extra: list[Asset] = []
    for class_name, named_by, volume_name in claims(asset):
        via, targets = "volumeName", volumes.get(volume_name or "\0") or []
        if not targets and class_name is not None:
            via, targets = named_by, classes.get(class_name) or []
        for target in (t for t in targets if t.placed):
            step = Step(f"{via} {target.resource.name} of {asset.resource.address}", asset.resource.location)
            claim = asset if not asset.placed else placement_copy(asset)
            claim.region_catalog = target.region_catalog
            claim.service = str(asset.resource.body.get("kind", ""))
            claim.source = target.source
            claim.regions = tuple(value.behind(step) for value in target.regions)
            claim.placed = True
            if claim is not asset:
                extra.append(claim)
    return extra
