"""At start-up, a history that cannot be used: say why, and offer another file, a new one, or quitting.

The problem file is never written to: Create New refuses an existing file, and Emend only opens
what it recognises as its own history.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from db.errors import CorruptDatabase, DatabaseError, NewerSchemaError, NotAnEmendDatabase
from db.history import History
from desktop.dialogs.message_layout import lay_out_message, make_bold

HISTORY_FILTER = QT_TRANSLATE_NOOP("DatabaseProblemDialog", "Emend history (*.sqlite *.db);;All files (*)")



def headline(error: DatabaseError) -> str:
    """One sentence naming the kind of problem."""
    if isinstance(error, NotAnEmendDatabase):
        return QCoreApplication.translate("DatabaseProblemDialog", "This file is not an Emend history.")
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate("DatabaseProblemDialog",
                   "This history was written by a newer version of Emend.")
    if isinstance(error, CorruptDatabase):
        return QCoreApplication.translate("DatabaseProblemDialog", "This history is damaged.")
    return QCoreApplication.translate("DatabaseProblemDialog", "This history cannot be opened.")


class DatabaseProblemDialog(QDialog):
    """Open Another… / Create New… / Quit for a history that could not be opened."""

    OPEN_ANOTHER, CREATE_NEW, QUIT = "open-another", "create-new", "quit"

    def __init__(self, path: Path, error: DatabaseError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("databaseProblemDialog")
        self.setWindowTitle(self.tr("Cannot open the history"))
        self.setMinimumWidth(560)
        self.choice = self.QUIT

        self.headline = QLabel(headline(error), objectName="databaseProblemHeadline", wordWrap=True)
        self.headline.setAccessibleName(self.tr("What is wrong"))
        make_bold(self.headline)
        self.message = QLabel(str(error), objectName="databaseProblemMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("The problem in detail"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self.tr("Emend leaves {name} exactly as it is. Open another history, create a new "
                                     "one, or quit.").format(name=path.name),
                             objectName="databaseProblemAdvice", wordWrap=True)

        self.open_button = QPushButton(self.tr("&Open Another…"), objectName="openAnotherButton")
        self.create_button = QPushButton(self.tr("&Create New…"), objectName="createNewButton")
        self.quit_button = QPushButton(self.tr("&Quit"), objectName="quitButton")
        self.open_button.setDefault(True)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(lambda: self._choose(self.OPEN_ANOTHER))
        self.create_button.clicked.connect(lambda: self._choose(self.CREATE_NEW))
        self.quit_button.clicked.connect(lambda: self._choose(self.QUIT))

        text = QVBoxLayout()
        for label in (self.headline, self.message, self.advice):
            text.addWidget(label)
        lay_out_message(self, QStyle.StandardPixmap.SP_MessageBoxCritical, "databaseProblemIcon", text, self.buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Rejected if choice == self.QUIT else QDialog.DialogCode.Accepted)


def ask_database_problem(path: Path, error: DatabaseError, parent: QWidget | None = None) -> str:
    """What the editor wants to do about an unusable history; closing the dialog means Quit."""
    dialog = DatabaseProblemDialog(path, error, parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def open_history(path: str | os.PathLike, parent: QWidget | None = None, *,
                 error: DatabaseError | None = None) -> History | None:
    """The history at `path`, or, if it cannot be used, the one the editor picks or creates; None to quit.

    `error`: why `path` already failed to open, when the caller tried it first (it is not tried again).
    """
    path = Path(path)
    while True:
        if error is None:
            try:
                return History.open(path, create=not path.exists())  # new only where no file is
            except DatabaseError as failure:
                error = failure
        choice, error = ask_database_problem(path, error, parent), None
        if choice == DatabaseProblemDialog.QUIT:
            return None
        chosen = _open_another(parent, path) if choice == DatabaseProblemDialog.OPEN_ANOTHER \
            else _create_new(parent, path)
        if chosen is not None:
            path = chosen


def _open_another(parent: QWidget | None, current: Path) -> Path | None:
    caption = QCoreApplication.translate("DatabaseProblemDialog", "Open another history")
    filters = QCoreApplication.translate("DatabaseProblemDialog", HISTORY_FILTER)
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(current.parent), filters)
    return Path(chosen) if chosen else None


def _create_new(parent: QWidget | None, current: Path) -> Path | None:
    suggested = current.with_name("history.sqlite") if current.name != "history.sqlite" \
        else current.with_name("new-history.sqlite")
    caption = QCoreApplication.translate("DatabaseProblemDialog", "Create a new history")
    filters = QCoreApplication.translate("DatabaseProblemDialog", HISTORY_FILTER)
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters,
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
    if not chosen:
        return None
    target = Path(chosen)
    if target.exists():
        message = QCoreApplication.translate(
            "DatabaseProblemDialog", "{path} already exists, and Emend never writes over a file. Choose a new "
                                     "name, or use Open Another… to open an existing history.")
        QMessageBox.warning(parent, caption, message.format(path=target))
        return None
    return target
