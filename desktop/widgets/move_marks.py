"""How the preview draws a moved passage: in the move colour at both places, a ⇄ marker before it that
says where the other place is and goes there when clicked, and what changed on the way in red and green."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from corrections.diff import DELETE, EQUAL, INSERT, Diff
from corrections.diff.moves import Move, inner_diff
from desktop.theme import DiffColours

MARKER = "⇄"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class MovedOp:
    """How to write one moved op: its pieces as (kind, text), kind EQUAL for the text that moved as it
    was, the op's own kind for words changed on the way; its change hunk and that of the other place."""

    pieces: tuple[tuple[int, str], ...]
    hunk: int
    partner_hunk: int
    side: int
    identical: bool


@dataclass(frozen=True)
class MoveMark:
    """A moved passage in a rendered document (Qt positions): its marker, its extent, the other place."""

    marker: int
    start: int
    end: int
    hunk: int
    partner_hunk: int
    tip: str


def hunk_numbers(ops: Diff) -> list[int]:
    """For each op, the number of the change hunk it belongs to (equal ops: the hunk before them, or -1)."""
    numbers, hunk, in_hunk = [], -1, False
    for op, _text in ops:
        if op == EQUAL:
            in_hunk = False
        elif not in_hunk:
            hunk, in_hunk = hunk + 1, True
        numbers.append(hunk)
    return numbers


def moved_ops(ops: Diff, moves: list[Move]) -> dict[int, MovedOp]:
    """Each moved op's index mapped to how it is written: space changes are no change, other changed words
    are shown at the place they belong to (deleted words where the passage was, inserted where it is)."""
    hunks = hunk_numbers(ops)
    found = {}
    for move in moves:
        inner = [] if move.identical else inner_diff(ops, move)
        for index, partner, side in ((move.deleted, move.inserted, DELETE), (move.inserted, move.deleted, INSERT)):
            if move.identical:
                pieces = ((EQUAL, ops[index][1]),)
            else:
                pieces = tuple((EQUAL if op == EQUAL or not text.strip() else op, text)
                               for op, text in inner if op in (EQUAL, side))
            found[index] = MovedOp(pieces, hunks[index], hunks[partner], side, move.identical)
    return found


def piece_format(kind: int, side: int, colours: DiffColours, changed: QTextCharFormat) -> QTextCharFormat:
    """The moved text in the move colour, struck through where it was and underlined where it is;
    a word changed on the way keeps the deletion's or insertion's own look (`changed`)."""
    if kind != EQUAL:
        return changed
    fmt = QTextCharFormat()
    fmt.setForeground(colours.moved_fg)
    fmt.setBackground(colours.moved_bg)
    if side == DELETE:
        fmt.setFontStrikeOut(True)
    else:
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colours.moved_fg)
    return fmt


def marker_format(colours: DiffColours) -> QTextCharFormat:
    """The ⇄ marker: bold in the move colour, never struck through or underlined."""
    fmt = QTextCharFormat()
    fmt.setForeground(colours.moved_fg)
    fmt.setBackground(colours.moved_bg)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def tip(side: int, partner_hunk: int, identical: bool) -> str:
    """What the marker's tooltip says: where the passage went or came from, and whether it changed."""
    number = partner_hunk + 1
    if side == DELETE:
        return translate("DiffPreview", "Moved from here to change {number}. Click ⇄ or press Ctrl+J to go there."
                         ).format(number=number)
    if identical:
        return translate("DiffPreview", "Moved here from change {number}, word for word. Click ⇄ or press Ctrl+J "
                                        "to go there.").format(number=number)
    return translate("DiffPreview", "Moved here from change {number}; the words changed on the way are marked. "
                                    "Click ⇄ or press Ctrl+J to go there.").format(number=number)


def mark_at(marks: list[MoveMark], position: int) -> MoveMark | None:
    """The moved passage at a document position, if any."""
    for mark in marks:
        if mark.start <= position <= mark.end:
            return mark
    return None


def marker_hit(view: QPlainTextEdit, marks: list[MoveMark], point: QPoint) -> MoveMark | None:
    """The move whose ⇄ marker is under a point of the view's viewport, if any."""
    position = view.cursorForPosition(point).position()
    for mark in marks:
        if mark.marker <= position <= mark.marker + 1:
            cursor = QTextCursor(view.document())
            cursor.setPosition(mark.marker)
            left = view.cursorRect(cursor)
            cursor.setPosition(mark.marker + 1)
            right = view.cursorRect(cursor)
            if left.top() <= point.y() <= left.bottom() and left.left() - 2 <= point.x() <= right.left() + 2:
                return mark
    return None
