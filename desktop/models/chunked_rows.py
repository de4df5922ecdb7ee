"""A table model that hands its rows to the view in chunks, so a list of 10,000 stays quick to show."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

CHUNK = 200
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class ChunkedRowsModel(QAbstractTableModel, Generic[Row]):
    """Rows kept in full, shown CHUNK at a time as the view scrolls; subclasses give COLUMNS
    (marked with QT_TRANSLATE_NOOP in CONTEXT) and `data`."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._shown = 0

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row; the view is reset and shown the first chunk."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(CHUNK, len(self._rows))
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every row, fetched into the view or not."""
        return len(self._rows)

    def row_item(self, row: int) -> Row | None:
        """The item at a row the view has been given, else None."""
        return self._rows[row] if 0 <= row < self._shown else None

    def first_row_where(self, matches: Callable[[Row], bool]) -> int:
        """The first row that matches, fetched into the view if it was not yet; -1 if none does."""
        for row, item in enumerate(self._rows):
            if matches(item):
                while row >= self._shown:
                    self.fetchMore(QModelIndex())
                return row
        return -1

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        """Whether rows are left to hand over, which Qt asks as the view scrolls to the end."""
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        """Hand the view the next chunk of rows."""
        more = min(CHUNK, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """The rows handed to the view so far (`total` counts them all); a table has no children."""
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per entry of COLUMNS; a table has no children."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        """The column names, translated in CONTEXT; no row headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None
