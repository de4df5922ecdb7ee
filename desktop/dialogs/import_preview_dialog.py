"""Review an import before it becomes version 1: headline, the text to edit, and the page text left out.

A file is loaded off the GUI thread (a big saved page takes seconds), refusals are shown as one
clear message, and nothing reaches the history until the editor presses Import. The blocks an
import would leave out stay in the text, struck through, until ticked to keep: what the editor
types around them is kept, what is struck through is cut when Import is pressed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QSplitter, QTextEdit, QVBoxLayout, QWidget,
)

from corrections.errors import EmendError
from corrections.article import normalize_text
from corrections.importers import LoadedArticle, load_article, load_text
from corrections.importers import furniture
from corrections.importers.encoding import encoding_label
from db.history import History
from desktop.application.articles import Opened, import_loaded
from desktop.background import Cancelled, run_with_progress
from desktop.formatting import one_line
from desktop.import_choice import ImportChoice
from desktop.widgets.tracked_spans import TrackedSpans

KEPT_COLOUR = QColor("#fef3c7")
KEPT_TEXT_COLOUR = QColor("#1f2933")
DROPPED_COLOUR = QColor("#7b8794")
RECOUNT_DELAY_MS = 150
"""How long typing pauses before the word count and notes are brought up to date."""
REASONS = {
    furniture.RELATED_HEADINGS: QT_TRANSLATE_NOOP("ImportPreview", "Related-stories heading"),
    furniture.RELATED_HEADLINE: QT_TRANSLATE_NOOP("ImportPreview", "Related story's headline"),
    furniture.RELATED_STORY: QT_TRANSLATE_NOOP("ImportPreview", "Related story's headline and teaser"),
    furniture.CALL_TO_ACTION: QT_TRANSLATE_NOOP("ImportPreview", "Call to action (read more, share, subscribe)"),
    furniture.BUTTON: QT_TRANSLATE_NOOP("ImportPreview", "Button or label"),
    furniture.READER_FOOTER_KIND: QT_TRANSLATE_NOOP("ImportPreview", "Reader footer (corrections, Ctrl + Enter)"),
    "": QT_TRANSLATE_NOOP("ImportPreview", "Page text the extraction left out"),
}
FORMAT_NAMES = {
    "text": QT_TRANSLATE_NOOP("ImportPreview", "Plain text"),
    "markdown": QT_TRANSLATE_NOOP("ImportPreview", "Markdown"),
    "html": QT_TRANSLATE_NOOP("ImportPreview", "Web page (HTML)"),
    "docx": QT_TRANSLATE_NOOP("ImportPreview", "Word document"),
    "clipboard": QT_TRANSLATE_NOOP("ImportPreview", "Text from the clipboard"),
}



def source_summary(loaded: LoadedArticle) -> str:
    """Where an article came from, e.g. 'bridge.html · Web page (HTML) · Windows-1252'."""
    kind = FORMAT_NAMES.get(loaded.source_format, loaded.source_format)
    parts = [loaded.source_name, QCoreApplication.translate("ImportPreview", kind)]
    if loaded.source_encoding:
        parts.append(encoding_label(loaded.source_encoding))
    return " · ".join(part for part in parts if part)


class ImportPreviewDialog(QDialog):
    """Shows what an import extracted, to edit; `article()` is what Import stores: the text as edited,
    with the blocks ticked kept and the others cut.

    Give it an article loaded with `keep_removed=True`, so left-out blocks can be kept in page order.
    """

    def __init__(self, loaded: LoadedArticle, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import article"))
        self.resize(980, 640)
        self.choice = ImportChoice.of(loaded)

        self.title_edit = QLineEdit(loaded.title, objectName="importTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Headline"))
        self.title_edit.setPlaceholderText(self.tr("The article's headline"))
        self.source_label = QLabel(source_summary(loaded), objectName="importSourceLabel")
        self.source_label.setAccessibleName(self.tr("Source file, format and encoding"))
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel(objectName="importNotesLabel", wordWrap=True)
        self.notes_label.setAccessibleName(self.tr("What the import decided"))
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Headline:"), self.title_edit)
        form.addRow(self.tr("From:"), self.source_label)
        form.addRow(self.tr("Notes:"), self.notes_label)

        self.text_view = QPlainTextEdit(objectName="importTextView")
        self.text_view.setAccessibleName(self.tr("Article text, to edit before it becomes version 1"))
        self.text_view.document().setDocumentMargin(10)
        self.text_view.setPlainText(loaded.text)
        self.text_view.document().clearUndoRedoStacks()
        self.spans = TrackedSpans(self.text_view.document(), list(self.choice.spans))
        self._recount = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._count_and_note)
        self._has_text = bool(loaded.text.strip())
        self.text_caption = QLabel(objectName="importTextCaption")
        text_box = _column(self.text_caption, self.text_view)

        self.keep_all = QCheckBox(self.tr("&Keep all removed blocks"), objectName="keepAllCheck")
        self.keep_all.setAccessibleName(self.tr("Keep all removed blocks"))
        self.keep_all.setTristate(True)
        self.removed_list = QListWidget(objectName="removedBlocksList")
        self.removed_list.setAccessibleName(self.tr("Page text left out of the article"))
        self.removed_list.setAlternatingRowColors(True)
        self.removed_list.setWordWrap(False)
        self.removed_list.setSpacing(2)
        self.removed_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.removed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.removed_caption = QLabel(objectName="removedCaption", wordWrap=True)
        self._fill_removed_list()
        removed_box = _column(self.removed_caption, self.keep_all, self.removed_list)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="importSplitter")
        self.splitter.addWidget(text_box)
        self.splitter.addWidget(removed_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 380])
        removed_box.setVisible(bool(self.choice.removed_blocks))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Nothing is stored until you press Import; the text becomes version 1."),
                      objectName="dialogHint")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        self.title_edit.textChanged.connect(self._title_changed)
        self.removed_list.itemChanged.connect(self._kept_changed)
        self.removed_list.currentRowChanged.connect(self._show_block)
        self.keep_all.clicked.connect(self._keep_all_clicked)
        self.text_view.document().contentsChanged.connect(self._text_edited)
        self._kept_changed()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # What the editor chose

    def kept_blocks(self) -> list[int]:
        """The numbers of the left-out blocks ticked to keep, in page order."""
        return [row for row in range(self.removed_list.count())
                if self.removed_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_kept(self, blocks) -> None:
        """Tick exactly these left-out blocks (as a user clicking their boxes would)."""
        wanted = set(blocks)
        for row in range(self.removed_list.count()):
            item = self.removed_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if row in wanted else Qt.CheckState.Unchecked)

    def title(self) -> str:
        """The headline as typed, with runs of white space made single spaces."""
        return " ".join(self.title_edit.text().split())

    def text(self) -> str:
        """The text Import stores: the text as edited, less the blocks not ticked to keep."""
        shown = self.text_view.toPlainText()
        kept = set(self.kept_blocks())
        dropped = [self.spans.offsets(n, shown) for n in range(len(self.choice.removed_blocks)) if n not in kept]
        return normalize_text(furniture.cut_blocks(shown, [span for span in dropped if span is not None]))

    def article(self) -> LoadedArticle:
        """The article Import stores: the chosen headline, the edited text with the kept blocks in place."""
        return self.choice.article(self.kept_blocks(), self.title(), self.text())

    # Building and reacting

    def _fill_removed_list(self) -> None:
        self.removed_list.blockSignals(True)
        for number, block in enumerate(self.choice.removed_blocks):
            kind = self.choice.kind(number)
            english = REASONS.get(kind, REASONS[""])
            reason = QCoreApplication.translate("ImportPreview", english)
            item = QListWidgetItem(f"{one_line(block, 200)}\n{reason}" if kind else one_line(block, 200))
            item.setToolTip(f"{reason}:\n{block}")
            if self.choice.can_keep(number):
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(self.tr("Not found in the page order, so it cannot be kept:") + "\n" + block)
                item.setForeground(QColor("#7b8794"))
            self.removed_list.addItem(item)
        self.removed_list.blockSignals(False)

    def _keepable(self) -> list[int]:
        return [n for n in range(len(self.choice.removed_blocks)) if self.choice.can_keep(n)]

    def _keep_all_clicked(self) -> None:
        every = self._keepable()
        self.removed_list.blockSignals(True)
        self.set_kept([] if len(self.kept_blocks()) == len(every) else every)
        self.removed_list.blockSignals(False)
        self._kept_changed()

    def _kept_changed(self, *_args) -> None:
        kept, keepable = self.kept_blocks(), self._keepable()
        self._highlight()
        total = len(self.choice.removed_blocks)
        if self.choice.source.source_format == "html":
            caption = self.tr("Page text left out: {total} blocks (navigation, related stories, footers). "
                              "Tick a block to keep it; blocks left out are struck through in the text.")
        else:
            caption = self.tr("Page furniture found: {total} blocks ({what}). "
                              "Tick a block to keep it; blocks left out are struck through in the text.")
        self.removed_caption.setText(caption.format(total=total, what=self.choice.groups(range(total))))
        state = Qt.CheckState.Unchecked
        if kept:
            state = Qt.CheckState.Checked if len(kept) == len(keepable) else Qt.CheckState.PartiallyChecked
        self.keep_all.setCheckState(state)
        self.keep_all.setEnabled(bool(keepable))
        self._count_and_note()

    def _text_edited(self) -> None:
        self._highlight()
        self._recount.start()

    def _count_and_note(self) -> None:
        """The word count of what Import stores, and the notes on what is kept and left out."""
        words = len(self.text().split())
        self.text_caption.setText(self.tr("Article text — {words} words become version 1; edit it here").format(
            words=f"{words:,}"))
        notes = self.choice.notes(self.kept_blocks())
        self.notes_label.setText("\n".join(f"• {note}" for note in notes) if notes else self.tr("None"))
        self._has_text = words > 0
        self._title_changed(self.title_edit.text())

    def _highlight(self) -> None:
        """Tint the kept blocks and strike through the ones left out, where they now stand in the text."""
        kept_format, dropped_format = QTextCharFormat(), QTextCharFormat()
        kept_format.setBackground(KEPT_COLOUR)
        kept_format.setForeground(KEPT_TEXT_COLOUR)  # dark on the amber tint, in a dark palette too
        dropped_format.setFontStrikeOut(True)
        dropped_format.setForeground(DROPPED_COLOUR)
        kept = set(self.kept_blocks())
        selections = []
        for number in range(len(self.choice.removed_blocks)):
            cursor = self.spans.cursor(number)
            if cursor is None or not cursor.hasSelection():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = kept_format if number in kept else dropped_format
            selections.append(selection)
        self.text_view.setExtraSelections(selections)

    def _show_block(self, row: int) -> None:
        """Scroll the text to a block when it is picked in the list."""
        cursor = self.spans.cursor(row) if row >= 0 else None
        if cursor is None:
            return
        cursor.setPosition(cursor.selectionStart())
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()

    def _title_changed(self, text: str) -> None:
        """Import needs a headline and some text to store."""
        self.import_button.setEnabled(bool(text.strip()) and self._has_text)


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, (QPlainTextEdit, QListWidget)) else 0)
    return box


# The import, step by step

def ask_import(parent: QWidget | None, loaded: LoadedArticle) -> LoadedArticle | None:
    """The article as reviewed in the preview (headline and kept blocks), or None on Cancel."""
    dialog = ImportPreviewDialog(loaded, parent)
    try:
        return dialog.article() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def load_file(parent: QWidget | None, path: str | os.PathLike, *, encoding: str | None = None
              ) -> LoadedArticle | None:
    """The article in a file, read off the GUI thread; a refusal is shown and gives None."""
    name = Path(path).name
    try:
        label = QCoreApplication.translate("ImportPreview", "Reading {name}…").format(name=name)
        return run_with_progress(parent, label, load_article, path,
                                 encoding=encoding, keep_removed=True, cancellable=True)
    except Cancelled:
        return None
    except (EmendError, OSError) as error:
        QMessageBox.critical(parent, QCoreApplication.translate("ImportPreview", "Cannot import the article"),
                             str(error))
        return None


def import_or_find(parent: QWidget | None, history: History, loaded: LoadedArticle | None,
                   author: str, *, review: bool = True) -> Opened | None:
    """The article already imported from the same bytes, or a new one reviewed and stored; None if cancelled.

    Without `review` (a window nobody watches, such as a screenshot's) the extraction is stored as it is.
    """
    if loaded is None:
        return None
    existing = history.find_article_by_source(loaded.source_sha256) if loaded.source_sha256 else None
    if existing is not None:  # pasted text already imported
        return Opened(existing, True)
    chosen = ask_import(parent, loaded) if review else ImportChoice.of(loaded).article()
    if chosen is None:
        return None
    try:
        return Opened(import_loaded(history, chosen, author=author), False, tuple(chosen.notes))
    except EmendError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("ImportPreview", "The article was not imported"),
                             str(error))
        return None


def import_file(parent: QWidget | None, history: History, path: str | os.PathLike, author: str, *,
                encoding: str | None = None, review: bool = True) -> Opened | None:
    """File > Open: load, then open the article already imported from this file or review it as version 1."""
    return import_or_find(parent, history, load_file(parent, path, encoding=encoding), author, review=review)


def load_clipboard(parent: QWidget | None) -> LoadedArticle | None:
    """The clipboard's text as an article; a refusal (an empty clipboard, a picture) is shown and gives None."""
    text = QGuiApplication.clipboard().text()
    try:
        return run_with_progress(parent, QCoreApplication.translate("ImportPreview", "Reading the clipboard…"),
                                 load_text, text, "clipboard", keep_removed=True)
    except EmendError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("ImportPreview", "Cannot import the clipboard"),
                             str(error))
        return None


def new_from_clipboard(parent: QWidget | None, history: History, author: str) -> Opened | None:
    """File > New from Clipboard: the clipboard's text, reviewed in the preview, stored as version 1."""
    return import_or_find(parent, history, load_clipboard(parent), author)
