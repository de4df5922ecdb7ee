"""User text placed in HTML escaped and in its own <bdi>, so a direction override in it stays inside."""

from __future__ import annotations

from html import escape


def isolated(text: str) -> str:
    """Escaped text in a <bdi>: its direction is its own, and an unclosed override in it ends with it."""
    return f"<bdi>{escape(text)}</bdi>"
