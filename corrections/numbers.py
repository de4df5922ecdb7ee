"""Numbers a user types for an article, version or correction: ASCII digits, within what a history holds."""

from __future__ import annotations

MAX_ID = 2**63 - 1
"""SQLite's largest integer: no article, version or correction has a larger number."""


def is_digits(text: str) -> bool:
    """Whether `text` is ASCII digits only ('٣', '0_2', ' 2 ' and '-1' are not)."""
    return text.isascii() and text.isdigit()


def as_id(text: str) -> int | None:
    """The number written in `text` (ASCII digits), or None when it is larger than any history holds;
    checked by length first, so thousands of digits are not converted."""
    if len(text.lstrip("0")) > len(str(MAX_ID)):
        return None
    value = int(text)
    return value if value <= MAX_ID else None
