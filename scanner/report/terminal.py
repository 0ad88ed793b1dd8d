"""Writing reports to a stdout that may not speak Unicode.

A Windows console or a CI log set to cp1252, or a POSIX locale of ASCII, cannot encode
the arrows and dots the text report uses; Python would raise UnicodeEncodeError and the
scan would exit 1, the code for "findings". The report is degraded instead: known
characters to ASCII look-alikes, anything else to a backslash escape.
"""

from __future__ import annotations

import codecs
import sys

_ASCII = str.maketrans(
    {"←": "<-", "→": "->", "·": "-", "…": "...", "—": "--", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"'}
)


def degrade(text: str, encoding: str) -> str:
    """The text as `encoding` can carry it."""
    try:
        text.encode(encoding)
        return text
    except UnicodeEncodeError:
        pass
    return text.translate(_ASCII).encode(encoding, "backslashreplace").decode(encoding)


def write_stdout(text: str) -> None:
    stream = sys.stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        encoding = "ascii"
    stream.write(degrade(text, encoding))
    stream.flush()
