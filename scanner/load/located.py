"""YAML documents as trees whose every node knows the file and line that wrote it.

Kustomize rendering moves values between files (a base, an overlay's patch, the
kustomization's own `images:` entry); each `Node` keeps the line it was written on, so a
finding on the rendered object points at the line that set the offending value.

Safety: the text is first loaded by `scanner.load.kubernetes.load_manifests`, which bounds
nesting depth and alias expansion over the whole stream; only a text that passes is
composed again here for its lines. Scalars resolve as that loader resolves them.
"""

from __future__ import annotations

from typing import Any

import yaml

from scanner.load.kubernetes import _LOADER, _TAG_PREFIX, _resolve_plain, _resolve_tagged, load_manifests
from scanner.model import Location


class Node:
    """A value (a dict of Nodes, a list of Nodes, or a scalar) and where it was written."""

    __slots__ = ("at", "v")

    def __init__(self, v: Any, at: Location) -> None:
        self.v = v
        self.at = at

    def __repr__(self) -> str:  # for test failures
        return f"Node({self.v!r} @ {self.at.path}:{self.at.start_line})"


def load_located(text: str, rel: str, line_offset: int = 0) -> list[Node]:
    """Every document of a YAML stream as a located tree; raises YamlLoadError like the
    manifest loader. `line_offset` is added to every line (a patch written inline in a
    kustomization starts below the kustomization's first line)."""
    load_manifests(text)  # the bounds: depth, alias expansion, syntax
    loader = _LOADER(text)
    documents: list[Node] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                built = _build(node, rel, line_offset, None)
                end = node.end_mark.line + (1 if node.end_mark.column > 0 else 0) + line_offset
                built.at = Location(rel, built.at.start_line, max(end, built.at.start_line))
                documents.append(built)
    except yaml.YAMLError:
        return documents  # already accepted by the bounded loader: nothing more to find
    finally:
        loader.dispose()
    return documents


def _scalar(node: yaml.ScalarNode) -> Any:
    # A composed node no longer says whether its tag was written or resolved (YAML 1.1):
    # plain scalars resolve as YAML 1.2, quoted and block scalars stay strings, and an
    # explicit standard tag on a quoted scalar converts it.
    if node.style is None:
        return _resolve_plain(node.value) if node.value else None
    if node.tag.startswith(_TAG_PREFIX) and not node.tag.endswith(":str"):
        return _resolve_tagged(node.tag, node.value)
    return node.value


def _build(node: Any, rel: str, offset: int, at: Location | None) -> Node:
    line = node.start_mark.line + 1 + offset
    here = at or Location(rel, line, line)
    if isinstance(node, yaml.MappingNode):
        merged: dict[str, Node] = {}
        own: dict[str, Node] = {}
        for key, value in node.value:
            key_line = key.start_mark.line + 1 + offset
            if isinstance(key, yaml.ScalarNode) and key.value == "<<" and key.style is None:
                sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
                for source in sources:
                    built = _build(source, rel, offset, None)
                    if isinstance(built.v, dict):
                        for name, item in built.v.items():
                            merged.setdefault(name, item)
                continue
            if not isinstance(key, yaml.ScalarNode):
                continue
            own[key.value] = _build(value, rel, offset, Location(rel, key_line, key_line))
        merged.update(own)
        return Node(merged, here)
    if isinstance(node, yaml.SequenceNode):
        return Node([_build(item, rel, offset, None) for item in node.value], here)
    return Node(_scalar(node), here)


def located(value: Any, at: Location) -> Node:
    """Plain data as a tree located, everywhere, at `at` (a value a transformer writes)."""
    if isinstance(value, Node):
        return value
    if isinstance(value, dict):
        return Node({str(k): located(v, at) for k, v in value.items()}, at)
    if isinstance(value, list):
        return Node([located(v, at) for v in value], at)
    return Node(value, at)


def plain(node: Node) -> Any:
    """The data of a tree, without locations."""
    if isinstance(node.v, dict):
        return {k: plain(v) for k, v in node.v.items()}
    if isinstance(node.v, list):
        return [plain(v) for v in node.v]
    return node.v


def field_locations(node: Node) -> dict[tuple[str | int, ...], Location]:
    """path → where that node was written, for every node of a tree."""
    found: dict[tuple[str | int, ...], Location] = {}
    stack: list[tuple[tuple[str | int, ...], Node]] = [((), node)]
    while stack:
        path, current = stack.pop()
        found[path] = current.at
        if isinstance(current.v, dict):
            stack.extend(((*path, k), v) for k, v in current.v.items())
        elif isinstance(current.v, list):
            stack.extend(((*path, i), v) for i, v in enumerate(current.v))
    return found


def copy_tree(node: Node) -> Node:
    if isinstance(node.v, dict):
        return Node({k: copy_tree(v) for k, v in node.v.items()}, node.at)
    if isinstance(node.v, list):
        return Node([copy_tree(v) for v in node.v], node.at)
    return Node(node.v, node.at)
