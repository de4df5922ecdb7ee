"""Reading an article file's bytes, refusing anything that is not a readable regular file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import ArticleRefused, shown
from .limits import MAX_BYTES, check_size


def read_source(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at `path`, at most `max_bytes`; refuses with a clear message."""
    where = Path(path)
    name = shown(str(where))
    try:
        info = where.stat()
    except FileNotFoundError:
        raise ArticleRefused(f"no such file: {name}") from None
    except PermissionError:
        raise ArticleRefused(f"cannot read {name}: permission denied") from None
    except OSError as error:
        raise ArticleRefused(f"cannot read {name}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleRefused(f"{name} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleRefused(f"{name} is not a regular file (a device, pipe or socket)")
    check_size(info.st_size, str(where), max_bytes)
    try:
        with where.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ArticleRefused(f"cannot read {name}: permission denied") from None
    except OSError as error:
        raise ArticleRefused(f"cannot read {name}: {error.strerror or error}") from None
    check_size(len(data), str(where), max_bytes)
    return data
