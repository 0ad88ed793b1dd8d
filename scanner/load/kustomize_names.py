"""Kustomize's name references: when `namePrefix`/`nameSuffix` rename an object, the
fields of the same render that name it (a volume's claim, a PVC's storage class, a
service account, a role binding's role…) follow the new name."""

from __future__ import annotations

from scanner.load.located import Node
from scanner.model import Location

# (the mapping's key in its parent, the field that holds the name) → the kind it names.
_BY_PARENT: dict[tuple[str, str], str] = {
    ("persistentVolumeClaim", "claimName"): "PersistentVolumeClaim",
    ("configMap", "name"): "ConfigMap",
    ("configMapKeyRef", "name"): "ConfigMap",
    ("configMapRef", "name"): "ConfigMap",
    ("secret", "secretName"): "Secret",
    ("secretKeyRef", "name"): "Secret",
    ("secretRef", "name"): "Secret",
    ("service", "name"): "Service",
    ("backend", "serviceName"): "Service",
}
# A field that names an object of one kind wherever it is.
_ANYWHERE: dict[str, str] = {
    "storageClassName": "StorageClass",
    "serviceAccountName": "ServiceAccount",
    "serviceAccount": "ServiceAccount",
    "serviceName": "Service",
    "priorityClassName": "PriorityClass",
}
# Entries of a list that each name an object of one kind.
_LISTED: dict[str, str] = {"imagePullSecrets": "Secret"}
# A mapping that says which kind it names (`kind` + `name`).
_TYPED_REFS = frozenset({"scaleTargetRef", "roleRef", "targetRef"})


def rename_references(root: Node, renamed: dict[tuple[str, str], str], at: Location) -> None:
    if not renamed:
        return
    stack: list[tuple[str, Node]] = [("", root)]
    while stack:
        parent_key, node = stack.pop()
        if isinstance(node.v, list):
            for item in node.v:
                if parent_key in _LISTED:
                    _rename(item, "name", _LISTED[parent_key], renamed, at)
                if parent_key == "subjects" and isinstance(item.v, dict):
                    kind = item.v.get("kind")
                    if kind is not None and isinstance(kind.v, str):
                        _rename(item, "name", kind.v, renamed, at)
                stack.append((parent_key, item))
            continue
        if not isinstance(node.v, dict):
            continue
        for key, value in node.v.items():
            if (parent_key, key) in _BY_PARENT:
                _rename(node, key, _BY_PARENT[(parent_key, key)], renamed, at)
            elif key in _ANYWHERE and isinstance(value.v, str):
                _rename(node, key, _ANYWHERE[key], renamed, at)
            if key in _TYPED_REFS and isinstance(value.v, dict):
                kind = value.v.get("kind")
                if kind is not None and isinstance(kind.v, str):
                    _rename(value, "name", kind.v, renamed, at)
            stack.append((key, value))


def _rename(holder: Node, key: str, kind: str, renamed: dict[tuple[str, str], str], at: Location) -> None:
    if not isinstance(holder.v, dict):
        return
    value = holder.v.get(key)
    if value is None or not isinstance(value.v, str):
        return
    new = renamed.get((kind, value.v))
    if new is not None:
        holder.v[key] = Node(new, at)
