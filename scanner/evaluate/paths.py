"""Module source paths: which are local, and where they lead inside the scan root.

Kept apart from the evaluator so that planning a scan's units (scanner/units/partition.py) does
not import it: a warm scan whose units are all cached never evaluates anything.
"""

from __future__ import annotations

from pathlib import PurePosixPath


def is_local_source(source: str) -> bool:
    return source.startswith(("./", "../")) or source in (".", "..")


def normalise(directory: str, relative: str) -> str | None:
    """Join and collapse `..`; None if the result leaves the scan root."""
    if relative.startswith("/"):  # an absolute path (a modules.json `Dir`) leaves it too
        return None
    parts: list[str] = []
    for part in PurePosixPath(directory, relative).parts:
        if part in (".", ""):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts) or "."
