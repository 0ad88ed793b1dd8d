"""SARIF levels, and the notifications a scan gives about itself (not findings).

Apart from `scanner.model` so that what a cached re-scan imports (discovery, settings)
does not build the model's dataclasses.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple


class Level(StrEnum):
    """SARIF result levels, ordered by how much they matter."""

    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.NOTE: 1, Level.WARNING: 2, Level.ERROR: 3}


class Notification(NamedTuple):
    """A tool-execution notification: a file skipped, a file that failed, a limit reached."""

    level: Level
    message: str
    path: str | None = None
    line: int | None = None
    rule_id: str | None = None


def finding_level(
    rule_id: str, properties: dict[str, Any], levels: dict[str, Level], profile_levels: dict[str, Level] | None
) -> Level:
    """A finding's level under the profiles: its rule's, or, for what could not be verified
    (`properties["level_as"]` names the rule for unknowns, RES002), that rule's if lower —
    as the profiles set it, whether or not that rule is selected."""
    own = levels[rule_id]
    other = (profile_levels or levels).get(str(properties.get("level_as", "")))
    return other if other is not None and other.rank < own.rank else own
