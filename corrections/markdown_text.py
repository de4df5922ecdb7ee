"""Plain text written into Markdown so it renders as the words typed, and read back from it."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|])")
_BLOCK_START = re.compile(r"^([ \t]*)([#>+=-]|\d+[.)])", re.MULTILINE)
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>&~|#+=.)-])")


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown would read as formatting, links or raw HTML."""
    return _BLOCK_START.sub(_escape_block_start, _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def markdown_unescape(text: str) -> str:
    """Undo `markdown_escape`: a backslash before a character it escapes is dropped (`\\\\` gives `\\`).

    Other backslashes stay as written, as Markdown shows them.
    """
    return _ESCAPED.sub(r"\1", text)


def _escape_block_start(match: re.Match[str]) -> str:
    """A line opening like a heading, quote or list item ('# ', '> ', '- ', '1. ') stays a plain line."""
    indent, marker = match.groups()
    return indent + marker[:-1] + "\\" + marker[-1]
