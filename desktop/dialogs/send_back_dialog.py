"""Send a version back to its corrector: the note saying what to change, which a send-back cannot go without."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class SendBackDialog(QDialog):
    """Asks for the note a send-back carries; the Send Back button stays off while it is empty."""

    def __init__(self, summary: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sendBackDialog")
        self.setWindowTitle(self.tr("Send back for changes"))
        self.setMinimumWidth(460)
        self.note = QPlainTextEdit(objectName="sendBackNote")
        self.note.setAccessibleName(self.tr("What to change"))
        self.note.setPlaceholderText(self.tr("What the corrector should change, e.g. “Check the figure with the "
                                             "council clerk”"))
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("&Send Back"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._note_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary, wordWrap=True))
        layout.addWidget(QLabel(self.tr("&Note for the corrector:"), buddy=self.note))
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._note_changed()

    def text(self) -> str:
        """The note typed, without surrounding spaces."""
        return self.note.toPlainText().strip()

    def _note_changed(self) -> None:
        self.send_button.setEnabled(bool(self.text()))


def ask_note(parent, summary: str) -> str | None:
    """The note the standards editor typed, or None when they cancelled."""
    dialog = SendBackDialog(summary, parent)
    try:
        return dialog.text() or None if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
