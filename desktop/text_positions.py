"""Python string offsets versus Qt text positions, which count UTF-16 code units.

They differ only after characters outside the Basic Multilingual Plane (most emoji), which
take two positions in a QTextDocument and one index in a Python string.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class TextPositions:
    """Converts offsets of one text between Python indices and Qt positions."""

    def __init__(self, text: str):
        self._astral = [match.start() for match in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral_qt = [at + count for count, at in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """Where text[index] sits in a QTextDocument: one position later for each astral character before it."""
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        """The Python index at a document position; one between a surrogate pair gives that character."""
        return position - bisect_left(self._astral_qt, position)
