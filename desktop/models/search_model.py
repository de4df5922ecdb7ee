"""Search hits as table rows: article, title, where the words were found, the snippet around them."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)

from corrections.visible_text import reveal
from db.search import SearchHit
from desktop.formatting import shown_line

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchModel", text)


def found_in(hit: SearchHit) -> str:
    """'version 3', or 'correction #2 · v3' for a hit in a correction's quote or notes."""
    if hit.source == "correction":
        where = QCoreApplication.translate("SearchModel", "correction #{id}").format(id=hit.correction_id)
        return where + (f" · v{hit.version}" if hit.version is not None else "")
    if hit.version is None:
        return ""
    if hit.still_in:
        return QCoreApplication.translate("SearchModel", "version {number}, still in {later}").format(
            number=hit.version, later=hit.still_in_text)
    return QCoreApplication.translate("SearchModel", "version {number}").format(number=hit.version)


class SearchModel(QAbstractTableModel):
    """The hits of the last search, best first."""

    COLUMNS = (QT_TRANSLATE_NOOP("SearchModel", "Article"), QT_TRANSLATE_NOOP("SearchModel", "Title"),
               QT_TRANSLATE_NOOP("SearchModel", "Found in"), QT_TRANSLATE_NOOP("SearchModel", "Snippet"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the rows with a new search's hits, in the order given."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        """The hit at a row, or None outside the rows."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """One row per hit; a table has no children."""
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Article, title, where found and snippet; a table has no children."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The column names, translated; no row headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, a tooltip with the whole snippet, and right-aligned article numbers."""
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"#{hit.article_id}", shown_line(hit.title, 60), found_in(hit), shown_line(hit.snippet, 200))[
                index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return reveal(f"{hit.title}\n{found_in(hit)}\n\n{hit.snippet}")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
