"""Passages of a shown text, given as Python offsets, as Qt cursors and tinted backgrounds, and a
selection back as offsets: the article view, blame and import preview count as Python does."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from desktop.text_positions import TextPositions


def span_cursor(document: QTextDocument, positions: TextPositions, start: int, end: int) -> QTextCursor:
    """A cursor selecting text[start:end] of the document's text."""
    cursor = QTextCursor(document)
    cursor.setPosition(positions.to_qt(start))
    cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def cursor_span(cursor: QTextCursor, positions: TextPositions) -> tuple[int, int]:
    """The cursor's selection (start = end when nothing is selected) as Python offsets."""
    return positions.from_qt(cursor.selectionStart()), positions.from_qt(cursor.selectionEnd())


def tinted_spans(document: QTextDocument, positions: TextPositions,
                 spans: Iterable[tuple[int, int, QTextCharFormat]]) -> list[QTextEdit.ExtraSelection]:
    """Extra selections giving each text[start:end] its format, leaving the document itself as it is."""
    selections = []
    for start, end, fmt in spans:
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = span_cursor(document, positions, start, end), fmt
        selections.append(selection)
    return selections
