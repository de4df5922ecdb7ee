"""File > Export… and History > As Readers See It…: a version of the open article as readers will see it,
with its correction notice where the house style puts it, previewed and written as .txt, .md, .html, .docx or a
NewsML-G2 item (.xml: desktop/application/news_items, the item `emend export --format newsml` writes).

Which version readers see and which notice goes with it is the application layer's rule
(desktop/application/reader_copies), the same one `emend export --published --with-notice` follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox, QPushButton,
    QTextBrowser, QVBoxLayout, QWidget,
)

from corrections.errors import EmendError
from corrections.exporters import format_for_path
from corrections.filenames import path_in_folder
from corrections.notices.house_style import HouseStyle
from db.history import History
from desktop.application import outputs, reader_copies
from desktop.background import run_with_progress
from desktop.formatting import local_time, shown_line
from desktop.preferences import remember_folder, remembered_folder

EXPORT_FILTERS = {
    "txt": QT_TRANSLATE_NOOP("ExportDialog", "Plain text (*.txt)"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (*.html)"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document (*.docx)"),
    "newsml": QT_TRANSLATE_NOOP("ExportDialog", "NewsML-G2 item (*.xml)"),
}
EXTENSIONS = {"newsml": "xml"}
"""A format's file extension where it is not the format's own name."""
FOLDER_KEY = "export/folder"
PAGE_STYLE = """
h1 { font-family: 'DejaVu Serif', serif; font-size: 16pt; }
p { font-family: 'DejaVu Serif', serif; font-size: 11pt; margin-bottom: 8px; }
p.correction-notice__entry { font-style: italic; background-color: #eef2f7; color: #1f2933; margin-top: 0px;
                             margin-bottom: 0px; }
p.correction-notice__date { font-style: italic; background-color: #eef2f7; color: #3e4c59; margin-top: 0px; }
"""
"""How the preview sets a page (Qt's rich text knows no <aside>: its paragraphs are tinted instead)."""
translate = QCoreApplication.translate


def export_folder() -> Path:
    """Where the last export went, else the user's Documents folder."""
    return remembered_folder(FOLDER_KEY)


def with_format_extension(path: str, chosen_filter: str) -> Path:
    """The chosen file name, given the chosen filter's extension when it names no export format."""
    target = Path(path)
    try:
        format_for_path(target)
    except EmendError:
        fmt = next((f for f, label in EXPORT_FILTERS.items()
                    if translate("ExportDialog", label) == chosen_filter), "txt")
        target = target.with_name(f"{target.name}.{EXTENSIONS.get(fmt, fmt)}")
    return target


def export_article(parent: QWidget | None, history: History, article_id: int, number: int | None = None, *,
                   fmt: str = "txt", with_notice: bool = False, style: HouseStyle | None = None) -> Path | None:
    """Ask where, then write version `number` (default: the latest), with its notice if asked; the file or None."""
    try:
        title = history.article(article_id).title
        history.version(article_id, number)
    except EmendError as error:
        QMessageBox.critical(parent, translate("ExportDialog", "Cannot export the article"), str(error))
        return None
    try:
        suggested = path_in_folder(export_folder(), title, EXTENSIONS.get(fmt, fmt))
    except EmendError:
        suggested = export_folder() / f"article.{EXTENSIONS.get(fmt, fmt)}"
    filters = ";;".join(translate("ExportDialog", label) for label in EXPORT_FILTERS.values())
    caption = translate("ExportDialog", "Export article")
    first = translate("ExportDialog", EXPORT_FILTERS[fmt])
    path, chosen_filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters, first)
    if not path:
        return None
    target = with_format_extension(path, chosen_filter)
    try:
        data = outputs.export_bytes(history, article_id, number, format_for_path(target), with_notice=with_notice,
                                    style=style)
        label = translate("ExportDialog", "Exporting {name}…").format(name=target.name)
        written = run_with_progress(parent, label, outputs.write_output, history, target, data,
                                    force=True)  # the file dialog asked before replacing
    except EmendError as error:
        QMessageBox.critical(parent, translate("ExportDialog", "The article was not exported"), str(error))
        return None
    remember_folder(FOLDER_KEY, written.parent)
    return written


class ExportDialog(QDialog):
    """Choose a version (default: the one readers see) and whether its notice goes with it; the preview shows
    the article as readers will see it, and Export… writes it. `exported(path, number)` follows each export."""

    exported = Signal(Path, int)

    def __init__(self, history: History, article_id: int, number: int | None = None, *,
                 style: HouseStyle | None = None, preview_first: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.history, self.article_id, self.style = history, article_id, style
        self._show_notice = False
        title = history.article(article_id).title
        self.setWindowTitle((self.tr("“{title}” as readers see it") if preview_first
                             else self.tr("Export “{title}”")).format(title=shown_line(title, 60)))
        self.resize(760, 620)
        self.choices = reader_copies.version_choices(history, article_id)
        seen = reader_copies.readers_version(history, article_id)

        self.version = QComboBox(objectName="exportVersion")
        self.version.setAccessibleName(self.tr("Version to export"))
        for choice in self.choices:
            self.version.addItem(self._version_label(choice), choice.number)
        self.version.setCurrentIndex(max(0, self.version.findData(number if number is not None else seen)))
        self.with_notice = QCheckBox(self.tr("Include the correction &notice"), objectName="exportWithNotice")
        self.with_notice.setChecked(True)
        self.format = QComboBox(objectName="exportFormat")
        self.format.setAccessibleName(self.tr("File format"))
        for fmt, label in EXPORT_FILTERS.items():
            self.format.addItem(translate("ExportDialog", label), fmt)
        self.note = QLabel(objectName="exportNote", wordWrap=True)
        self.preview = QTextBrowser(objectName="readerPreview")
        self.preview.setAccessibleName(self.tr("The article as readers will see it"))
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(PAGE_STYLE)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"), objectName="exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow("", self.with_notice)
        form.addRow(self.tr("&Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("As readers will see it:"), buddy=self.preview))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.version.currentIndexChanged.connect(self.refresh)
        self.with_notice.toggled.connect(self.refresh)
        self.format.currentIndexChanged.connect(self.refresh)
        self.refresh()
        (self.export_button if not preview_first else self.preview).setFocus()

    @property
    def number(self) -> int:
        """The version chosen."""
        return int(self.version.currentData())

    def _version_label(self, choice: reader_copies.VersionChoice) -> str:
        if choice.readers_see:
            state = self.tr("readers see this one")
        elif choice.published_at:
            state = self.tr("published {time}").format(time=local_time(choice.published_at))
        else:
            state = self.tr("not published")
        return self.tr("Version {number} · {state} · {message}").format(
            number=choice.number, state=state, message=shown_line(choice.message, 50))

    def refresh(self) -> None:
        """Say what the chosen version is and which notice goes with it, and show it as readers will."""
        try:
            found = reader_copies.version_notice(self.history, self.article_id, self.number, style=self.style)
            page = outputs.export_bytes(self.history, self.article_id, self.number, "html",
                                        with_notice=self.with_notice.isChecked(), style=self.style)
        except EmendError as error:
            self.note.setText(str(error))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        newsml = self.format.currentData() == "newsml"  # an item always carries its notice, as its edNote
        self.with_notice.setEnabled(found.notice is not None and not newsml)
        seen = next(c.number for c in self.choices if c.readers_see)
        lines = []
        if self.number != seen:
            lines.append(self.tr("Readers see version {seen}; version {number} is not what they see.").format(
                seen=seen, number=self.number))
        if found.notice is None:
            lines.append(self.tr("This version carries no correction notice: nothing was corrected up to it."))
        elif found.draft:
            lines.append(self.tr("Its notice is a draft: it is published only when this version is."))
        if newsml and found.notice is not None:
            lines.append(self.tr("A NewsML-G2 item always carries its notice, as a note to the editors who receive "
                                 "it."))
        self.note.setText(" ".join(lines))
        self.note.setVisible(bool(lines))
        self.preview.setHtml(page.decode("utf-8"))
        self._show_notice = found.notice is not None and self.with_notice.isChecked()
        self._scroll_to_notice()

    def _scroll_to_notice(self) -> None:
        """Show the notice where readers find it: at the bottom the preview scrolls down to it."""
        bar = self.preview.verticalScrollBar()
        at_bottom = self._show_notice and not reader_copies.notice_at_top(self.style)
        bar.setValue(bar.maximum() if at_bottom else 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._scroll_to_notice()  # the page is laid out to the preview's width only now

    def export(self) -> Path | None:
        """Ask where, then write the chosen version as chosen; the dialog closes once it is written."""
        written = export_article(self, self.history, self.article_id, self.number, fmt=self.format.currentData(),
                                 with_notice=self.with_notice.isChecked() and self.with_notice.isEnabled(),
                                 style=self.style)
        if written is not None:
            self.exported.emit(written, self.number)
            self.accept()
        return written
