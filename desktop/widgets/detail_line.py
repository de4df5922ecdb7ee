"""The line under a list that says in full what its current row holds, for cells too narrow to show it all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSizePolicy

MAX_LINES = 4


class DetailLine(QLabel):
    """Follows a view's current row and shows its full text (the model's tooltip, one line per field)."""

    def __init__(self, view: QAbstractItemView, name: str, accessible: str):
        super().__init__(objectName=name, wordWrap=True)
        self.setAccessibleName(accessible)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.setContentsMargins(6, 3, 6, 3)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * MAX_LINES + 8)
        self.view = view
        view.selectionModel().currentRowChanged.connect(self.refresh)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Show the current row's full text, or nothing when no row is current."""
        current = self.view.currentIndex()
        text = current.siblingAtColumn(0).data(Qt.ItemDataRole.ToolTipRole) if current.isValid() else None
        text = " · ".join(line for line in str(text or "").splitlines() if line.strip())
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))
