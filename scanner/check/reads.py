"""Which attribute paths the checks may read, derived from the active rules' data and the
catalog: the assets step reads exactly these into each asset's facts (scanner/adapt/assets.py).

Each check kind that reads attributes says what its rule data names (`reads` in its module);
a new rule's path is picked up from its data, never from a hand-kept list. A check that asks
for a path missing here gets `UnreadPath`, an internal error, never an empty answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from scanner.patterns import matches


class Read(NamedTuple):
    """A path read on the resources whose type matches `type_pattern`: its values, and,
    with `references`, the resources its expression names too."""

    type_pattern: str
    path: str
    references: bool = False


class ReadPlan:
    """The reads of one scan; matched against each resource type once."""

    def __init__(self, reads: Iterable[Read]) -> None:
        self.reads = tuple(dict.fromkeys(reads))
        self._by_type: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def paths_for(self, resource_type: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The paths to read the values of, and the paths to read the references of."""
        found = self._by_type.get(resource_type)
        if found is None:
            matched = [read for read in self.reads if matches(resource_type, read.type_pattern)]
            values = tuple(dict.fromkeys(read.path for read in matched))
            references = tuple(dict.fromkeys(read.path for read in matched if read.references))
            found = self._by_type[resource_type] = (values, references)
        return found
