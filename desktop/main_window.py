"""The Emend editor window: read an article, attach corrections, preview them, save versions.

The window holds the article view beside the tracked-diff preview and the Library, Corrections and History
docks. Its other parts each have a module: the actions, menus and toolbar (main_menu), the status bar
(widgets/status_bar), the audit panels (audit_panels), the Awaiting Sign-off dock (signoff_dock), and what
the actions do, by menu: files (file_actions), corrections (correction_actions), versions (version_actions),
notices and publishing (notice_actions), preferences and help (app_actions), and the recovery record
(unsaved_work); the newsroom sync has its own (newsroom_sync), and so do Edit Text's tracked changes
(tracked_changes).
`MainWindow._wire` connects them all; dialogs are imported when first opened, so the window starts sooner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

import resources
from corrections.correction import Correction, Status
from corrections.selection import snap_to_words
from db.history import History
from desktop import preferences, settings_keys, theme
from desktop.app_actions import AppActions
from desktop.audit_panels import AuditPanels
from desktop.correction_actions import CorrectionActions
from desktop.edit_undo import EditUndo
from desktop.file_actions import FileActions
from desktop.find_actions import FindInArticle
from desktop.icons import ICON_PROPERTY, icon
from desktop.main_menu import MainMenu
from desktop.models.corrections_model import CorrectionsModel
from desktop.models.history_model import HistoryModel
from desktop.models.library_model import LibraryModel
from desktop.newsroom_sync import NewsroomSync
from desktop.notice_actions import NoticeActions
from desktop.pane_focus import PaneFocus
from desktop.session import CorrectionFields, EditorSession
from desktop.signoff_dock import SignoffDock
from desktop.tracked_changes import TrackedChanges
from desktop.unsaved_work import UnsavedWork
from desktop.version_actions import VersionActions
from desktop.widgets.article_view import ArticleView
from desktop.widgets.corrections_panel import CorrectionsPanel
from desktop.widgets.diff_preview import DiffPreview
from desktop.widgets.docks import add_dock
from desktop.widgets.history_panel import HistoryPanel
from desktop.widgets.library_panel import LibraryPanel
from desktop.widgets.pane_header import pane_header
from desktop.widgets.status_bar import MainStatus
from desktop.widgets.title_label import TitleLabel
from desktop.widgets.toolbar_fit import fit_main_toolbar
from desktop.workers import DiffScheduler, PreviewRequest, PreviewResult

if TYPE_CHECKING:  # dialogs (and the Timeline) are imported when first opened, so the window starts sooner
    from desktop.dialogs.notice_dialog import NoticeDialog
    from desktop.widgets.timeline_panel import TimelinePanel

APP_ICON = "icons/app/io.github.emend.Emend.svg"


class MainWindow(QMainWindow):
    """One window on one history database; `remember=False` leaves the user's preferences alone.

    A window that remembers nothing (a screenshot's, a benchmark's) is not watched by anyone, so it imports
    without the preview and keeps no recovery record.
    """

    def __init__(self, history: History, author: str, *, remember: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.history = history
        self.remember = self.review_imports = remember
        self.session = EditorSession(history, author, self)
        self.undo_stack = QUndoStack(self)
        self.scheduler = DiffScheduler(self._preview_request, self)
        self.compared: tuple[int | None, int] | None = None  # versions shown in the preview; None: unsaved work
        self.restored = False  # the window's layout came back from the last session
        self.view_text_stale = False  # typed text not yet handed to the session (read once per pause)
        self.closed = self._laid_out = self._focused = False

        self.corrections_model = CorrectionsModel(self)
        self.history_model = HistoryModel(self)
        self.library_model = LibraryModel(self)
        self.article_view = ArticleView()
        self.preview = DiffPreview()
        self.corrections_panel = CorrectionsPanel(self.corrections_model)
        self.history_panel = HistoryPanel(self.history_model)
        self.library_panel = LibraryPanel(self.library_model, matcher=self._articles_raised)
        self.session.correctionsChanged.connect(self.library_panel.refilter)  # a new correction may match the filter
        self._lay_out()
        self.audit = AuditPanels(self)
        self.signoff = SignoffDock(self)
        self.status = MainStatus(self)
        self.status.addPermanentWidget(self.audit.verify_badge)
        self.setStatusBar(self.status)
        self.menu = MainMenu(self)
        self.edit_undo = EditUndo(self)
        self.toolbar_fit = fit_main_toolbar(self.menu)

        self.files, self.corrections, self.versions = FileActions(self), CorrectionActions(self), VersionActions(self)
        self.notices, self.unsaved, self.app_actions = NoticeActions(self), UnsavedWork(self), AppActions(self)
        self.newsroom = NewsroomSync(self)
        self.finder, self.pane_focus = FindInArticle(self), PaneFocus(self)
        self.tracked = TrackedChanges(self)
        self._wire()

        # The parts' pieces by the names callers and tests know them: window.save_action, window.blame_view…
        for name, part in self.menu.named_parts().items():
            setattr(self, name, part)
        self.hint_label, self.unsaved_label = self.status.hint_label, self.status.unsaved_label
        self.timeline_dock, self.blame_dock, self.blame_view = (
            self.audit.timeline_dock, self.audit.blame_dock, self.audit.blame_view)
        self.search_panel, self.verify_badge = self.audit.search_panel, self.audit.verify_badge
        self.recovery, self.recovery_store = self.unsaved.timer, self.unsaved.store

        self.unsaved.start()
        self.text_size = settings_keys.font_size() if remember else settings_keys.DEFAULT_FONT_SIZE
        self.set_text_size(self.text_size)
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resources.path(APP_ICON))))
        self.resize(1280, 800)
        if remember:
            self._restore_window_state()
        self.refresh_library()
        self._article_changed()
        self.newsroom.start()

    @property
    def timeline_panel(self) -> TimelinePanel | None:
        """The Timeline, once its tab has been on screen."""
        return self.audit.timeline_panel

    @property
    def notice_dialog(self) -> NoticeDialog | None:
        """The correction notice, while it is open."""
        return self.notices.dialog

    # What the command line, screenshots and tests ask of the window, done by its parts

    def open_file(self, path: str | Path) -> bool:
        """Open or import the article in a file (File > Open)."""
        return self.files.open_file(path)

    def open_article(self, article_id: int) -> bool:
        """Open an article of the history (the Library)."""
        return self.files.open_article(article_id)

    def new_from_clipboard(self) -> bool:
        """Import the clipboard's text as a new article."""
        return self.files.new_from_clipboard()

    def export_article(self, *, preview_first: bool = False) -> QDialog | None:
        """File > Export… (History > As Readers See It… with `preview_first`): the export dialog, or None."""
        return self.files.export_article(preview_first=preview_first)

    def back_up_history(self) -> bool:
        """Copy the whole history to a verified backup (File > Back Up History…)."""
        return self.files.back_up_history()

    def attach(self, span: tuple[int, int], fields: CorrectionFields) -> Correction | None:
        """Attach a correction to a passage of the working text (Ctrl+Enter, undoable)."""
        return self.corrections.attach(span, fields)

    def accept_correction(self, correction_id: int | None = None) -> bool:
        """Store one pending correction alone as a new version."""
        return self.corrections.accept_correction(correction_id)

    def save_version(self) -> bool:
        """Save the working text with its pending corrections as a new version (Ctrl+S)."""
        return self.versions.save_version()

    def restore_version(self, number: int | None = None) -> bool:
        """Store an older version again as the newest one."""
        return self.versions.restore_version(number)

    def show_notice(self) -> None:
        """Open the article's correction notice (Ctrl+Shift+N)."""
        self.notices.show_notice()

    def publish_version(self) -> bool:
        """Publish the saved version with its notice, after asking."""
        return self.notices.publish_version()

    def save_audit_report(self) -> Path | None:
        """Save the article's audit report as HTML or PDF."""
        return self.notices.save_audit_report()

    def publish_corrections_page(self) -> Path | None:
        """Write the public corrections page into a folder the editor chooses; its index, or None."""
        from desktop.corrections_page_action import publish_corrections_page_interactive

        written = publish_corrections_page_interactive(self, self.history)
        if written is None:
            return None
        self.statusBar().showMessage(self.tr("Corrections page written to {index}").format(index=written.index), 10000)
        return written.index

    def offer_recovery(self) -> bool:
        """Offer back unsaved work an earlier Emend left behind on this history."""
        return self.unsaved.offer()

    # Building

    def _lay_out(self) -> None:
        """The article beside the preview; Library on the left, Corrections and History below."""
        article_box = QWidget()
        self.article_title = TitleLabel(self.tr("No article open"), objectName="articleTitle")
        box = QVBoxLayout(article_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(pane_header(self.article_title))
        box.addWidget(self.article_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(article_box)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 500])
        self.setCentralWidget(self.splitter)
        self.library_dock = add_dock(self, self.tr("Library"), "libraryDock", self.library_panel,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.corrections_dock = add_dock(self, self.tr("Corrections"), "correctionsDock", self.corrections_panel,
                                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = add_dock(self, self.tr("History"), "historyDock", self.history_panel,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.corrections_dock, self.history_dock, Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)

    def _wire(self) -> None:
        """Every connection between the window's parts, and what each action does."""
        menu, audit, session = self.menu, self.audit, self.session
        files, corrections, versions, notices, app = (
            self.files, self.corrections, self.versions, self.notices, self.app_actions)
        for action, slot in {  # File, Edit, View, History and Help, in menu order
            menu.open_action: files.choose_file, menu.open_sample_action: files.open_sample,
            menu.clipboard_action: files.new_from_clipboard, menu.save_action: versions.save_version,
            menu.export_action: files.export_article, menu.backup_action: files.back_up_history,
            menu.sync_action: self.newsroom.sync_now, menu.resolve_action: self.newsroom.conflicts.resolve,
            menu.author_action: app.change_author, menu.quit_action: self.close,

            menu.attach_action: corrections.attach_correction,
            menu.edit_correction_action: corrections.edit_correction,
            menu.withdraw_action: corrections.withdraw_correction, menu.accept_action: corrections.accept_correction,
            menu.preferences_action: app.show_preferences,

            menu.next_change_action: self.next_change, menu.previous_change_action: self.previous_change,
            menu.follow_move_action: self.preview.follow_move,
            menu.accept_change_action: self.tracked.accept_change,
            menu.reject_change_action: self.tracked.reject_change,
            menu.working_action: self.show_working_changes, menu.refresh_action: files.refresh_from_history,
            menu.search_action: audit.focus_search, menu.find_action: self.finder.open,
            menu.find_next_action: self.finder.find_next, menu.find_previous_action: self.finder.find_previous,
            menu.next_pane_action: self.pane_focus.next_pane, menu.previous_pane_action: self.pane_focus.previous_pane,

            menu.restore_action: versions.restore_version, menu.notice_action: notices.show_notice,
            menu.readers_view_action: lambda: files.export_article(preview_first=True),
            menu.publish_action: notices.publish_version, menu.audit_report_action: notices.save_audit_report,
            menu.corrections_page_action: self.publish_corrections_page,
            menu.who_changed_action: audit.who_changed_this, menu.verify_history_action: audit.verify_history,

            menu.shortcuts_action: app.show_shortcuts, menu.about_action: app.about,
        }.items():
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menu.edit_text_action.triggered.connect(self.set_edit_mode)
        menu.side_by_side_action.triggered.connect(self.set_side_by_side)
        for action, dock in ((menu.timeline_view_action, audit.timeline_dock),
                             (menu.blame_view_action, audit.blame_dock)):  # their shortcuts show them, focused
            action.triggered.connect(lambda shown, dock=dock: shown and self.pane_focus.focus_dock(dock))
        menu.recent_menu.aboutToShow.connect(lambda: menu.fill_recent_menu(files.open_file))

        session.articleChanged.connect(self._article_changed)
        session.correctionsChanged.connect(self._corrections_changed)
        session.versionsChanged.connect(self.versions_changed)
        session.workingTextChanged.connect(self._working_text_changed)
        self.article_view.selectionChanged.connect(self.update_actions)
        self.article_view.textEdited.connect(self._text_typed)
        self.article_view.filesDropped.connect(files.open_dropped)
        self.corrections_panel.correctionSelected.connect(corrections.correction_selected)
        self.corrections_panel.correctionActivated.connect(corrections.edit_correction)
        self.history_panel.versionsPicked.connect(self._versions_picked)
        self.library_panel.articleActivated.connect(files.open_article)
        self.scheduler.ready.connect(self._preview_ready)
        self.scheduler.busyChanged.connect(self.status.set_busy)
        self.status.sync_label.clicked.connect(self.newsroom.label_clicked)
        self.preview.currentChangeChanged.connect(self._change_shown)
        self.undo_stack.cleanChanged.connect(self.update_actions)
        self.undo_stack.indexChanged.connect(self._corrections_edited)

        audit.timeline_dock.visibilityChanged.connect(audit.timeline_visibility_changed)
        audit.blame_dock.visibilityChanged.connect(audit.blame_visibility_changed)
        audit.blame_view.loaded.connect(audit.blame_loaded)
        audit.search_panel.articleChosen.connect(audit.search_hit_chosen)
        audit.verify_reader.busyChanged.connect(lambda busy: menu.verify_history_action.setEnabled(not busy))
        audit.verify_reader.finished.connect(audit.history_verified)
        audit.verify_reader.failed.connect(audit.history_verify_failed)
        if self.unsaved.timer is not None:
            self.unsaved.timer.failed.connect(self.unsaved.report_failure)
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window_changed)

    def _default_proportions(self) -> None:
        """Library a quarter of the width, the bottom panels 30% of the height, article and preview halves."""
        width, height = self.width(), self.height()
        self.resizeDocks([self.library_dock], [width // 4], Qt.Orientation.Horizontal)
        rest = width - width // 4
        self.resizeDocks([self.corrections_dock, self.history_dock], [rest * 11 // 20, rest * 9 // 20],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.corrections_dock], [height * 3 // 10], Qt.Orientation.Vertical)
        self.splitter.setSizes([rest // 2, rest // 2])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            if not self.restored:
                self._default_proportions()

    def show_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog that stays open beside the work: window-modal, not blocking, freed when it closes.

        A question the editor must answer before an action goes on is asked through its dialog module's
        own function instead (ask_correction, ask_message, ask_author…), which waits for the answer.
        """
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Files dropped on the window, and the Library

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.files.open_dropped(files)

    def _articles_raised(self, **wanted) -> set[int] | None:
        """The Library filter's question: the articles with a correction raised that way (None: all)."""
        from desktop.application.intake import matching_articles

        return matching_articles(self.history, **wanted)

    def refresh_library(self) -> None:
        """Re-read the Library's articles from the history."""
        self.library_model.set_articles(self.history.articles())
        if self.session.article is not None:
            self.library_panel.select_article(self.session.article.id)

    # Direct editing

    def set_edit_mode(self, editing: bool) -> None:
        """Switch the article view between reading (select and correct) and typing changes."""
        self.menu.edit_text_action.setChecked(editing)
        if not editing:
            self.sync_working_text()
        self.article_view.set_editable(editing and self.session.has_article)
        self.tracked.set_active(editing and self.session.has_article)
        if editing:
            self.article_view.setFocus()
            self.statusBar().showMessage(self.tr("Editing the text: your changes are marked in it and saved with the "
                                                 "next version"), 6000)
        else:
            self.scheduler.request(now=True)  # the pending corrections' highlights come back

    def next_change(self) -> None:
        """F8: the next tracked change in the text while it is edited, else the next change in the preview."""
        if not self.tracked.next_change():
            self.preview.next_change()

    def previous_change(self) -> None:
        """Shift+F8: the previous tracked change in the text while it is edited, else in the preview."""
        if not self.tracked.previous_change():
            self.preview.previous_change()

    def _text_typed(self) -> None:
        self.view_text_stale = True
        self.setWindowModified(True)
        if self.compared is not None:  # typing shows what it changes, not the versions picked before
            self.show_working_changes()
        else:
            self.scheduler.request()

    def selected_passage(self) -> tuple[int, int] | None:
        """The span of working text the editor selected, snapped to its words (corrections/selection); None if none."""
        self.sync_working_text()
        span = self.article_view.selected_span()
        return snap_to_words(self.session.working_text, *span) if span is not None else None

    def sync_working_text(self) -> None:
        """Hand what was typed in the article view to the session (read once per pause in typing)."""
        if self.view_text_stale:
            self.view_text_stale = False
            self.session.set_working_text(self.article_view.text())
            self._update_dirty()

    def _working_text_changed(self) -> None:
        if self.article_view.text() != self.session.working_text:
            self.article_view.show_text(self.session.working_text)
        self._update_dirty()
        self.scheduler.request()

    # The preview

    def _preview_request(self) -> PreviewRequest | None:
        self.sync_working_text()
        if not self.session.has_article:
            return None
        if self.compared is not None:
            old, new = self.compared
            old_text = self.session.version_text(old) if old is not None else ""
            return PreviewRequest(old_text, self.session.version_text(new),
                                  old_label=self.tr("Version {number}").format(number=old) if old is not None
                                  else self.tr("Empty"),
                                  new_label=self.tr("Version {number}").format(number=new))
        return PreviewRequest(self.session.base_text, self.session.working_text, tuple(self.session.pending),
                              old_label=self.tr("Version {number}").format(number=self.session.base.number),
                              new_label=self.tr("unsaved changes") if self.session.dirty
                              else self.tr("nothing unsaved"))

    def _preview_ready(self, result: PreviewResult) -> None:
        self.preview.show_result(result)
        if result.request.pending or self.compared is None:
            self.corrections_model.set_problems(result.problems)
            kinds = {c.id: c.kind for c in result.request.pending}
            if not self.tracked.active:  # while editing, the tracked changes mark the corrections
                self.article_view.highlight([(s, e, kinds[cid]) for cid, (s, e) in result.spans.items()])
        self.update_actions()

    def _change_shown(self, index: int, count: int) -> None:
        self.statusBar().showMessage(self.tr("Change {number} of {count}: {change}").format(
            number=index + 1, count=count, change=self.preview.current_change_text()), 5000)

    def set_side_by_side(self, enabled: bool) -> None:
        """Show the preview inline or side by side, and remember the choice."""
        self.menu.side_by_side_action.setChecked(enabled)
        self.preview.set_side_by_side(enabled)
        if self.remember:
            preferences.save_side_by_side(enabled)

    def _versions_picked(self, numbers: list[int]) -> None:
        self.update_actions()
        if not numbers:
            self.compared = None
        elif len(numbers) == 1:
            version = next((v for v in self.session.versions() if v.number == numbers[0]), None)
            self.compared = (version.parent_number if version else None, numbers[0])
        else:
            self.compared = (numbers[0], numbers[-1])
        self.scheduler.request(now=True)

    def show_working_changes(self) -> None:
        """Compare the unsaved work with its version again in the preview."""
        self.history_panel.view.clearSelection()
        if self.timeline_panel is not None:
            self.timeline_panel.clear_choice()
        self.compared = None
        self.scheduler.request(now=True)

    def _corrections_edited(self) -> None:
        """Attaching, editing, withdrawing (or undoing one) shows the working changes, not versions picked before."""
        if self.compared is not None:
            self.show_working_changes()

    # Reacting to the session

    def _article_changed(self) -> None:
        session = self.session
        self.undo_stack.clear()
        self.compared = None
        self.view_text_stale = False
        self.article_view.show_text(session.working_text)
        self.article_view.set_editable(self.menu.edit_text_action.isChecked() and session.has_article)
        self.tracked.set_active(self.menu.edit_text_action.isChecked() and session.has_article)
        if session.has_article:
            title = session.article.title
            self.article_title.set_title(self.tr("{title}  ·  version {number}").format(
                title=title, number=session.base.number), title)
            self.setWindowTitle(self.tr("{title}[*] — Emend").format(title=title))
            self.preview.clear(self.tr("Computing the preview…"))
            self.scheduler.request(now=True)
        else:
            self.article_title.setText(self.tr("No article open"))
            self.setWindowTitle(self.tr("Emend[*]"))
            self.preview.clear(self.tr("Open an article to see its tracked changes"))
        self._update_dirty()
        self.update_actions()

    def _corrections_changed(self) -> None:
        selected = self.corrections_panel.selected_id()
        self.corrections_model.set_corrections(self.session.corrections)
        if selected is not None:
            self.corrections_panel.select(selected)
        self._update_dirty()
        self.update_actions()
        self.refresh_library()
        if self.compared is None:
            self.scheduler.request(now=True)

    def versions_changed(self) -> None:
        """Re-read the open article's versions and when each was published; the audit panels follow."""
        published = self.notices.read_published()
        self.history_model.set_versions(self.session.versions() if self.session.has_article else [], published)
        self._show_version_label()
        self.audit.reload()

    def _update_dirty(self) -> None:
        session = self.session
        self.setWindowModified(session.dirty)
        summary = session.unsaved_summary()
        self.status.show_unsaved(session.has_article, summary)
        self._show_version_label()

    def _show_version_label(self) -> None:
        session = self.session
        count = self.history_model.total
        self.status.show_version(session.base.number if session.has_article else None, count)

    def update_actions(self) -> None:
        """Offer each action only when it can act: on an open article, a selection, a pending correction…"""
        menu, session = self.menu, self.session
        has_article = session.has_article
        selected = self.article_view.textCursor().hasSelection()
        menu.attach_action.setEnabled(has_article and selected)
        self.status.show_hint(has_article, selected)
        correction = self.corrections.chosen_correction(None)
        pending = correction is not None and correction.status is Status.PENDING
        for action in (menu.edit_correction_action, menu.withdraw_action, menu.accept_action):
            action.setEnabled(pending)
        for action in (menu.save_action, menu.edit_text_action, menu.export_action, menu.readers_view_action):
            action.setEnabled(has_article)
        picked = self.history_panel.picked()
        menu.restore_action.setEnabled(has_article and len(picked) == 1 and session.base is not None
                                       and picked[0] != session.base.number)
        has_changes = self.preview.change_count > 0 or self.tracked.count > 0
        menu.next_change_action.setEnabled(has_changes)
        menu.previous_change_action.setEnabled(has_changes)
        menu.follow_move_action.setEnabled(self.preview.move_count > 0)
        self.tracked.update_actions()
        self.notices.update_actions()

    # Coming to the front, errors and looks

    def _focus_window_changed(self, focused) -> None:
        """Refresh when this window comes to the front; keep the recovery record when it loses focus."""
        if self.closed:
            return
        handle = self.windowHandle()
        ours = handle is not None and focused is handle
        if ours and not self._focused and QGuiApplication.modalWindow() is None:
            self.files.refresh_from_history()
        elif self._focused and not ours:
            self.unsaved.checkpoint()
        self._focused = ours

    def set_text_size(self, points: int) -> None:
        """The point size of the article and the preview text (a style sheet font, which re-polishing keeps)."""
        self.text_size = points
        for view in (self.article_view, self.preview.inline, self.preview.old_view, self.preview.new_view):
            view.setStyleSheet(f"font-size: {points}pt;")

    def show_error(self, title: str, message: str) -> None:
        """A message box saying what went wrong."""
        QMessageBox.critical(self, title, message)

    def changeEvent(self, event) -> None:
        """Restyle for a new light or dark palette (the diff preview recolours itself)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            app = QGuiApplication.instance()
            if app is not None and app.property("emendStyled"):
                theme.apply_style_sheet(app)
            for action in self.findChildren(QAction):
                if action.property(ICON_PROPERTY):
                    action.setIcon(icon(action.property(ICON_PROPERTY), self.palette()))

    # Window state and closing

    def _restore_window_state(self) -> None:
        geometry, state = preferences.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restored = self.restoreState(state)
        self.set_side_by_side(preferences.side_by_side())

    def closeEvent(self, event) -> None:
        if not self.closed and not self.versions.maybe_save():
            event.ignore()
            return
        if self.remember:
            preferences.save_window_state(self.saveGeometry(), self.saveState())
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the background preview and close the history; the window is done."""
        if self.closed:
            return
        self.closed = True
        self.scheduler.shutdown()
        self.tracked.shutdown()
        self.newsroom.shutdown()
        self.audit.shutdown()
        self.signoff.shutdown()
        QGuiApplication.instance().focusWindowChanged.disconnect(self._focus_window_changed)
        self.unsaved.finish()
        self.history.close()

