"""The Library: the articles already in the history; activating one opens it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from desktop.models.library_model import LibraryModel
from desktop.widgets.tables import make_table


class LibraryPanel(QWidget):
    """A table of articles; double-click or Enter opens one."""

    articleActivated = Signal(int)

    def __init__(self, model: LibraryModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = make_table("libraryList", self.tr("Library"))
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def select_article(self, article_id: int | None) -> None:
        """Select the open article's row, or clear the selection when it is not listed."""
        row = self.model.row_of(article_id) if article_id is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.view.clearSelection()

    def _activated(self, index) -> None:
        article = self.model.article_at(index.row())
        if article is not None:
            self.articleActivated.emit(article.id)
