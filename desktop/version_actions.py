"""Saving the open article as a new version, restoring an older one, and asking before unsaved work is left.

The session stores each version (desktop/session.py); this module asks for the message, offers to reload
when another window saved first, and says what happened.
Its texts keep the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from corrections.errors import EmendError
from db.errors import ConflictError
from desktop.window_part import WindowPart


translate = QCoreApplication.translate


class VersionActions(WindowPart):
    """File > Save Version…, History > Restore This Version… and the Save / Discard / Cancel question."""


    def save_version(self) -> bool:
        """Ask for a message and store the working text with the pending corrections as a new version."""
        if not self.session.has_article:
            return False
        self.window.sync_working_text()
        if not self.session.dirty:
            self.window.statusBar().showMessage(translate(
                "MainWindow", "Nothing to save: no pending corrections or text edits"), 5000)
            return False
        summary = translate("MainWindow", "Store {changes} as version {number} of “{title}”.").format(
            changes=self.session.unsaved_summary(), number=self.session.base.number + 1,
            title=self.session.article.title)
        from desktop.dialogs.save_dialog import ask_message

        message = ask_message(self.window, summary, self.session.suggested_message())
        if message is None:
            return False
        return self.store(lambda: self.session.save(message))

    def store(self, save: Callable[[], object]) -> bool:
        """Run `save` (save, accept or restore); on success the undo history starts again, else nothing is lost."""
        try:
            version = save()
        except ConflictError as error:
            self._conflict(str(error))
            return False
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "The version was not saved"), translate(
                "MainWindow", "{error}\n\nNothing was lost: your corrections are still pending.").format(error=error))
            return False
        self.window.undo_stack.clear()
        self.window.refresh_library()
        self.window.newsroom.saved()
        self.window.statusBar().showMessage(translate("MainWindow", "Saved version {number}: {message}").format(
            number=version.number, message=version.message), 8000)
        return True

    def _conflict(self, message: str) -> None:
        edited = self.session.edited
        detail = translate("MainWindow", "Reload it now? Your pending corrections are kept and will be placed on the "
                                         "newer version.")
        if edited:
            detail += " " + translate("MainWindow", "Your direct text edits are copied to the clipboard.")
        answer = QMessageBox.warning(self.window, translate("MainWindow", "A newer version was saved"),
                                     f"{message}.\n\n{detail}",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            if edited:
                QGuiApplication.clipboard().setText(self.session.working_text)
            self.window.undo_stack.clear()
            self.session.reload()
            self.window.refresh_library()

    def restore_version(self, number: int | None = None) -> bool:
        """Store a new version equal to an older one; nothing in the history is rewritten."""
        picked = self.window.history_panel.picked()
        if number is None and len(picked) == 1:
            number = picked[0]
        if number is None or not self.session.has_article or number == self.session.base.number:
            return False
        self.window.sync_working_text()
        if self.session.edited:
            answer = QMessageBox.question(
                self.window, translate("MainWindow", "Restore version"),
                translate("MainWindow", "Restoring drops your unsaved text edits. Restore anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.store(lambda: self.session.restore(number))

    def maybe_save(self) -> bool:
        """Before leaving an article with unsaved work, ask Save / Discard / Cancel; False means stay."""
        self.window.sync_working_text()
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self.window, translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "“{title}” has {changes} not yet in a saved version.\n\nSave them as a new "
                                    "version? Discard drops text edits and withdraws the corrections attached in this "
                                    "session (they stay on record, marked withdrawn).").format(
                title=self.session.article.title, changes=self.session.unsaved_summary()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_version()
        if answer == QMessageBox.StandardButton.Discard:
            try:
                self.session.discard()
            except EmendError as error:
                self.window.show_error(translate("MainWindow", "Cannot discard the changes"), str(error))
                return False
            self.window.undo_stack.clear()
            return True
        return False
