"""The Library's rows narrowed to the articles a filter names (those with a correction raised a given way)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from desktop.models.library_model import LibraryModel


class LibraryFilter(QSortFilterProxyModel):
    """Shows every article of its LibraryModel, or only those whose ids `show_only` was given."""

    def __init__(self, model: LibraryModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(model)
        self._ids: set[int] | None = None

    @property
    def filtering(self) -> bool:
        return self._ids is not None

    def show_only(self, ids: set[int] | None) -> None:
        """Keep the rows of these articles; None shows them all."""
        self.beginFilterChange()
        self._ids = None if ids is None else set(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._ids is None:
            return True
        article = self.sourceModel().article_at(source_row)
        return article is not None and article.id in self._ids
