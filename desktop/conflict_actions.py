"""File > Resolve Sync Conflict…: fetch both sides of an article the sync could not merge, let the editor choose
or write the text to keep (desktop/dialogs/merge_dialog.py), and store it.

Both the fetch and the merge talk to the server, so they run on the sync thread (desktop/newsroom_sync.py),
one after another with the syncs. Nothing is lost either way: the store sets the editor's own versions aside.
Its texts are in the Newsroom translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from corrections.errors import EmendError
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the dialog and the newsroom layer are imported when first needed, so the window starts sooner
    from desktop.application.newsroom import ArticleConflict
    from desktop.dialogs.merge_dialog import MergeDialog
    from desktop.main_window import MainWindow
    from desktop.newsroom_sync import NewsroomSync

translate = QCoreApplication.translate


class ConflictActions(WindowPart):
    """Resolving the open window's sync conflicts by hand, one article at a time."""

    def __init__(self, window: MainWindow, syncing: NewsroomSync):
        super().__init__(window)
        self.syncing = syncing
        self.dialog: MergeDialog | None = None
        self._fetching = False

    def waiting(self) -> list[tuple[int, str]]:
        """The articles the last sync could not merge, as (article id, title): the open one first, then by title."""
        from desktop.application import newsroom

        found = sorted((entry["title"], entry["article"]) for entry in newsroom.conflicts(self.history).values())
        open_id = self.session.article.id if self.session.has_article else None
        return sorted(((article_id, title) for title, article_id in found), key=lambda item: item[0] != open_id)

    def resolve(self, article_id: int | None = None) -> None:
        """Fetch the two sides of an article's conflict (the open article's first) and show them side by side."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if self._fetching or not self.syncing.active:
            return
        waiting = self.waiting()
        if article_id is None:
            if not waiting:
                self.window.statusBar().showMessage(translate("Newsroom", "No article waits for a merge"), 6000)
                return
            article_id = waiting[0][0]
        if self.session.has_article and self.session.article.id == article_id \
                and not self.window.versions.maybe_save():  # the merge starts from saved versions only
            return
        from desktop.application import newsroom

        self._fetching = True
        self.window.statusBar().showMessage(translate("Newsroom", "Fetching both versions from the newsroom…"))
        self.syncing.run(lambda history: newsroom.versions_in_conflict(history, article_id), self._fetched)

    def shutdown(self) -> None:
        """Close the merge dialog with the window."""
        if self.dialog is not None:
            self.dialog.reject()

    def _fetched(self, conflict: ArticleConflict | None, error: BaseException | None) -> None:
        self._fetching = False
        self.window.statusBar().clearMessage()
        if error is not None:
            self._failed(translate("Newsroom", "Cannot fetch the versions to merge"), error)
            return
        if conflict is None:
            self.window.statusBar().showMessage(translate(
                "Newsroom", "The article no longer clashes with the newsroom's version; syncing it"), 8000)
            self.syncing.request()
            return
        from desktop.dialogs.merge_dialog import MergeDialog  # loaded on first use: a quicker start

        dialog = MergeDialog(conflict, parent=self.window)
        dialog.chosen.connect(lambda text, conflict=conflict: self._merge(conflict, text))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = self.window.show_dialog(dialog)

    def _merge(self, conflict: ArticleConflict, text: str) -> None:
        from desktop.application import newsroom

        self.dialog.set_busy(True)
        author, article_id = self.session.author, conflict.article_id
        self.syncing.run(lambda history: newsroom.merge(history, article_id, text, author=author),
                         lambda number, error: self._merged(conflict, number, error))

    def _merged(self, conflict: ArticleConflict, number: int | None, error: BaseException | None) -> None:
        if error is not None:
            if self.dialog is not None:
                self.dialog.set_busy(False)
            self._failed(translate("Newsroom", "The merge was not saved"), error)
            return
        if self.dialog is not None:
            self.dialog.accept()
        self.syncing.show_state()
        self.syncing.show_pulled()
        if number is None:
            message = translate("Newsroom", "Kept the newsroom's version {number} of “{title}”; yours are set "
                                            "aside in the history").format(number=conflict.theirs_number,
                                                                           title=conflict.title)
        else:
            message = translate("Newsroom", "Saved the merge as version {number} of “{title}”").format(
                number=number, title=conflict.title)
        self.window.statusBar().showMessage(message, 8000)
        self.syncing.request()

    def _failed(self, title: str, error: BaseException) -> None:
        if not isinstance(error, EmendError):  # a bug, not the server: the window's error dialog says so
            raise error
        self.window.show_error(title, str(error))
        self.syncing.show_state()

    def _dialog_closed(self) -> None:
        self.dialog = None
