"""The row of flat buttons under a panel's table, one per window action, as the Corrections and
History panels show."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QTableView, QToolButton, QVBoxLayout, QWidget


def action_row(leading: QWidget | None = None) -> QHBoxLayout:
    """An empty row with the panels' margins; `leading` (a hint) takes the room on the left, else a stretch does."""
    row = QHBoxLayout()
    row.setContentsMargins(6, 4, 6, 4)
    if leading is None:
        row.addStretch(1)
    else:
        row.addWidget(leading, 1)
    return row


def add_action_buttons(row: QHBoxLayout, actions: Iterable[QAction]) -> None:
    """A flat text-and-icon button per action, which follows the action's text, state and shortcut."""
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        row.addWidget(button)


def table_over_row(panel: QWidget, view: QTableView, row: QHBoxLayout, detail: QWidget | None = None) -> None:
    """Lay a panel out edge to edge: the table takes the height, its detail line (if any) and the row sit under it."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view, 1)
    if detail is not None:
        layout.addWidget(detail)
    layout.addLayout(row)
