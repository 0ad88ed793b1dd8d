"""The one error every loader raises for input it cannot read."""

from __future__ import annotations


class LoadError(Exception):
    """A file that cannot be parsed; `line` is 1-based where the parser knows it."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
