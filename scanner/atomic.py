"""Files written whole or not at all: a new file beside the target, then a rename over it.

A failed run never leaves half a report or half a cache entry, and never destroys the
previous one. Plain system calls rather than `tempfile`, whose import (it brings `shutil`
and `random`) takes about as long as all of sovscan's own modules that a cached re-scan
imports.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_ATTEMPTS = 100


def write_atomically(path: Path, data: str | bytes, *, durable: bool = False) -> None:
    """Replace `path` with `data` (text is written as UTF-8, line ends untouched).

    `durable`: flushed to the disk before the rename, so that a crash cannot leave an
    empty file in place of the previous one (reports; a cache entry can be lost).
    Raises OSError (and UnicodeEncodeError for text that is not valid Unicode) with
    nothing left behind."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, temporary = _create_beside(path)
    try:
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _create_beside(path: Path) -> tuple[int, str]:
    """A new file, only ours (O_EXCL, mode 0600), in the target's folder: a rename within
    one file system is atomic."""
    directory = os.fspath(path.parent)
    for _ in range(_ATTEMPTS):
        temporary = os.path.join(directory, f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _CREATE, 0o600), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", directory)
