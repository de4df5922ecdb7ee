"""History > Publish Corrections Page…: the public corrections page written into a folder the editor chooses
(remembered for next time), off the GUI thread, by the rule `emend corrections-page` follows
(desktop/application/corrections_page.py)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from corrections.errors import EmendError
from corrections.notices.house_style import HouseStyle
from db.history import History
from desktop.application import configuration
from desktop.application.corrections_page import SiteWritten, holds_site, write_corrections_page
from desktop.background import run_with_progress
from desktop.preferences import remember_folder, remembered_folder

FOLDER_KEY = "correctionsPage/folder"


def translate(text: str) -> str:
    return QCoreApplication.translate("CorrectionsPageAction", text)


def corrections_page_folder() -> Path:
    """Where the corrections page went last time, else the user's Documents folder."""
    return remembered_folder(FOLDER_KEY)


def write_from(history_path: str | os.PathLike, folder: str | os.PathLike, force: bool,
               style: HouseStyle) -> SiteWritten:
    """The site written from the history at `history_path`, read through a connection of this thread's own."""
    with History.open(history_path, create=False, read_only=True) as own:
        return write_corrections_page(own, folder, force=force, style=style)


def site_summary(written: SiteWritten) -> str:
    """'Published 3 notices of 2 articles.'"""
    return translate("Published {notices} of {articles}.").format(
        notices=QCoreApplication.translate("CorrectionsPageAction", "%Ln notice(s)", None, written.notices),
        articles=QCoreApplication.translate("CorrectionsPageAction", "%Ln article(s)", None, written.articles))


def publish_corrections_page_interactive(parent: QWidget | None, history: History) -> SiteWritten | None:
    """Ask for a folder (and before remaking a site already there), write the site in the background, and
    say where it went."""
    title = translate("Publish corrections page")
    if history.path is None:
        QMessageBox.critical(parent, title, translate(
            "This history is not kept in a file, so its corrections page cannot be written."))
        return None
    chosen = QFileDialog.getExistingDirectory(parent, translate("Choose a folder for the corrections page"),
                                              str(corrections_page_folder()))
    if not chosen:
        return None
    folder = Path(chosen)
    force = holds_site(folder)
    if force and QMessageBox.question(parent, title, translate(
            "{folder} already holds a corrections page. Replace it with the one made now?").format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return None
    try:
        style = configuration.house_style()  # the Preferences' house style: its title, language and dates
        label = translate("Writing the corrections page to {name}…").format(name=folder.name or str(folder))
        written = run_with_progress(parent, label, write_from, history.path, folder, force, style)
    except EmendError as error:
        QMessageBox.critical(parent, translate("The corrections page was not written"), str(error))
        return None
    remember_folder(FOLDER_KEY, written.folder)
    QMessageBox.information(parent, title, f"{site_summary(written)}\n\n{written.index}")
    return written
