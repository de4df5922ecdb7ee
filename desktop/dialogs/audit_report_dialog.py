"""Save an article's audit report as HTML or PDF, chosen by the file name's extension.

The report is gathered on a pool thread (it diffs and verifies every version) while a busy dialog
shows; the PDF is then laid out by Qt, as `emend audit --format pdf` does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from corrections.audit_report import render_audit_html
from corrections.errors import EmendError
from corrections.filenames import safe_stem
from db.audit import audit_data
from db.history import History
from desktop.application import outputs
from desktop.history_reader import HistoryReader
from desktop.preferences import remember_folder, remembered_folder
from desktop.printing import html_to_pdf

FILTERS = {  # marked for lupdate here, translated where the file dialog shows them
    "html": QT_TRANSLATE_NOOP("AuditReport", "HTML page (*.html *.htm)"),
    "pdf": QT_TRANSLATE_NOOP("AuditReport", "PDF document (*.pdf)"),
}
SHOW_BUSY_AFTER_MS = 300
FOLDER_KEY = "audit/folder"
"""Where the last audit report went; the next one is offered there (else in Documents), never in the folder
Emend happened to be started from."""


def _cannot_save(parent: QWidget | None, reason: str) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("AuditReport", "Cannot save the audit report"), reason)


def save_audit_report(parent: QWidget | None, history: History, article_id: int) -> Path | None:
    """Ask where to save the audit report of an article and write it; the path written, or None."""
    try:
        title = history.article(article_id).title
    except EmendError as error:
        _cannot_save(parent, str(error))
        return None
    filters = {kind: QCoreApplication.translate("AuditReport", text) for kind, text in FILTERS.items()}
    suggested = remembered_folder(FOLDER_KEY) / f"{safe_stem(title)}-audit.html"
    chosen, selected = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AuditReport", "Save audit report"), str(suggested),
        ";;".join(filters.values()))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".html", ".htm", ".pdf"):
        path = path.with_name(path.name + (".pdf" if selected == filters["pdf"] else ".html"))
    html = _gather(parent, history, article_id)
    if html is None:
        return None
    try:
        if path.suffix.lower() == ".pdf":
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                path = html_to_pdf(html, path, title=QCoreApplication.translate("AuditReport", "Audit: {title}").format(
                    title=title), protect=history.protected_files(), force=True)
            finally:
                QApplication.restoreOverrideCursor()
        else:  # the file dialog asked before replacing a file; the history itself is still refused
            path = outputs.write_output(history, path, html.encode("utf-8"), force=True)
    except EmendError as error:
        _cannot_save(parent, str(error))
        return None
    remember_folder(FOLDER_KEY, path.parent)
    return path


def _gather(parent: QWidget | None, history: History, article_id: int) -> str | None:
    """The report's HTML, built on a pool thread while the window shows it is busy."""
    reader = HistoryReader(history)
    loop = QEventLoop()
    outcome: dict[str, str] = {}

    def done(html: str) -> None:
        outcome["html"] = html
        loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    reader.finished.connect(done)
    reader.failed.connect(failed)
    progress = QProgressDialog(QCoreApplication.translate("AuditReport", "Gathering the audit report…"), "", 0, 0,
                               parent)
    progress.setObjectName("auditReportProgress")
    progress.setAccessibleName(QCoreApplication.translate("AuditReport", "Gathering the audit report"))
    progress.setWindowTitle(QCoreApplication.translate("AuditReport", "Audit report"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_BUSY_AFTER_MS)
    try:
        reader.read(lambda opened: render_audit_html(audit_data(opened, article_id)))
        if reader.busy:
            loop.exec()
    finally:
        progress.reset()
        progress.deleteLater()
        reader.shutdown()
        reader.deleteLater()
    if "error" in outcome:
        _cannot_save(parent, outcome["error"])
        return None
    return outcome.get("html")
