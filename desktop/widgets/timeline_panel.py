"""The audit timeline: every version of an article with its corrections, publish marker and notice.

The timeline is read on a pool thread (it compares every version with the one before, to spot
whitespace-only ones); picking a row reports the version, e.g. for the blame view.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from db.audit import timeline
from db.history import History
from desktop.history_reader import HistoryReader
from desktop.models.timeline_model import TimelineModel
from desktop.widgets.busy_bar import busy_bar
from desktop.widgets.column_fit import ColumnFit
from desktop.widgets.detail_line import DetailLine
from desktop.widgets.tables import make_table


class TimelinePanel(QWidget):
    """A table of an article's versions; selecting one emits `versionChosen(number)`."""

    versionChosen = Signal(int)
    loaded = Signal()

    def __init__(self, history: History, article_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.setAccessibleName(self.tr("Timeline"))
        self.history = history
        self.article_id: int | None = None
        self.model = TimelineModel(self)
        self.reader = HistoryReader(history, self)
        self.view = make_table("timelineList", self.tr("Timeline"))
        self.view.setModel(self.model)
        self.columns = ColumnFit(self.view, flexible=(3, 4, 6))  # message, corrections and notice give way first
        self.detail = DetailLine(self.view, "timelineDetail", self.tr("The selected version in full"))
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.hide_trivial = QCheckBox(self.tr("&Hide trivial versions"), objectName="hideTrivialCheck")
        self.hide_trivial.setAccessibleName(self.tr("Hide trivial versions"))
        self.hide_trivial.setToolTip(self.tr("Hide versions that changed only whitespace or punctuation "
                                             "(published ones stay listed)"))
        self.hide_trivial.toggled.connect(self.reload)
        self.summary = QLabel("", objectName="timelineSummary")
        self.summary.setAccessibleName(self.tr("Versions listed"))
        self.busy = busy_bar("timelineBusy", self.tr("Reading the timeline"))
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(self.hide_trivial)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._failed)
        self.reader.busyChanged.connect(self.busy.setVisible)
        if article_id is not None:
            self.load(article_id)

    @property
    def loading(self) -> bool:
        """True while the timeline is read in the background."""
        return self.reader.busy

    def load(self, article_id: int | None) -> None:
        """Show this article's timeline (None clears the panel)."""
        self.article_id = article_id
        self.reload()

    def reload(self) -> None:
        """Read the timeline again, e.g. after a version was saved or published."""
        if self.article_id is None:
            self.model.set_entries([])
            self.summary.setText("")
            return
        article_id, skip = self.article_id, self.hide_trivial.isChecked()
        self.reader.read(lambda history: timeline(history, article_id, skip_trivial=skip))

    def select_version(self, number: int) -> None:
        """Select a version's row, as clicking it would; a version not listed is ignored."""
        row = self.model.row_of(number)
        if row >= 0:
            self.view.selectRow(row)

    def clear_choice(self) -> None:
        """Pick no row (the preview went back to the working changes), so picking one again shows it again."""
        self.view.selectionModel().clear()

    def shutdown(self) -> None:
        """Wait for a read under way and close its connection, before the window goes."""
        self.reader.shutdown()

    def _show(self, entries) -> None:
        self.model.set_entries(entries)
        trivial = sum(entry.trivial for entry in entries)
        text = self.tr("%n version(s)", "", len(entries))
        if self.hide_trivial.isChecked():
            text = self.tr("{shown}, trivial ones hidden").format(shown=text)
        elif trivial:
            text = self.tr("{shown}, {trivial} trivial").format(shown=text, trivial=trivial)
        self.summary.setText(text)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Cannot read the timeline"), message)

    def _row_changed(self, current, _previous) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is not None:
            self.versionChosen.emit(entry.version.number)

    def closeEvent(self, event) -> None:
        """Stop reading before the panel closes."""
        self.shutdown()
        super().closeEvent(event)
