"""Attach (or edit) a correction: the quoted passage, its kind, the replacement and the notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout,
)

from corrections.correction import Kind, check_changes_something
from corrections.errors import InputError
from desktop.dialogs.intake_section import IntakeSection
from desktop.dialogs.kind_suggestion import KindSuggestion
from desktop.session import CorrectionFields


def _text_box(name: str, accessible: str, lines: int, read_only: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setReadOnly(read_only)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


PROBLEM_STYLE = "background: #fde8e7; color: #8a1c12; border: 1px solid #f1a7a0; padding: 4px 8px;"


class _EnterAttaches(QObject):
    """For a passage within one line, Enter in the replacement attaches rather than adding a line
    break nobody sees in the box but that would split the article's paragraph."""

    def __init__(self, dialog: QDialog):
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.dialog.accept()
            return True
        return False


class CorrectionDialog(QDialog):
    """Asks what is wrong with a passage; `fields()` gives the answer once accepted."""

    def __init__(self, quote: str, initial: CorrectionFields | None = None, parent=None, *, editing: bool = False):
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.quote = quote
        self.setWindowTitle(self.tr("Edit correction") if editing else self.tr("Attach correction"))
        self.setMinimumWidth(520)
        initial = initial or CorrectionFields(Kind.CORRECTION, quote)
        self.passage = _text_box("passageView", self.tr("Quoted passage"), 3, read_only=True)
        self.passage.setPlainText(quote)
        self.kind = QComboBox(objectName="kindCombo")
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in Kind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(Kind).index(initial.kind))
        self.replacement = _text_box("replacementEdit", self.tr("Replacement text"), 3)
        self.replacement.setPlainText(initial.replacement)
        self.one_line = "\n" not in quote
        if self.one_line:
            self.replacement.installEventFilter(_EnterAttaches(self))
        self.public_note = _text_box("publicNoteEdit", self.tr("Public note"), 2)
        self.public_note.setPlaceholderText(
            self.tr("Shown to readers, e.g. “An earlier version gave the wrong date.”"))
        self.public_note.setPlainText(initial.public_note)
        self.internal_note = _text_box("internalNoteEdit", self.tr("Internal note"), 2)
        self.internal_note.setPlaceholderText(self.tr("For the newsroom only: source, who reported it…"))
        self.internal_note.setPlainText(initial.internal_note)
        self.kind_suggestion = KindSuggestion(quote, self.kind, self._replacement, self.replacement, self.public_note,
                                              self.internal_note, follow=not editing)
        form = QFormLayout()
        form.addRow(self.tr("Passage:"), self.passage)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.kind_suggestion)
        form.addRow(self.tr("&Replace with:"), self.replacement)
        form.addRow(self.tr("&Public note:"), self.public_note)
        form.addRow(self.tr("&Internal note:"), self.internal_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save correction") if editing else self.tr("&Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Enter attaches (Ctrl+Enter from any box). The replacement is applied when you "
                              "save a version.") if self.one_line else
                      self.tr("Ctrl+Enter attaches. The replacement is applied when you save a version."))
        hint.setWordWrap(True)
        hint.setObjectName("dialogHint")
        self.problem = QLabel(objectName="correctionProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setAccessibleName(self.tr("Problem with the correction"))
        self.problem.hide()
        self.intake_section = IntakeSection(initial.intake)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intake_section)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.replacement.setFocus()
        self.replacement.selectAll()

    def accept(self) -> None:
        """Close only on a correction the history will take; otherwise say why and keep what was typed."""
        fields = self.fields()
        try:
            check_changes_something(fields.kind, self.quote, fields.replacement, fields.public_note)
            self.intake_section.check()
        except InputError as refusal:
            message = str(refusal)
            self.problem.setText("✘ " + message[:1].upper() + message[1:])
            self.problem.show()
            return
        self.problem.hide()
        super().accept()

    def _replacement(self) -> str:
        """The replacement; for a passage within one line, pasted line breaks become spaces."""
        text = self.replacement.toPlainText()
        return " ".join(text.splitlines()) if self.one_line and "\n" in text else text

    def fields(self) -> CorrectionFields:
        """What the editor filled in, as the session stores it; notes are trimmed."""
        return CorrectionFields(
            kind=Kind(self.kind.currentData()), replacement=self._replacement(),  # Qt hands the enum back as str
            public_note=self.public_note.toPlainText().strip(),
            internal_note=self.internal_note.toPlainText().strip(), intake=self.intake_section.intake(),
        )


def ask_correction(parent, quote: str, initial: CorrectionFields | None = None, *,
                   editing: bool = False) -> CorrectionFields | None:
    """What the editor says is wrong with `quote` (or, `editing`, changes about it); None if they cancelled."""
    dialog = CorrectionDialog(quote, initial, parent, editing=editing)
    try:
        return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
