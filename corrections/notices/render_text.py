"""A notice as plain text and as Markdown (label in bold, date line in italics)."""

from __future__ import annotations

import re

from corrections.notices.model import Notice

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&~|])")
_BLOCK_START = re.compile(r"^([ \t]*)([#>+=-]|\d+[.)])", re.MULTILINE)


def to_text(notice: Notice) -> str:
    """The notice as plain text: one paragraph per kind, then the date line."""
    return notice.text + "\n"


def to_markdown(notice: Notice) -> str:
    """The notice as Markdown; every user string is escaped so it renders as the words typed."""
    paragraphs = [f"**{markdown_escape(section.label)}:** {markdown_escape(' '.join(section.sentences))}" for section in notice.sections]
    paragraphs.append(f"*{markdown_escape(notice.date_line)}*")
    return "\n\n".join(paragraphs) + "\n"


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown would read as formatting, links or raw HTML."""
    return _BLOCK_START.sub(_escape_block_start, _MARKDOWN_SPECIAL.sub(r"\\\1", text))


def _escape_block_start(match: re.Match[str]) -> str:
    """A line opening like a heading, quote or list item ('# ', '> ', '- ', '1. ') stays a plain line."""
    indent, marker = match.groups()
    return indent + marker[:-1] + "\\" + marker[-1]
