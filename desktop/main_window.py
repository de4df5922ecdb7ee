"""The Emend editor window: read an article, attach corrections, preview them, save versions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar,
    QSplitter, QToolBar, QVBoxLayout, QWidget,
)

import resources
from corrections.anchor import locate
from corrections.correction import Correction, Status
from corrections.errors import EmendError
from db.errors import ConflictError
from db.history import History
from desktop import preferences
from desktop.commands import AttachCorrection, EditCorrection, WithdrawCorrection
from desktop.dialogs.author_dialog import ask_author
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.save_dialog import ask_message
from desktop.formatting import one_line
from desktop.models.corrections_model import CorrectionsModel
from desktop.models.history_model import HistoryModel
from desktop.models.library_model import LibraryModel
from desktop.session import CorrectionFields, EditorSession
from desktop.widgets.article_view import ArticleView
from desktop.widgets.corrections_panel import CorrectionsPanel
from desktop.widgets.diff_preview import DiffPreview
from desktop.widgets.history_panel import HistoryPanel
from desktop.widgets.library_panel import LibraryPanel
from desktop.workers import DiffScheduler, PreviewRequest, PreviewResult

SELECT_HINT = "Select the passage that is wrong, then press Ctrl+Enter"
ATTACH_HINT = "Press Ctrl+Enter to attach a correction to the selected passage"
OPEN_FILTER = "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx);;All files (*)"
BUSY_DELAY_MS = 200


def icon(name: str) -> QIcon:
    """A bundled toolbar icon, e.g. icon('save')."""
    return QIcon(str(resources.path(f"icons/{name}.svg")))


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
    row.addWidget(label, 1)
    for widget in extra:
        row.addWidget(widget)
    return header


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
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowIcon(icon("emend"))
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
            action.setIcon(icon(icon_name))
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
        self.open_action = self._action("&Open…", self.choose_file, shortcut=QKeySequence.StandardKey.Open,
                                        icon_name="open", tip="Open an article file")
        self.open_sample_action = self._action("Open &Sample Article", self.open_sample,
                                               tip="Open the bundled sample article")
        self.save_action = self._action("&Save Version…", self.save_version, shortcut="Ctrl+S", icon_name="save",
                                        tip="Store a new version with the pending corrections applied")
        self.quit_action = self._action("&Quit", self.close, shortcut=QKeySequence.StandardKey.Quit)
        self.author_action = self._action("Your &Name…", self.change_author, tip="Change the author name")
        self.attach_action = self._action("&Attach Correction…", self.attach_correction,
                                          shortcut=["Ctrl+Return", "Ctrl+Enter"], icon_name="attach",
                                          tip="Attach a correction to the selected passage")
        self.attach_action.setIconText("Attach Correction")
        self.edit_correction_action = self._action("&Edit Correction…", self.edit_correction, icon_name="edit",
                                                   tip="Change the selected correction")
        self.edit_correction_action.setIconText("Edit")
        self.withdraw_action = self._action("&Withdraw Correction", self.withdraw_correction, icon_name="withdraw",
                                            tip="Withdraw (reject) the selected correction; it stays on record")
        self.withdraw_action.setIconText("Withdraw")
        self.accept_action = self._action("A&ccept Correction…", self.accept_correction, icon_name="accept",
                                          tip="Apply just the selected correction and save a version")
        self.accept_action.setIconText("Accept")
        self.edit_text_action = self._action("Edit &Text", self.set_edit_mode, shortcut="Ctrl+E",
                                             icon_name="pencil", checkable=True,
                                             tip="Edit the article text directly")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setIconText("Undo")
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setIconText("Redo")
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.next_change_action = self._action("&Next Change", self.preview.next_change,
                                               shortcut=["F8", "Alt+Down"], icon_name="next",
                                               tip="Go to the next change in the preview")
        self.previous_change_action = self._action("&Previous Change", self.preview.previous_change,
                                                   shortcut=["Shift+F8", "Alt+Up"], icon_name="previous",
                                                   tip="Go to the previous change in the preview")
        self.side_by_side_action = self._action("&Side by Side", self.set_side_by_side, shortcut="Ctrl+\\",
                                                icon_name="columns", checkable=True,
                                                tip="Show the saved and the corrected text side by side")
        self.working_action = self._action("Show &Unsaved Changes", self.show_working_changes,
                                           tip="Preview the pending corrections and edits again")
        self.restore_action = self._action("&Restore This Version…", self.restore_version, icon_name="restore",
                                           tip="Store a new version equal to the selected one")
        self.restore_action.setIconText("Restore this version")
        self.about_action = self._action("&About Emend", self.about)

    def _build_layout(self) -> None:
        article_box = QWidget()
        self.article_title = QLabel("No article open", objectName="articleTitle")
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
        self.library_dock = self._dock("Library", "libraryDock", self.library_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.corrections_dock = self._dock("Corrections", "correctionsDock", self.corrections_panel,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = self._dock("History", "historyDock", self.history_panel,
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

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.author_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        for action in (self.undo_action, self.redo_action, None, self.attach_action, self.edit_correction_action,
                       self.withdraw_action, self.accept_action, None, self.edit_text_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        view_menu = bar.addMenu("&View")
        for action in (self.next_change_action, self.previous_change_action, self.side_by_side_action,
                       self.working_action, None, self.library_dock.toggleViewAction(),
                       self.history_dock.toggleViewAction(), self.corrections_dock.toggleViewAction()):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        history_menu = bar.addMenu("&History")
        history_menu.addAction(self.restore_action)
        history_menu.addAction(self.working_action)
        bar.addMenu("&Help").addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Main toolbar", self)
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
        self.hint_label = QLabel(SELECT_HINT, objectName="hintLabel")
        self.busy_bar = QProgressBar(objectName="busyIndicator")
        self.busy_bar.setAccessibleName("Computing the preview")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel("Updating preview…")
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
        path, _ = QFileDialog.getOpenFileName(self, "Open article", "", OPEN_FILTER)
        if path:
            self.open_file(path)

    def open_sample(self) -> None:
        self.open_file(str(resources.sample_article_path()))

    def open_file(self, path: str | Path) -> bool:
        """Import a file as a new article, or open the article already imported from it."""
        if not self.maybe_save():
            return False
        try:
            opened = self.session.open_file(path)
        except (EmendError, OSError) as error:
            self.show_error("Cannot open the article", str(error))
            return False
        if self.remember:
            preferences.add_recent_file(str(Path(path).resolve()))
        self.refresh_library()
        name = Path(path).name
        if opened.existing:
            message = f"“{opened.article.title}” is already in the history (from {name}); opened it"
        else:
            message = f"Imported {name} as version 1 of “{opened.article.title}”"
        self.statusBar().showMessage(" ".join([message, *opened.notes]), 8000)
        return True

    def open_article(self, article_id: int) -> bool:
        if self.session.article is not None and self.session.article.id == article_id:
            return True
        if not self.maybe_save():
            return False
        try:
            self.session.open_article(article_id)
        except EmendError as error:
            self.show_error("Cannot open the article", str(error))
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
            self.recent_menu.addAction("Clear Menu", preferences.clear_recent_files)
        else:
            self.recent_menu.addAction("No recent files").setEnabled(False)

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
            self.statusBar().showMessage(SELECT_HINT, 5000)
            return
        quote = self.session.working_text[span[0]:span[1]]
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
            self.show_error("Cannot attach the correction", str(error))
            return None
        self.undo_stack.push(AttachCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.corrections_panel.select(correction.id)
        self.statusBar().showMessage("Correction attached; it is applied when you save a version (Ctrl+S)", 6000)
        return correction

    def edit_correction(self, correction_id: int | None = None) -> None:
        correction = self._chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return
        before = CorrectionFields.of(correction)
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
            self.show_error("Cannot change the correction", str(error))
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
            self.show_error("Cannot withdraw the correction", str(error))
            return
        self.undo_stack.push(WithdrawCorrection(self.session, self._undo_failed, correction.id, correction.quote))
        self.statusBar().showMessage("Correction withdrawn; it stays on record (Ctrl+Z brings it back)", 6000)

    def accept_correction(self, correction_id: int | None = None) -> bool:
        """Apply just this correction to the saved text and store that as a new version."""
        correction = self._chosen_correction(correction_id)
        if correction is None or correction.status is not Status.PENDING:
            return False
        self._sync_working_text()
        if self.session.edited:
            QMessageBox.information(self, "Save your text edits first",
                                    "The text has unsaved direct edits. Save them as a version (Ctrl+S) or "
                                    "turn off Edit Text and undo them before accepting a single correction.")
            return False
        suggestion = (f"{correction.kind.label}: {one_line(correction.quote, 40)} → "
                      f"{one_line(correction.replacement, 40)}")
        message = ask_message(self, f"Apply this {correction.kind.label.lower()} and store the result as a new "
                                    f"version:\n“{one_line(correction.quote, 80)}” → "
                                    f"“{one_line(correction.replacement, 80)}”", suggestion, "Accept correction")
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
        self.show_error("Cannot undo or redo that change", message)

    # Direct editing

    def set_edit_mode(self, editing: bool) -> None:
        self.edit_text_action.setChecked(editing)
        if not editing:
            self._sync_working_text()
        self.article_view.set_editable(editing and self.session.has_article)
        if editing:
            self.article_view.setFocus()
            self.statusBar().showMessage("Editing the text: your changes show in the preview and are saved "
                                         "with the next version", 6000)

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
            self.statusBar().showMessage("Nothing to save: no pending corrections or text edits", 5000)
            return False
        summary = f"Store {self.session.unsaved_summary()} as version {self.session.base.number + 1} of " \
                  f"“{self.session.article.title}”."
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
            self.show_error("The version was not saved", f"{error}\n\nNothing was lost: your corrections are "
                                                         "still pending.")
            return False
        self.undo_stack.clear()
        self.refresh_library()
        self.statusBar().showMessage(f"Saved version {version.number}: {version.message}", 8000)
        return True

    def _conflict(self, message: str) -> None:
        edited = self.session.edited
        detail = "Reload it now? Your pending corrections are kept and will be placed on the newer version."
        if edited:
            detail += " Your direct text edits are copied to the clipboard."
        answer = QMessageBox.warning(self, "A newer version was saved", f"{message}.\n\n{detail}",
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
            answer = QMessageBox.question(self, "Restore version", "Restoring drops your unsaved text edits. "
                                          "Restore anyway?", QMessageBox.StandardButton.Yes
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
            self, "Unsaved changes",
            f"“{self.session.article.title}” has {self.session.unsaved_summary()} not yet in a saved version.\n\n"
            "Save them as a new version? Discard drops text edits and withdraws the corrections attached in "
            "this session (they stay on record, marked withdrawn).",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_version()
        if answer == QMessageBox.StandardButton.Discard:
            try:
                self.session.discard()
            except EmendError as error:
                self.show_error("Cannot discard the changes", str(error))
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
                                  old_label=f"Version {old}" if old is not None else "Empty",
                                  new_label=f"Version {new}")
        return PreviewRequest(self.session.base_text, self.session.working_text, tuple(self.session.pending),
                              old_label=f"Version {self.session.base.number}", new_label="unsaved changes")

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
        self.statusBar().showMessage(f"Change {index + 1} of {count}: {self.preview.current_change_text()}", 5000)

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
            self.article_title.setText(f"{title}  ·  version {session.base.number}")
            self.setWindowTitle(f"{title}[*] — Emend")
            self.preview.clear("Computing the preview…")
            self.scheduler.request(now=True)
        else:
            self.article_title.setText("No article open")
            self.setWindowTitle("Emend[*]")
            self.preview.clear("Open an article to see its tracked changes")
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
        self.history_model.set_versions(self.session.versions() if self.session.has_article else [])
        self._show_version_label()

    def _update_dirty(self) -> None:
        session = self.session
        self.setWindowModified(session.dirty)
        summary = session.unsaved_summary()
        self.unsaved_label.setText(f"Unsaved: {summary}" if summary else ("All changes saved"
                                                                         if session.has_article else ""))
        self._show_version_label()

    def _show_version_label(self) -> None:
        session = self.session
        count = self.history_model.total
        self.version_label.setText(f"Version {session.base.number} of {count}"
                                   if session.has_article and count else "")

    def _update_actions(self) -> None:
        has_article = self.session.has_article
        selected = self.article_view.textCursor().hasSelection()
        self.attach_action.setEnabled(has_article and selected)
        self.hint_label.setText((ATTACH_HINT if selected else SELECT_HINT) if has_article
                                else "Open an article with File > Open (Ctrl+O)")
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

    # Errors, author, about

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    def change_author(self) -> None:
        name = ask_author(self, self.session.author)
        if name:
            self.session.author = name
            if self.remember:
                preferences.save_author(name)
            self.statusBar().showMessage(f"Versions and corrections are now signed “{name}”", 5000)

    def about(self) -> None:
        import corrections

        QMessageBox.about(self, "About Emend", f"<b>Emend {corrections.__version__}</b><p>Corrections and "
                          "clarifications for published articles, with a tamper-evident history.</p>")

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
        self.history.close()

