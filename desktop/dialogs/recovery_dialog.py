"""The start-up question after a crash: put back the work Emend closed without saving, or discard it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QStyle, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop.dialogs.message_layout import lay_out_message, make_bold
from desktop.formatting import local_time
from desktop.recovery import RecoveryRecord, RecoveryStore
from desktop.recovery_changes import changes_html


class RecoveryDialog(QDialog):
    """Restore / Discard for one recovery record; closing it with Escape decides nothing yet. Given the text of
    the version the work started from (`saved_text`), it shows what changed rather than the whole text."""

    RESTORE, DISCARD, LATER = "restore", "discard", "later"

    def __init__(self, record: RecoveryRecord, parent: QWidget | None = None, *, saved_text: str | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Restore unsaved work"))
        self.setMinimumWidth(520)
        self.record = record
        self.decision = self.LATER

        self.question = QLabel(objectName="recoveryQuestion", wordWrap=True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setText(self.tr("Emend closed without saving your work on “{title}” ({time}). Restore it?")
                              .format(title=record.article_title, time=local_time(record.saved_at)))
        self.question.setAccessibleName(self.tr("What can be restored"))
        make_bold(self.question)
        self.details = QLabel(self._details(), objectName="recoveryDetails", wordWrap=True)
        self.excerpt = QPlainTextEdit(record.working_text, objectName="recoveryExcerpt")
        self.excerpt.setAccessibleName(self.tr("The unsaved text"))
        self.excerpt.setReadOnly(True)
        self.excerpt.setMinimumHeight(self.excerpt.fontMetrics().lineSpacing() * 6 + 16)
        self.changes = QTextBrowser(objectName="recoveryChanges")
        self.changes.setAccessibleName(self.tr("What the unsaved work changed"))
        self.changes.setMinimumHeight(self.excerpt.minimumHeight())
        changed = changes_html(saved_text, record.working_text, self.palette()) if saved_text is not None else ""
        self.changes.setHtml(changed or "<p>" + self.tr("The text is as saved; the work is the corrections "
                                                         "attached.") + "</p>")

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"), objectName="restoreButton")
        self.discard_button = QPushButton(self.tr("&Discard"), objectName="discardButton")
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(lambda: self._decide(self.RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(self.DISCARD))

        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addSpacing(4)
        text.addWidget(self.details)
        text.addSpacing(4)
        if saved_text is not None:
            text.addWidget(QLabel(self.tr("What changed since version {number}:").format(
                number=record.base_version), buddy=self.changes))
            text.addWidget(self.changes, 1)
            self.excerpt.hide()
        else:  # the saved version cannot be read: the whole text, so nothing is lost from sight
            text.addWidget(QLabel(self.tr("The unsaved text:"), buddy=self.excerpt))
            text.addWidget(self.excerpt, 1)
            self.changes.hide()
        lay_out_message(self, QStyle.StandardPixmap.SP_MessageBoxQuestion, "recoveryIcon", text, self.buttons)
        self.restore_button.setFocus()

    def _details(self) -> str:
        record = self.record
        count = len(record.pending_correction_ids)
        attached = self.tr("%n correction(s) attached", "", count) if count else ""
        if attached and record.text_edited:
            what = self.tr("text edits and {corrections}").format(corrections=attached)
        else:
            what = attached or (self.tr("text edits") if record.text_edited else "")
        return self.tr("Unsaved on version {number}: {what}.\nDiscard drops the text edits; corrections already "
                       "attached stay pending in the history.").format(number=record.base_version, what=what)

    def _decide(self, decision: str) -> None:
        self.decision = decision
        self.accept() if decision == self.RESTORE else self.done(QDialog.DialogCode.Rejected)


def offer_recovery(store: RecoveryStore, record: RecoveryRecord, parent: QWidget | None = None, *,
                   saved_text: str | None = None) -> RecoveryRecord | None:
    """At start-up, for work found left behind: the record to restore if the editor says Restore; Discard
    removes it; Escape keeps it. The caller removes a restored record once the window has taken the work over.
    """
    dialog = RecoveryDialog(record, parent, saved_text=saved_text)
    try:
        dialog.exec()
        decision = dialog.decision
    finally:
        dialog.deleteLater()
    if decision == RecoveryDialog.DISCARD:
        store.remove(record)
    return record if decision == RecoveryDialog.RESTORE else None
