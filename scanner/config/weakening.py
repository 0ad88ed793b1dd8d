"""One thing that made a scan weaker than its trusted settings alone would have made it.

Kept in a module of its own with no imports: the configuration (read on every cached
re-scan) builds them, the scan result carries them, and every reporter formats them.
"""

from __future__ import annotations

from typing import NamedTuple


class Weakening(NamedTuple):
    """`setting` is the configuration key (`exclude`, `disable`, `severity`, `fail-on`,
    `baseline`, `catalog`…), `detail` what it said, `source` where it came from (a file
    in the scanned tree, the `--config` file, or `command line`). `applied` False: found
    in the scanned tree and refused (strict mode, or a key only a trusted file may set)."""

    setting: str
    detail: str
    source: str
    applied: bool

    def describe(self) -> str:
        return f"{self.setting} {self.detail} ({self.source})" if self.detail else f"{self.setting} ({self.source})"


def weakening_order(item: Weakening) -> tuple[object, ...]:
    return (not item.applied, item.source, item.setting, item.detail)


def summary_line(items: list[Weakening] | tuple[Weakening, ...]) -> str:
    """One sentence for a report's summary ("" when nothing weakened the scan)."""
    applied = [item.describe() for item in items if item.applied]
    refused = [item.describe() for item in items if not item.applied]
    parts = []
    if applied:
        parts.append(f"Weakened by: {'; '.join(applied)}.")
    if refused:
        parts.append(f"Not applied (from the scanned tree): {'; '.join(refused)}.")
    return " ".join(parts)


def as_dict(item: Weakening) -> dict[str, object]:
    return {"setting": item.setting, "detail": item.detail, "source": item.source, "applied": item.applied}
