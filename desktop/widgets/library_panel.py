"""The Library: the articles already in the history; activating one opens it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from desktop.models.library_filter import LibraryFilter
from desktop.models.library_model import LibraryModel
from desktop.widgets.intake_filter_bar import IntakeFilterBar
from desktop.widgets.tables import make_table

Matcher = Callable[..., "set[int] | None"]
"""The ids of the articles with a correction of `severity` raised by `raised_by` (None: every article)."""


class LibraryPanel(QWidget):
    """A table of articles, which a filter by intake can narrow; double-click or Enter opens one."""

    articleActivated = Signal(int)

    def __init__(self, model: LibraryModel, parent=None, *, matcher: Matcher | None = None):
        super().__init__(parent)
        self.model = model
        self.matcher = matcher
        self.shown = LibraryFilter(model, self)
        self.filter_bar = IntakeFilterBar()
        self.filter_bar.setVisible(matcher is not None)
        self.filter_bar.changed.connect(self.refilter)
        model.modelReset.connect(self.refilter)  # new corrections may match
        self.view = make_table("libraryList", self.tr("Library"))
        self.view.setModel(self.shown)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view)

    def refilter(self) -> None:
        """Ask which articles match the chosen severity and raised-by, and show only those."""
        if self.matcher is None:
            return
        self.shown.show_only(self.matcher(**self.filter_bar.wanted()))
        self.filter_bar.show_count(self.shown.rowCount(), self.model.rowCount(), self.shown.filtering)

    def select_article(self, article_id: int | None) -> None:
        """Select the open article's row, or clear the selection when it is not listed (or filtered out)."""
        row = self.model.row_of(article_id) if article_id is not None else -1
        shown = self.shown.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        if shown >= 0:
            self.view.selectRow(shown)
        else:
            self.view.clearSelection()

    def _activated(self, index) -> None:
        if index.model() is self.shown:
            index = self.shown.mapToSource(index)
        article = self.model.article_at(index.row())
        if article is not None:
            self.articleActivated.emit(article.id)
