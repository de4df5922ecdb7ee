"""The versions waiting for a standards editor's sign-off, one row each, with any send-back note shown."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from corrections.visible_text import reveal
from desktop.application.newsroom import SENT_BACK, Awaiting
from desktop.formatting import local_time, shown_line

_Index = QModelIndex | QPersistentModelIndex


class AwaitingModel(QAbstractListModel):
    """Rows of waiting versions: title and version, author and message, and a ↩ line for a send-back."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Awaiting] = []

    def set_rows(self, rows: list[Awaiting]) -> None:
        """Replace the rows with these waiting versions, in the order given."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item_at(self, row: int) -> Awaiting | None:
        """The waiting version at a row, or None outside the rows."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int, number: int) -> int:
        """The row of version `number` of an article, or -1 when it is not listed."""
        return next((row for row, item in enumerate(self._rows)
                     if (item.article_id, item.number) == (article_id, number)), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """One row per waiting version; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Two or three lines of text per row, and a tooltip with the full message and note."""
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [self.tr("{title}  ·  version {number}").format(title=shown_line(item.title, 70),
                                                                     number=item.number),
                     self.tr("{author}: {message}").format(author=shown_line(item.author, 30),
                                                           message=shown_line(item.message, 70))]
            if self.sent_back(item):
                lines.append(self.tr("↩ Sent back by {editor}: {note}").format(
                    editor=shown_line(item.last.decided_by, 30), note=shown_line(item.last.note, 70)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Version {number} of “{title}” by {author}\n{message}").format(
                number=item.number, title=reveal(item.title), author=reveal(item.author),
                message=reveal(item.message))
            if self.sent_back(item):
                tip += "\n\n" + self.tr("Sent back by {editor} on {time}:\n{note}").format(
                    editor=reveal(item.last.decided_by), time=local_time(item.last.decided_at),
                    note=reveal(item.last.note))
            return tip
        return None

    @staticmethod
    def sent_back(item: Awaiting) -> bool:
        """Whether a standards editor sent this version back (the row then carries the note)."""
        return item.last is not None and item.last.decision == SENT_BACK
