"""An article's versions, newest first, handed to the view in chunks so 10,000 rows stay quick."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)

from db.records import Version
from desktop.formatting import local_time, one_line

COLUMNS = (QT_TRANSLATE_NOOP("HistoryModel", "Version"), QT_TRANSLATE_NOOP("HistoryModel", "Saved"),
           QT_TRANSLATE_NOOP("HistoryModel", "Author"), QT_TRANSLATE_NOOP("HistoryModel", "Message"))
CHUNK = 200
_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Rows of versions; rows beyond the first chunk are fetched as the view scrolls."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._versions: list[Version] = []
        self._shown = 0

    def set_versions(self, versions: list[Version]) -> None:
        self.beginResetModel()
        self._versions = sorted(versions, key=lambda v: v.number, reverse=True)
        self._shown = min(CHUNK, len(self._versions))
        self.endResetModel()

    def version_at(self, row: int) -> Version | None:
        return self._versions[row] if 0 <= row < self._shown else None

    def row_of(self, number: int) -> int:
        for row, version in enumerate(self._versions):
            if version.number == number:
                while row >= self._shown:
                    self.fetchMore(QModelIndex())
                return row
        return -1

    @property
    def total(self) -> int:
        return len(self._versions)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._versions)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        more = min(CHUNK, len(self._versions) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HistoryModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        version = self.version_at(index.row()) if index.isValid() else None
        if version is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"v{version.number}", local_time(version.created_at), version.author,
                    one_line(version.message, 80))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Version {number} by {author}\n{message}\n{time} (UTC)").format(
                number=version.number, author=version.author, message=version.message, time=version.created_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
