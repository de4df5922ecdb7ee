"""An article's timeline for the audit panel: newest version first, handed to the view in chunks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from corrections.visible_text import reveal
from db.audit import TimelineEntry
from desktop.formatting import local_time, shown_line
from desktop.models.chunked_rows import ChunkedRowsModel, Index

TRIVIAL_COLOUR = QColor("#8a8f98")  # mid grey: readable on light and dark bases alike


def corrections_text(entry: TimelineEntry) -> str:
    """The corrections a version applied, e.g. 'Correction: The bridge cost 148 million pounds…'."""
    return "; ".join(f"{c.kind.label}: {c.public_note or f'“{c.quote}” → “{c.replacement}”'}"
                     for c in entry.corrections)


def notice_text(entry: TimelineEntry) -> str:
    """The newest wording of the notice published with this version, if any."""
    return entry.notices[-1].text if entry.notices else ""


class TimelineModel(ChunkedRowsModel[TimelineEntry]):
    """Rows of timeline entries; rows beyond the first chunk are fetched as the view scrolls."""

    COLUMNS = (QT_TRANSLATE_NOOP("TimelineModel", "Version"), QT_TRANSLATE_NOOP("TimelineModel", "Saved"),
               QT_TRANSLATE_NOOP("TimelineModel", "Author"), QT_TRANSLATE_NOOP("TimelineModel", "Message"),
               QT_TRANSLATE_NOOP("TimelineModel", "Corrections applied"),
               QT_TRANSLATE_NOOP("TimelineModel", "Published"), QT_TRANSLATE_NOOP("TimelineModel", "Notice"))

    CONTEXT = "TimelineModel"

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Replace the rows with these entries, newest version first."""
        self.set_rows(sorted(entries, key=lambda e: e.version.number, reverse=True))

    def entry_at(self, row: int) -> TimelineEntry | None:
        """The entry at a row the view has been given, else None."""
        return self.row_item(row)

    def numbers(self) -> list[int]:
        """Every version number listed, fetched or not, newest first."""
        return [entry.version.number for entry in self._rows]

    def row_of(self, number: int) -> int:
        """A version's row, fetched into the view if it was not yet; -1 if it is not listed."""
        return self.first_row_where(lambda entry: entry.version.number == number)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        """Cell text, a tooltip with every correction and notice, and grey for whitespace-only versions."""
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.ForegroundRole and entry.trivial:
            return QBrush(TRIVIAL_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: TimelineEntry, column: int) -> str:
        version = entry.version
        published = ("✔ " + local_time(entry.published_at)) if entry.published_at else ""
        return (f"v{version.number}", local_time(version.created_at), shown_line(version.author, 60),
                shown_line(version.message, 60), shown_line(corrections_text(entry), 90), published,
                shown_line(notice_text(entry), 90))[column]

    def _tooltip(self, entry: TimelineEntry) -> str:
        version = entry.version
        lines = [QCoreApplication.translate("TimelineModel", "Version {number} by {author}, {time}").format(
            number=version.number, author=version.author, time=local_time(version.created_at)), version.message]
        if entry.trivial:
            lines.append(QCoreApplication.translate(
                "TimelineModel", "Whitespace or punctuation only: no word was added or removed."))
        for correction in entry.corrections:
            change = f"“{correction.quote}” → “{correction.replacement}”" if correction.changes_text else \
                QCoreApplication.translate("TimelineModel", "note only, the text unchanged")
            lines.append(f"{correction.kind.label} #{correction.id}: {change}"
                         + (f" — {correction.public_note}" if correction.public_note else ""))
        if entry.published_at:
            lines.append(QCoreApplication.translate("TimelineModel", "Published {time}").format(
                time=local_time(entry.published_at)))
        for notice in entry.notices:
            heading = QCoreApplication.translate("TimelineModel", "Notice {id}:").format(id=notice.id)
            lines.append(heading + "\n" + notice.text)
        return reveal("\n".join(line for line in lines if line))
