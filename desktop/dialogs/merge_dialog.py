"""The hand merge of a sync conflict: the newsroom's text and the editor's side by side, the clashing passages
marked, and an editable merged text (starting as the editor's) to keep one side or save a merge of both.

The dialog only shows and asks: `chosen` carries the text to keep, and the window stores it (desktop/conflict_actions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTextEdit, QVBoxLayout, QWidget,
)

from desktop import theme
from desktop.dialogs.message_layout import make_bold
from desktop.window_fit import resize_within_screen

if TYPE_CHECKING:
    from desktop.application.newsroom import ArticleConflict


def passage_spans(text: str, passages: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where each (passage, position in the common parent) lies in `text`: the occurrence nearest that position.

    A passage the side deleted (empty) or cannot be found has no span.
    """
    spans = []
    for passage, near in passages:
        if not passage:
            continue
        found, at = [], text.find(passage)
        while at >= 0:
            found.append(at)
            at = text.find(passage, at + 1)
        if found:
            start = min(found, key=lambda position: abs(position - near))
            spans.append((start, start + len(passage)))
    return spans


class MergeDialog(QDialog):
    """Keep Theirs, Keep Mine or Save Merge for one article; `chosen(text)` says which text to store."""

    chosen = Signal(str)

    def __init__(self, conflict: ArticleConflict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Merge “{title}”").format(title=conflict.title))
        resize_within_screen(self, 980, 680)

        clashes = len(conflict.conflicts)
        headline = QLabel(self.tr("You and a colleague changed the same passage(s) of “{title}” differently.", "",
                                  clashes).format(title=conflict.title), objectName="mergeHeadline", wordWrap=True)
        headline.setTextFormat(Qt.TextFormat.PlainText)
        make_bold(headline)
        mine = ", ".join(str(number) for number in conflict.mine_numbers)
        explanation = QLabel(self.tr(
            "Keep the newsroom's version {theirs}, keep yours (version {mine}), or edit the merged text and save it. "
            "Nothing is lost: the versions you do not keep stay in the history, set aside.").format(
            theirs=conflict.theirs_number, mine=mine), objectName="mergeExplanation", wordWrap=True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.theirs_view = self._text_view(conflict.theirs_text, "mergeTheirs", read_only=True)
        self.mine_view = self._text_view(conflict.mine_text, "mergeMine", read_only=True)
        self.merged_edit = self._text_view(conflict.mine_text, "mergeMerged", read_only=False)
        self.theirs_view.setAccessibleName(self.tr("The newsroom's text"))
        self.mine_view.setAccessibleName(self.tr("Your text"))
        self.merged_edit.setAccessibleName(self.tr("The merged text"))
        sides = QSplitter(Qt.Orientation.Horizontal, objectName="mergeSides")
        sides.addWidget(self._pane(self.tr("&Newsroom: version {number}").format(number=conflict.theirs_number),
                                   self.theirs_view))
        sides.addWidget(self._pane(self.tr("&Yours: version {numbers}").format(numbers=mine), self.mine_view))
        sides.setChildrenCollapsible(False)
        whole = QSplitter(Qt.Orientation.Vertical, objectName="mergeSplitter")
        whole.addWidget(sides)
        whole.addWidget(self._pane(self.tr("Merged te&xt (starts as yours; edit it, then Save Merge):"),
                                   self.merged_edit))
        whole.setChildrenCollapsible(False)
        whole.setSizes([380, 240])
        self._mark_clashes()

        self.busy_label = QLabel(self.tr("Saving…"), objectName="mergeBusy")
        self.busy_label.hide()
        self.buttons = QDialogButtonBox(objectName="mergeButtons")
        self.theirs_button = QPushButton(self.tr("Keep &Theirs"), objectName="keepTheirsButton")
        self.mine_button = QPushButton(self.tr("Keep &Mine"), objectName="keepMineButton")
        self.merge_button = QPushButton(self.tr("&Save Merge"), objectName="saveMergeButton")
        self.cancel_button = QPushButton(self.tr("&Cancel"), objectName="cancelMergeButton")
        for button, role in ((self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.mine_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.theirs_button.setToolTip(self.tr("Keep the newsroom's text as it is; yours is set aside"))
        self.mine_button.setToolTip(self.tr("Put your text on top of the newsroom's as a new version"))
        self.merge_button.setToolTip(self.tr("Put the merged text on top of the newsroom's as a new version"))
        self.theirs_button.clicked.connect(lambda: self.chosen.emit(conflict.theirs_text))
        self.mine_button.clicked.connect(lambda: self.chosen.emit(conflict.mine_text))
        self.merge_button.clicked.connect(lambda: self.chosen.emit(self.merged_edit.toPlainText()))
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(explanation)
        layout.addWidget(whole, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.merged_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the choice is being stored: no second choice, and a word that it is under way."""
        for widget in (self.theirs_button, self.mine_button, self.merge_button, self.merged_edit):
            widget.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    def _text_view(self, text: str, name: str, *, read_only: bool) -> QPlainTextEdit:
        view = QPlainTextEdit(text, objectName=name)
        view.setReadOnly(read_only)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        return view

    def _pane(self, title: str, view: QPlainTextEdit) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(title, buddy=view))
        box.addWidget(view, 1)
        return pane

    def _mark_clashes(self) -> None:
        """Mark where the two sides clash, in each side and in the merged text, and show the first clash."""
        marked = QTextCharFormat()
        marked.setBackground(theme.diff_colours(self.palette()).highlight_bg)
        clashes = self.conflict.conflicts
        theirs = [(clash.theirs, clash.parent_start) for clash in clashes]
        mine = [(clash.mine, clash.parent_start) for clash in clashes]
        for view, passages in ((self.theirs_view, theirs), (self.mine_view, mine), (self.merged_edit, mine)):
            selections = []
            for start, end in passage_spans(view.toPlainText(), passages):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(view.document())
                selection.cursor.setPosition(start)
                selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.format = marked
                selections.append(selection)
            view.setExtraSelections(selections)
            if selections:
                cursor = QTextCursor(view.document())
                cursor.setPosition(selections[0].cursor.selectionStart())
                view.setTextCursor(cursor)

    def showEvent(self, event) -> None:
        """Scroll each text to its first clash, now that the views have a size (centring before does nothing)."""
        super().showEvent(event)
        if not event.spontaneous():
            for view in (self.theirs_view, self.mine_view, self.merged_edit):
                view.centerCursor()
