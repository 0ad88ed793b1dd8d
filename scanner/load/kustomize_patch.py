"""Strategic merge and JSON 6902 patches on located trees (`located.Node`).

A value a patch writes keeps the patch's line; what it leaves alone keeps the base's.
Strategic merge implements the merge keys that decide placement and images (containers,
env, volumes and volume mounts by name or path, ports by port number) and the `$patch`
directives (`delete`, `replace`, `merge`); any other list is replaced, as kustomize does
for a list without a merge key.
"""

from __future__ import annotations

from typing import Any

from scanner.load.located import Node, copy_tree, plain

_MERGE_KEYS: dict[str, tuple[str, ...]] = {
    "containers": ("name",),
    "initContainers": ("name",),
    "ephemeralContainers": ("name",),
    "env": ("name",),
    "volumes": ("name",),
    "volumeMounts": ("mountPath",),
    "volumeDevices": ("devicePath",),
    "imagePullSecrets": ("name",),
    "ports": ("containerPort", "port"),
    "hostAliases": ("ip",),
    "topologySpreadConstraints": ("topologyKey",),
    "resourceClaims": ("name",),
}
_DIRECTIVE = "$patch"


def strategic_merge(base: Node, patch: Node) -> Node | None:
    """`base` with `patch` merged in; None when the patch deletes it."""
    directive = _directive(patch)
    if directive == "delete":
        return None
    if directive == "replace":
        return _clean(patch)
    return _merge_map(base, patch)


def _directive(node: Node) -> str | None:
    if isinstance(node.v, dict) and _DIRECTIVE in node.v:
        value = node.v[_DIRECTIVE].v
        return value if isinstance(value, str) else None
    return None


def _clean(node: Node) -> Node:
    """A patch value as data to insert: directives dropped, nulls kept out of maps."""
    if isinstance(node.v, dict):
        return Node(
            {k: _clean(v) for k, v in node.v.items() if not k.startswith("$") and v.v is not None},
            node.at,
        )
    if isinstance(node.v, list):
        return Node([_clean(v) for v in node.v if _directive(v) is None], node.at)
    return Node(node.v, node.at)


def _merge_map(base: Node, patch: Node) -> Node:
    if not isinstance(base.v, dict) or not isinstance(patch.v, dict):
        return _clean(patch)
    result = dict(base.v)
    for key, value in patch.v.items():
        if key.startswith("$deleteFromPrimitiveList/"):
            _delete_primitives(result, key.split("/", 1)[1], value)
            continue
        if key.startswith("$"):
            continue
        if value.v is None:
            result.pop(key, None)
            continue
        current = result.get(key)
        if current is None:
            cleaned = _clean(value)
            if _directive(value) != "delete":
                result[key] = cleaned
            continue
        merged = _merge_value(key, current, value)
        if merged is None:
            result.pop(key, None)
        else:
            result[key] = merged
    return Node(result, base.at)


def _merge_value(key: str, current: Node, value: Node) -> Node | None:
    if isinstance(value.v, dict):
        directive = _directive(value)
        if directive == "delete":
            return None
        if directive == "replace":
            return _clean(value)
        return _merge_map(current, value)
    if isinstance(value.v, list) and isinstance(current.v, list):
        return _merge_list(key, current, value)
    return _clean(value)


def _merge_key(key: str, items: list[Node]) -> str | None:
    for candidate in _MERGE_KEYS.get(key, ()):
        if all(isinstance(item.v, dict) and candidate in item.v for item in items if _directive(item) is None):
            return candidate
    return None


def _merge_list(key: str, current: Node, patch: Node) -> Node:
    items = patch.v
    if any(_directive(item) == "replace" for item in items):
        return _clean(patch)
    merge_key = _merge_key(key, [*current.v, *items]) if items else None
    if merge_key is None:
        return _clean(patch)
    # As kustomize orders them: the patch's elements first, in its order, then the base's
    # elements it did not name.
    remaining = list(current.v)
    result: list[Node] = []
    for item in items:
        if not isinstance(item.v, dict) or merge_key not in item.v:
            continue
        wanted = plain(item.v[merge_key])
        index = next(
            (i for i, old in enumerate(remaining) if isinstance(old.v, dict) and _key_of(old, merge_key) == wanted),
            None,
        )
        base = remaining.pop(index) if index is not None else None
        directive = _directive(item)
        if directive == "delete":
            continue
        if base is None or directive == "replace":
            result.append(_clean(item))
        else:
            result.append(_merge_map(base, item))
    return Node([*result, *remaining], current.at)


def _key_of(node: Node, merge_key: str) -> Any:
    value = node.v.get(merge_key)
    return plain(value) if value is not None else None


def _delete_primitives(result: dict[str, Node], key: str, values: Node) -> None:
    current = result.get(key)
    if current is None or not isinstance(current.v, list) or not isinstance(values.v, list):
        return
    unwanted = [plain(v) for v in values.v]
    result[key] = Node([v for v in current.v if plain(v) not in unwanted], current.at)


def apply_json6902(target: Node, patch: Node) -> Node:
    """`target` with a JSON 6902 operation list applied; ValueError when an operation fails."""
    document = copy_tree(target)
    for operation in patch.v:
        if not isinstance(operation.v, dict):
            raise ValueError("an operation is not a mapping")
        op = plain(operation.v["op"]) if "op" in operation.v else None
        path = _pointer(operation, "path")
        if op in ("add", "replace", "test"):
            if "value" not in operation.v:
                raise ValueError(f"{op} has no value")
            value = operation.v["value"]
        if op == "add":
            document = _add(document, path, copy_tree(value))
        elif op == "remove":
            document, _ = _remove(document, path)
        elif op == "replace":
            _resolve(document, path)  # must exist
            document, _ = _remove(document, path)
            document = _add(document, path, copy_tree(value))
        elif op in ("move", "copy"):
            source = _pointer(operation, "from")
            moved = copy_tree(_resolve(document, source))
            if op == "move":
                document, _ = _remove(document, source)
            document = _add(document, path, moved)
        elif op == "test":
            if plain(_resolve(document, path)) != plain(value):
                raise ValueError(f"test failed at /{'/'.join(path)}")
        else:
            raise ValueError(f"unknown operation {op!r}")
    return document


def _pointer(operation: Node, key: str) -> list[str]:
    text = plain(operation.v[key]) if key in operation.v else None
    if not isinstance(text, str) or (text and not text.startswith("/")):
        raise ValueError(f"{key} is not a JSON pointer")
    if not text:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in text[1:].split("/")]


def _child(node: Node, part: str) -> Node:
    if isinstance(node.v, dict):
        if part not in node.v:
            raise ValueError(f"no {part!r} in the target")
        return node.v[part]
    if isinstance(node.v, list):
        index = _index(part, len(node.v), allow_end=False)
        return node.v[index]
    raise ValueError(f"cannot index a scalar with {part!r}")


def _index(part: str, length: int, *, allow_end: bool) -> int:
    if part == "-" and allow_end:
        return length
    if not part.isdigit():
        raise ValueError(f"{part!r} is not a list index")
    index = int(part)
    if index > length or (index == length and not allow_end):
        raise ValueError(f"index {index} is out of range")
    return index


def _resolve(document: Node, path: list[str]) -> Node:
    current = document
    for part in path:
        current = _child(current, part)
    return current


def _add(document: Node, path: list[str], value: Node) -> Node:
    if not path:
        return value
    parent = _resolve(document, path[:-1])
    last = path[-1]
    if isinstance(parent.v, dict):
        parent.v[last] = value
    elif isinstance(parent.v, list):
        parent.v.insert(_index(last, len(parent.v), allow_end=True), value)
    else:
        raise ValueError(f"cannot add under a scalar at {last!r}")
    return document


def _remove(document: Node, path: list[str]) -> tuple[Node, Node]:
    if not path:
        raise ValueError("cannot remove the whole document")
    parent = _resolve(document, path[:-1])
    last = path[-1]
    if isinstance(parent.v, dict):
        if last not in parent.v:
            raise ValueError(f"no {last!r} to remove")
        return document, parent.v.pop(last)
    if isinstance(parent.v, list):
        return document, parent.v.pop(_index(last, len(parent.v), allow_end=False))
    raise ValueError(f"cannot remove from a scalar at {last!r}")
