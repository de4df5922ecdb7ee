"""The first-run question: whose name goes on versions and corrections."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class AuthorDialog(QDialog):
    """Asks once for the editor's name; it is stored with every version and correction."""

    def __init__(self, suggestion: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("authorDialog")
        self.setWindowTitle(self.tr("Your name"))
        self.setMinimumWidth(400)
        self.name = QLineEdit(suggestion, objectName="authorEdit")
        self.name.setAccessibleName(self.tr("Author name"))
        self.name.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Emend records who saved each version and attached each correction.\n"
                                        "What name should it use?"), wordWrap=True))
        layout.addWidget(self.name)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The name typed, without surrounding spaces."""
        return self.name.text().strip()


def ask_author(parent, suggestion: str = "") -> str | None:
    """The name typed, or None when the user cancelled or left it empty."""
    dialog = AuthorDialog(suggestion, parent)
    try:
        return dialog.text() or None if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
