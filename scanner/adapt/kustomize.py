"""Kustomizations in a scanned tree → the assets of each root's rendered output.

A root is a kustomization that no other kustomization of the tree uses; its render is
checked, and the files it read (bases, resources, patches) are not checked again on
their own. A kustomization that no root reaches (a cycle) is rendered, and fails, on its
own. A Component that nothing uses is not rendered (it patches objects it does not
hold); its resource files are checked on their own, like any manifest.

Findings on a rendered object point at the line that set the offending value (the
overlay's patch line, or the base line); the kustomizations it went through are its
provenance, and the root's directory is its fingerprint root, so one base rendered by
two overlays gives two findings.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Any

from scanner.adapt.kubernetes import object_asset, object_resource
from scanner.discover.walk import SKIPPED_DIRS
from scanner.levels import Level, Notification
from scanner.load.kustomize import KustomizeError, Render, RenderedObject, Source, render
from scanner.load.kustomize_files import is_kustomization
from scanner.load.located import load_located, plain
from scanner.model import Asset, Step, Value


class LocatedReader:
    """Reads a rendered object by dotted path; each value's origin starts at the line that set it."""

    def __init__(self, data: Any, fields: dict[tuple[str | int, ...], Any], origin: tuple[Step, ...], address: str):
        self.data = data
        self.fields = fields
        self.origin = origin
        self.address = address

    def origin_at(self, path: tuple[str | int, ...]) -> tuple[Step, ...]:
        """The provenance of the value at `path`: where the nearest located node was set."""
        for end in range(len(path), -1, -1):
            location = self.fields.get(path[:end])
            if location is not None:
                label = ".".join(str(part) for part in path) or "object"
                return (Step(f"{label} of {self.address}", location), *self.origin)
        return self.origin

    def values(self, path: str) -> list[Value]:
        current: list[tuple[tuple[str | int, ...], Any]] = [((), self.data)]
        for part in path.split("."):
            following: list[tuple[tuple[str | int, ...], Any]] = []
            for where, item in current:
                spread = list(enumerate(item)) if isinstance(item, list) else [(None, item)]
                for index, each in spread:
                    at = where if index is None else (*where, index)
                    if isinstance(each, dict) and part in each:
                        following.append(((*at, part), each[part]))
            current = following
        return [Value(item, origin=self.origin_at(where)) for where, item in current]

    def references(self, path: str) -> list[str]:
        return []


def rendered_asset(item: RenderedObject, root: str) -> Asset:
    location = item.location
    resource = object_resource(item.obj, location.path, location.start_line, location.end_line)
    resource.meta.update(root=root, calls=item.chain, rendered=True, fields=item.fields)
    asset = object_asset(resource)
    reader = LocatedReader(item.obj, item.fields, asset.reader.origin, resource.address)
    asset.reader = reader
    asset.regions = tuple(_relocated(value, reader) for value in asset.regions)
    return asset


def _relocated(value: Value, reader: LocatedReader) -> Value:
    """An operator object's region value, from the line that set it (`field of address`)."""
    if not value.origin:
        return value
    label = value.origin[0].label.split(" of ", 1)[0]
    path = tuple(label.split(".")) if label and "/" not in label else ("metadata", "annotations", label)
    steps = reader.origin_at(path)
    return Value(value.value, value.known, value.reason, (*steps, *value.origin[1:]), value.error)


class KustomizeScan:
    """What the renders of a tree's kustomizations give the pipeline."""

    def __init__(self) -> None:
        self.assets: list[Asset] = []
        self.notifications: list[Notification] = []
        self.failures: list[tuple[str, str, int | None]] = []  # (rel, message, line)
        self.consumed: set[str] = set()  # scanned files checked through a render
        self.files: dict[str, str] = {}  # every file read → its text


MAX_WALKED = 50_000  # directory entries a search for kustomizations looks at


def kustomizations_in(limit: Path, root: Path, read: Any) -> dict[str, str]:
    """Every kustomization file under `limit` (the repository), scan-root-relative → text:
    those that may render the files named one by one (pre-commit)."""
    found: dict[str, str] = {}
    seen = 0
    for folder, subdirs, names in os.walk(limit):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        seen += len(subdirs) + len(names)
        if seen > MAX_WALKED:
            break
        for name in names:
            if is_kustomization(name):
                path = Path(folder) / name
                text = read(path)
                if text is not None:
                    found[Path(os.path.relpath(path, root)).as_posix()] = text
    return found


def scan_kustomizations(
    texts: dict[str, str], root: Path, limit: Path | None, read: Any, wanted: frozenset[str] | None = None
) -> KustomizeScan:
    """Render the roots among the kustomizations in `texts` (scan-root-relative path → text);
    with `wanted`, only the renders that read one of those files count."""
    scan = KustomizeScan()
    kustomizations = sorted(rel for rel in texts if is_kustomization(rel))
    if not kustomizations:
        return scan
    source = Source(root, limit or root, texts, read)
    renders: dict[str, Render] = {}
    components: set[str] = set()  # rendered only through what uses them
    for rel in kustomizations:
        directory = str(PurePosixPath(rel).parent)
        scan.consumed.add(rel)
        if directory in renders or directory in components:
            continue
        if _is_component(texts[rel]):
            components.add(directory)
        else:
            renders[directory] = _render_contained(root / directory, source, rel)
    used = {d for key, r in renders.items() for d in r.directories if d != key}
    roots = [key for key in renders if key not in used]
    covered = {d for key in roots for d in renders[key].directories}
    reported = set(roots) | {key for key in renders if key not in covered}
    for key in sorted(reported):
        if wanted is None or wanted & renders[key].files.keys():
            _collect(scan, renders[key], texts)
    for key in sorted(components - used) if wanted is None else ():
        message = "a Kustomize component that no kustomization of the scanned tree uses: its patches are not checked"
        scan.notifications.append(Notification(Level.NOTE, message, _kfile(key, kustomizations)))
    return scan


def _render_contained(directory: Path, source: Source, rel: str) -> Render:
    """A render; a renderer bug costs this kustomization only, reported as not rendered."""
    try:
        return render(directory, source)
    except Exception as error:  # noqa: BLE001 - one kustomization, not the scan
        failed = Render(root=str(PurePosixPath(rel).parent), error_rel=rel)
        failed.error = KustomizeError(f"could not be rendered ({type(error).__name__})", None)
        failed.directories.add(failed.root)
        return failed


def _collect(scan: KustomizeScan, result: Render, texts: dict[str, str]) -> None:
    scan.files.update(result.files)
    for note in result.notes:
        scan.notifications.append(Notification(note.level, note.message, note.rel, note.line))
    if result.error is not None:
        scan.failures.append((result.error_rel, f"Kustomize render failed: {result.error.message}", result.error.line))
        # What it read is not checked on its own: a patch is no object, and the failure
        # already fails the scan.
        scan.consumed.update(rel for rel in result.files if rel in texts)
        return
    scan.consumed.update(rel for rel in result.files if rel in texts)
    scan.assets.extend(rendered_asset(item, result.root) for item in result.objects)


def _is_component(text: str) -> bool:
    try:
        documents = load_located(text, "")
    except Exception:  # noqa: BLE001 - the render reports what is wrong with it
        return False
    data = plain(documents[0]) if documents else None
    return isinstance(data, dict) and data.get("kind") == "Component"


def _kfile(directory: str, kustomizations: list[str]) -> str:
    return next(rel for rel in kustomizations if str(PurePosixPath(rel).parent) == directory)
