"""Reading a file the user named on the command line (a config, a baseline, a var file, a
SARIF log to merge) without letting it hang the run or fill the memory.

Only a regular file is read: a FIFO would block forever, `/dev/zero` (or a link to it)
never ends, and opening some devices has side effects, so the kind of file is checked
with `stat` before it is opened, then again on the open descriptor (the name may have
been swapped in between). The file is read up to a size limit, and a file that grows past
it while being read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from scanner.config.settings import ConfigError

CONFIG_LIMIT = 1024 * 1024
VAR_FILE_LIMIT = 5 * 1024 * 1024
BASELINE_LIMIT = 64 * 1024 * 1024
SARIF_LIMIT = 256 * 1024 * 1024

_OPEN = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


class TrustedFileError(ConfigError):
    """A file named on the command line cannot be used: exit 2, naming what and which."""


def read_trusted_text(path: Path, what: str, limit: int) -> str:
    """The UTF-8 text of `path`; `what` names it in messages ("--baseline", "configuration
    file"). Raises TrustedFileError when it is missing, not a regular file, over `limit`
    bytes, or not UTF-8."""
    data = read_trusted_bytes(path, what, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise TrustedFileError(f"cannot read {what} {path}: not UTF-8 text (byte {error.start})") from None


def read_var_file(path: Path) -> str:
    """A `--var-file`, decoded as the scanned Terraform files are (BOM-marked UTF-16 too)."""
    from scanner.discover.walk import ReadFailure, decode

    data = read_trusted_bytes(path, "--var-file", VAR_FILE_LIMIT)
    try:
        return decode(data)
    except ReadFailure as failure:
        raise TrustedFileError(f"cannot read --var-file {path}: {failure}") from None


def read_trusted_bytes(path: Path, what: str, limit: int) -> bytes:
    try:
        _refuse_special(os.stat(path).st_mode, path, what)
        fd = os.open(path, _OPEN)
        try:
            info = os.fstat(fd)
            _refuse_special(info.st_mode, path, what)
            if info.st_size > limit:
                raise _too_large(path, what, limit)
            data = _read_up_to(fd, limit + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise TrustedFileError(f"{what} {path}: no such file") from None
    except OSError as error:
        raise TrustedFileError(f"cannot read {what} {path}: {error.strerror or error}") from None
    if len(data) > limit:
        raise _too_large(path, what, limit)
    return data


def _refuse_special(mode: int, path: Path, what: str) -> None:
    if not stat.S_ISREG(mode):
        raise TrustedFileError(f"{what} {path} is {_kind(mode)}, not a regular file: it is not read")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _too_large(path: Path, what: str, limit: int) -> TrustedFileError:
    return TrustedFileError(f"{what} {path} is over the size limit of {limit:,} bytes: it is not read")


def _read_up_to(fd: int, most: int) -> bytes:
    chunks = []
    while most > 0:
        chunk = os.read(fd, min(most, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        most -= len(chunk)
    return b"".join(chunks)
