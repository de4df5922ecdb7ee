"""Save a version: what will be stored, and the message that says what changed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class SaveDialog(QDialog):
    """Asks for a version message; the Save button stays off while it is empty."""

    def __init__(self, summary: str, suggestion: str = "", parent=None, *, title: str | None = None):
        super().__init__(parent)
        self.setObjectName("saveDialog")
        self.setWindowTitle(title or self.tr("Save version"))
        self.setMinimumWidth(460)
        self.summary = QLabel(summary, wordWrap=True)
        self.message = QLineEdit(suggestion, objectName="messageEdit")
        self.message.setAccessibleName(self.tr("Version message"))
        self.message.setPlaceholderText(self.tr("What changed, e.g. “Corrected the reopening day”"))
        self.message.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.message.textChanged.connect(self._message_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("&Message:"), buddy=self.message))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._message_changed(suggestion)

    def text(self) -> str:
        """The version message typed, without surrounding spaces."""
        return self.message.text().strip()

    def _message_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(text.strip()))


def ask_message(parent, summary: str, suggestion: str = "", title: str | None = None) -> str | None:
    """The message the user typed, or None when they cancelled."""
    dialog = SaveDialog(summary, suggestion, parent, title=title)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text() else None
    finally:
        dialog.deleteLater()
