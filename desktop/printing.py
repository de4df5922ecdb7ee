"""Printing and PDF export of HTML documents (notices, audit reports) with Qt's print support."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from corrections.errors import InputError
from corrections.files import atomic_output
from corrections.files.reader import resolved


def ensure_gui_application():
    """The application rendering needs; offscreen when there is no display (e.g. from the CLI). A full
    QApplication, so a window opened later in the same process (tests, scripts) still has widgets."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["emend"])
    return app


def _complete_pdf(path: Path) -> bool:
    """Whether the file ends as a whole PDF does, with its %%EOF marker."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 64))
        return size > 0 and b"%%EOF" in handle.read()


def html_to_pdf(html: str, path: str | os.PathLike, *, title: str = "",
                protect: Iterable[str | os.PathLike] = (), force: bool = False) -> Path:
    """Lay out `html` on A4 pages and write it as a PDF file through the one safe writer (never a
    `protect`ed history; an existing file only with `force`); returns the file written."""
    from PySide6.QtCore import QCoreApplication, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    ensure_gui_application()
    with atomic_output(path, protect=protect, force=force) as partial:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Emend")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer
        if not _complete_pdf(partial):  # Qt does not report a failed write (a full disk): the file tells
            raise InputError(QCoreApplication.translate("Printing", "the PDF {path} could not be written").format(
                path=path))
    return resolved(path)
