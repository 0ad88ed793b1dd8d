"""Split a tree's Terraform into units that can be evaluated apart: one at a time (so that
a unit's parsed trees are dropped before the next is read), on several cores, and cached.

Two directories must share a unit when one calls the other as a local module, since the
caller's inputs decide the callee's values. The calls are found here by a text search,
before anything is parsed; the evaluator then reports the calls it really followed, and
the pipeline checks that none crossed a unit (`crossing_call`). If one did (a source
written as an expression, say), the scan is run again as one unit: splitting may cost
time, never a finding.

A unit ends after a component whose name hashes to 0 (or when the unit is full), so its
boundaries depend on names, not on positions: adding or changing a directory moves only
the boundaries next to it, and the other units keep their cache entries.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

# `source = "./x"` in HCL and `"source": "../x"` in JSON, wherever they are written: a
# call in a comment (or `data_source = "./x"`) only joins two units that could have stayed
# apart. No leading \b: it makes the search twenty times slower.
_LOCAL_SOURCE = re.compile(r'source"?\s*[=:]\s*"(\.\.?(?:/[^"\n]*)?)"')
# A unit ends after a directory whose name hashes to 0 modulo this, or when it is full.
_BOUNDARY_MODULUS = 8
MAX_UNIT_BYTES = 2 * 1024 * 1024
MAX_UNIT_FILES = 400


def directory_of(rel: str) -> str:
    """`str(PurePosixPath(rel).parent)`, without building a path object per file."""
    return rel.rpartition("/")[0] or "."


def local_calls(directory: str, text: str) -> Iterable[str]:
    from scanner.evaluate.paths import normalise

    for match in _LOCAL_SOURCE.finditer(text):
        target = normalise(directory, match.group(1))
        if target is not None and target != directory:
            yield target


class _Groups:
    """Union-find over directory names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent[parent]
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def join(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # The smaller name leads, so that a group's name does not depend on join order.
            low, high = sorted((root_a, root_b))
            self.parent[high] = low


def components(texts: dict[str, str]) -> dict[str, str]:
    """Directory → the name of its component (its smallest directory name)."""
    groups = _Groups()
    directories = sorted({directory_of(rel) for rel in texts})
    present = set(directories)
    for directory in directories:
        groups.find(directory)
    for rel, text in texts.items():
        directory = directory_of(rel)
        for target in local_calls(directory, text):
            if target in present:
                groups.join(directory, target)
    return {directory: groups.find(directory) for directory in directories}


def units(texts: dict[str, str]) -> tuple[list[list[str]], dict[str, str]]:
    """Files grouped into units (each a sorted list of paths), and each directory's component."""
    component_of = components(texts)
    members: dict[str, list[str]] = {}
    for rel in sorted(texts):
        members.setdefault(component_of[directory_of(rel)], []).append(rel)
    result: list[list[str]] = []
    current: list[str] = []
    size = 0
    for name in sorted(members):
        files = members[name]
        current.extend(files)
        size += sum(len(texts[rel]) for rel in files)
        full = size >= MAX_UNIT_BYTES or len(current) >= MAX_UNIT_FILES
        if full or zlib.crc32(name.encode("utf-8", "surrogatepass")) % _BOUNDARY_MODULUS == 0:
            result.append(current)
            current, size = [], 0
    if current:
        result.append(current)
    return result, component_of


def crossing_call(calls: Iterable[tuple[str, str]], component_of: dict[str, str]) -> tuple[str, str] | None:
    """A call the evaluator followed between two components, if any."""
    for caller, target in calls:
        if target in component_of and component_of.get(caller) != component_of[target]:
            return caller, target
    return None
