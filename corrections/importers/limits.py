"""How much an import will read: a size limit on the file and on a .docx's unpacked parts."""

from __future__ import annotations

from corrections.files.reader import describe_size

from .errors import ArticleRefused, shown

MAX_BYTES = 20 * 1024 * 1024
"""The largest file an import reads: 20 MB is far beyond any article, well short of a video."""

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""The most a .docx may unpack to, so a zip bomb is refused before it is inflated."""


def check_size(size: int, name: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse a file larger than the limit, stating the limit."""
    if size > max_bytes:
        raise ArticleRefused(
            f"{shown(name)} is too large to import ({size:,} bytes; the limit is "
            f"{describe_size(max_bytes)})"
        )
