"""Starting Emend's window: the QApplication, the author's name, the main window, the event loop."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

import resources
from db.history import History
from db.paths import resolve_db_path
from desktop import preferences
from desktop.dialogs.author_dialog import ask_author
from desktop.main_window import MainWindow


def application() -> QApplication:
    """The one QApplication, created with Emend's names, style and stylesheet on first use."""
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    if not app.property("emendStyled"):
        app.setApplicationName(preferences.APPLICATION)
        app.setOrganizationName(preferences.ORGANIZATION)
        app.setApplicationDisplayName("Emend")
        app.setStyle("Fusion")
        font = QFont("DejaVu Sans")
        font.setPointSize(10)
        app.setFont(font)
        app.setStyleSheet(resources.read_text("styles/emend.qss"))
        app.setProperty("emendStyled", True)
    return app


def login_name() -> str:
    try:
        return os.getlogin()
    except OSError:
        return getpass.getuser()


def author_name(parent=None, *, ask: bool = True) -> str:
    """EMEND_AUTHOR, else the saved preference, else (asked once, then saved) the user's answer."""
    for name in (os.environ.get("EMEND_AUTHOR", ""), preferences.saved_author()):
        if name.strip():
            return name.strip()
    if ask:
        name = ask_author(parent, login_name())
        if name:
            preferences.save_author(name)
            return name
    return login_name()


def create_main_window(db_path: str | os.PathLike | None = None, *, author: str | None = None,
                       remember: bool = True) -> MainWindow:
    """A main window on the history at db_path (default: --db / EMEND_DB / the user data folder)."""
    application()
    path = resolve_db_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    history = History.open(path)
    try:
        return MainWindow(history, author or author_name(), remember=remember)
    except BaseException:
        history.close()
        raise


def run_window(db_path: str | os.PathLike | None = None, file: str | None = None,
               screenshot: str | None = None) -> int:
    """Open the editor (on `file` if given) and run until it closes; or render a screenshot and exit."""
    if screenshot:
        from desktop.screenshot import save_screenshot

        return save_screenshot(Path(screenshot), Path(file) if file else None)
    app = application()
    window = create_main_window(db_path)
    window.show()
    if file:
        window.open_file(file)
    return app.exec()
