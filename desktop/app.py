"""Starting Emend's window: the QApplication, the author's name, the history, the main window, the event loop.

A history that cannot be used is explained with a choice of another file; unsaved work an Emend
left behind (it crashed, or the power went) is offered back before the editor starts anew.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

import resources
from db.errors import DatabaseError
from db.history import History
from desktop import last_article, preferences, settings_keys
from desktop.application import configuration
from desktop.main_window import MainWindow
from desktop.window_fit import show_fitted


def application() -> QApplication:
    """The one QApplication, created with Emend's names, style and stylesheet on first use."""
    from PySide6.QtGui import QGuiApplication, QIcon

    from desktop import i18n, mnemonics, theme

    app = QApplication.instance()
    fusion = False
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        # Fusion named at creation: setStyle() would make PySide build its QStyle type (15 ms of start-up).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        fusion = True
    if not app.property("emendStyled"):
        app.setApplicationName(preferences.APPLICATION)
        app.setOrganizationName(preferences.ORGANIZATION)
        app.setApplicationDisplayName("Emend")
        QGuiApplication.setDesktopFileName("io.github.emend.Emend")
        app.setWindowIcon(QIcon(str(resources.path("icons/app/io.github.emend.Emend.svg"))))
        if not fusion:
            app.setStyle("Fusion")
        font = QFont("DejaVu Sans")
        font.setPointSize(10)
        app.setFont(font)
        if settings_keys.theme() is not settings_keys.ThemeChoice.SYSTEM:
            theme.apply_theme(app, settings_keys.theme().value)
        theme.apply_style_sheet(app)
        mnemonics.install(app)  # before the catalogues, which take precedence
        i18n.install_translator(app)
        app.setProperty("emendStyled", True)
    return app


def author_name(parent=None, *, ask: bool = True) -> str:
    """The configured author (EMEND_AUTHOR, else the saved preference), else, asked once and then saved,
    the user's answer, else the login name."""
    name, source = configuration.author_name()
    if source != "login" or not ask:
        return name
    from desktop.dialogs.author_dialog import ask_author  # asked once in a user's life: loaded only then

    answer = ask_author(parent, name)
    if answer:
        preferences.save_author(answer)
        return answer
    return name


def create_main_window(db_path: str | os.PathLike | None = None, *, author: str | None = None,
                       remember: bool = True) -> MainWindow | None:
    """A main window on the history at db_path (default: --db / EMEND_DB / the user data folder).

    None when that history cannot be used and the editor chose Quit. A window that remembers
    (the normal one) offers back unsaved work left behind on this history, else reopens the article last open.
    """
    application()
    path = configuration.db_path(db_path)
    try:
        history = History.open(path, create=not path.exists())  # an empty file is a lost history, not a new one
    except DatabaseError as error:  # the dialog that explains it and offers another file is loaded only then
        from desktop.dialogs.database_problem_dialog import open_history

        history = open_history(path, error=error)
    if history is None:
        return None
    try:
        window = MainWindow(history, author or author_name(), remember=remember)
    except BaseException:
        history.close()
        raise
    if not window.offer_recovery():
        last_article.reopen(window)
    last_article.follow(window)
    return window


def install_error_dialog() -> None:
    """Show an error nobody foresaw as a dialog, not a traceback on a terminal nobody reads.

    A damaged history gets its own explanation; EMEND_DEBUG=1 also prints the traceback.
    """
    from PySide6.QtWidgets import QMessageBox

    from db.errors import DAMAGE_ERRORS, damaged

    def show(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if os.environ.get("EMEND_DEBUG"):
            sys.__excepthook__(kind, error, trace)
        else:
            print(f"emend: internal error: {kind.__name__}: {error}", file=sys.stderr)
        if isinstance(error, DAMAGE_ERRORS):
            message = str(damaged(error))
        else:
            message = QApplication.translate(
                "App", "Something went wrong that Emend did not expect: {error}\n\nNothing already saved was "
                "changed. Please report this, with what you were doing.").format(
                    error=f"{kind.__name__}: {error}")
        QMessageBox.critical(QApplication.activeWindow(), QApplication.translate("App", "Emend"), message)

    sys.excepthook = show


def run_window(db_path: str | os.PathLike | None = None, file: str | None = None,
               screenshot: str | None = None, replace: bool = False) -> int:
    """Open the editor (on `file` if given) and run until it closes; or render a screenshot and exit.

    Returns 1 without opening a window when the editor quits at an unusable history.
    """
    if screenshot:
        from desktop.screenshot import save_screenshot

        return save_screenshot(Path(screenshot), Path(file) if file else None,
                               protect=(configuration.db_path(db_path),), force=replace)
    app = application()
    install_error_dialog()
    window = create_main_window(db_path)
    if window is None:
        return 1
    show_fitted(window)
    started()
    if file:
        window.open_file(file)
    return app.exec()


def started() -> None:
    """The window is up: resume the cycle collector `emend` paused before its imports, and freeze
    what start-up made (modules, the window), which lives until exit, out of its walks. Called
    before any article is opened, so nothing an editor later closes is frozen.

    Start-up allocates tens of thousands of objects that all stay; collecting while they are made,
    and walking them in every later full collection and several times as Python exits, would find
    nothing to free (about 0.1 s of each start).
    """
    gc.freeze()
    gc.enable()
