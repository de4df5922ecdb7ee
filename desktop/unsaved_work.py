"""Keeping the window's unsaved work for recovery, and offering back what an Emend that closed without saving left.

The record and its timer are desktop/recovery.py's; this module ties them to one window. A window that
remembers nothing (a screenshot's, a benchmark's) or whose history has no file keeps no record. Its texts keep
the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from corrections.errors import EmendError
from desktop.recovery import RecoveryRecord, RecoveryStore, RecoveryTimer, restore_session, session_record
from desktop.restore_command import RestoreUnsavedWork
from desktop.window_part import WindowPart

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

translate = QCoreApplication.translate


class UnsavedWork(WindowPart):
    """The window's recovery record: its store, and the timer that keeps it (None when none is kept)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.store = RecoveryStore()
        self.timer: RecoveryTimer | None = None
        if window.remember and self.history.path is not None:
            self.timer = RecoveryTimer(self.store, self.history.path, self._snapshot, self)

    def start(self) -> None:
        """Keep the record from now on, every little while."""
        if self.timer is not None:
            self.timer.start()

    def checkpoint(self) -> None:
        """Keep the record now, as when the window loses focus."""
        if self.timer is not None:
            self.timer.checkpoint()

    def finish(self) -> None:
        """A clean close: the unsaved work was saved or discarded, so the record goes."""
        if self.timer is not None:
            self.timer.finish()

    def offer(self) -> bool:
        """At start-up: offer back the unsaved work an Emend that closed without saving left; True if restored."""
        if self.timer is None:
            return False
        record = self.store.load(self.history.path)
        if record is None:
            return False
        from desktop.dialogs.recovery_dialog import offer_recovery  # loaded only when there is work to offer

        try:
            saved_text = self.history.text(record.article_id, record.base_version)
        except EmendError:
            saved_text = None  # the article or version is gone: the dialog shows the whole text
        record = offer_recovery(self.store, record, self.window, saved_text=saved_text)
        return record is not None and self.restore(record)

    def restore(self, record: RecoveryRecord) -> bool:
        """Put a recovery record's work back in the editor, then keep it as this window's own record."""
        window = self.window
        try:
            outcome = restore_session(self.session, record)
        except EmendError as error:
            window.show_error(translate("MainWindow", "Cannot restore the unsaved work"), str(error))
            return False
        window.refresh_library()
        if outcome.restored:
            window.undo_stack.push(RestoreUnsavedWork(self.session, self.session.base_text, record.working_text))
            if record.edit_mode:
                window.set_edit_mode(True)
            window.setWindowModified(True)
            # after the window is shown: a message shown before would be drawn over the hint
            QTimer.singleShot(0, lambda: window.statusBar().showMessage(outcome.message, 8000))
            kept = self.timer is not None and self.timer.checkpoint() is not None
        else:
            QMessageBox.information(window, translate("MainWindow", "Restore unsaved work"), outcome.message)
            kept = True
        if kept:
            self.store.remove(record)
        return outcome.restored

    def report_failure(self, message: str) -> None:
        """Say in the status bar that the recovery record could not be written."""
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Unsaved work is not being kept for recovery: {message}").format(message=message), 10000)

    def _snapshot(self) -> RecoveryRecord | None:
        if self.window.closed:
            return None
        self.window.sync_working_text()
        return session_record(self.session, self.history.path, edit_mode=self.window.menu.edit_text_action.isChecked())
