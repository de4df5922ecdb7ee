"""The corrections of the open article as a table: kind, passage, replacement, note, status."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from corrections.correction import Correction, Status
from corrections.visible_text import reveal
from desktop.formatting import shown_line

COLUMNS = (QT_TRANSLATE_NOOP("CorrectionsModel", "Kind"), QT_TRANSLATE_NOOP("CorrectionsModel", "Passage"),
           QT_TRANSLATE_NOOP("CorrectionsModel", "Replacement"), QT_TRANSLATE_NOOP("CorrectionsModel", "Note"),
           QT_TRANSLATE_NOOP("CorrectionsModel", "Status"))
CorrectionIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CorrectionsModel(QAbstractTableModel):
    """Rows of corrections; a pending one whose passage is gone says so in its status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Correction] = []
        self._problems: dict[int, str] = {}

    def set_corrections(self, items: list[Correction]) -> None:
        """Replace the rows, forgetting the problems of corrections no longer listed."""
        self.beginResetModel()
        self._items = list(items)
        self._problems = {k: v for k, v in self._problems.items() if any(c.id == k for c in items)}
        self.endResetModel()

    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark the pending corrections whose passage cannot be found in the working text."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))

    def correction_at(self, row: int) -> Correction | None:
        """The correction shown at a row, or None outside the rows."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, correction_id: int) -> int:
        """The row showing a correction, or -1 when it is not listed."""
        for row, item in enumerate(self._items):
            if item.id == correction_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """One row per correction; a table has no children."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Kind, passage, replacement, public note and status; a table has no children."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The column names, translated; no row headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CorrectionsModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, a tooltip with every field, the id, and red for a lost passage, grey once settled."""
        item = self.correction_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == CorrectionIdRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.id in self._problems:
                return QBrush(QColor("#b3261e"))
            if item.status is not Status.PENDING:
                return QBrush(QColor("#6b6b6b"))
        return None

    def _cell(self, item: Correction, column: int) -> str:
        if column == 0:
            return item.kind.label
        if column == 1:
            return shown_line(item.quote, 60)
        if column == 2:
            if not item.changes_text:
                return self.tr("(unchanged: note only)")
            return shown_line(item.replacement, 60) if item.replacement else self.tr("(removed)")
        if column == 3:
            return shown_line(item.public_note, 80)
        return self.status_text(item)

    def status_text(self, item: Correction) -> str:
        """Pending, applied (in which version), withdrawn, or a pending one whose passage is gone."""
        if item.status is Status.APPLIED:
            return self.tr("Applied in v{number}").format(number=item.applied_version) if item.applied_version \
                else self.tr("Applied")
        if item.status is Status.WITHDRAWN:
            return self.tr("Withdrawn")
        return self.tr("Passage not found") if item.id in self._problems else self.tr("Pending")

    def _tooltip(self, item: Correction) -> str:
        replacement = self.tr("Replacement: {replacement}").format(
            replacement=shown_line(item.replacement, 200) or self.tr("(removed)")) if item.changes_text \
            else self.tr("Note only: the passage stays as it is")
        lines = [self.tr("{kind} by {author}").format(kind=item.kind.label,
                                                      author=reveal(item.author) or self.tr("unknown")),
                 self.tr("Passage: {quote}").format(quote=shown_line(item.quote, 200)), replacement]
        if item.public_note:
            lines.append(self.tr("Public note: {note}").format(note=reveal(item.public_note)))
        if item.internal_note:
            lines.append(self.tr("Internal note: {note}").format(note=reveal(item.internal_note)))
        if item.id in self._problems:
            lines.append(self._problems[item.id])
        return "\n".join(lines)
