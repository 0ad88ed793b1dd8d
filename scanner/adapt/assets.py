"""The assets step: each asset's attributes read once, through its adapter's reader, into
plain facts (`AttributeFacts`) that checks read; the reader, and the evaluator behind it,
is dropped before any check runs.

Which paths to read on a resource type is the checks' to say (scanner/check/reads.py):
the pipeline passes `paths_for`, which gives, for a resource type, the paths whose values
and the paths whose references some active rule may read there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from scanner.model import Asset, AttributeFacts, AttributeReader, Step, Value

PathsFor = Callable[[str], tuple[Iterable[str], Iterable[str]]]


def read_facts(assets: list[Asset], paths_for: PathsFor) -> None:
    """Give every asset that has a reader its facts, and drop the reader."""
    for asset in assets:
        reader = asset.reader
        if reader is None:
            continue
        value_paths, reference_paths = paths_for(asset.resource.type)
        asset.facts = facts_of(reader, value_paths, reference_paths)
        asset.reader = None


def facts_of(reader: AttributeReader, value_paths: Iterable[str], reference_paths: Iterable[str]) -> AttributeFacts:
    """The values and references at the given paths. A path whose reading raises holds the
    error (without its traceback, which would keep the evaluator's frames alive): a fault
    costs the rules that read that path on this resource, as when checks read it live."""
    read: dict[str, tuple[Value, ...] | BaseException] = {}
    for path in value_paths:
        try:
            read[path] = tuple(reader.values(path))
        except Exception as error:  # noqa: BLE001 - a fault costs this path of this resource
            read[path] = _detached(error)
    referenced: dict[str, tuple[str, ...] | BaseException] = {}
    for path in reference_paths:
        try:
            referenced[path] = tuple(reader.references(path))
        except Exception as error:  # noqa: BLE001
            referenced[path] = _detached(error)
    origin: tuple[Step, ...] = getattr(reader, "origin", ())
    return AttributeFacts(read, referenced, origin)


def _detached(error: Exception) -> Exception:
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error
