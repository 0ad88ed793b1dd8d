"""Render a Kustomize kustomization natively: pure YAML, no binary, nothing run.

What is evaluated: `resources` and `bases` (files and directories holding a
kustomization, recursively), `components`, `patches` (strategic merge and JSON 6902,
with `target` selectors), `patchesStrategicMerge`, `patchesJson6902`, `namePrefix`,
`nameSuffix`, `namespace`, `images`, `commonLabels`, `labels`, `commonAnnotations` and
`replicas`, in the order kustomize runs them. Generators (ConfigMaps and Secrets hold no
placement) and Helm charts are not rendered, with a note; remote resources (URLs, git)
are reported as not read; `replacements` and plugins are reported as not applied.

Every node of a rendered object keeps the file and line that wrote it (`located.Node`):
the base line, or the overlay's patch or transformer line that last set it. Paths never
leave `limit` (the repository root), nested kustomizations are bounded in depth, and a
kustomization reached again from itself is an error, as it is for kustomize.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.levels import Level
from scanner.load.errors import LoadError
from scanner.load.kustomize_files import KUSTOMIZATION_NAMES
from scanner.load.kustomize_names import rename_references
from scanner.load.kustomize_patch import apply_json6902, strategic_merge
from scanner.load.located import Node, copy_tree, field_locations, load_located, located, plain
from scanner.model import Location, Step

MAX_DEPTH = 30  # kustomizations nested in one another
MAX_OBJECTS = 20_000  # objects one render may hold
# Kustomizations one render may visit: a base reached through many paths is visited on
# each, so a hostile diamond of overlays would otherwise cost exponential time.
MAX_VISITS = 1_000

_GENERATORS = ("configMapGenerator", "secretGenerator")  # ConfigMaps and Secrets: no placement
# What generates or changes objects sovscan does not see: a Helm chart's workloads, a
# plugin's output, a value copied by a replacement.
_NOT_APPLIED = (
    "helmCharts", "helmChartInflationGenerator", "generators", "replacements", "vars", "transformers", "validators",
)  # fmt: skip
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|git@|github\.com/|gitlab\.com/|bitbucket\.org/)|\?ref=|//.*\?", re.I)
# Kinds that are not namespaced: kustomize's namespace transformer leaves them alone.
CLUSTER_SCOPED = frozenset(
    {
        "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
        "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass", "RuntimeClass",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService", "IngressClass",
        "PodSecurityPolicy", "CertificateSigningRequest", "ComponentStatus", "FlowSchema",
        "PriorityLevelConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
        "ClusterIssuer", "ClusterSecretStore",
    }
)  # fmt: skip
_REPLICATED = frozenset({"Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"})
_TEMPLATED = frozenset({"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"})


class KustomizeError(LoadError):
    """The kustomization cannot be rendered (kustomize would refuse it too)."""


@dataclass(slots=True)
class RenderedObject:
    """One object of a render: its data, where it was written, and where each field was set."""

    obj: dict[str, Any]
    location: Location  # the object's span in the resource file that declared it
    fields: dict[tuple[str | int, ...], Location]
    chain: tuple[Step, ...]  # the kustomizations it was rendered through, the root first


@dataclass(slots=True)
class Note:
    level: Level
    message: str
    rel: str
    line: int | None = None


@dataclass(slots=True)
class Render:
    root: str  # the root kustomization's directory, scan-root-relative
    objects: list[RenderedObject] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    error: KustomizeError | None = None
    error_rel: str = ""
    # Every file the render read (scan-root-relative) → its text.
    files: dict[str, str] = field(default_factory=dict)
    directories: set[str] = field(default_factory=set)  # kustomization directories it used


@dataclass(slots=True)
class _Res:
    node: Node
    names: list[str]  # its names, the current one last (patches may name any)
    chain: tuple[Step, ...] = ()


class Source:
    """Reads files for a render: scan-root-relative paths, never outside `limit`."""

    def __init__(self, root: Path, limit: Path, texts: dict[str, str], read: Callable[[Path], str | None]) -> None:
        self.root = Path(os.path.realpath(root))
        self.limit = Path(os.path.realpath(limit))
        self.texts = texts
        self.read = read

    def rel(self, path: Path) -> str:
        return Path(os.path.relpath(path, self.root)).as_posix()

    def inside(self, path: Path) -> bool:
        real = Path(os.path.realpath(path))
        return real == self.limit or real.is_relative_to(self.limit)

    def text(self, path: Path) -> str | None:
        rel = self.rel(path)
        if rel in self.texts:
            return self.texts[rel]
        return self.read(path)


def kustomization_file(directory: Path) -> Path | None:
    for name in KUSTOMIZATION_NAMES:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return None


def is_remote(entry: str) -> bool:
    return _REMOTE.search(entry) is not None


def render(directory: Path, source: Source) -> Render:
    """The objects kustomize would build from `directory`, or the reason it cannot."""
    result = Render(root=source.rel(directory))
    renderer = _Renderer(source, result)
    try:
        objects = renderer.accumulate(directory, [], 0, (), component=False)
    except KustomizeError as error:
        result.error = error
        result.error_rel = renderer.current
        return result
    for res in objects:
        result.objects.append(
            RenderedObject(plain(res.node), res.node.at, field_locations(res.node), res.chain)  # type: ignore[arg-type]
        )
    return result


class _Renderer:
    def __init__(self, source: Source, result: Render) -> None:
        self.source = source
        self.result = result
        self.current = result.root
        self.files: dict[str, str] = {}  # a kustomization's directory (real path) → its file
        self.visits = 0
        self.loaded = 0  # objects read from resource files, over the whole render

    def _fail(self, message: str, rel: str, line: int | None = None) -> KustomizeError:
        self.current = rel
        return KustomizeError(message, line)

    def _note(self, level: Level, message: str, rel: str, line: int | None = None) -> None:
        self.result.notes.append(Note(level, message, rel, line))

    def _load(self, path: Path, rel_from: str, line: int | None) -> tuple[str, list[Node]]:
        if not self.source.inside(path):
            raise self._fail(f"{path.name} is outside the repository: not read", rel_from, line)
        text = self.source.text(path)
        rel = self.source.rel(path)
        if text is None:
            raise self._fail(f"{rel} cannot be read", rel_from, line)
        self.result.files[rel] = text
        try:
            return rel, load_located(text, rel)
        except LoadError as error:
            raise self._fail(error.message, rel, error.line) from error

    def accumulate(
        self, directory: Path, acc: list[_Res], depth: int, stack: tuple[str, ...], *, component: bool
    ) -> list[_Res]:
        """Add the directory's resources to `acc` and apply its transformers to all of `acc`."""
        kfile = kustomization_file(directory)
        where = self.files.get(stack[-1], self.result.root) if stack else self.source.rel(directory)
        if kfile is None:
            raise self._fail(f"{self.source.rel(directory)} holds no kustomization", where)
        real = os.path.realpath(directory)
        if real in stack:
            raise self._fail("kustomizations include one another in a cycle", where)
        if depth > MAX_DEPTH:
            raise self._fail(f"kustomizations nested deeper than {MAX_DEPTH} levels", where)
        self.visits += 1
        if self.visits > MAX_VISITS:
            raise self._fail(f"the render visits more than {MAX_VISITS} kustomizations", where)
        rel, documents = self._load(kfile, where, None)
        self.files[real] = rel
        self.result.directories.add(self.source.rel(directory))
        if not documents or not isinstance(documents[0].v, dict):
            raise self._fail("a kustomization must be a mapping", rel, 1)
        spec = documents[0]
        step = Step(f"rendered by {rel}", Location(rel, 1, 1))
        inner = (*stack, real)
        own: list[_Res] = []
        for key in ("resources", "bases"):
            for entry in _entries(spec, key):
                own.extend(self._resource(directory, rel, entry, depth, inner))
        for key in _GENERATORS:
            if key in spec.v:
                self._note(
                    Level.NOTE, f"{key} is not rendered: generated objects hold no placement", rel, _line(spec, key)
                )
        for key in _NOT_APPLIED:
            if key in spec.v:
                message = f"{key} is not applied by sovscan: the objects and values it makes are not checked"
                self._note(Level.WARNING, message, rel, _line(spec, key))
        if component:
            for res in own:
                res.chain = (step, *res.chain)
        acc.extend(own)
        if len(acc) > MAX_OBJECTS:
            raise self._fail(f"the render holds more than {MAX_OBJECTS} objects", rel)
        for entry in _entries(spec, "components"):
            target = self._path(directory, entry, rel)
            if target is None:
                continue
            if not target.is_dir():
                raise self._fail(f"component {entry.v} is not a directory", rel, entry.at.start_line)
            self.accumulate(target, acc, depth + 1, inner, component=True)
        self.current = rel
        self._transform(spec, rel, directory, acc)
        if not component:
            for res in acc:
                res.chain = (step, *res.chain)
        return acc

    def _path(self, directory: Path, entry: Node, rel: str) -> Path | None:
        text = entry.v if isinstance(entry.v, str) else None
        if text is None:
            raise self._fail("a resource entry is not a path", rel, entry.at.start_line)
        if is_remote(text):
            self._note(
                Level.WARNING,
                f"remote resource {text} is not read: what it holds is not checked",
                rel,
                entry.at.start_line,
            )
            return None
        target = directory / text
        if not self.source.inside(target):
            raise self._fail(f"{text} is outside the repository: not read", rel, entry.at.start_line)
        if not target.exists():
            raise self._fail(f"{text} does not exist", rel, entry.at.start_line)
        return target

    def _resource(self, directory: Path, rel: str, entry: Node, depth: int, stack: tuple[str, ...]) -> list[_Res]:
        target = self._path(directory, entry, rel)
        if target is None:
            return []
        if target.is_dir():
            return self.accumulate(target, [], depth + 1, stack, component=False)
        _, documents = self._load(target, rel, entry.at.start_line)
        found = [_Res(doc, [_name(doc)]) for doc in _objects(documents)]
        self.loaded += len(found)
        if self.loaded > MAX_OBJECTS:
            raise self._fail(f"the render holds more than {MAX_OBJECTS} objects", rel, entry.at.start_line)
        return found

    def _patch_documents(self, directory: Path, rel: str, entry: Node) -> list[Node]:
        """The documents of a patch given as a path or written inline."""
        text = entry.v
        if not isinstance(text, str):
            return [entry]
        if "\n" not in text.strip() and not text.lstrip().startswith(("[", "{")):
            path = directory / text
            if not self.source.inside(path):
                raise self._fail(f"{text} is outside the repository: not read", rel, entry.at.start_line)
            if path.is_file():
                return self._load(path, rel, entry.at.start_line)[1]
        offset = entry.at.start_line if "\n" in text else entry.at.start_line - 1
        try:
            return load_located(text, rel, offset)
        except LoadError as error:
            raise self._fail(f"inline patch: {error.message}", rel, error.line) from error

    def _transform(self, spec: Node, rel: str, directory: Path, acc: list[_Res]) -> None:
        for entry in _entries(spec, "patchesStrategicMerge"):
            for patch in self._patch_documents(directory, rel, entry):
                self._strategic(patch, None, acc, rel, entry)
        for entry in _entries(spec, "patches"):
            if not isinstance(entry.v, dict):
                raise self._fail("a patches entry is not a mapping", rel, entry.at.start_line)
            body = entry.v.get("patch") or entry.v.get("path")
            if body is None:
                raise self._fail("a patches entry has neither patch nor path", rel, entry.at.start_line)
            target = entry.v.get("target")
            for patch in self._patch_documents(directory, rel, body):
                if isinstance(patch.v, list):
                    self._json6902(patch, target, acc, rel, entry)
                else:
                    self._strategic(patch, target, acc, rel, entry)
        self._namespace(spec, acc)
        self._names(spec, acc)
        self._labels(spec, acc)
        self._annotations(spec, acc)
        for entry in _entries(spec, "patchesJson6902"):
            if not isinstance(entry.v, dict) or "target" not in entry.v:
                raise self._fail("a patchesJson6902 entry has no target", rel, entry.at.start_line)
            body = entry.v.get("patch") or entry.v.get("path")
            if body is None:
                raise self._fail("a patchesJson6902 entry has neither patch nor path", rel, entry.at.start_line)
            for patch in self._patch_documents(directory, rel, body):
                self._json6902(patch, entry.v["target"], acc, rel, entry)
        self._replicas(spec, acc)
        self._images(spec, acc)

    def _strategic(self, patch: Node, target: Node | None, acc: list[_Res], rel: str, entry: Node) -> None:
        if not isinstance(patch.v, dict):
            raise self._fail("a strategic merge patch is not a mapping", rel, entry.at.start_line)
        if target is not None:
            selected = [res for res in acc if _selected(res, plain(target))]
        else:
            selected = [res for res in acc if _same_object(res, plain(patch))]
            if not selected:
                raise self._fail(f"the patch matches no resource ({_describe(plain(patch))})", rel, patch.at.start_line)
        for res in selected:
            merged = strategic_merge(res.node, _without_identity(patch) if target is not None else patch)
            if merged is None:
                acc.remove(res)
            else:
                res.node = merged

    def _json6902(self, patch: Node, target: Node | None, acc: list[_Res], rel: str, entry: Node) -> None:
        if target is None:
            raise self._fail("a JSON 6902 patch needs a target", rel, entry.at.start_line)
        for res in [res for res in acc if _selected(res, plain(target))]:
            try:
                res.node = apply_json6902(res.node, patch)
            except ValueError as error:
                raise self._fail(f"JSON patch: {error}", rel, patch.at.start_line) from error

    def _namespace(self, spec: Node, acc: list[_Res]) -> None:
        value = spec.v.get("namespace")
        if value is None or not isinstance(value.v, str):
            return
        for res in acc:
            if _kind(res) in CLUSTER_SCOPED:
                continue
            _set(res.node, ("metadata", "namespace"), Node(value.v, value.at))
            if _kind(res) in ("RoleBinding", "ClusterRoleBinding"):
                subjects = _get(res.node, ("subjects",))
                for subject in subjects.v if subjects is not None and isinstance(subjects.v, list) else []:
                    if isinstance(subject.v, dict) and _str(subject.v.get("kind")) == "ServiceAccount":
                        subject.v["namespace"] = Node(value.v, value.at)

    def _names(self, spec: Node, acc: list[_Res]) -> None:
        prefix, suffix = spec.v.get("namePrefix"), spec.v.get("nameSuffix")
        if prefix is None and suffix is None:
            return
        at = (prefix or suffix).at  # type: ignore[union-attr]
        renamed: dict[tuple[str, str], str] = {}
        for res in acc:
            if _kind(res) in ("CustomResourceDefinition", "Namespace"):
                continue
            name = _get(res.node, ("metadata", "name"))
            if name is None or not isinstance(name.v, str):
                continue
            new = f"{_str(prefix.v) if prefix else ''}{name.v}{_str(suffix.v) if suffix else ''}"
            _set(res.node, ("metadata", "name"), Node(new, at))
            renamed[(_kind(res), name.v)] = new
            res.names.append(new)
        for res in acc:
            rename_references(res.node, renamed, at)

    def _labels(self, spec: Node, acc: list[_Res]) -> None:
        common = spec.v.get("commonLabels")
        if common is not None and isinstance(common.v, dict):
            for res in acc:
                _add_labels(res, common, selectors=True, templates=True)
        for entry in _entries(spec, "labels"):
            if not isinstance(entry.v, dict) or not isinstance(entry.v.get("pairs"), Node):
                continue
            pairs = entry.v["pairs"]
            selectors = bool(_plain_of(entry, "includeSelectors"))
            templates = selectors or bool(_plain_of(entry, "includeTemplates"))
            for res in acc:
                _add_labels(res, pairs, selectors=selectors, templates=templates)

    def _annotations(self, spec: Node, acc: list[_Res]) -> None:
        common = spec.v.get("commonAnnotations")
        if common is None or not isinstance(common.v, dict):
            return
        for res in acc:
            _merge_map(res.node, ("metadata", "annotations"), common)
            if _kind(res) in _TEMPLATED:
                _merge_map(res.node, ("spec", "template", "metadata", "annotations"), common)

    def _replicas(self, spec: Node, acc: list[_Res]) -> None:
        for entry in _entries(spec, "replicas"):
            if not isinstance(entry.v, dict):
                continue
            name, count = _plain_of(entry, "name"), entry.v.get("count")
            if count is None:
                continue
            for res in acc:
                if name in res.names and _kind(res) in _REPLICATED:
                    _set(res.node, ("spec", "replicas"), Node(count.v, count.at))

    def _images(self, spec: Node, acc: list[_Res]) -> None:
        entries = [e for e in _entries(spec, "images") if isinstance(e.v, dict) and "name" in e.v]
        if not entries:
            return
        for res in acc:
            for container in _containers(res.node):
                image = container.v.get("image")
                if image is None or not isinstance(image.v, str):
                    continue
                for entry in entries:
                    changed = _new_image(image.v, plain(entry))
                    if changed is not None:
                        container.v["image"] = Node(changed, entry.at)
                        break


def _entries(spec: Node, key: str) -> list[Node]:
    value = spec.v.get(key)
    return list(value.v) if value is not None and isinstance(value.v, list) else []


def _line(spec: Node, key: str) -> int:
    return spec.v[key].at.start_line


def _plain_of(node: Node, key: str) -> Any:
    value = node.v.get(key)
    return plain(value) if value is not None else None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _objects(documents: list[Node]) -> Iterator[Node]:
    for doc in documents:
        if not isinstance(doc.v, dict):
            continue
        kind = doc.v.get("kind")
        items = doc.v.get("items")
        if kind is not None and _str(kind.v).endswith("List") and items is not None and isinstance(items.v, list):
            yield from (item for item in items.v if _is_object(item))
        elif _is_object(doc):
            yield doc


def _is_object(node: Node) -> bool:
    return (
        isinstance(node.v, dict)
        and isinstance(getattr(node.v.get("apiVersion"), "v", None), str)
        and isinstance(getattr(node.v.get("kind"), "v", None), str)
    )


def _get(node: Node, path: tuple[str, ...]) -> Node | None:
    current: Node | None = node
    for key in path:
        if current is None or not isinstance(current.v, dict):
            return None
        current = current.v.get(key)
    return current


def _set(node: Node, path: tuple[str, ...], value: Node) -> None:
    current = node
    for key in path[:-1]:
        child = current.v.get(key)
        if child is None or not isinstance(child.v, dict):
            child = Node({}, value.at)
            current.v[key] = child
        current = child
    current.v[path[-1]] = value


def _merge_map(node: Node, path: tuple[str, ...], pairs: Node) -> None:
    for key, value in pairs.v.items():
        _set(node, (*path, key), Node(_str(value.v), value.at))


def _add_labels(res: _Res, pairs: Node, *, selectors: bool, templates: bool) -> None:
    kind = _kind(res)
    _merge_map(res.node, ("metadata", "labels"), pairs)
    if templates and kind in _TEMPLATED:
        _merge_map(res.node, ("spec", "template", "metadata", "labels"), pairs)
    if templates and kind == "StatefulSet":
        claims = _get(res.node, ("spec", "volumeClaimTemplates"))
        for claim in claims.v if claims is not None and isinstance(claims.v, list) else []:
            if isinstance(claim.v, dict):
                _merge_map(claim, ("metadata", "labels"), pairs)
    if templates and kind == "CronJob":
        _merge_map(res.node, ("spec", "jobTemplate", "spec", "template", "metadata", "labels"), pairs)
    if not selectors:
        return
    if kind in ("Service", "ReplicationController"):
        _merge_map(res.node, ("spec", "selector"), pairs)
    elif kind in _TEMPLATED - {"Job", "ReplicationController"}:
        _merge_map(res.node, ("spec", "selector", "matchLabels"), pairs)
    elif kind in ("PodDisruptionBudget", "NetworkPolicy"):
        path = (
            ("spec", "selector", "matchLabels")
            if kind == "PodDisruptionBudget"
            else ("spec", "podSelector", "matchLabels")
        )
        _merge_map(res.node, path, pairs)


def _containers(node: Node) -> Iterator[Node]:
    """Every container-like mapping (an `image` holder) anywhere in the object."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current.v, dict):
            for key, value in current.v.items():
                if key in ("containers", "initContainers", "ephemeralContainers") and isinstance(value.v, list):
                    yield from (item for item in value.v if isinstance(item.v, dict))
                stack.append(value)
        elif isinstance(current.v, list):
            stack.extend(current.v)


_IMAGE = re.compile(r"^(?P<name>[^@]+?)(?::(?P<tag>[^:/@]+))?(?:@(?P<digest>.+))?$")


def _new_image(image: str, entry: dict[str, Any]) -> str | None:
    match = _IMAGE.match(image)
    if match is None or match["name"] != _str(entry.get("name")):
        return None
    name = _str(entry.get("newName")) or match["name"]
    tag = f":{match['tag']}" if match["tag"] else ""
    digest = f"@{match['digest']}" if match["digest"] else ""
    if entry.get("newTag") is not None:
        tag, digest = f":{_str(entry['newTag'])}", ""
    if entry.get("tagSuffix") is not None and tag:
        tag = f"{tag}{_str(entry['tagSuffix'])}"
    if entry.get("digest") is not None:
        tag, digest = "", f"@{_str(entry['digest'])}"
    return f"{name}{tag}{digest}"


def _kind(res: _Res) -> str:
    return _str(getattr(res.node.v.get("kind"), "v", None))


def _name(node: Node) -> str:
    name = _get(node, ("metadata", "name"))
    return _str(name.v) if name is not None else ""


def _group_version(api_version: str) -> tuple[str, str]:
    return (api_version.split("/", 1)[0], api_version.split("/", 1)[1]) if "/" in api_version else ("", api_version)


def _same_object(res: _Res, patch: dict[str, Any]) -> bool:
    """Whether a strategic merge patch without a target names this resource."""
    metadata = patch.get("metadata") if isinstance(patch.get("metadata"), dict) else {}
    if _str(patch.get("kind")) != _kind(res) or _str(metadata.get("name")) not in res.names:
        return False
    group = _group_version(_str(patch.get("apiVersion")))[0]
    api = _group_version(_str(plain(res.node.v["apiVersion"])))[0]
    if group != api:
        return False
    namespace = metadata.get("namespace")
    current = _get(res.node, ("metadata", "namespace"))
    return namespace is None or current is None or _str(namespace) == _str(current.v)


def _selected(res: _Res, target: Any) -> bool:
    if not isinstance(target, dict):
        return False
    group, version = _group_version(_str(plain(res.node.v["apiVersion"])))
    for key, actual in (("group", group), ("version", version), ("kind", _kind(res))):
        if target.get(key) not in (None, "") and _str(target[key]) != actual:
            return False
    if target.get("name") not in (None, ""):
        pattern = _anchored(_str(target["name"]))
        if not any(pattern.fullmatch(name) for name in res.names):
            return False
    if target.get("namespace") not in (None, ""):
        namespace = _get(res.node, ("metadata", "namespace"))
        if not _anchored(_str(target["namespace"])).fullmatch(_str(namespace.v if namespace else "")):
            return False
    for key, where in (("labelSelector", "labels"), ("annotationSelector", "annotations")):
        if target.get(key) not in (None, ""):
            values = _get(res.node, ("metadata", where))
            found = plain(values) if values is not None and isinstance(values.v, dict) else {}
            if not selector_matches(_str(target[key]), {k: _str(v) for k, v in found.items()}):
                return False
    return True


def _anchored(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error:
        return re.compile(re.escape(pattern))


_REQUIREMENT = re.compile(
    r"\s*(?P<not>!)?\s*(?P<key>[^\s!=,()]+)\s*(?:(?P<op>==|=|!=)\s*(?P<value>[^\s,()]*)|"
    r"\s+(?P<set>in|notin)\s*\((?P<values>[^)]*)\))?\s*(?:,|$)"
)


def selector_matches(selector: str, labels: dict[str, str]) -> bool:
    """A Kubernetes label selector (`a=b,c!=d,e in (x,y),!f,g`) against labels."""
    position = 0
    while position < len(selector):
        match = _REQUIREMENT.match(selector, position)
        if match is None or match.end() == position:
            return False
        position = match.end()
        key = match["key"]
        if match["op"] in ("=", "=="):
            ok = labels.get(key) == match["value"]
        elif match["op"] == "!=":
            ok = labels.get(key) != match["value"]
        elif match["set"]:
            values = {v.strip() for v in match["values"].split(",")}
            ok = (labels.get(key) in values) if match["set"] == "in" else (labels.get(key) not in values)
        else:
            ok = (key in labels) != bool(match["not"])
        if not ok:
            return False
    return True


def _without_identity(patch: Node) -> Node:
    """A targeted patch's body: its name and namespace do not rename what it selects."""
    copy = copy_tree(patch)
    metadata = copy.v.get("metadata")
    if metadata is not None and isinstance(metadata.v, dict):
        metadata.v.pop("name", None)
        metadata.v.pop("namespace", None)
    for key in ("apiVersion", "kind"):
        copy.v.pop(key, None)
    return copy


def _describe(patch: dict[str, Any]) -> str:
    metadata = patch.get("metadata") if isinstance(patch.get("metadata"), dict) else {}
    return f"{_str(patch.get('kind'))}/{_str(metadata.get('name'))}"


__all__ = [
    "KUSTOMIZATION_NAMES",
    "KustomizeError",
    "Note",
    "Render",
    "RenderedObject",
    "Source",
    "is_remote",
    "kustomization_file",
    "located",
    "render",
    "selector_matches",
]
