"""Files written whole or not at all: a new file beside the target, then a rename over it.

A failed run never leaves half a report or half a cache entry, and never destroys the
previous one. Plain system calls rather than `tempfile`, whose import (it brings `shutil`
and `random`) takes about as long as all of sovscan's own modules that a cached re-scan
imports.

Only a regular file (or a missing one, or a symbolic link, which is replaced and never
followed) is replaced that way. Anything else is written in place, as a shell redirection
would: `-o /dev/null` run as root must not turn the device into a file, and a FIFO or
`/dev/stdout` is where the reader waits. Paths under /dev and /proc are always written in
place (a temporary file must never be made there), and the standard streams
(`/dev/stdout`, `/dev/fd/N`…) are written on the process's own descriptor, so that an
appending redirection keeps appending.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from pathlib import Path

# 0o666: a new file gets the mode `open()` would give it under the umask.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_ATTEMPTS = 100
_IN_PLACE = (
    os.O_WRONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_STREAM = re.compile(r"/dev/(?:std(?P<name>out|err)|fd/(?P<fd>\d+))|/proc/self/fd/(?P<proc>\d+)")
_SYSTEM_FOLDERS = ("/dev/", "/proc/")
# A FIFO's reader may open it a moment after the writer starts (`cat fifo &`): its absence
# is retried this long, then reported, rather than waited for without end.
FIFO_READER_WAIT = 5.0


def write_atomically(path: Path, data: str | bytes, *, durable: bool = False) -> None:
    """Replace `path` with `data` (text is written as UTF-8, line ends untouched).

    `durable`: flushed to the disk before the rename, so that a crash cannot leave an
    empty file in place of the previous one (reports; a cache entry can be lost).
    A device, a FIFO or a standard stream is written in place instead (see the module).
    Raises OSError (and UnicodeEncodeError for text that is not valid Unicode) with
    nothing left behind."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    absolute = os.path.abspath(path)
    stream = _STREAM.fullmatch(absolute)
    if stream is not None:
        _write_all(_stream_fd(stream), raw)
        return
    try:
        info: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        info = None
    special = info is not None and not (
        stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode) or stat.S_ISDIR(info.st_mode)
    )
    if special or absolute.startswith(_SYSTEM_FOLDERS):
        # Outside /dev and /proc the file is known not to be a link: never follow one there.
        _write_in_place(path, raw, follow=absolute.startswith(_SYSTEM_FOLDERS))
        return
    keep_mode = info.st_mode & 0o777 if info is not None and stat.S_ISREG(info.st_mode) else None
    _replace(path, raw, durable, keep_mode)


def _replace(path: Path, raw: bytes, durable: bool, keep_mode: int | None) -> None:
    fd, temporary = _create_beside(path)
    try:
        try:
            if keep_mode is not None:
                os.chmod(temporary, keep_mode)  # an existing report keeps its mode
            _write_all(fd, raw)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_in_place(path: Path, raw: bytes, *, follow: bool) -> None:
    """Open without creating, truncating or following a link; O_NONBLOCK so that a FIFO
    without a reader fails (ENXIO) instead of blocking, retried for FIFO_READER_WAIT."""
    flags = _IN_PLACE if follow else _IN_PLACE | getattr(os, "O_NOFOLLOW", 0)
    deadline = time.monotonic() + FIFO_READER_WAIT
    while True:
        try:
            fd = os.open(path, flags)
            break
        except OSError as error:
            if error.errno != errno.ENXIO or time.monotonic() >= deadline:
                if error.errno == errno.ENXIO:
                    raise OSError(errno.ENXIO, "no process reads this FIFO", os.fspath(path)) from None
                raise
            time.sleep(0.02)
    try:
        _blocking(fd)
        _write_all(fd, raw)
    finally:
        os.close(fd)


def _blocking(fd: int) -> None:
    """Writes wait for a slow reader instead of failing with EAGAIN."""
    try:
        import fcntl
    except ImportError:  # Windows: O_NONBLOCK does not exist there either
        return
    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)


def _stream_fd(stream: re.Match[str]) -> int:
    named = stream.group("name")
    if named is not None:
        return 1 if named == "out" else 2
    return int(stream.group("fd") or stream.group("proc"))


def _write_all(fd: int, raw: bytes) -> None:
    view = memoryview(raw)
    while view:
        view = view[os.write(fd, view) :]


def _create_beside(path: Path) -> tuple[int, str]:
    """A new file, only ours (O_EXCL), in the target's folder: a rename within one file
    system is atomic."""
    directory = os.fspath(path.parent)
    for _ in range(_ATTEMPTS):
        temporary = os.path.join(directory, f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _CREATE, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", directory)
