"""File > Export…: write a version of the open article as .txt, .md, .html or .docx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corrections.errors import EmendError
from corrections.exporters import format_for_path, write_export
from corrections.filenames import path_in_folder
from db.history import History
from desktop.background import run_with_progress
from desktop.preferences import remember_folder, remembered_folder

EXPORT_FILTERS = {
    "txt": QT_TRANSLATE_NOOP("ExportDialog", "Plain text (*.txt)"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (*.html)"),
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document (*.docx)"),
}
FOLDER_KEY = "export/folder"



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
                    if QCoreApplication.translate("ExportDialog", label) == chosen_filter), "txt")
        target = target.with_name(f"{target.name}.{fmt}")
    return target


def export_article(parent: QWidget | None, history: History, article_id: int,
                   number: int | None = None) -> Path | None:
    """Ask where, then write version `number` (default: the latest) of an article; the file written or None."""
    try:
        title = history.article(article_id).title
        text = history.text(article_id, number)
    except EmendError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("ExportDialog", "Cannot export the article"),
                             str(error))
        return None
    try:
        suggested = path_in_folder(export_folder(), title, "txt")
    except EmendError:
        suggested = export_folder() / "article.txt"
    filters = ";;".join(QCoreApplication.translate("ExportDialog", label) for label in EXPORT_FILTERS.values())
    caption = QCoreApplication.translate("ExportDialog", "Export article")
    first = QCoreApplication.translate("ExportDialog", EXPORT_FILTERS["txt"])
    path, chosen_filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters, first)
    if not path:
        return None
    target = with_format_extension(path, chosen_filter)
    try:
        label = QCoreApplication.translate("ExportDialog", "Exporting {name}…").format(name=target.name)
        written = run_with_progress(parent, label, write_export, target, text, title,  # the dialog asked first
                                    protect=history.protected_files(), force=True)
    except EmendError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("ExportDialog", "The article was not exported"),
                             str(error))
        return None
    remember_folder(FOLDER_KEY, written.parent)
    return written
