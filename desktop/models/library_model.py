"""The Library: every article in the history with its versions, pending corrections and last change."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)

from corrections.visible_text import reveal
from db.records import ArticleSummary
from desktop.formatting import local_time, short_time

COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Versions"),
           QT_TRANSLATE_NOOP("LibraryModel", "Changed"))
_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    """Rows of article summaries, most recently changed first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[ArticleSummary] = []

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        """Replace the rows with these summaries, in the order given."""
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def article_at(self, row: int) -> ArticleSummary | None:
        """The article summary at a row, or None outside the rows."""
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def row_of(self, article_id: int) -> int:
        """An article's row, or -1 when it is not listed."""
        return next((row for row, a in enumerate(self._articles) if a.id == article_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """One row per article; a table has no children."""
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Title, versions and last change; a table has no children."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The column names, translated; no row headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("LibraryModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, a tooltip with the last author and pending corrections, right-aligned counts."""
        article = self.article_at(index.row()) if index.isValid() else None
        if article is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (reveal(article.title), str(article.versions), short_time(article.last_change or ""))[
                index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{title}\nLast saved {time} by {author}").format(
                title=reveal(article.title), time=local_time(article.last_change or ""),
                author=reveal(article.last_author or "") or self.tr("unknown"))
            if article.pending:
                tip += "\n" + self.tr("%n pending correction(s)", "", article.pending)
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
