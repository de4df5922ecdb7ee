"""Reading an article file's bytes, refusing anything that is not a readable regular file."""

from __future__ import annotations

import os

from corrections.files.reader import read_limited

from .errors import ArticleRefused
from .limits import MAX_BYTES


def read_source(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at `path`, at most `max_bytes`; refuses with a clear message."""
    return read_limited(path, max_bytes, purpose="to import", error=ArticleRefused)
