"""The refusal an import raises, and how a file name is shown inside its one-line message."""

from __future__ import annotations

from corrections.errors import InputError


class ArticleRefused(InputError):
    """A file, page or clipboard text that cannot be loaded as an article; nothing was written."""


def shown(name: str) -> str:
    """A file name quoted for a one-line message, with control characters made visible."""
    visible = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)
    return f"'{visible}'"
