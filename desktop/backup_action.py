"""File > Back Up History…: a verified copy of the whole history, made off the GUI thread."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corrections.errors import EmendError
from db.history import History
from db.records import VerifyReport
from desktop.application import outputs
from desktop.background import run_with_progress
from desktop.preferences import remember_folder, remembered_folder

FOLDER_KEY = "backup/folder"
BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupAction", "Emend history (*.sqlite);;All files (*)")


def default_backup_name(today: date | None = None) -> str:
    """'emend-backup-2025-11-26.sqlite' for today."""
    return f"emend-backup-{(today or date.today()).isoformat()}.sqlite"


def backup_folder() -> Path:
    """Where the last backup went, else the user's Documents folder."""
    return remembered_folder(FOLDER_KEY)


def backup_copy(history_path: str | os.PathLike, destination: str | os.PathLike) -> VerifyReport:
    """Back up the history at `history_path` through a connection of this thread's own; the file
    dialog has asked before replacing an older backup."""
    with History.open(history_path, create=False) as own:
        return outputs.backup(own, destination, force=True)


def backup_summary(report: VerifyReport) -> str:
    """'Backed up 3 articles, 7 versions; the copy verifies.'"""
    return QCoreApplication.translate("BackupAction", "Backed up {articles}, {versions}; the copy verifies.").format(
        articles=QCoreApplication.translate("BackupAction", "%Ln article(s)", None, report.checked_articles),
        versions=QCoreApplication.translate("BackupAction", "%Ln version(s)", None, report.checked_versions))


def backup_history_interactive(parent: QWidget | None, history: History) -> VerifyReport | None:
    """Ask for a file name, back the history up to it in the background, and say how it went."""
    title = QCoreApplication.translate("BackupAction", "Back up history")
    if history.path is None:
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "BackupAction", "This history is not kept in a file, so it cannot be backed up."))
        return None
    suggested = backup_folder() / default_backup_name()
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                QCoreApplication.translate("BackupAction", BACKUP_FILTER))
    if not path:
        return None
    destination = Path(path)
    try:
        label = QCoreApplication.translate("BackupAction", "Backing up the history to {name}…")
        report = run_with_progress(parent, label.format(name=destination.name), backup_copy, history.path,
                                   destination)
    except EmendError as error:
        QMessageBox.critical(parent, QCoreApplication.translate("BackupAction", "The backup was not made"),
                             str(error))
        return None
    remember_folder(FOLDER_KEY, destination.parent)
    QMessageBox.information(parent, title, f"{backup_summary(report)}\n\n{destination}")
    return report
