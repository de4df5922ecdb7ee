"""The audit panels of the main window: Timeline, Blame, Who Changed This?, the verify badge and the Library search.

Each reads the history in the background, and Timeline and Blame only while on screen, so a long history
never slows editing. Their texts keep the MainWindow translation context, so the catalogues translators
already have still apply.
The window wires their signals (MainWindow._wire); the Timeline, built on first show, is wired here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from desktop.history_reader import HistoryReader
from desktop.widgets.blame_view import BlameView
from desktop.widgets.docks import add_dock
from desktop.widgets.search_panel import SearchPanel
from desktop.widgets.verify_badge import VerifyBadge
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the Timeline is imported when its tab is first on screen, so the window starts sooner
    from desktop.main_window import MainWindow
    from desktop.widgets.timeline_panel import TimelinePanel

translate = QCoreApplication.translate


class AuditPanels(WindowPart):
    """The Timeline and Blame docks, the verify badge and whole-history check, and the search above the Library."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.timeline_panel: TimelinePanel | None = None  # built when its tab is first on screen
        self.timeline_dock = add_dock(window, translate("MainWindow", "Timeline"), "timelineDock", None,
                                      Qt.DockWidgetArea.BottomDockWidgetArea)
        window.tabifyDockWidget(window.history_dock, self.timeline_dock)
        window.history_dock.raise_()
        self.blame_view = BlameView(self.history)
        self.blame_dock = add_dock(window, translate("MainWindow", "Blame"), "blameDock", self.blame_view,
                                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.blame_dock.hide()  # shown from View > Blame or History > Who Changed This?; worked out only then
        self.timeline_dock.setAccessibleName(translate("MainWindow", "Timeline"))
        self.blame_dock.setAccessibleName(translate("MainWindow", "Blame"))
        self._blame_target: tuple[int | None, int | None] = (None, None)
        self._blame_stale = False
        self._blame_sized = False
        self._who_changed_pending: tuple[int, int, int, int] | None = None

        self.search_panel = SearchPanel(self.history)
        library_box = QWidget(objectName="libraryBox")
        library_box.setAccessibleName(translate("MainWindow", "Library"))
        box = QVBoxLayout(library_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.search_panel, 1)
        box.addWidget(window.library_panel, 1)
        window.library_dock.setWidget(library_box)

        self.verify_badge = VerifyBadge(self.history)
        self.verify_reader = HistoryReader(self.history, self)

    def reload(self) -> None:
        """After opening or saving: the timeline and badge follow the open article; blame when on screen."""
        article_id = self.session.article.id if self.session.has_article else None
        if self.timeline_panel is not None:
            self.timeline_panel.load(article_id)
        self.verify_badge.set_article(article_id)
        if article_id is not None:
            self.verify_badge.verify()
        self.search_panel.refresh()
        self._who_changed_pending = None
        self._blame_target = (article_id, None)
        self._blame_stale = True
        self._refresh_blame()

    def timeline_visibility_changed(self, visible: bool) -> None:
        """The Timeline is built, and the open article's read, the first time its tab is on screen."""
        if visible and self.timeline_panel is None:
            from desktop.widgets.timeline_panel import TimelinePanel

            article_id = self.session.article.id if self.session.has_article else None
            self.timeline_panel = TimelinePanel(self.history, article_id)
            self.timeline_panel.versionChosen.connect(self._timeline_version_chosen)
            self.timeline_dock.setWidget(self.timeline_panel)

    def blame_visibility_changed(self, visible: bool) -> None:
        """Load the blame when its panel comes on screen."""
        if visible and not self._blame_sized:
            self._blame_sized = True
            if not self.window.restored:  # first shown: a third of the width, once the layout has placed it
                QTimer.singleShot(0, self._size_blame_dock)
        if visible:
            self._refresh_blame()

    def who_changed_this(self) -> None:
        """Name who wrote the selected passage: of the Blame view if it has the focus, else of the article."""
        if self.blame_view.text.hasFocus():
            self.blame_view.who_changed_selection()
            return
        if not self.session.has_article:
            return
        span = self.window.selected_passage()
        if span is None:
            self.window.statusBar().showMessage(translate(
                "MainWindow", "Select the words to ask about, then choose History > Who Changed This? "
                              "(Ctrl+Shift+W)"), 6000)
            return
        if self.session.edited:
            QMessageBox.information(self.window, translate("MainWindow", "Who changed this?"), translate(
                "MainWindow", "The text has unsaved edits, which no version wrote yet. Save them as a version "
                              "(Ctrl+S) or undo them, then ask again."))
            return
        article_id, number = self.session.article.id, self.session.base.number
        self._who_changed_pending = (article_id, number, *span)
        ready = (not self._blame_stale and not self.blame_view.loading
                 and (self.blame_view.article_id, self.blame_view.number) == (article_id, number))
        self._blame_target, self._blame_stale = (article_id, number), False
        self.blame_dock.show()
        self.blame_dock.raise_()
        if ready:
            self.blame_loaded()
        else:
            self.blame_view.load(article_id, number)

    def blame_loaded(self) -> None:
        """Answer a pending "Who changed this?" once blame of the article's saved version is in."""
        pending, self._who_changed_pending = self._who_changed_pending, None
        if pending is None:
            return
        article_id, number, start, end = pending
        if (self.blame_view.article_id, self.blame_view.number) != (article_id, number):
            return
        self.blame_view.text.select_span(start, end)
        self.blame_view.show_who_changed(start, end)

    def verify_history(self) -> None:
        """Walk every article's hash chain on a pool thread, as `emend verify` does; report when done."""
        if self.verify_reader.busy:
            return
        self.window.statusBar().showMessage(translate("MainWindow", "Verifying the whole history…"))
        self.verify_reader.read(lambda history: history.verify())

    def history_verified(self, report) -> None:
        """Show the outcome of verifying the whole history."""
        self.window.statusBar().clearMessage()
        if report.ok:
            QMessageBox.information(self.window, translate("MainWindow", "History verified"), translate(
                "MainWindow", "ok: every version of %n article(s) matches its hash chain; nothing was altered "
                              "after it was saved.", "", report.checked_articles))
        else:
            problems = "\n".join(translate("MainWindow", "FAILED {problem}").format(problem=problem)
                                 for problem in report.problems)
            QMessageBox.warning(self.window, translate("MainWindow", "The history was tampered with"), translate(
                "MainWindow", "Verification failed: the stored history no longer matches its hash chains.\n\n"
                              "{problems}\n\nRestore the database from a backup and find out who had access "
                              "to the file.").format(problems=problems))
        if self.session.has_article:
            self.verify_badge.verify()

    def history_verify_failed(self, message: str) -> None:
        """Say that the history could not be verified."""
        self.window.statusBar().clearMessage()
        self.window.show_error(translate("MainWindow", "Cannot verify the history"), message)

    def focus_search(self) -> None:
        """Put the cursor in the Library's search box."""
        self.window.library_dock.show()
        self.window.library_dock.raise_()
        self.search_panel.box.setFocus()
        self.search_panel.box.selectAll()

    def search_hit_chosen(self, article_id: int, number: int) -> None:
        """Open the article of a search hit and show the version that introduced the words found."""
        if not self.window.open_article(article_id) or not number:
            return
        self.window.history_panel.pick([number])
        self.window.statusBar().showMessage(translate(
            "MainWindow", "Found in version {number}; the preview shows its changes").format(number=number), 6000)

    def shutdown(self) -> None:
        """Wait for background audit reads and close their own connections before the history closes."""
        for owner in (self.timeline_panel, self.blame_view, self.verify_badge, self.search_panel,
                      self.verify_reader):
            if owner is not None:
                owner.shutdown()

    def _refresh_blame(self) -> None:
        """Blame is slow on a long history: it is worked out only while its dock is on screen."""
        if self._blame_stale and self.blame_dock.isVisible():
            self._blame_stale = False
            self.blame_view.load(*self._blame_target)

    def _size_blame_dock(self) -> None:
        width = self.window.width()
        self.window.resizeDocks([self.window.library_dock, self.blame_dock], [width // 5, width // 3],
                                Qt.Orientation.Horizontal)

    def _timeline_version_chosen(self, number: int) -> None:
        """Show the version's changes in the preview, as picking it in History does; blame follows it."""
        self.window.history_panel.pick([number])
        if self.session.has_article and self.blame_view.number != number:
            self._blame_target = (self.session.article.id, number)
            self._blame_stale = True
            self._refresh_blame()
