"""Passages of an editable document that stay on the same words while the editor types around them.

Each passage is held by two cursors the document moves on every edit: its start moves on past text
typed right before it, its end stays put when text is typed right after it, so typing next to a
passage never becomes part of it.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.text_positions import TextPositions


class TrackedSpans:
    """Spans of a document's text, given as Python offsets of the text it held at the start."""

    def __init__(self, document: QTextDocument, spans: list[tuple[int, int] | None]):
        positions = TextPositions(document.toPlainText())
        self._ends: list[tuple[QTextCursor, QTextCursor] | None] = []
        for span in spans:
            if span is None:
                self._ends.append(None)
                continue
            start, end = QTextCursor(document), QTextCursor(document)
            start.setPosition(positions.to_qt(span[0]))
            end.setPosition(positions.to_qt(span[1]))
            end.setKeepPositionOnInsert(True)
            self._ends.append((start, end))

    def cursor(self, number: int) -> QTextCursor | None:
        """A cursor selecting span `number` as it now stands, or None for a span that was never there."""
        ends = self._ends[number]
        if ends is None:
            return None
        cursor = QTextCursor(ends[0])
        cursor.setPosition(max(ends[0].position(), ends[1].position()), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def offsets(self, number: int, text: str) -> tuple[int, int] | None:
        """Span `number` as Python offsets of `text`, the document's text now."""
        ends = self._ends[number]
        if ends is None:
            return None
        positions = TextPositions(text)
        start, end = (positions.from_qt(cursor.position()) for cursor in ends)
        return start, max(start, end)
