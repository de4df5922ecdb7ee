"""The History menu's correction notice, publishing and audit report, as the main window offers them.

Publishing follows the one rule `emend publish` follows (desktop/application/notices.py); this module decides
when each action is offered, what it asks first and what it says after. Its texts keep the MainWindow
translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from corrections.correction import SILENT_KINDS
from corrections.errors import EmendError
from db import publishing
from desktop.application import configuration, notices, remotes
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the notice dialog is imported when first opened, so the window starts sooner
    from desktop.dialogs.notice_dialog import NoticeDialog
    from desktop.main_window import MainWindow

translate = QCoreApplication.translate


class NoticeActions(WindowPart):
    """Correction Notice…, Publish Version… and Save Audit Report… for the article open in `window`."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.dialog: NoticeDialog | None = None
        self._publish_refusal = None  # why the open article's saved version cannot be published, if it cannot
        self._saving_audit = False

    def read_published(self) -> dict[int, str]:
        """The open article's published versions and when (number → UTC time), read once per change of
        its versions; version 1 counts as published when imported, as publishing.baseline has it."""
        session = self.session
        found = publishing.publications(self.history, session.article.id) if session.has_article else []
        self._publish_refusal = notices.publish_refusal(self.history, session.article.id, session.base.number) \
            if session.has_article else None
        self.window.update_actions()
        return {publication.version_number: publication.published_at for publication in found}

    def update_actions(self) -> None:
        """Offer the notice and the audit report for an open article; publishing only when it is allowed."""
        menu, has_article = self.window.menu, self.session.has_article
        menu.notice_action.setEnabled(has_article)
        menu.audit_report_action.setEnabled(has_article and not self._saving_audit)
        reason = self._cannot_publish()
        menu.publish_action.setEnabled(reason is None)
        tip = reason or translate("MainWindow", "Mark version {number} as the one readers see, with its notice").format(
            number=self.session.base.number)
        menu.publish_action.setStatusTip(tip)
        menu.publish_action.setToolTip(tip)

    def show_notice(self) -> None:
        """Open the article's correction notice; window-modal, so the article cannot change under it."""
        if not self.session.has_article:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        try:
            from desktop.dialogs.notice_dialog import NoticeDialog  # loaded on first use: a quicker start

            dialog = NoticeDialog(self.history, self.session.article.id, author=self.session.author,
                                  style=configuration.house_style(), parent=self.window)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot show the correction notice"), str(error))
            return
        dialog.noticesChanged.connect(self.session.published)
        dialog.noticesChanged.connect(self.window.newsroom.saved)
        dialog.published.connect(lambda number: self.window.statusBar().showMessage(
            translate("MainWindow", "Published version {number} with its notice").format(number=number), 8000))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = self.window.show_dialog(dialog)
        self.window.sync_working_text()
        if self.session.dirty:
            self.window.statusBar().showMessage(translate(
                "MainWindow", "The notice covers saved versions only: save (Ctrl+S) to include your pending "
                              "corrections"), 8000)

    def publish_version(self) -> bool:
        """Mark the saved version as published, after showing the notice it stores (as `emend publish`)."""
        self.window.sync_working_text()
        reason = self._cannot_publish()
        if reason is not None:
            self.window.statusBar().showMessage(reason, 6000)
            return False
        article, number = self.session.article, self.session.base.number
        if self._waits_for_signoff(article.id, article.title, number):
            return False
        try:
            style = configuration.house_style()
            draft = notices.draft(self.history, article.id, number, style=style)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot publish the version"), str(error))
            return False
        covered = notices.amendments(self.history, article.id, number)
        if draft is None:
            stored = translate("MainWindow", "Only style fixes were applied since the last published version; "
                                             "readers are never told of those, so no notice is stored.") \
                if any(kind in SILENT_KINDS for kind, _, _ in covered) else translate(
                "MainWindow", "No correction was applied since the last published version, so no notice is stored.")
            warnings = notices.kind_warnings(self.history, article.id, number)
        else:
            stored = translate("MainWindow", "This notice is stored with it; it cannot be changed afterwards, only "
                                             "superseded:") + "\n\n" + draft.text
            warnings = notices.check(draft.text, notices.draft_passages(draft), style, covered)
        if warnings:
            stored += "\n\n" + translate("MainWindow", "The notice check found:") + "\n" + "\n".join(
                "⚠ " + warning.message for warning in warnings)
        question = translate("MainWindow", "Mark version {number} of “{title}” as the version readers see?").format(
            number=number, title=article.title)
        answer = QMessageBox.question(self.window, translate("MainWindow", "Publish version {number}").format(
                                      number=number), question + "\n\n" + stored,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            _publication, notice = notices.publish(self.history, article.id, number, author=self.session.author,
                                                   style=style)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot publish the version"), str(error))
            return False
        self.session.published()
        self.window.newsroom.saved()
        self.window.statusBar().showMessage(
            translate("MainWindow", "Published version {number} with notice {id}").format(number=number, id=notice.id)
            if notice else translate("MainWindow", "Published version {number}, without a notice").format(
                number=number), 8000)
        return True

    def save_audit_report(self) -> Path | None:
        """Save the open article's audit report (HTML or PDF); gathered off the GUI thread."""
        if not self.session.has_article or self._saving_audit:
            return None
        self._saving_audit = True
        self.update_actions()
        try:
            from desktop.dialogs import audit_report_dialog  # loaded on first use: a quicker start

            path = audit_report_dialog.save_audit_report(self.window, self.history, self.session.article.id)
        finally:
            self._saving_audit = False
            self.update_actions()
        if path is not None:
            self.window.statusBar().showMessage(translate("MainWindow", "Saved the audit report to {path}").format(
                path=path), 8000)
        return path

    def _cannot_publish(self) -> str | None:
        """Why the open article's version cannot be published now, or None when it can."""
        session = self.session
        if not session.has_article:
            return translate("MainWindow", "Open an article to publish one of its versions")
        if session.dirty or self.window.view_text_stale:
            return translate("MainWindow", "Save your corrections and text edits first (Ctrl+S): only a saved "
                                           "version can be published")
        if self._publish_refusal is not None:  # the one rule, shared with `emend publish`
            return translate("MainWindow", "Version {number} is already published; save a corrected version to "
                                           "publish again").format(number=self._publish_refusal.version)
        return None

    def _waits_for_signoff(self, article_id: int, title: str, number: int) -> bool:
        """Say so in the window's words, before any question, when the newsroom publishes this version only
        after a standards editor's approval that this history has not received (as of its last sync)."""
        if not remotes.has_server(self.history):
            return False
        from desktop.application import newsroom  # loads psycopg: only for a history with a newsroom server

        try:
            wait = newsroom.signoff_wait(self.history, article_id, number)
        except EmendError:
            return False  # publishing itself says what is wrong
        if wait is None:
            return False
        if wait.sent_back is None:
            heading = translate("MainWindow", "Waiting for sign-off")
            text = translate(
                "MainWindow", "Version {number} of “{title}” cannot be published yet: this newsroom publishes a "
                              "version only after a standards editor has approved it.\n\nA standards editor "
                              "approves it under View > Awaiting Sign-off. Their approval reaches this window with "
                              "the next sync (File > Sync Now, F9); then publish it.").format(
                number=number, title=title)
        else:
            heading = translate("MainWindow", "Sent back for changes")
            text = translate(
                "MainWindow", "{who} sent version {number} of “{title}” back:\n\n{note}\n\nCorrect it and save a "
                              "new version; a standards editor approves that one before it is published.").format(
                who=wait.sent_back.decided_by, number=number, title=title, note=wait.sent_back.note)
        QMessageBox.information(self.window, heading, text)
        return True

    def _dialog_closed(self) -> None:
        self.dialog = None
