"""The history panel: an article's versions; one picked shows its changes, two their diff."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.models.history_model import HistoryModel
from desktop.widgets.action_row import action_row, add_action_buttons, table_over_row
from desktop.widgets.column_fit import ColumnFit
from desktop.widgets.detail_line import DetailLine
from desktop.widgets.tables import make_table


class HistoryPanel(QWidget):
    """A table of versions with extended selection; reports the picked version numbers."""

    versionsPicked = Signal(list)

    def __init__(self, model: HistoryModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = make_table("historyList", self.tr("Versions"), multi=True)
        self.view.setModel(model)
        self.columns = ColumnFit(self.view, flexible=(3,))  # the message gives way first
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = DetailLine(self.view, "versionDetail", self.tr("The selected version in full"))
        self.hint = QLabel(self.tr("Pick two versions to compare them."), objectName="historyHint", wordWrap=True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the panel can narrow
        self.buttons = action_row(self.hint)
        table_over_row(self, self.view, self.buttons, self.detail)

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
