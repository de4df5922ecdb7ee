"""The grey strip above the article and the preview, naming what each shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget


def pane_header(label: QLabel, *extra: QWidget) -> QWidget:
    """The grey strip above the article and the preview, naming what each shows."""
    header = QWidget(objectName="paneHeader")
    header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    row = QHBoxLayout(header)
    row.setContentsMargins(10, 5, 10, 5)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long headline never widens
    row.addWidget(label, 1)
    for widget in extra:
        row.addWidget(widget)
    return header
