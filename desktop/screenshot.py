"""`emend --screenshot FILE [ARTICLE]`: the window with one correction attached, rendered to a PNG.

It runs offscreen on a throw-away database, so the user's history and preferences stay untouched.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

import resources
from corrections.correction import Kind
from corrections.errors import InputError
from desktop.session import CorrectionFields

SIZE = (1280, 800)
WAIT_SECONDS = 60
SAMPLE_CORRECTION = ("184 million pounds", "187 million pounds",
                     QT_TRANSLATE_NOOP("Screenshot",
                                       "An earlier version of this article gave the wrong cost of the restoration."),
                     QT_TRANSLATE_NOOP("Screenshot", "Figure confirmed by the council press office."))


def demo_correction(text: str) -> tuple[tuple[int, int], CorrectionFields] | None:
    """A plausible correction for a screenshot: the sample's cost figure, else the first number, else a word."""
    quote, replacement, note, internal = SAMPLE_CORRECTION
    at = text.find(quote)
    if at < 0:
        match = re.search(r"\d+", text) or re.search(r"\w{5,}", text)
        if match is None:
            return None
        quote = match.group()
        replacement = str(int(quote) + 1) if quote.isdigit() else quote.upper()
        at, note, internal = match.start(), QT_TRANSLATE_NOOP(
            "Screenshot", "An earlier version of this article was wrong here."), ""
    note = QCoreApplication.translate("Screenshot", note)
    internal = QCoreApplication.translate("Screenshot", internal) if internal else ""
    return (at, at + len(quote)), CorrectionFields(Kind.CORRECTION, replacement, note, internal)


def save_screenshot(target: Path, article: Path | None = None, *, protect: tuple[Path, ...] = (),
                    force: bool = False) -> int:
    """Render the main window on `article` (default: the sample) with one correction, then exit 0.

    The PNG goes through the one safe writer: never over a `protect`ed history, over an existing file only
    with `force`. Both the target and the article are checked first, so nothing fails behind a dialog that
    an offscreen window could never close."""
    from corrections.files import atomic_output, check_output
    from corrections.importers import load_article

    check_output(target, protect=protect, force=force)
    if article is not None:
        load_article(article)  # a refusal here is one line, exit 2

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_quiet_offscreen)
    from db.history import History
    from desktop.app import application
    from desktop.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory(prefix="emend-screenshot-") as folder:
        window = MainWindow(History.open(Path(folder) / "screenshot.sqlite"),
                            QCoreApplication.translate("Screenshot", "Standards Desk"), remember=False)
        try:
            window.resize(*SIZE)
            window.show()
            if not window.open_file(article or resources.sample_article_path()):
                raise InputError(f"cannot open {article} for the screenshot")
            demo = demo_correction(window.session.working_text)
            if demo is not None:
                window.article_view.select_span(*demo[0])
                window.attach(*demo)
                window.article_view.select_span(demo[0][0], demo[0][0])
            _wait_for_preview(app, window)
            window.preview.next_change()
            window.article_view.setFocus()
            app.processEvents()
            with atomic_output(target, protect=protect, force=force) as partial:
                if not window.grab().save(str(partial), "PNG"):
                    raise InputError(f"cannot write the screenshot to {target}")
        finally:
            window.shutdown()
            window.deleteLater()
            app.processEvents()
    return 0


def _quiet_offscreen(_kind, _context, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's harmless size-hint notice."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _wait_for_preview(app, window) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while window.scheduler.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
