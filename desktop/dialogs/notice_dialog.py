"""The correction notice of an article: its wording, a live preview, the outputs to copy, publishing.

Shows the draft the next publish would carry, or a notice already published (they never change;
a revised wording supersedes one). Edits are checked as the editor types: the preview, the chosen
output and the house-style warnings follow, and a wording that cannot be a notice is explained inline.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from corrections.correction import SILENT_KINDS
from corrections.errors import EmendError
from corrections.filenames import safe_stem
from corrections.notices import HouseStyle, Notice, NoticeArticle, NoticeRecord, to_html
from corrections.notices.serialize import combine_notices, notice_from_text
from corrections.visible_text import reveal
from db import publishing
from db.history import History
from desktop.application import news_items, notices, outputs
from desktop.formatting import local_time
from desktop.page_printer import print_document
from desktop.preferences import remember_folder, remembered_folder
from desktop.printing import html_to_pdf, page_margins, printable_document
from desktop.window_fit import resize_within_screen

DEBOUNCE_MS = 200
DRAFT = "draft"
FOLDER_KEY = "notice/folder"
"""Where the last notice was saved; the next is offered there (else in Documents), not where Emend was started."""


@dataclass(frozen=True)
class OutputFormat:
    """One way to hand the notice on: its name in the switcher, file extension and save filter."""

    name: str
    extension: str
    filter: str
    key: str
    """The format's name in desktop.application.notices.FORMATS (as `emend notice --format` takes it)."""


FORMATS = (  # names and filters are marked for lupdate here and translated where they are shown
    OutputFormat(QT_TRANSLATE_NOOP("NoticeDialog", "Text"), "txt",
                 QT_TRANSLATE_NOOP("NoticeDialog", "Plain text (*.txt)"), "text"),
    OutputFormat(QT_TRANSLATE_NOOP("NoticeDialog", "Markdown"), "md",
                 QT_TRANSLATE_NOOP("NoticeDialog", "Markdown (*.md)"), "md"),
    OutputFormat(QT_TRANSLATE_NOOP("NoticeDialog", "HTML"), "html",
                 QT_TRANSLATE_NOOP("NoticeDialog", "HTML fragment (*.html *.htm)"), "html"),
    OutputFormat(QT_TRANSLATE_NOOP("NoticeDialog", "JSON-LD"), "jsonld",
                 QT_TRANSLATE_NOOP("NoticeDialog", "JSON-LD (*.jsonld *.json)"), "jsonld"),
    OutputFormat(QT_TRANSLATE_NOOP("NoticeDialog", "NewsML"), "xml",
                 QT_TRANSLATE_NOOP("NoticeDialog", "NewsML-G2 (*.xml)"), "newsml"),
)

PREVIEW_CSS = """
.correction-notice__entry { margin: 0 0 8px 0; }
.correction-notice__date { font-style: italic; }
"""

BANNER_STYLES = {  # own background and text colour, readable on light and dark themes alike
    "draft": "background: #fff4e5; color: #7a3e00; border: 1px solid #f5c27a;",
    "published": "background: #e3f4e8; color: #14532d; border: 1px solid #9fd4ae;",
    "none": "background: #eceff3; color: #3e4c59; border: 1px solid #cbd2d9;",
}
ERROR_STYLE = "background: #fde8e7; color: #8a1c12; border: 1px solid #f1a7a0; padding: 4px 8px;"


class NoticeDialog(QDialog):
    """The notice of one article: the draft (not yet published) or a published wording, to edit and publish."""

    published = Signal(int)
    noticesChanged = Signal()

    def __init__(self, history: History, article_id: int, *, author: str, style: HouseStyle | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.history, self.article_id, self.author, self.style = history, article_id, author, style
        article = history.article(article_id)
        self.article_title = article.title
        self.setWindowTitle(self.tr("Correction notice — {title}").format(title=reveal(article.title)))
        resize_within_screen(self, 1040, 660)
        self.notice: Notice | None = None
        self._base: Notice | None = None
        self._stored: publishing.StoredNotice | None = None
        self._published: list[publishing.StoredNotice] = []
        self._draft: Notice | None = None
        self._draft_version = 0
        self._covered: tuple = ()  # (kind, before, after) of the corrections the shown notice speaks for
        self._edits: dict[object, str] = {}
        self._key: object = None
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.reload()

    # Building

    def _build(self) -> None:
        self.chooser = QComboBox(objectName="noticeChooser")
        self.chooser.setAccessibleName(self.tr("Which notice"))
        self.chooser.activated.connect(self._chosen)
        self.banner = QLabel(objectName="noticeStatus")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice status"))
        self.editor = QPlainTextEdit(objectName="noticeEditor")
        self.editor.setAccessibleName(self.tr("Notice wording"))
        self.editor.setAccessibleDescription(self.tr("Labelled paragraphs separated by a blank line, then the "
                                                     "date line"))
        self.editor.textChanged.connect(self._typed)
        self.error = QLabel(objectName="noticeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem with the wording"))
        self.error.hide()
        self.warnings_title = QLabel(objectName="noticeWarningsTitle")
        self.warnings = QListWidget(objectName="noticeWarnings")
        self.warnings.setAccessibleName(self.tr("Notice check warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.preview = QTextBrowser(objectName="noticePreview")
        self.preview.setAccessibleName(self.tr("Notice preview"))
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.format = QComboBox(objectName="noticeFormat")
        self.format.setAccessibleName(self.tr("Output format"))
        for fmt in FORMATS:
            self.format.addItem(self.tr(fmt.name), fmt)
        self.format.currentIndexChanged.connect(self._show_output)
        self.output = QPlainTextEdit(objectName="noticeOutput")
        self.output.setAccessibleName(self.tr("Notice output to copy"))
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("&Wording:"), buddy=self.editor))
        column.addWidget(self.editor, 1)
        column.addWidget(self.error)
        column.addWidget(self.warnings_title)
        column.addWidget(self.warnings)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Preview:")))
        column.addWidget(self.preview, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Output:"), buddy=self.format))
        row.addWidget(self.format)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.output, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="noticeSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 540])

        self.copy_button = self._button(self.tr("&Copy"), "noticeCopy", self.copy_output,
                                        self.tr("Copy the output in the chosen format"))
        self.save_button = self._button(self.tr("&Save…"), "noticeSave", self.save_output,
                                        self.tr("Save the output in the chosen format to a file"))
        self.print_button = self._button(self.tr("&Print…"), "noticePrint", self.print_notice,
                                         self.tr("Print the notice"))
        self.pdf_button = self._button(self.tr("Export P&DF…"), "noticePdf", self.export_pdf,
                                       self.tr("Save the notice as a PDF file"))
        self.reset_button = self._button(self.tr("&Reset Wording"), "noticeReset", self.reset_wording,
                                         self.tr("Go back to the wording as drafted or published"))
        self.publish_button = self._button(self.tr("P&ublish"), "noticePublish", self.publish,
                                           self.tr("Publish the version with this notice"))
        self.close_button = self._button(self.tr("C&lose"), "noticeClose", self.reject, "")
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.print_button, self.pdf_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Notice:"), buddy=self.chooser))
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # What is shown

    @property
    def is_draft(self) -> bool:
        """True while the next publish's draft is shown, rather than a published notice."""
        return self._key == DRAFT

    def reload(self, select: object = None) -> None:
        """Read the draft and the published notices again; show `select` (a notice id or DRAFT), else the draft."""
        self._published = publishing.notices(self.history, self.article_id)
        self._draft_version = self.history.latest(self.article_id).number
        self._draft = notices.draft(self.history, self.article_id, self._draft_version, style=self.style)
        self._loading = True
        self.chooser.clear()
        if self._draft is not None:
            self.chooser.addItem(self.tr("Draft for version {number} — not published yet").format(
                number=self._draft_version), DRAFT)
        for stored in reversed(self._published):
            self.chooser.addItem(self.tr("Published with version {number} on {time} — notice {id}").format(
                number=stored.version_number, time=local_time(stored.created_at), id=stored.id), stored.id)
        self._loading = False
        row = self.chooser.findData(select) if select is not None else -1
        self._show(self.chooser.itemData(row if row >= 0 else 0) if self.chooser.count() else None)

    def _chosen(self, row: int) -> None:
        if not self._loading:
            self._show(self.chooser.itemData(row))

    def _show(self, key: object) -> None:
        if self._key is not None and self._base is not None:
            self._edits[self._key] = self.editor.toPlainText()
        self._key = key
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(key)))
        self._stored = next((n for n in self._published if n.id == key), None)
        self._base = self._draft if key == DRAFT else (self._stored.notice if self._stored else None)
        self._covered = notices.amendments(self.history, self.article_id,
                                           self._stored.version_number if self._stored else None)
        self.chooser.setEnabled(self.chooser.count() > 1)
        if self._base is None:
            baseline = publishing.baseline(self.history, self.article_id)
            self._set_banner("none", self.tr(
                "Nothing to give notice of: only style fixes were applied since version {number} was published, "
                "and readers are never told of those.").format(number=baseline)
                if any(kind in SILENT_KINDS for kind, _, _ in self._covered) else self.tr(
                "Nothing to give notice of: no correction was applied since version {number} was published.").format(
                number=baseline))
            self.editor.setReadOnly(True)
            self._loading = True
            self.editor.setPlainText("")
            self._loading = False
            self.notice = None
            self.preview.clear()
            self.output.clear()
            self._show_warnings(notices.kind_warnings(self.history, self.article_id))
            self.error.hide()
            self._update_buttons()
            return
        if key == DRAFT:
            self._set_banner("draft", self.tr(
                "Draft — not published yet. Publishing version {number} will carry this notice; "
                "edit its wording here first if you need to.").format(number=self._draft_version))
            self.publish_button.setText(self.tr("P&ublish Version {number}…").format(number=self._draft_version))
        else:
            stored = self._stored
            self._set_banner("published", self.tr(
                "Published with version {number} on {time} by {author}. Published notices never change: "
                "publishing a revised wording keeps this one on record as superseded.").format(
                number=stored.version_number, time=local_time(stored.created_at), author=reveal(stored.created_by)))
            self.publish_button.setText(self.tr("P&ublish Revised Wording…"))
        self.editor.setReadOnly(False)
        self._loading = True
        self.editor.setPlainText(self._edits.get(key, self._base.text))
        self._loading = False
        self.refresh()

    def _set_banner(self, kind: str, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel#noticeStatus {{ {BANNER_STYLES[kind]} padding: 6px 10px; }}")
        self.banner.setProperty("noticeKind", kind)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def refresh(self) -> None:
        """Rebuild the notice from the wording now: preview, output, warnings and buttons follow."""
        self._timer.stop()
        if self._base is None:
            return
        text = self.editor.toPlainText()
        try:
            self.notice = notice_from_text(text, self._base, self.style)
        except EmendError as error:
            self.notice = None
            self.error.setText("✘ " + str(error))
            self.error.show()
        else:
            self.error.hide()
            self.preview.setHtml(to_html(self.notice))
            self._show_output()
        self._show_warnings(notices.check(text, self._passages(), self.style, self._covered))
        self._update_buttons()

    def _passages(self) -> list[tuple[str, str]]:
        if self._stored is not None:
            return notices.stored_passages(self._stored)
        return notices.draft_passages(self._base) if self._base else []

    def _show_warnings(self, warnings) -> None:
        self.warnings.clear()
        for warning in warnings:
            message = warning.message[:1].upper() + warning.message[1:]
            item = QListWidgetItem("⚠ " + message)
            item.setData(Qt.ItemDataRole.UserRole, warning.code)
            item.setToolTip(message)
            self.warnings.addItem(item)
        self.warnings_title.setText(
            self.tr("Notice check: %n warning(s)", "", len(warnings)) if warnings
            else self.tr("Notice check: no warnings"))
        self.warnings.setVisible(bool(warnings))

    def warning_messages(self) -> list[str]:
        """The notice check's warnings as listed; publishing repeats them in its question."""
        return [self.warnings.item(row).text() for row in range(self.warnings.count())]

    @property
    def output_format(self) -> OutputFormat:
        """The format chosen for the output pane, which Copy and Save also use."""
        return self.format.currentData()

    def set_output_format(self, name: str) -> None:
        """Switch the output to a format by name: Text, Markdown, HTML, JSON-LD or NewsML."""
        row = next(i for i, fmt in enumerate(FORMATS) if fmt.name == name)
        self.format.setCurrentIndex(row)

    def rendered(self, fmt: OutputFormat | None = None) -> str:
        """The edited notice in a format (default the chosen one); '' while the wording is not a notice."""
        fmt = fmt or self.output_format
        if self.notice is None:
            return ""
        if fmt.key == "newsml":  # the item `emend notice --format newsml` gives, with the wording as edited
            number = news_items.notice_version(self.history, self.article_id, draft=self.is_draft)
            key = news_items.DRAFT if self.is_draft else self._stored.id
            return news_items.newsml(self.history, self.article_id, number, style=self.style,
                                     wording={key: self.notice})
        if fmt.key in notices.STRUCTURED:
            return notices.render(self._structured_notice(), fmt.key, article=self._article_metadata())
        return notices.render(self.notice, fmt.key, record=self._record(), style=self.style)

    def _record(self, latest: bool = False) -> NoticeRecord | None:
        """The record of the version the shown notice was published with (or the latest published one,
        for the structured outputs); a draft carries none."""
        if self._stored is None:
            return None
        number = None if latest else self._stored.version_number
        return publishing.notice_record(self.history, self.article_id, number)

    def _structured_notice(self) -> Notice:
        """JSON-LD and NewsML describe all of an article's notices in force, as `emend notice` does."""
        if self._stored is None:
            return self.notice
        return combine_notices([self.notice if n.id == self._stored.id else n.notice for n in self._published])

    def _article_metadata(self) -> NoticeArticle:
        return notices.notice_article(self.history, self.article_id, self._record(latest=True))

    def _show_output(self) -> None:
        try:
            self.output.setPlainText(reveal(self.rendered()))  # shown only: copy and save take rendered()
        except EmendError as error:
            self.output.setPlainText("")
            self.error.setText("✘ " + str(error))
            self.error.show()

    def _update_buttons(self) -> None:
        valid = self.notice is not None
        for button in (self.copy_button, self.save_button, self.print_button, self.pdf_button):
            button.setEnabled(valid)
        changed = valid and self._base is not None and self.notice.text != self._base.text
        self.reset_button.setEnabled(self._base is not None and self.editor.toPlainText() != self._base.text)
        self.publish_button.setEnabled(valid and (self.is_draft or changed))
        self.publish_button.setVisible(self._base is not None)

    @property
    def edited(self) -> bool:
        """Whether the wording shown differs from the draft or published one (and would be lost on closing)."""
        return self._base is not None and " ".join(self.editor.toPlainText().split()) != " ".join(
            self._base.text.split())

    # Actions

    def reset_wording(self) -> None:
        """Drop the editor's changes to the wording and show the drafted or published text again."""
        if self._base is not None:
            self.editor.setPlainText(self._base.text)
            self.refresh()

    def copy_output(self) -> None:
        """Put the rendered notice, in the chosen format, on the clipboard."""
        text = self.rendered()
        if text:
            QGuiApplication.clipboard().setText(text)

    def save_output(self) -> Path | None:
        """Ask for a file and write the notice in the chosen format."""
        fmt = self.output_format
        text = self.rendered(fmt)
        if not text:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice as {format}").format(format=self.tr(fmt.name)),
            str(remembered_folder(FOLDER_KEY) / f"{safe_stem(self.article_title)}-notice.{fmt.extension}"),
            self.tr(fmt.filter))
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(f"{path.name}.{fmt.extension}")
        remember_folder(FOLDER_KEY, path.parent)
        try:  # the file dialog asked before replacing a file; the history itself is still refused
            return outputs.write_output(self.history, path, text.encode("utf-8"), force=True)
        except EmendError as error:
            QMessageBox.critical(self, self.tr("Cannot save the notice"), str(error))
            return None

    def printable_html(self) -> str:
        """The notice as a small HTML page, headed by the article's title, for printing and PDF."""
        heading = self.tr("Correction notice — {title}").format(title=self.article_title)
        return (f"<html><head><meta charset=\"utf-8\"><title>{escape(heading)}</title></head><body>"
                f"<h2>{escape(heading)}</h2>{to_html(self.notice)}</body></html>")

    def print_notice(self) -> bool:
        """Print the notice, headed by the article's title; False if nothing was printed."""
        if self.notice is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setPageMargins(page_margins(), QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the notice"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_document(printable_document(self.printable_html(), PREVIEW_CSS), printer, self.windowTitle())
        return True

    def export_pdf(self) -> Path | None:
        """Ask for a file and write the notice there as a PDF; the path written, or None."""
        if self.notice is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the notice as PDF"),
            str(remembered_folder(FOLDER_KEY) / f"{safe_stem(self.article_title)}-notice.pdf"),
            self.tr("PDF document (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        remember_folder(FOLDER_KEY, path.parent)
        try:
            return html_to_pdf(self.printable_html(), path, title=self.windowTitle(),
                               protect=self.history.protected_files(), force=True, style_sheet=PREVIEW_CSS)
        except EmendError as error:
            QMessageBox.critical(self, self.tr("Cannot export the PDF"), str(error))
            return None

    def publish(self) -> bool:
        """Publish the draft's version with this wording, or publish a revised wording of a published notice."""
        self.refresh()
        if self.notice is None or self._base is None:
            return False
        text = self.editor.toPlainText()
        warnings = self.warning_messages()
        caution = ("\n\n" + self.tr("The notice check found:") + "\n" + "\n".join(warnings)) if warnings else ""
        if self.is_draft:
            title = self.tr("Publish version {number}").format(number=self._draft_version)
            question = self.tr("Publish version {number} of “{title}” with this notice? Readers will see it, "
                               "and it cannot be changed afterwards, only superseded.").format(
                number=self._draft_version, title=self.article_title)
        else:
            title = self.tr("Publish revised wording")
            question = self.tr("Publish this wording in place of notice {id}? The earlier wording stays on "
                               "record as superseded.").format(id=self._stored.id)
        answer = QMessageBox.question(self, title, question + caution,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        key = self._key
        try:
            if self.is_draft:
                publication, stored = notices.publish(
                    self.history, self.article_id, self._draft_version, author=self.author, notice_text=text,
                    style=self.style)
            else:
                stored = publishing.revise_notice(self.history, self._stored.id, text, author=self.author,
                                                  style=self.style)
                publication = None
        except EmendError as error:
            QMessageBox.critical(self, self.tr("Cannot publish"), str(error))
            self.reload(select=key)
            return False
        self._edits.pop(key, None)
        self._key = None
        self.reload(select=stored.id if stored else None)
        if publication is not None:
            self.published.emit(publication.version_number)
        self.noticesChanged.emit()
        return True

    def reject(self) -> None:
        """Closing asks first when an edited wording was not published, so it is not lost unnoticed."""
        if self.edited_any():
            answer = QMessageBox.question(
                self, self.tr("Discard the edited wording?"),
                self.tr("The wording you edited was not published. Close and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def edited_any(self) -> bool:
        """Whether any notice shown in this dialog has an edited wording not yet published."""
        if self.edited:
            return True
        bases = {DRAFT: self._draft, **{n.id: n.notice for n in self._published}}
        return any(bases.get(key) is not None and " ".join(text.split()) != " ".join(bases[key].text.split())
                   for key, text in self._edits.items() if key != self._key)
