"""The history panel: an article's versions; one picked shows its changes, two their diff."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from desktop.models.history_model import HistoryModel
from desktop.widgets.action_row import action_row, add_action_buttons, table_over_row
from desktop.widgets.tables import make_table


class HistoryPanel(QWidget):
    """A table of versions with extended selection; reports the picked version numbers."""

    versionsPicked = Signal(list)

    def __init__(self, model: HistoryModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = make_table("historyList", self.tr("Versions"), multi=True)
        self.view.setModel(model)
        for column, width in enumerate((64, 140, 110)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = QLabel(self.tr("Pick two versions to compare them."), objectName="historyHint")
        self.buttons = action_row(self.hint)
        table_over_row(self, self.view, self.buttons)

    def add_actions(self, actions: list[QAction]) -> None:
        """Buttons beside the hint for the window's actions on the picked version."""
        add_action_buttons(self.buttons, actions)

    def picked(self) -> list[int]:
        """The selected version numbers, oldest first."""
        rows = self.view.selectionModel().selectedRows()
        numbers = [self.model.version_at(index.row()).number for index in rows if self.model.version_at(index.row())]
        return sorted(numbers)

    def pick(self, numbers: list[int]) -> None:
        """Select these versions, as a user would with Ctrl+click."""
        selection = QItemSelection()
        for number in numbers:
            row = self.model.row_of(number)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self, *_args) -> None:
        self.versionsPicked.emit(self.picked())
