"""The look of Qt's message boxes for Emend's own dialogs: a picture beside a column of text led by
a bold line, and the buttons below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLayout, QStyle, QVBoxLayout


def make_bold(label: QLabel) -> None:
    """Set the label in bold, as a message box sets its main sentence."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def picture_beside(pixmap: QPixmap, name: str, text: QLayout) -> QHBoxLayout:
    """A row with the picture (a QLabel called `name`) at its top left and the text taking the rest of the width."""
    picture = QLabel(objectName=name)
    picture.setPixmap(pixmap)
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    row = QHBoxLayout()
    row.addWidget(picture)
    row.addSpacing(8)
    row.addLayout(text, 1)
    return row


def lay_out_message(dialog: QDialog, icon: QStyle.StandardPixmap, icon_name: str, text: QLayout,
                    buttons: QDialogButtonBox) -> None:
    """Give the dialog a message box's layout: the style's `icon` at message-box size beside the text, buttons below."""
    style = dialog.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
    layout = QVBoxLayout(dialog)
    layout.addLayout(picture_beside(style.standardIcon(icon).pixmap(size, size), icon_name, text))
    layout.addWidget(buttons)
