"""Printing and PDF export of HTML documents (notices, audit reports) with Qt's print support, on pages
headed by the document's title and numbered (desktop.page_printer)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from corrections.errors import InputError
from corrections.files import atomic_output
from corrections.files.reader import resolved

PRINT_POINT_SIZE = 10
PAGE_MARGIN_MM = 18


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


def page_margins():
    """The margins, in millimetres, of every page Emend prints or writes as PDF."""
    from PySide6.QtCore import QMarginsF

    return QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)


def printable_document(html: str, style_sheet: str = ""):
    """`html` as a text document to lay out on paper: 10-point type, widths measured as print measures them."""
    from PySide6.QtGui import QFont, QTextDocument

    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(PRINT_POINT_SIZE)
    if hasattr(font, "setFeature"):  # Qt 6.7: no ﬁ ligature, so names copied or searched in the PDF read "fi"
        font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    if style_sheet:
        document.setDefaultStyleSheet(style_sheet)
    document.setHtml(html)
    return document


def html_to_pdf(html: str, path: str | os.PathLike, *, title: str = "", protect: Iterable[str | os.PathLike] = (),
                force: bool = False, style_sheet: str = "") -> Path:
    """Lay out `html` on A4 pages headed by `title` and numbered "Page N of M", and write them as a PDF
    file through the one safe writer (never a `protect`ed history; an existing file only with `force`);
    returns the file written. `style_sheet` styles what the page's own does not."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from desktop.page_printer import print_document

    ensure_gui_application()
    with atomic_output(path, protect=protect, force=force) as partial:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Emend")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         page_margins(), QPageLayout.Unit.Millimeter))
        print_document(printable_document(html, style_sheet), writer, title)
        del writer
        if not _complete_pdf(partial):  # Qt does not report a failed write (a full disk): the file tells
            raise InputError(QCoreApplication.translate("Printing", "the PDF {path} could not be written").format(
                path=path))
    return resolved(path)
