"""The Emend editor window: read an article, attach corrections, preview them, save versions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QSizePolicy,
    QSplitter, QToolBar, QVBoxLayout, QWidget,
)

import resources
from corrections.anchor import locate
from corrections.correction import Correction, Status
from corrections.errors import EmendError
from db import publishing
from db.errors import DAMAGE_ERRORS, ConflictError, damaged
from db.history import History
from desktop import preferences, settings_keys, theme
from desktop.application import articles, configuration, notices
from desktop.commands import AttachCorrection, EditCorrection, WithdrawCorrection
from desktop.recovery import RecoveryRecord, RecoveryStore, RecoveryTimer, restore_session, session_record
from desktop.formatting import one_line
from desktop.models.corrections_model import CorrectionsModel
from desktop.models.history_model import HistoryModel
from desktop.models.library_model import LibraryModel
from desktop.session import CorrectionFields, EditorSession, Opened
from desktop.widgets.article_view import ArticleView
from desktop.widgets.corrections_panel import CorrectionsPanel
from desktop.widgets.diff_preview import DiffPreview
from desktop.widgets.history_panel import HistoryPanel
from desktop.widgets.library_panel import LibraryPanel
from desktop.history_reader import HistoryReader
from desktop.icons import ICON_PROPERTY, icon
from desktop.widgets.blame_view import BlameView
from desktop.widgets.search_panel import SearchPanel
from desktop.widgets.verify_badge import VerifyBadge
from desktop.workers import DiffScheduler, PreviewRequest, PreviewResult

if TYPE_CHECKING:  # dialogs (and the Timeline) are imported when first opened, so the window starts sooner
    from desktop.dialogs.notice_dialog import NoticeDialog
    from desktop.dialogs.preferences_dialog import PreferencesDialog
    from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
    from desktop.widgets.timeline_panel import TimelinePanel

SELECT_HINT = QT_TRANSLATE_NOOP("MainWindow", "Select the passage that is wrong, then press Ctrl+Enter")
ATTACH_HINT = QT_TRANSLATE_NOOP("MainWindow", "Press Ctrl+Enter to attach a correction to the selected passage")
OPEN_FILTER = QT_TRANSLATE_NOOP("MainWindow",
                                "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx);;All files (*)")
BUSY_DELAY_MS = 200
APP_ICON = "icons/app/io.github.emend.Emend.svg"


def set_icon(action: QAction, name: str) -> None:
    """Give an action a bundled icon and remember its name, so a palette change can redraw it."""
    action.setProperty(ICON_PROPERTY, name)
    action.setIcon(icon(name))


def passage_span(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The selected span without the spaces a drag often catches at its ends; None if nothing is left."""
    if span is None:
        return None
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def pane_header(label: QLabel, *extra: QWidget) -> QWidget:
    """The grey strip above the article and the preview, naming what each shows."""
    header = QWidget(objectName="paneHeader")
    header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    row = QHBoxLayout(header)
    row.setContentsMargins(10, 5, 10, 5)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long headline never widens
    row.addWidget(label, 1)
    for widget in extra:
        row.addWidget(widget)
    return header


def _insert_after(menu, anchor: QAction, actions: list[QAction | None]) -> None:
    """Put actions (None: a separator) into a menu right after `anchor`, or at its end if anchor is not there."""
    entries = menu.actions()
    following = entries[entries.index(anchor) + 1] if anchor in entries and entries[-1] is not anchor else None
    for action in actions:
        if action is None:
            action = QAction(menu)
            action.setSeparator(True)
        menu.insertAction(following, action)


class MainWindow(QMainWindow):
    """One window on one history database; `remember=False` leaves the user's preferences alone."""

    def __init__(self, history: History, author: str, *, remember: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.history = history
        self.remember = remember
        self.session = EditorSession(history, author, self)
        self.undo_stack = QUndoStack(self)
        self.scheduler = DiffScheduler(self._preview_request, self)
        self.compared: tuple[int | None, int] | None = None
        self._view_text_stale = False
        self._closed = False
        self._restored = False

        self.corrections_model = CorrectionsModel(self)
        self.history_model = HistoryModel(self)
        self.library_model = LibraryModel(self)
        self.article_view = ArticleView()
        self.preview = DiffPreview()
        self.corrections_panel = CorrectionsPanel(self.corrections_model)
        self.history_panel = HistoryPanel(self.history_model)
        self.library_panel = LibraryPanel(self.library_model)

        self._build_actions()
        self._build_layout()
        self._build_menus()
        self._build_file_actions()
        self._build_app_actions()
        self._build_toolbar()
        self._build_notice_actions()
        self._build_status_bar()
        self._connect()
        self._build_audit_panels()
        self.setAcceptDrops(True)
        self.setWindowIcon(QIcon(str(resources.path(APP_ICON))))
        self.resize(1280, 800)
        if remember:
            self._restore_window_state()
        self.refresh_library()
        self._article_changed()

    # Building

    def _action(self, text: str, slot, *, shortcut=None, icon_name: str | None = None, tip: str = "",
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if icon_name:
            set_icon(action, icon_name)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut is not None else tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot if checkable else (lambda _checked=False: slot()))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("&Open…"), self.choose_file,
                                        shortcut=QKeySequence.StandardKey.Open, icon_name="open",
                                        tip=self.tr("Open an article file"))
        self.open_sample_action = self._action(self.tr("Open &Sample Article"), self.open_sample,
                                               tip=self.tr("Open the bundled sample article"))
        self.save_action = self._action(self.tr("&Save Version…"), self.save_version, shortcut="Ctrl+S",
                                        icon_name="save",
                                        tip=self.tr("Store a new version with the pending corrections applied"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit)
        self.author_action = self._action(self.tr("Your &Name…"), self.change_author,
                                          tip=self.tr("Change the author name"))
        self.attach_action = self._action(self.tr("&Attach Correction…"), self.attach_correction,
                                          shortcut=["Ctrl+Return", "Ctrl+Enter"], icon_name="attach",
                                          tip=self.tr("Attach a correction to the selected passage"))
        self.attach_action.setIconText(self.tr("Attach Correction"))
        self.edit_correction_action = self._action(self.tr("&Edit Correction…"), self.edit_correction,
                                                   icon_name="edit", tip=self.tr("Change the selected correction"))
        self.edit_correction_action.setIconText(self.tr("Edit"))
        withdraw_tip = self.tr("Withdraw (reject) the selected correction; it stays on record")
        self.withdraw_action = self._action(self.tr("&Withdraw Correction"), self.withdraw_correction,
                                            icon_name="withdraw", tip=withdraw_tip)
        self.withdraw_action.setIconText(self.tr("Withdraw"))
        self.accept_action = self._action(self.tr("A&ccept Correction…"), self.accept_correction, icon_name="accept",
                                          tip=self.tr("Apply just the selected correction and save a version"))
        self.accept_action.setIconText(self.tr("Accept"))
        self.edit_text_action = self._action(self.tr("Edit &Text"), self.set_edit_mode, shortcut="Ctrl+E",
                                             icon_name="pencil", checkable=True,
                                             tip=self.tr("Edit the article text directly"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        set_icon(self.undo_action, "undo")
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        set_icon(self.redo_action, "redo")
        self.redo_action.setIconText(self.tr("Redo"))
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.next_change_action = self._action(self.tr("&Next Change"), self.preview.next_change,
                                               shortcut=["F8", "Alt+Down"], icon_name="next",
                                               tip=self.tr("Go to the next change in the preview"))
        self.previous_change_action = self._action(self.tr("&Previous Change"), self.preview.previous_change,
                                                   shortcut=["Shift+F8", "Alt+Up"], icon_name="previous",
                                                   tip=self.tr("Go to the previous change in the preview"))
        self.side_by_side_action = self._action(self.tr("&Side by Side"), self.set_side_by_side,
                                                shortcut="Ctrl+\\", icon_name="columns", checkable=True,
                                                tip=self.tr("Show the saved and the corrected text side by side"))
        self.working_action = self._action(self.tr("Show &Unsaved Changes"), self.show_working_changes,
                                           tip=self.tr("Preview the pending corrections and edits again"))
        self.restore_action = self._action(self.tr("&Restore This Version…"), self.restore_version,
                                           icon_name="restore",
                                           tip=self.tr("Store a new version equal to the selected one"))
        self.restore_action.setIconText(self.tr("Restore this version"))
        self.about_action = self._action(self.tr("&About Emend"), self.about)

    def _build_layout(self) -> None:
        article_box = QWidget()
        self.article_title = QLabel(self.tr("No article open"), objectName="articleTitle")
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
        self.article_view.set_context_actions([self.attach_action])
        self.corrections_panel.add_actions(
            [self.edit_correction_action, self.withdraw_action, self.accept_action])
        self.history_panel.add_actions([self.restore_action])
        self.library_dock = self._dock(self.tr("Library"), "libraryDock", self.library_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.corrections_dock = self._dock(self.tr("Corrections"), "correctionsDock", self.corrections_panel,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._dock(self.tr("History"), "historyDock", self.history_panel,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.corrections_dock, self.history_dock, Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._laid_out = False

    def _default_proportions(self) -> None:
        """Library a quarter of the width, the bottom panels a quarter of the height, article and preview halves."""
        width, height = self.width(), self.height()
        self.resizeDocks([self.library_dock], [width // 4], Qt.Orientation.Horizontal)
        rest = width - width // 4
        self.resizeDocks([self.corrections_dock, self.history_dock], [rest * 11 // 20, rest * 9 // 20],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.corrections_dock], [height // 4], Qt.Orientation.Vertical)
        self.splitter.setSizes([rest // 2, rest // 2])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            if not self._restored:
                self._default_proportions()

    def _dock(self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:  # None: the dock's widget is set when first shown
            dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _dock_view_action(self, dock: QDockWidget) -> QAction:
        """The View menu's entry for a panel: ticked while the panel is on screen. Choosing it brings a
        closed panel, or one behind another panel's tab, to the front, and closes one in front (Qt's own
        toggle would close a panel hidden behind a tab instead of showing it)."""
        action = QAction(dock.windowTitle(), self)
        action.setObjectName(f"{dock.objectName()}ViewAction")
        action.setCheckable(True)
        action.setChecked(dock.isVisible())
        dock.visibilityChanged.connect(action.setChecked)

        def chosen(show: bool) -> None:
            if show:
                dock.show()
                dock.raise_()
            else:
                dock.hide()

        action.triggered.connect(chosen)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.author_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.attach_action, self.edit_correction_action,
                       self.withdraw_action, self.accept_action, None, self.edit_text_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        self.view_menu = view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.next_change_action, self.previous_change_action, self.side_by_side_action,
                       self.working_action, None, self._dock_view_action(self.library_dock),
                       self._dock_view_action(self.history_dock), self._dock_view_action(self.corrections_dock)):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        self.history_menu = history_menu = bar.addMenu(self.tr("&History"))
        history_menu.addAction(self.restore_action)
        history_menu.addAction(self.working_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.open_action, self.save_action, None, self.attach_action, self.edit_text_action,
                       None, self.undo_action, self.redo_action, None, self.previous_change_action,
                       self.next_change_action, self.side_by_side_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.hint_label = QLabel(self.tr(SELECT_HINT), objectName="hintLabel")
        self.busy_bar = QProgressBar(objectName="busyIndicator")
        self.busy_bar.setAccessibleName(self.tr("Computing the preview"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Updating preview…"))
        self.busy_label.hide()
        self.unsaved_label = QLabel("", objectName="unsavedLabel")
        self.version_label = QLabel("", objectName="versionLabel")
        status.addWidget(self.hint_label, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.unsaved_label)
        status.addPermanentWidget(self.version_label)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def _connect(self) -> None:
        self.session.articleChanged.connect(self._article_changed)
        self.session.correctionsChanged.connect(self._corrections_changed)
        self.session.versionsChanged.connect(self._versions_changed)
        self.session.workingTextChanged.connect(self._working_text_changed)
        self.article_view.selectionChanged.connect(self._update_actions)
        self.article_view.textEdited.connect(self._text_typed)
        self.article_view.filesDropped.connect(self._files_dropped)
        self.corrections_panel.correctionSelected.connect(self._correction_selected)
        self.corrections_panel.correctionActivated.connect(self.edit_correction)
        self.history_panel.versionsPicked.connect(self._versions_picked)
        self.library_panel.articleActivated.connect(self.open_article)
        self.scheduler.ready.connect(self._preview_ready)
        self.scheduler.busyChanged.connect(self._busy_changed)
        self.preview.currentChangeChanged.connect(self._change_shown)
        self.undo_stack.cleanChanged.connect(self._update_actions)

    # Opening

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open article"), "", self.tr(OPEN_FILTER))
        if path:
            self.open_file(path)

    def open_sample(self) -> None:
        self.open_file(str(resources.sample_article_path()))

    def open_file(self, path: str | Path) -> bool:
        """Import a file as a new article, or open the article already imported from it."""
        if not self.maybe_save():
            return False
        try:
            existing = articles.imported_before(self.history, path)
        except EmendError as error:
            self.show_error(self.tr("Cannot open the article"), str(error))
            return False
        if existing is not None:
            opened = self._open_imported(Opened(existing, True))
        else:
            from desktop.dialogs import import_preview_dialog  # loaded on first use: a quicker start

            opened = self._open_imported(import_preview_dialog.import_file(
                self, self.history, path, self.session.author, review=self.review_imports))
        if opened is None:
            return False
        if self.remember:
            preferences.add_recent_file(str(Path(path).resolve()))
        self.refresh_library()
        name = Path(path).name
        if opened.existing:
            message = self.tr("“{title}” is already in the history (from {name}); opened it")
        else:
            message = self.tr("Imported {name} as version 1 of “{title}”")
        message = message.format(title=opened.article.title, name=name)
        self.statusBar().showMessage("; ".join([message, *opened.notes]), 8000)
        return True

    def open_article(self, article_id: int) -> bool:
        if self.session.article is not None and self.session.article.id == article_id:
            return True
        if not self.maybe_save():
            return False
        try:
            self.session.open_article(article_id)
        except EmendError as error:
            self.show_error(self.tr("Cannot open the article"), str(error))
            return False
        except DAMAGE_ERRORS as error:
            self.show_error(self.tr("Cannot open the article"), str(damaged(error)))
            return False
        return True

    def _files_dropped(self, files: list[str]) -> None:
        if files:
            self.open_file(files[0])

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self._files_dropped(files)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = preferences.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), preferences.clear_recent_files)
        else:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def refresh_library(self) -> None:
        self.library_model.set_articles(self.history.articles())
        if self.session.article is not None:
            self.library_panel.select_article(self.session.article.id)

    # Corrections

    def attach_correction(self) -> None:
        """Ask what is wrong with the selected passage and record it as a pending correction."""
        if not self.session.has_article:
            return
        self._sync_working_text()
        span = passage_span(self.session.working_text, self.article_view.selected_span())
        if span is None:
            self.statusBar().showMessage(self.tr(SELECT_HINT), 5000)
            return
        quote = self.session.working_text[span[0]:span[1]]
        from desktop.dialogs.correction_dialog import CorrectionDialog  # dialogs load on first use: a quicker start

        dialog = CorrectionDialog(quote, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            fields = dialog.fields()
        finally:
            dialog.deleteLater()
        self.attach(span, fields)

    def attach(self, span: tuple[int, int], fields: CorrectionFields) -> Correction | None:
        """Record a correction on working_text[start:end]; undoable."""
        try:
            correction = self.session.attach(span, fields)
        except EmendError as error:
            self.show_error(self.tr("Cannot attach the correction"), str(error))
            return None
        self.undo_stack.push(AttachCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.corrections_panel.select(correction.id)
        self.statusBar().showMessage(
            self.tr("Correction attached; it is applied when you save a version (Ctrl+S)"), 6000)
        return correction

    def edit_correction(self, correction_id: int | None = None) -> None:
        correction = self._chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return
        before = CorrectionFields.of(correction)
        from desktop.dialogs.correction_dialog import CorrectionDialog

        dialog = CorrectionDialog(correction.quote, before, self, editing=True)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            after = dialog.fields()
        finally:
            dialog.deleteLater()
        if after == before:
            return
        try:
            self.session.update(correction.id, after)
        except EmendError as error:
            self.show_error(self.tr("Cannot change the correction"), str(error))
            return
        self.undo_stack.push(EditCorrection(self.session, self._undo_failed, correction.id, before, after))
        self.corrections_panel.select(correction.id)

    def withdraw_correction(self, correction_id: int | None = None) -> None:
        correction = self._chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return
        try:
            self.session.set_status(correction.id, Status.WITHDRAWN)
        except EmendError as error:
            self.show_error(self.tr("Cannot withdraw the correction"), str(error))
            return
        self.undo_stack.push(WithdrawCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.statusBar().showMessage(self.tr("Correction withdrawn; it stays on record (Ctrl+Z brings it back)"), 6000)

    def accept_correction(self, correction_id: int | None = None) -> bool:
        """Apply just this correction to the saved text and store that as a new version."""
        correction = self._chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return False
        self._sync_working_text()
        if self.session.edited:
            QMessageBox.information(self, self.tr("Save your text edits first"), self.tr(
                "The text has unsaved direct edits. Save them as a version (Ctrl+S) or "
                "turn off Edit Text and undo them before accepting a single correction."))
            return False
        suggestion = (f"{correction.kind.label}: {one_line(correction.quote, 40)} → "
                      f"{one_line(correction.replacement, 40)}")
        question = self.tr(
            "Apply this {kind} and store the result as a new version:\n“{quote}” → “{replacement}”").format(
            kind=correction.kind.label.lower(), quote=one_line(correction.quote, 80),
            replacement=one_line(correction.replacement, 80))
        if not correction.changes_text:
            suggestion = f"{correction.kind.label}: {one_line(correction.public_note, 80)}"
            question = self.tr("Record this {kind} in a new version; the text stays as it is:\n{note}").format(
                kind=correction.kind.label.lower(), note=one_line(correction.public_note, 160))
        from desktop.dialogs.save_dialog import ask_message

        message = ask_message(self, question, suggestion, self.tr("Accept correction"))
        if message is None:
            return False
        return self._store(lambda: self.session.accept(correction.id, message))

    def _chosen_correction(self, correction_id: int | None) -> Correction | None:
        """The correction with this id, or the one selected in the corrections panel."""
        if correction_id is None:
            correction_id = self.corrections_panel.selected_id()
        if correction_id is None:
            return None
        row = self.corrections_model.row_of(correction_id)
        return self.corrections_model.correction_at(row)

    def _correction_selected(self, correction_id: int | None) -> None:
        self._update_actions()
        if correction_id is None:
            return
        row = self.corrections_model.row_of(correction_id)
        correction = self.corrections_model.correction_at(row)
        if correction is None or correction.status is not Status.PENDING:
            return
        result = self.scheduler.latest
        span = result.spans.get(correction_id) if result and result.request.new == self.session.working_text \
            else None
        if span is None:
            try:
                anchor = locate(correction.anchor, self.session.working_text)
                span = (anchor.start, anchor.end)
            except EmendError as error:
                self.statusBar().showMessage(str(error), 6000)
                return
        self.article_view.select_span(*span)

    def _undo_failed(self, message: str) -> None:
        self.show_error(self.tr("Cannot undo or redo that change"), message)

    # Direct editing

    def set_edit_mode(self, editing: bool) -> None:
        self.edit_text_action.setChecked(editing)
        if not editing:
            self._sync_working_text()
        self.article_view.set_editable(editing and self.session.has_article)
        if editing:
            self.article_view.setFocus()
            self.statusBar().showMessage(self.tr("Editing the text: your changes show in the preview and are saved "
                                                 "with the next version"), 6000)

    def _text_typed(self) -> None:
        self._view_text_stale = True
        self.setWindowModified(True)
        self.scheduler.request()

    def _sync_working_text(self) -> None:
        """Hand what was typed in the article view to the session (read once per pause in typing)."""
        if self._view_text_stale:
            self._view_text_stale = False
            self.session.set_working_text(self.article_view.text())
            self._update_dirty()

    def _working_text_changed(self) -> None:
        if self.article_view.text() != self.session.working_text:
            self.article_view.show_text(self.session.working_text)
        self._update_dirty()
        self.scheduler.request()

    # Saving

    def save_version(self) -> bool:
        """Ask for a message and store the working text with the pending corrections as a new version."""
        if not self.session.has_article:
            return False
        self._sync_working_text()
        if not self.session.dirty:
            self.statusBar().showMessage(self.tr("Nothing to save: no pending corrections or text edits"), 5000)
            return False
        summary = self.tr("Store {changes} as version {number} of “{title}”.").format(
            changes=self.session.unsaved_summary(), number=self.session.base.number + 1,
            title=self.session.article.title)
        from desktop.dialogs.save_dialog import ask_message

        message = ask_message(self, summary, self.session.suggested_message())
        if message is None:
            return False
        return self._store(lambda: self.session.save(message))

    def _store(self, save) -> bool:
        try:
            version = save()
        except ConflictError as error:
            self._conflict(str(error))
            return False
        except EmendError as error:
            self.show_error(self.tr("The version was not saved"), self.tr(
                "{error}\n\nNothing was lost: your corrections are still pending.").format(error=error))
            return False
        self.undo_stack.clear()
        self.refresh_library()
        self.statusBar().showMessage(self.tr("Saved version {number}: {message}").format(
            number=version.number, message=version.message), 8000)
        return True

    def _conflict(self, message: str) -> None:
        edited = self.session.edited
        detail = self.tr("Reload it now? Your pending corrections are kept and will be placed on the newer version.")
        if edited:
            detail += " " + self.tr("Your direct text edits are copied to the clipboard.")
        answer = QMessageBox.warning(self, self.tr("A newer version was saved"), f"{message}.\n\n{detail}",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            if edited:
                QGuiApplication.clipboard().setText(self.session.working_text)
            self.undo_stack.clear()
            self.session.reload()
            self.refresh_library()

    def restore_version(self, number: int | None = None) -> bool:
        """Store a new version equal to an older one; nothing in the history is rewritten."""
        picked = self.history_panel.picked()
        if number is None and len(picked) == 1:
            number = picked[0]
        if number is None or not self.session.has_article or number == self.session.base.number:
            return False
        self._sync_working_text()
        if self.session.edited:
            answer = QMessageBox.question(self, self.tr("Restore version"), self.tr(
                "Restoring drops your unsaved text edits. Restore anyway?"), QMessageBox.StandardButton.Yes
                                          | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._store(lambda: self.session.restore(number))

    def maybe_save(self) -> bool:
        """Before leaving an article with unsaved work, ask Save / Discard / Cancel; False means stay."""
        self._sync_working_text()
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“{title}” has {changes} not yet in a saved version.\n\n"
                    "Save them as a new version? Discard drops text edits and withdraws the corrections attached in "
                    "this session (they stay on record, marked withdrawn).").format(
                title=self.session.article.title, changes=self.session.unsaved_summary()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_version()
        if answer == QMessageBox.StandardButton.Discard:
            try:
                self.session.discard()
            except EmendError as error:
                self.show_error(self.tr("Cannot discard the changes"), str(error))
                return False
            self.undo_stack.clear()
            return True
        return False

    # The preview

    def _preview_request(self) -> PreviewRequest | None:
        self._sync_working_text()
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
                              new_label=self.tr("unsaved changes"))

    def _preview_ready(self, result: PreviewResult) -> None:
        self.preview.show_result(result)
        if result.request.pending or self.compared is None:
            self.corrections_model.set_problems(result.problems)
            kinds = {c.id: c.kind for c in result.request.pending}
            self.article_view.highlight([(s, e, kinds[cid]) for cid, (s, e) in result.spans.items()])
        self._update_actions()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()
            self.busy_label.hide()

    def _show_busy(self) -> None:
        if self.scheduler.busy:
            self.busy_bar.show()
            self.busy_label.show()

    def _change_shown(self, index: int, count: int) -> None:
        self.statusBar().showMessage(self.tr("Change {number} of {count}: {change}").format(
            number=index + 1, count=count, change=self.preview.current_change_text()), 5000)

    def set_side_by_side(self, enabled: bool) -> None:
        self.side_by_side_action.setChecked(enabled)
        self.preview.set_side_by_side(enabled)
        if self.remember:
            preferences.save_side_by_side(enabled)

    def _versions_picked(self, numbers: list[int]) -> None:
        self._update_actions()
        if not numbers:
            self.compared = None
        elif len(numbers) == 1:
            version = next((v for v in self.session.versions() if v.number == numbers[0]), None)
            self.compared = (version.parent_number if version else None, numbers[0])
        else:
            self.compared = (numbers[0], numbers[-1])
        self.scheduler.request(now=True)

    def show_working_changes(self) -> None:
        self.history_panel.view.clearSelection()
        self.compared = None
        self.scheduler.request(now=True)

    # Reacting to the session

    def _article_changed(self) -> None:
        session = self.session
        self.undo_stack.clear()
        self.compared = None
        self._view_text_stale = False
        self.article_view.show_text(session.working_text)
        self.article_view.set_editable(self.edit_text_action.isChecked() and session.has_article)
        if session.has_article:
            title = session.article.title
            self.article_title.setText(self.tr("{title}  ·  version {number}").format(
                title=title, number=session.base.number))
            self.setWindowTitle(self.tr("{title}[*] — Emend").format(title=title))
            self.preview.clear(self.tr("Computing the preview…"))
            self.scheduler.request(now=True)
        else:
            self.article_title.setText(self.tr("No article open"))
            self.setWindowTitle(self.tr("Emend[*]"))
            self.preview.clear(self.tr("Open an article to see its tracked changes"))
        self._update_dirty()
        self._update_actions()

    def _corrections_changed(self) -> None:
        selected = self.corrections_panel.selected_id()
        self.corrections_model.set_corrections(self.session.corrections)
        if selected is not None:
            self.corrections_panel.select(selected)
        self._update_dirty()
        self._update_actions()
        self.refresh_library()
        if self.compared is None:
            self.scheduler.request(now=True)

    def _versions_changed(self) -> None:
        published = self._read_published()
        self.history_model.set_versions(self.session.versions() if self.session.has_article else [], published)
        self._show_version_label()
        self._reload_audit()

    def _update_dirty(self) -> None:
        session = self.session
        self.setWindowModified(session.dirty)
        summary = session.unsaved_summary()
        self.unsaved_label.setText(self.tr("Unsaved: {changes}").format(changes=summary) if summary
                                   else self.tr("All changes saved") if session.has_article else "")
        self._show_version_label()

    def _show_version_label(self) -> None:
        session = self.session
        count = self.history_model.total
        self.version_label.setText(self.tr("Version {number} of {count}").format(number=session.base.number,
                                                                                 count=count)
                                   if session.has_article and count else "")

    def _update_actions(self) -> None:
        has_article = self.session.has_article
        selected = self.article_view.textCursor().hasSelection()
        self.attach_action.setEnabled(has_article and selected)
        self.hint_label.setText(self.tr(ATTACH_HINT if selected else SELECT_HINT) if has_article
                                else self.tr("Open an article with File > Open (Ctrl+O)"))
        correction = self._chosen_correction(None)
        pending = correction is not None and correction.status is Status.PENDING
        for action in (self.edit_correction_action, self.withdraw_action, self.accept_action):
            action.setEnabled(pending)
        self.save_action.setEnabled(has_article)
        self.edit_text_action.setEnabled(has_article)
        picked = self.history_panel.picked()
        self.restore_action.setEnabled(has_article and len(picked) == 1 and self.session.base is not None
                                       and picked[0] != self.session.base.number)
        has_changes = self.preview.change_count > 0
        self.next_change_action.setEnabled(has_changes)
        self.previous_change_action.setEnabled(has_changes)
        self._update_notice_actions()

    # Correction notice, publishing and the audit report

    def _build_notice_actions(self) -> None:
        """History menu entries and a toolbar button for the notice, publishing and the audit report."""
        self.notice_dialog: NoticeDialog | None = None
        self._publish_refusal = None  # why the open article's saved version cannot be published, if it cannot
        self._saving_audit = False
        self.notice_action = self._action(self.tr("Correction &Notice…"), self.show_notice, shortcut="Ctrl+Shift+N",
                                          icon_name="notice",
                                          tip=self.tr("Show, edit, copy and publish the article's correction notice"))
        self.notice_action.setIconText(self.tr("Notice"))
        self.publish_action = self._action(self.tr("&Publish Version…"), self.publish_version,
                                           tip=self.tr("Mark the saved version as the one readers see, with its "
                                                       "notice"))
        self.audit_report_action = self._action(self.tr("Save &Audit Report…"), self.save_audit_report,
                                                tip=self.tr("Save the article's audit report as HTML or PDF"))
        self.history_menu.addSeparator()
        for action in (self.notice_action, self.publish_action, self.audit_report_action):
            self.history_menu.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.notice_action)
        button = self.toolbar.widgetForAction(self.notice_action)
        button.setObjectName("noticeToolButton")
        button.setAccessibleName(self.tr("Correction notice"))

    def _read_published(self) -> dict[int, str]:
        """The open article's published versions and when (number → UTC time), read once per change of
        its versions; version 1 counts as published when imported, as publishing.baseline has it."""
        session = self.session
        found = publishing.publications(self.history, session.article.id) if session.has_article else []
        self._publish_refusal = notices.publish_refusal(self.history, session.article.id, session.base.number) \
            if session.has_article else None
        self._update_actions()
        return {publication.version_number: publication.published_at for publication in found}

    def _cannot_publish(self) -> str | None:
        """Why the open article's version cannot be published now, or None when it can."""
        session = self.session
        if not session.has_article:
            return self.tr("Open an article to publish one of its versions")
        if session.dirty or self._view_text_stale:
            return self.tr("Save your corrections and text edits first (Ctrl+S): only a saved version can be "
                           "published")
        if self._publish_refusal is not None:  # the one rule, shared with `emend publish`
            return self.tr("Version {number} is already published; save a corrected version to publish "
                           "again").format(number=self._publish_refusal.version)
        return None

    def _update_notice_actions(self) -> None:
        has_article = self.session.has_article
        self.notice_action.setEnabled(has_article)
        self.audit_report_action.setEnabled(has_article and not self._saving_audit)
        reason = self._cannot_publish()
        self.publish_action.setEnabled(reason is None)
        tip = reason or self.tr("Mark version {number} as the one readers see, with its notice").format(
            number=self.session.base.number)
        self.publish_action.setStatusTip(tip)
        self.publish_action.setToolTip(tip)

    def show_notice(self) -> None:
        """Open the article's correction notice; window-modal, so the article cannot change under it."""
        if not self.session.has_article:
            return
        if self.notice_dialog is not None:
            self.notice_dialog.raise_()
            self.notice_dialog.activateWindow()
            return
        try:
            from desktop.dialogs.notice_dialog import NoticeDialog  # loaded on first use: a quicker start

            dialog = NoticeDialog(self.history, self.session.article.id, author=self.session.author,
                                  style=configuration.house_style(), parent=self)
        except EmendError as error:
            self.show_error(self.tr("Cannot show the correction notice"), str(error))
            return
        dialog.noticesChanged.connect(self._notices_changed)
        dialog.published.connect(lambda number: self.statusBar().showMessage(
            self.tr("Published version {number} with its notice").format(number=number), 8000))
        dialog.finished.connect(self._notice_closed)
        self.notice_dialog = dialog
        dialog.open()
        self._sync_working_text()
        if self.session.dirty:
            self.statusBar().showMessage(self.tr("The notice covers saved versions only: save (Ctrl+S) to include "
                                                 "your pending corrections"), 8000)

    def _notice_closed(self) -> None:
        if self.notice_dialog is not None:
            self.notice_dialog.deleteLater()
            self.notice_dialog = None

    def _notices_changed(self) -> None:
        """A notice was published: the history views re-read the versions and their publish markers."""
        self.session.published()

    def publish_version(self) -> bool:
        """Mark the saved version as published, after showing the notice it stores (as `emend publish`)."""
        self._sync_working_text()
        reason = self._cannot_publish()
        if reason is not None:
            self.statusBar().showMessage(reason, 6000)
            return False
        article, number = self.session.article, self.session.base.number
        try:
            style = configuration.house_style()
            draft = notices.draft(self.history, article.id, number, style=style)
        except EmendError as error:
            self.show_error(self.tr("Cannot publish the version"), str(error))
            return False
        if draft is None:
            stored = self.tr("No correction was applied since the last published version, so no notice is stored.")
        else:
            stored = self.tr("This notice is stored with it; it cannot be changed afterwards, only "
                             "superseded:") + "\n\n" + draft.text
            warnings = notices.check(draft.text, notices.draft_passages(draft), style)
            if warnings:
                stored += "\n\n" + self.tr("The notice check found:") + "\n" + "\n".join(
                    "⚠ " + warning.message for warning in warnings)
        question = self.tr("Mark version {number} of “{title}” as the version readers see?").format(
            number=number, title=article.title)
        answer = QMessageBox.question(self, self.tr("Publish version {number}").format(number=number),
                                      question + "\n\n" + stored,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            _publication, notice = notices.publish(self.history, article.id, number, author=self.session.author,
                                                   style=style)
        except EmendError as error:
            self.show_error(self.tr("Cannot publish the version"), str(error))
            return False
        self._notices_changed()
        self.statusBar().showMessage(
            self.tr("Published version {number} with notice {id}").format(number=number, id=notice.id) if notice
            else self.tr("Published version {number}, without a notice").format(number=number), 8000)
        return True

    def save_audit_report(self) -> Path | None:
        """Save the open article's audit report (HTML or PDF); gathered off the GUI thread."""
        if not self.session.has_article or self._saving_audit:
            return None
        self._saving_audit = True
        self._update_notice_actions()
        try:
            from desktop.dialogs import audit_report_dialog  # loaded on first use: a quicker start

            path = audit_report_dialog.save_audit_report(self, self.history, self.session.article.id)
        finally:
            self._saving_audit = False
            self._update_notice_actions()
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved the audit report to {path}").format(path=path), 8000)
        return path

    # Audit: timeline, blame, verification, search

    def _build_audit_panels(self) -> None:
        """The Timeline and Blame docks, the verify badge, the Library search and their menu entries."""
        self.timeline_panel: TimelinePanel | None = None  # built when its tab is first on screen
        self.timeline_dock = self._dock(self.tr("Timeline"), "timelineDock", None,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.history_dock, self.timeline_dock)
        self.history_dock.raise_()
        self.blame_view = BlameView(self.history)
        self.blame_dock = self._dock(self.tr("Blame"), "blameDock", self.blame_view,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.blame_dock.hide()  # shown from View > Blame or History > Who Changed This?; worked out only then
        self.timeline_dock.setAccessibleName(self.tr("Timeline"))
        self.blame_dock.setAccessibleName(self.tr("Blame"))
        self._blame_target: tuple[int | None, int | None] = (None, None)
        self._blame_stale = False
        self._blame_sized = False
        self._who_changed_pending: tuple[int, int, int, int] | None = None

        self.search_panel = SearchPanel(self.history)
        library_box = QWidget(objectName="libraryBox")
        library_box.setAccessibleName(self.tr("Library"))
        box = QVBoxLayout(library_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.search_panel, 1)
        box.addWidget(self.library_panel, 1)
        self.library_dock.setWidget(library_box)

        self.verify_badge = VerifyBadge(self.history)
        self.statusBar().addPermanentWidget(self.verify_badge)
        self.verify_reader = HistoryReader(self.history, self)

        self.who_changed_action = self._action(
            self.tr("&Who Changed This?"), self.who_changed_this, shortcut="Ctrl+Shift+W",
            tip=self.tr("Name the versions, authors and notes that wrote the selected passage"))
        self.verify_history_action = self._action(
            self.tr("&Verify History…"), self.verify_history,
            tip=self.tr("Check every version of every article against its hash chain"))
        self.search_action = self._action(self.tr("&Search Library…"), self.focus_search, shortcut="Ctrl+Shift+F",
                                          tip=self.tr("Search every version and correction note"))
        self.history_menu.addSeparator()
        self.history_menu.addAction(self.who_changed_action)
        self.history_menu.addAction(self.verify_history_action)
        self.article_view.set_context_actions([self.attach_action, self.who_changed_action])
        self.view_menu.addAction(self._dock_view_action(self.timeline_dock))
        self.view_menu.addAction(self._dock_view_action(self.blame_dock))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.search_action)

        self.timeline_dock.visibilityChanged.connect(self._timeline_visibility_changed)
        self.blame_dock.visibilityChanged.connect(self._blame_visibility_changed)
        self.blame_view.loaded.connect(self._blame_loaded)
        self.search_panel.articleChosen.connect(self._search_hit_chosen)
        self.verify_reader.finished.connect(self._history_verified)
        self.verify_reader.failed.connect(self._history_verify_failed)

    def _reload_audit(self) -> None:
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

    def _timeline_visibility_changed(self, visible: bool) -> None:
        """The Timeline is built, and the open article's read, the first time its tab is on screen."""
        if visible and self.timeline_panel is None:
            from desktop.widgets.timeline_panel import TimelinePanel

            article_id = self.session.article.id if self.session.has_article else None
            self.timeline_panel = TimelinePanel(self.history, article_id)
            self.timeline_panel.versionChosen.connect(self._timeline_version_chosen)
            self.timeline_dock.setWidget(self.timeline_panel)

    def _refresh_blame(self) -> None:
        """Blame is slow on a long history: it is worked out only while its dock is on screen."""
        if self._blame_stale and self.blame_dock.isVisible():
            self._blame_stale = False
            self.blame_view.load(*self._blame_target)

    def _blame_visibility_changed(self, visible: bool) -> None:
        if visible and not self._blame_sized:
            self._blame_sized = True
            if not self._restored:  # first shown: a third of the width, once the layout has placed it
                QTimer.singleShot(0, self._size_blame_dock)
        if visible:
            self._refresh_blame()

    def _size_blame_dock(self) -> None:
        width = self.width()
        self.resizeDocks([self.library_dock, self.blame_dock], [width // 5, width // 3], Qt.Orientation.Horizontal)

    def _timeline_version_chosen(self, number: int) -> None:
        """Show the version's changes in the preview, as picking it in History does; blame follows it."""
        self.history_panel.pick([number])
        if self.session.has_article and self.blame_view.number != number:
            self._blame_target = (self.session.article.id, number)
            self._blame_stale = True
            self._refresh_blame()

    def who_changed_this(self) -> None:
        """Name who wrote the selected passage: of the Blame view if it has the focus, else of the article."""
        if self.blame_view.text.hasFocus():
            self.blame_view.who_changed_selection()
            return
        if not self.session.has_article:
            return
        self._sync_working_text()
        span = passage_span(self.session.working_text, self.article_view.selected_span())
        if span is None:
            self.statusBar().showMessage(self.tr("Select the words to ask about, then choose History > "
                                                 "Who Changed This? (Ctrl+Shift+W)"), 6000)
            return
        if self.session.edited:
            QMessageBox.information(self, self.tr("Who changed this?"), self.tr(
                "The text has unsaved edits, which no version wrote yet. Save them as a version (Ctrl+S) "
                "or undo them, then ask again."))
            return
        article_id, number = self.session.article.id, self.session.base.number
        self._who_changed_pending = (article_id, number, *span)
        ready = (not self._blame_stale and not self.blame_view.loading
                 and (self.blame_view.article_id, self.blame_view.number) == (article_id, number))
        self._blame_target, self._blame_stale = (article_id, number), False
        self.blame_dock.show()
        self.blame_dock.raise_()
        if ready:
            self._blame_loaded()
        else:
            self.blame_view.load(article_id, number)

    def _blame_loaded(self) -> None:
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
        self.verify_history_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Verifying the whole history…"))
        self.verify_reader.read(lambda history: history.verify())

    def _history_verified(self, report) -> None:
        self.verify_history_action.setEnabled(True)
        self.statusBar().clearMessage()
        if report.ok:
            QMessageBox.information(self, self.tr("History verified"), self.tr(
                "ok: every version of %n article(s) matches its hash chain; nothing was altered after it "
                "was saved.", "", report.checked_articles))
        else:
            problems = "\n".join(self.tr("FAILED {problem}").format(problem=problem) for problem in report.problems)
            QMessageBox.warning(self, self.tr("The history was tampered with"), self.tr(
                "Verification failed: the stored history no longer matches its hash chains.\n\n{problems}\n\n"
                "Restore the database from a backup and find out who had access to the file.").format(
                problems=problems))
        if self.session.has_article:
            self.verify_badge.verify()

    def _history_verify_failed(self, message: str) -> None:
        self.verify_history_action.setEnabled(True)
        self.statusBar().clearMessage()
        self.show_error(self.tr("Cannot verify the history"), message)

    def focus_search(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.search_panel.box.setFocus()
        self.search_panel.box.selectAll()

    def _search_hit_chosen(self, article_id: int, number: int) -> None:
        """Open the article of a search hit and show the version that introduced the words found."""
        if not self.open_article(article_id) or not number:
            return
        self.history_panel.pick([number])
        self.statusBar().showMessage(self.tr("Found in version {number}; the preview shows its changes").format(
            number=number), 6000)

    def _shutdown_audit(self) -> None:
        """Wait for background audit reads and close their own connections before the history closes."""
        for owner in (self.timeline_panel, self.blame_view, self.verify_badge, self.search_panel,
                      self.verify_reader):
            if owner is not None:
                owner.shutdown()

    # Errors, author, about

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    def change_author(self) -> None:
        from desktop.dialogs.author_dialog import ask_author

        name = ask_author(self, self.session.author)
        if name:
            self.session.author = name
            if self.remember:
                preferences.save_author(name)
            self.statusBar().showMessage(
                self.tr("Versions and corrections are now signed “{name}”").format(name=name), 5000)

    def about(self) -> None:
        """Help > About Emend: the version, the database in use and what Emend runs on."""
        from desktop.dialogs.about_dialog import AboutDialog  # loaded on first use: a quicker start

        self._show_dialog(AboutDialog(self.history.path, self))

    # Preferences, keyboard shortcuts and theme

    def _build_app_actions(self) -> None:
        """Edit > Preferences and Help > Keyboard Shortcuts; the stored text size."""
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences, shortcut="Ctrl+,",
                                               tip=self.tr("Your name, the database, the notice house style "
                                                           "and how text shows"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             shortcut=["F1", "Ctrl+/"], tip=self.tr("List every keyboard shortcut"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.help_menu.insertAction(self.about_action, self.shortcuts_action)
        self.help_menu.insertSeparator(self.about_action)
        self.text_size = settings_keys.font_size() if self.remember else settings_keys.DEFAULT_FONT_SIZE
        self.set_text_size(self.text_size)

    def _show_dialog(self, dialog: QDialog) -> None:
        """Show a window-modal dialog without blocking, and free it when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences; what changes there applies to this window at once (the database at next start)."""
        from desktop.dialogs.preferences_dialog import PreferencesDialog  # loaded on first use

        dialog = PreferencesDialog(self, author=self.session.author, database_in_use=self.history.path)
        dialog.preferencesChanged.connect(self.apply_preferences)
        self._show_dialog(dialog)
        return dialog

    def apply_preferences(self, changes: dict) -> None:
        """Apply changed preferences (PreferenceValues field names) to the live window."""
        notes = []
        if "author" in changes:
            self.session.author = changes["author"]
            notes.append(self.tr("Versions and corrections are now signed “{name}”.").format(
                name=changes["author"]))
        if "preview_mode" in changes:
            self.set_side_by_side(settings_keys.PreviewMode(changes["preview_mode"])
                                  is settings_keys.PreviewMode.SIDE_BY_SIDE)
        if "font_size" in changes:
            self.set_text_size(changes["font_size"])
        if "house_style_path" in changes:
            style = changes["house_style_path"] or self.tr("the built-in house style")
            notes.append(self.tr("Notices now use {style}.").format(style=style))
        if "database_path" in changes:
            notes.append(self.tr("The new database opens the next time Emend starts."))
        if notes:
            self.statusBar().showMessage(" ".join(notes), 8000)

    def set_text_size(self, points: int) -> None:
        """The point size of the article and the preview text (a style sheet font, which re-polishing keeps)."""
        self.text_size = points
        for view in (self.article_view, self.preview.inline, self.preview.old_view, self.preview.new_view):
            view.setStyleSheet(f"font-size: {points}pt;")

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: every shortcut of this window, grouped by menu."""
        from desktop.dialogs.shortcuts_dialog import ShortcutsDialog  # loaded on first use

        dialog = ShortcutsDialog(self)
        self._show_dialog(dialog)
        return dialog

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

    # Import preview, clipboard, export, backup, recovery and refresh

    def _build_file_actions(self) -> None:
        """File > New from Clipboard, Export…, Back Up History…; View > Refresh; the recovery record.

        A window that remembers nothing (a screenshot's, a benchmark's) is not watched by anyone, so it
        imports without the preview and keeps no recovery record.
        """
        self.review_imports = self.remember
        self.clipboard_action = self._action(self.tr("New from &Clipboard"), self.new_from_clipboard,
                                             shortcut="Ctrl+Shift+V",
                                             tip=self.tr("Import the text on the clipboard as a new article"))
        self.export_action = self._action(self.tr("&Export…"), self.export_article,
                                          tip=self.tr("Write the version shown as a .txt, .md, .html or .docx file"))
        self.backup_action = self._action(self.tr("&Back Up History…"), self.back_up_history,
                                          tip=self.tr("Copy the whole history to a file and verify the copy"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_from_history, shortcut="F5",
                                           tip=self.tr("Show versions and corrections saved by other windows"))
        _insert_after(self.file_menu, self.open_sample_action, [self.clipboard_action])
        _insert_after(self.file_menu, self.save_action, [None, self.export_action, self.backup_action])
        _insert_after(self.view_menu, self.working_action, [self.refresh_action])
        self.session.articleChanged.connect(self._update_file_actions)
        self._update_file_actions()

        self.recovery_store = RecoveryStore()
        self.recovery: RecoveryTimer | None = None
        if self.remember and self.history.path is not None:
            self.recovery = RecoveryTimer(self.recovery_store, self.history.path, self._recovery_snapshot, self)
            self.recovery.failed.connect(self._recovery_failed)
            self.recovery.start()
        self._focused = False
        QGuiApplication.instance().focusWindowChanged.connect(self._focus_window_changed)

    def _update_file_actions(self) -> None:
        self.export_action.setEnabled(self.session.has_article)

    def _open_imported(self, opened: Opened | None) -> Opened | None:
        """Open in the editor what an import found or stored; None if it was refused or cancelled."""
        if opened is None:
            return None
        try:
            self.session.open_article(opened.article.id)
        except EmendError as error:
            self.show_error(self.tr("Cannot open the article"), str(error))
            return None
        return opened

    def new_from_clipboard(self) -> bool:
        """Review the clipboard's text in the import preview and store it as version 1 of a new article."""
        if not self.maybe_save():
            return False
        from desktop.dialogs import import_preview_dialog  # loaded on first use: a quicker start

        opened = self._open_imported(import_preview_dialog.new_from_clipboard(self, self.history,
                                                                              self.session.author))
        if opened is None:
            return False
        self.refresh_library()
        title = opened.article.title
        message = (self.tr("“{title}” is already in the history (the same text); opened it") if opened.existing
                   else self.tr("Imported the clipboard as version 1 of “{title}”")).format(title=title)
        self.statusBar().showMessage("; ".join([message, *opened.notes]), 8000)
        return True

    def export_article(self) -> bool:
        """Write the version shown (the one picked in History, else the open one) to a file."""
        if not self.session.has_article:
            return False
        picked = self.history_panel.picked()
        number = picked[0] if len(picked) == 1 else self.session.base.number
        from desktop.dialogs import export_dialog  # loaded on first use: a quicker start

        written = export_dialog.export_article(self, self.history, self.session.article.id, number)
        if written is None:
            return False
        self.statusBar().showMessage(self.tr("Exported version {number} to {path}").format(
            number=number, path=written), 8000)
        return True

    def back_up_history(self) -> bool:
        """Copy the whole history to a file the editor picks, verified, without blocking the window."""
        from desktop.backup_action import backup_history_interactive

        return backup_history_interactive(self, self.history) is not None

    def refresh_from_history(self) -> None:
        """Show what other windows saved to this history since: articles, versions and corrections.

        A newer saved version replaces the one shown unless the text has unsaved direct edits.
        """
        if self._closed:
            return
        try:
            self.refresh_library()
            if not self.session.has_article:
                return
            self._sync_working_text()
            latest = self.history.latest(self.session.article.id)
            if latest.number == self.session.base.number:
                self.session.refresh_corrections()
                self._versions_changed()
            elif self.session.edited:
                self._versions_changed()
                self.statusBar().showMessage(self.tr(
                    "Version {number} was saved elsewhere; saving will offer to reload it").format(
                    number=latest.number), 8000)
            else:
                self.session.reload()
                self.statusBar().showMessage(self.tr("Showing version {number}, saved elsewhere").format(
                    number=latest.number), 8000)
        except EmendError as error:
            self.statusBar().showMessage(self.tr("Cannot refresh: {error}").format(error=error), 8000)

    def _focus_window_changed(self, focused) -> None:
        """Refresh when this window comes to the front; keep the recovery record when it loses focus."""
        if self._closed:
            return
        handle = self.windowHandle()
        ours = handle is not None and focused is handle
        if ours and not self._focused and QGuiApplication.modalWindow() is None:
            self.refresh_from_history()
        elif self._focused and not ours and self.recovery is not None:
            self.recovery.checkpoint()
        self._focused = ours

    def _recovery_snapshot(self) -> RecoveryRecord | None:
        if self._closed:
            return None
        self._sync_working_text()
        return session_record(self.session, self.history.path, edit_mode=self.edit_text_action.isChecked())

    def _recovery_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Unsaved work is not being kept for recovery: {message}").format(
            message=message), 10000)

    def offer_recovery(self) -> bool:
        """At start-up: offer back the unsaved work an Emend that closed without saving left; True if restored."""
        if self.recovery is None:
            return False
        record = self.recovery_store.load(self.history.path)
        if record is None:
            return False
        from desktop.dialogs.recovery_dialog import offer_recovery  # loaded only when there is work to offer

        record = offer_recovery(self.recovery_store, record, self)
        return record is not None and self.restore_unsaved(record)

    def restore_unsaved(self, record: RecoveryRecord) -> bool:
        """Put a recovery record's work back in the editor, then keep it as this window's own record."""
        try:
            outcome = restore_session(self.session, record)
        except EmendError as error:
            self.show_error(self.tr("Cannot restore the unsaved work"), str(error))
            return False
        self.refresh_library()
        if outcome.restored:
            if record.edit_mode:
                self.set_edit_mode(True)
            self.setWindowModified(True)
            # after the window is shown: a message shown before would be drawn over the hint
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(outcome.message, 8000))
            kept = self.recovery is not None and self.recovery.checkpoint() is not None
        else:
            QMessageBox.information(self, self.tr("Restore unsaved work"), outcome.message)
            kept = True
        if kept:
            self.recovery_store.remove(record)
        return outcome.restored

    def _finish_file_actions(self) -> None:
        """A clean close: the unsaved work was saved or discarded, so the recovery record goes."""
        QGuiApplication.instance().focusWindowChanged.disconnect(self._focus_window_changed)
        if self.recovery is not None:
            self.recovery.finish()

    # Window state and closing

    def _restore_window_state(self) -> None:
        geometry, state = preferences.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self._restored = self.restoreState(state)
        self.set_side_by_side(preferences.side_by_side())

    def closeEvent(self, event) -> None:
        if not self._closed and not self.maybe_save():
            event.ignore()
            return
        if self.remember:
            preferences.save_window_state(self.saveGeometry(), self.saveState())
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the background preview and close the history; the window is done."""
        if self._closed:
            return
        self._closed = True
        self.scheduler.shutdown()
        self._shutdown_audit()
        self._finish_file_actions()
        self.history.close()

