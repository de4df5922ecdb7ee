"""The File menu's opening, importing, exporting and backing up, and View > Refresh, for the main window.

Importing and finding an article already imported are the application layer's (desktop/application/articles.py);
this module asks the editor what it needs and says what happened.
Its texts keep the MainWindow translation context, so the catalogues translators already have still apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

import resources
from corrections.errors import EmendError
from db.errors import DAMAGE_ERRORS, damaged
from desktop import preferences
from desktop.application import articles
from desktop.session import Opened
from desktop.window_part import WindowPart


OPEN_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx);;All files (*)")
translate = QCoreApplication.translate


class FileActions(WindowPart):
    """Open, open recent or dropped files, import the clipboard, export, back up and refresh, for one window."""


    def choose_file(self) -> None:
        """Ask for an article file, then open it."""
        path, _ = QFileDialog.getOpenFileName(self.window, translate("MainWindow", "Open article"), "",
                                              translate("MainWindow", OPEN_FILTER))
        if path:
            self.open_file(path)

    def open_sample(self) -> None:
        """Open the bundled sample article."""
        self.open_file(str(resources.sample_article_path()))

    def open_file(self, path: str | Path) -> bool:
        """Import a file as a new article, or open the article already imported from it."""
        if not self.window.versions.maybe_save():
            return False
        try:
            existing = articles.imported_before(self.history, path)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot open the article"), str(error))
            return False
        if existing is not None:
            opened = self._open_imported(Opened(existing, True))
        else:
            from desktop.dialogs import import_preview_dialog  # loaded on first use: a quicker start

            opened = self._open_imported(import_preview_dialog.import_file(
                self.window, self.history, path, self.session.author, review=self.window.review_imports))
        if opened is None:
            return False
        if self.window.remember:
            preferences.add_recent_file(str(Path(path).resolve()))
        self.window.refresh_library()
        if not opened.existing:
            self.window.newsroom.saved()
        name = Path(path).name
        if opened.existing:
            message = translate("MainWindow", "“{title}” is already in the history (from {name}); opened it")
        else:
            message = translate("MainWindow", "Imported {name} as version 1 of “{title}”")
        message = message.format(title=opened.article.title, name=name)
        self.window.statusBar().showMessage("; ".join([message, *opened.notes]), 8000)
        return True

    def open_article(self, article_id: int) -> bool:
        """Open an article of the history, after offering to save unsaved work."""
        if self.session.article is not None and self.session.article.id == article_id:
            return True
        if not self.window.versions.maybe_save():
            return False
        try:
            self.session.open_article(article_id)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot open the article"), str(error))
            return False
        except DAMAGE_ERRORS as error:
            self.window.show_error(translate("MainWindow", "Cannot open the article"), str(damaged(error)))
            return False
        return True

    def open_dropped(self, files: list[str]) -> None:
        """Open the first file dropped on the window."""
        if files:
            self.open_file(files[0])

    def _open_imported(self, opened: Opened | None) -> Opened | None:
        """Open in the editor what an import found or stored; None if it was refused or cancelled."""
        if opened is None:
            return None
        try:
            self.session.open_article(opened.article.id)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot open the article"), str(error))
            return None
        return opened

    def new_from_clipboard(self) -> bool:
        """Review the clipboard's text in the import preview and store it as version 1 of a new article."""
        if not self.window.versions.maybe_save():
            return False
        from desktop.dialogs import import_preview_dialog  # loaded on first use: a quicker start

        opened = self._open_imported(import_preview_dialog.new_from_clipboard(self.window, self.history,
                                                                              self.session.author))
        if opened is None:
            return False
        self.window.refresh_library()
        if not opened.existing:
            self.window.newsroom.saved()
        title = opened.article.title
        message = translate("MainWindow", "“{title}” is already in the history (the same text); opened it") \
            if opened.existing else translate("MainWindow", "Imported the clipboard as version 1 of “{title}”")
        message = message.format(title=title)
        self.window.statusBar().showMessage("; ".join([message, *opened.notes]), 8000)
        return True

    def export_article(self, *, preview_first: bool = False):
        """File > Export… (and History > As Readers See It…): the export dialog on the version picked in History,
        else the one readers see, with its notice; the dialog, or None without an open article."""
        if not self.session.has_article:
            return None
        picked = self.window.history_panel.picked()
        from desktop.application import configuration
        from desktop.dialogs.export_dialog import ExportDialog  # loaded on first use: a quicker start

        try:
            dialog = ExportDialog(self.history, self.session.article.id, picked[0] if len(picked) == 1 else None,
                                  style=configuration.house_style(), preview_first=preview_first,
                                  parent=self.window)
        except EmendError as error:
            self.window.show_error(translate("MainWindow", "Cannot export the article"), str(error))
            return None
        dialog.exported.connect(lambda path, number: self.window.statusBar().showMessage(
            translate("MainWindow", "Exported version {number} to {path}").format(number=number, path=path), 8000))
        return self.window.show_dialog(dialog)

    def back_up_history(self) -> bool:
        """Copy the whole history to a file the editor picks, verified, without blocking the window."""
        from desktop.backup_action import backup_history_interactive

        return backup_history_interactive(self.window, self.history) is not None

    def refresh_from_history(self) -> None:
        """Show what other windows saved to this history since: articles, versions and corrections.

        A newer saved version replaces the one shown unless the text has unsaved direct edits.
        """
        if self.window.closed:
            return
        try:
            self.window.refresh_library()
            if not self.session.has_article:
                return
            self.window.sync_working_text()
            latest = self.history.latest(self.session.article.id)
            if latest.number == self.session.base.number:
                self.session.refresh_corrections()
                self.window.versions_changed()
            elif self.session.edited:
                self.window.versions_changed()
                self.window.statusBar().showMessage(translate(
                    "MainWindow", "Version {number} was saved elsewhere; saving will offer to reload it").format(
                    number=latest.number), 8000)
            else:
                self.session.reload()
                self.window.statusBar().showMessage(translate(
                    "MainWindow", "Showing version {number}, saved elsewhere").format(number=latest.number), 8000)
        except EmendError as error:
            self.window.statusBar().showMessage(translate("MainWindow", "Cannot refresh: {error}").format(
                error=error), 8000)
