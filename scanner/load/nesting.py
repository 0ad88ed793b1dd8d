"""A cheap bound on bracket nesting, checked before any parser sees the text.

Parsers and the tree walks after them recurse; a hostile file nested 10,000 levels deep
must be refused with a clear message rather than crash the process.
"""

from __future__ import annotations

import re

from scanner.load.errors import LoadError

MAX_DEPTH = 200
_INTERESTING = re.compile(r'[\[\]{}()"\\\n#]')


def check_nesting(text: str, limit: int = MAX_DEPTH) -> None:
    """Raise LoadError if brackets outside strings and comments nest deeper than `limit`."""
    if text.count("[") + text.count("{") + text.count("(") <= limit:
        return
    depth = 0
    line = 1
    in_string = False
    in_comment = False
    escaped = False
    for match in _INTERESTING.finditer(text):
        char = match.group()
        if char == "\n":
            line += 1
            in_comment = False
            continue
        if in_comment:
            continue
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char == "#":
            in_comment = True
        elif char in "[{(":
            depth += 1
            if depth > limit:
                raise LoadError(f"nesting deeper than {limit} levels", line)
        elif char in "]})":
            depth = max(0, depth - 1)
