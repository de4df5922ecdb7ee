"""The corrections panel: the open article's corrections, with edit, withdraw and accept buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.models.corrections_model import CorrectionsModel
from desktop.widgets.action_row import action_row, add_action_buttons, table_over_row
from desktop.widgets.column_fit import ColumnFit
from desktop.widgets.detail_line import DetailLine
from desktop.widgets.tables import make_table


class CorrectionsPanel(QWidget):
    """A table of corrections; selecting one reports its id."""

    correctionSelected = Signal(object)
    correctionActivated = Signal(int)

    def __init__(self, model: CorrectionsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = make_table("correctionsList", self.tr("Corrections"))
        self.view.setModel(model)
        self.columns = ColumnFit(self.view, flexible=(1, 2, 3))  # passage, replacement and note give way first
        self.detail = DetailLine(self.view, "correctionDetail", self.tr("The selected correction in full"))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)
        self.buttons = action_row()
        table_over_row(self, self.view, self.buttons, self.detail)

    def add_actions(self, actions: list[QAction]) -> None:
        """Buttons under the table for the window's actions on the selected correction."""
        add_action_buttons(self.buttons, actions)

    def selected_id(self) -> int | None:
        """The id of the selected correction, or None."""
        rows = self.view.selectionModel().selectedRows()
        item = self.model.correction_at(rows[0].row()) if rows else None
        return item.id if item else None

    def select(self, correction_id: int | None) -> None:
        """Select a correction's row; None, or one not listed, clears the selection."""
        row = self.model.row_of(correction_id) if correction_id is not None else -1
        if row < 0:
            self.view.clearSelection()
            return
        self.view.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        self.correctionSelected.emit(self.selected_id())

    def _activated(self, index) -> None:
        item = self.model.correction_at(index.row())
        if item is not None:
            self.correctionActivated.emit(item.id)
