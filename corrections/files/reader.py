"""Reading a file a user named: regular files only, a size limit, decode errors named as the file's."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from corrections.errors import InputError

TEXT_FILE_LIMIT = 5 * 1024 * 1024
"""The largest option file (notice wording, house style, receipts) read: far beyond any real one."""


class FileRefused(InputError):
    """A file that cannot be read for what it was given for; nothing was changed anywhere."""


def shown(name: str | os.PathLike) -> str:
    """A file name quoted for a one-line message, control characters and undecodable bytes made visible."""
    text = os.fspath(name)
    visible = "".join(ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else _escape(ch) for ch in text)
    return f"'{visible}'"


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 in the name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def describe_size(size: int) -> str:
    """A byte count as a person reads it: '20 MB', '512 bytes'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    if size >= 1024:
        return f"{size / 1024:g} KB"
    return f"{size} byte" + ("" if size == 1 else "s")


def read_limited(path: str | os.PathLike, max_bytes: int, *, purpose: str = "to read",
                 error: type[InputError] = FileRefused, what: str = "") -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes`, or `error` with one line that
    names the file (after `what`, e.g. 'the notice file', when given).

    The file is opened without blocking and checked on the open handle, so a FIFO or device
    (also one swapped in after a check) is refused instead of hanging or reading forever.
    """
    name = f"{what} {shown(path)}" if what else shown(path)
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{name} does not exist" if what else f"no such file: {name}") from None
    except PermissionError:
        raise error(f"cannot read {name}: permission denied") from None
    except IsADirectoryError:
        raise error(f"{name} is a folder, not a file") from None
    except OSError as failure:
        raise error(f"cannot read {name}: {failure.strerror or failure}") from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{name} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{name} is not a regular file (a device, pipe or socket)")
        _check_size(info.st_size, name, max_bytes, purpose, error)
        os.set_blocking(handle, True)
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(max_bytes + 1)
    except OSError as failure:
        raise error(f"cannot read {name}: {failure.strerror or failure}") from None
    finally:
        os.close(handle)
    _check_size(len(data), name, max_bytes, purpose, error)
    return data


def _check_size(size: int, name: str, max_bytes: int, purpose: str, error: type[InputError]) -> None:
    if size > max_bytes:
        raise error(f"{name} is too large {purpose} ({size:,} bytes; the limit is {describe_size(max_bytes)})")


def read_text_file(path: str | os.PathLike, what: str, max_bytes: int = TEXT_FILE_LIMIT) -> str:
    """The text of a file given for `what` ('the notice file', 'the house style file'): UTF-8, or
    UTF-16 with a byte-order mark; anything else is refused as that file's problem."""
    data = read_limited(path, max_bytes, purpose="to read", what=what)
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as failure:
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise FileRefused(
            f"{what} {shown(path)} is not {name} text (byte 0x{failure.object[failure.start]:02x} at "
            f"position {failure.start:,}); save it as UTF-8"
        ) from None


def resolved(path: str | os.PathLike) -> Path:
    """The path with `~` expanded and every symbolic link followed, never raising on a loop."""
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))
