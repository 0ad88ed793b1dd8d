"""Where a field of a Kubernetes resource is written: the load stage records each field's line,
adapters and checks both point findings at it. A module of its own so that a check need not
import an adapter to place a finding."""

from __future__ import annotations

from scanner.model import Location, Resource


def field_location(resource: Resource, *path: str | int) -> Location:
    """Where the scalar at `path` within a Kubernetes object is written: its own line, else the object's span."""
    from scanner.load.kubernetes import pointer_token

    fields = resource.meta.get("fields")  # a rendered (Kustomize) object: each field's own file and line
    if fields is not None:
        return next((fields[path[:end]] for end in range(len(path), -1, -1) if path[:end] in fields), resource.location)
    line = (resource.meta.get("lines") or {}).get("".join(f"/{pointer_token(step)}" for step in path))
    return Location(resource.location.path, line, line) if isinstance(line, int) else resource.location
