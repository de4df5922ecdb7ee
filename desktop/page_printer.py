"""Rich text laid out on pages under a running header (the document's title) and over a "Page N of M" footer.

Qt's own QTextDocument.print_ numbers pages but names nothing; this paints each page itself. The
document is laid out for the device (its fonts and widths in the device's own units), in black on
white whatever the window's palette, as a printed page is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter,
                           QPalette, QPen, QTextBlock, QTextCursor, QTextDocument, QTextFormat,
                           QTextFrame)

FURNITURE_POINT_SIZE = 8
FURNITURE_GAP_PT = 8  # between the header or footer and the body
FURNITURE_COLOUR = QColor("#555555")


def print_document(document: QTextDocument, device: QPagedPaintDevice, header: str) -> int:
    """Paint `document` on `device`'s pages, each headed by `header` and footed by its page number;
    returns how many pages it took. The document is laid out for the pages: print it once."""
    area = device.pageLayout().paintRectPixels(device.resolution())
    font = QFont(document.defaultFont().family())
    font.setPointSizeF(FURNITURE_POINT_SIZE)
    metrics = QFontMetricsF(font, device)
    gap = FURNITURE_GAP_PT * device.resolution() / 72
    band = metrics.height() + gap
    body = QRectF(0, 0, area.width(), area.height() - 2 * band)
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(body.size())
    _keep_blocks_whole(document, body.height())
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _furniture(painter, metrics, font, QRectF(0, 0, area.width(), area.height()), header, page + 1, pages)
            painter.save()
            painter.translate(QPointF(0, band - page * body.height()))
            clip = QRectF(QPointF(0, page * body.height()), QSizeF(body.size()))
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette = _print_palette()
            document.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def _keep_blocks_whole(document: QTextDocument, page_height: float) -> None:
    """Start on a new page each paragraph or table that would run across a page's foot, taking along a
    heading just above it, and each heading left alone at a foot. Qt draws a paragraph's last line above
    a page again, hidden but still in the file's text (found twice by search and copy); a paragraph kept
    whole has none. What is taller than half a page is left to run on."""
    parts = _top_level_parts(document)
    index = 0
    while index < len(parts):
        mover = _needs_new_page(document, parts, index, page_height)
        if mover is None:
            index += 1
            continue
        _start_page_with(mover)  # then the same part again: a heading above it may now stand alone
        document.setPageSize(document.pageSize())  # lays the rest out again before it is measured


def _top_level_parts(document: QTextDocument) -> list[QTextBlock | QTextFrame]:
    """The document's paragraphs and tables in order, a table as one part."""
    parts = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        parts.append(iterator.currentFrame() or iterator.currentBlock())
        iterator += 1
    return parts


def _needs_new_page(document: QTextDocument, parts: list, index: int, page_height: float):
    """The part to start a new page with so that parts[index] is not cut by a page's foot: itself or a
    heading a little above it; None if it fits or cannot be helped."""
    top, bottom = _extent(document, parts[index])
    page = _page_of(top, page_height)
    if _is_heading(parts[index]) and index + 1 < len(parts) and _movable(parts[index]):
        if _page_of(_extent(document, parts[index + 1])[0], page_height) > page:
            return parts[index]
    if page == _page_of(bottom - 1, page_height) or bottom - top >= page_height / 2:
        return None
    mover = parts[index] if _movable(parts[index]) else None
    for earlier in _lead_in(parts, index):
        start = _extent(document, parts[earlier])[0]
        if _page_of(start, page_height) < page or top - start > page_height / 5 or not _movable(parts[earlier]):
            break
        mover = parts[earlier]
    return mover


def _lead_in(parts: list, index: int) -> list[int]:
    """The headings that lead into parts[index], nearest first: the nearest heading above it, and each
    higher heading right above that one or over a single paragraph (a version's heading and record
    line over "Changes from …")."""
    nearest = next((i for i in range(index - 1, -1, -1) if _is_heading(parts[i])), None)
    found = []
    while nearest is not None:
        found.append(nearest)
        level = parts[nearest].blockFormat().headingLevel()
        nearest = next((i for i in (nearest - 1, nearest - 2) if i >= 0 and _is_heading(parts[i])
                        and parts[i].blockFormat().headingLevel() < level
                        and all(isinstance(parts[j], QTextBlock) for j in range(i, nearest))), None)
    return found


def _extent(document: QTextDocument, part) -> tuple[float, float]:
    """Where a part starts and ends down the document."""
    layout = document.documentLayout()
    rect = layout.frameBoundingRect(part) if isinstance(part, QTextFrame) else layout.blockBoundingRect(part)
    return rect.top(), rect.bottom()


def _is_heading(part) -> bool:
    return isinstance(part, QTextBlock) and part.blockFormat().headingLevel() > 0


def _movable(part) -> bool:
    """Whether a part does not already start a page of its own."""
    form = part.frameFormat() if isinstance(part, QTextFrame) else part.blockFormat()
    return form.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto


def _start_page_with(part) -> None:
    if isinstance(part, QTextFrame):
        form = part.frameFormat()
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        part.setFrameFormat(form)
    else:
        form = part.blockFormat()
        form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(part).setBlockFormat(form)


def _page_of(y: float, page_height: float) -> int:
    """The page (from 0) that a height down the document falls on; a hair above a page's top counts as on it."""
    return int((y + 0.5) // page_height)


def _furniture(painter: QPainter, metrics: QFontMetricsF, font: QFont, area: QRectF, header: str, page: int,
               pages: int) -> None:
    """The header (the title, cut short with … if it is too long for a line) over a thin rule, and the footer."""
    painter.save()
    painter.setFont(font)
    painter.setPen(FURNITURE_COLOUR)
    number = QCoreApplication.translate("Printing", "Page {page} of {pages}").format(page=page, pages=pages)
    top = QRectF(area.left(), area.top(), area.width(), metrics.height())
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(header, Qt.TextElideMode.ElideRight, area.width()))
    rule = QPen(FURNITURE_COLOUR)
    rule.setWidthF(metrics.height() / 20)
    painter.setPen(rule)
    painter.drawLine(QPointF(area.left(), top.bottom() + metrics.descent()),
                     QPointF(area.right(), top.bottom() + metrics.descent()))
    painter.setPen(FURNITURE_COLOUR)
    bottom = QRectF(area.left(), area.bottom() - metrics.height(), area.width(), metrics.height())
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    painter.restore()


def _print_palette() -> QPalette:
    """Black text and links in print's colours, whatever theme the window is in."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a4fa0"))
    return palette
