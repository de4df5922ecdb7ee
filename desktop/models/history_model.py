"""An article's versions, newest first, handed to the view in chunks so 10,000 rows stay quick."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from db.records import Version
from corrections.visible_text import reveal
from desktop.formatting import local_time, shown_line, utc_time
from desktop.models.chunked_rows import ChunkedRowsModel, Index

COLUMNS = (QT_TRANSLATE_NOOP("HistoryModel", "Version"), QT_TRANSLATE_NOOP("HistoryModel", "Saved"),
           QT_TRANSLATE_NOOP("HistoryModel", "Author"), QT_TRANSLATE_NOOP("HistoryModel", "Message"))


class HistoryModel(ChunkedRowsModel[Version]):
    """Rows of versions, newest first; rows beyond the first chunk are fetched as the view scrolls."""

    CONTEXT = "HistoryModel"
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._published: dict[int, str] = {}

    def set_versions(self, versions: list[Version], published: dict[int, str] | None = None) -> None:
        """The versions to list, and when each published one was marked so (number → UTC time)."""
        self._published = dict(published or {})
        self.set_rows(sorted(versions, key=lambda v: v.number, reverse=True))

    def published_at(self, number: int) -> str | None:
        """When a version was marked published (UTC), or None if it never was."""
        return self._published.get(number)

    def version_at(self, row: int) -> Version | None:
        """The version at a row the view has been given, else None."""
        return self.row_item(row)

    def row_of(self, number: int) -> int:
        """A version's row, fetched into the view if it was not yet; -1 if it is not listed."""
        return self.first_row_where(lambda version: version.number == number)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text (a ✔ on published versions), a tooltip with the full message, and a centred number."""
        version = self.version_at(index.row()) if index.isValid() else None
        if version is None:
            return None
        published = self._published.get(version.number)
        if role == Qt.ItemDataRole.DisplayRole:
            number = f"v{version.number} ✔" if published else f"v{version.number}"  # ✔: readers saw it
            return (number, local_time(version.created_at), shown_line(version.author, 80),
                    shown_line(version.message, 80))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Version {number} by {author}\n{message}\n{time} (UTC)").format(
                number=version.number, author=reveal(version.author), message=reveal(version.message),
                time=utc_time(version.created_at))
            if published:
                tip += "\n" + self.tr("✔ Published {time}").format(time=local_time(published))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
