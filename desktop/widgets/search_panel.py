"""Search the whole library: every word any version ever held, and every correction's quote and notes.

Typing searches after a short pause, on a pool thread; activating a hit reports its article and
version (0 when the hit names no version).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QSizePolicy, QVBoxLayout, QWidget,
)

from db.history import History
from desktop.application import reading
from desktop.history_reader import HistoryReader
from desktop.models.search_model import SearchModel
from desktop.widgets.tables import make_table
from desktop.widgets.busy_bar import busy_bar

DEBOUNCE_MS = 300
LIMIT = 100


class SearchPanel(QWidget):
    """A search box over a results table shown only while there is a query; activating a result emits
    `articleChosen(article_id, version)`."""

    articleChosen = Signal(int, int)
    searched = Signal(str)

    def __init__(self, history: History, parent=None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setAccessibleName(self.tr("Search"))
        self.history = history
        self.query = ""
        self.model = SearchModel(self)
        self.reader = HistoryReader(history, self)
        self.box = QLineEdit(objectName="librarySearch")
        self.box.setAccessibleName(self.tr("Search the library"))
        self.box.setPlaceholderText(self.tr("Search every version and correction note…"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self.search_now)
        self.view = make_table("searchResults", self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.hideColumn(0)  # the article number: the title reads better in a narrow Library dock
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(1, 120)
        self.view.activated.connect(self._activated)
        self.summary = QLabel("", objectName="searchSummary")
        self.summary.setAccessibleName(self.tr("Search summary"))
        self.busy = busy_bar("searchBusy", self.tr("Searching"))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.results = QWidget(objectName="searchResultsBox")
        self.results.setAccessibleName(self.tr("Search results"))
        status = QHBoxLayout()
        status.setContentsMargins(6, 2, 6, 4)
        status.addWidget(self.summary, 1)
        status.addWidget(self.busy)
        inner = QVBoxLayout(self.results)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.view, 1)
        inner.addLayout(status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._failed)
        self.reader.busyChanged.connect(self.busy.setVisible)
        self._show_results(False)

    @property
    def loading(self) -> bool:
        """True while a search waits for typing to pause or runs in the background."""
        return self._timer.isActive() or self.reader.busy

    def search_now(self) -> None:
        """Search for what is in the box at once."""
        self._timer.stop()
        query = self.box.text().strip()
        self.query = query
        if not query:
            self.model.set_hits([])
            self.summary.setText("")
            self._show_results(False)
            return
        self._show_results(True)
        self.reader.read(lambda history: reading.search(history, query, limit=LIMIT))

    def refresh(self) -> None:
        """Search again for the query shown, after the history changed (a save, an import)."""
        if self.box.text().strip():
            self.search_now()

    def shutdown(self) -> None:
        """Drop a pending search and wait for a running one, before the window goes."""
        self._timer.stop()
        self.reader.shutdown()

    def _typed(self) -> None:
        self._timer.start()

    def _show_results(self, shown: bool) -> None:
        """Results take room only while there is a query; otherwise the panel is just its search box."""
        self.results.setVisible(shown)
        vertical = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    def _show(self, hits) -> None:
        self.model.set_hits(hits)
        if hits:
            self.summary.setText(self.tr("%n hit(s)", "", len(hits)))
        else:
            self.summary.setText(self.tr("Nothing found for “{query}”").format(query=self.query))
        self.searched.emit(self.query)

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Cannot search"), message)

    def _activated(self, index) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            self.articleChosen.emit(hit.article_id, hit.version or 0)

    def closeEvent(self, event) -> None:
        """Stop searching before the panel closes."""
        self.shutdown()
        super().closeEvent(event)
