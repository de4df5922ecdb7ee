"""Blame: an article's text with each passage tinted by the version that wrote it.

Hovering a passage names its version, author, time, the words it replaced and its note; "Who changed
this?" lists who introduced the selected words, what they replaced, the correction's note and notice.
Blame is computed on a pool thread (a long history takes a second).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPalette, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTextEdit,
    QToolTip, QVBoxLayout, QWidget,
)

from db.history import History
from desktop.formatting import local_time, one_line
from desktop.history_reader import HistoryReader
from desktop.text_positions import TextPositions
from desktop.widgets.article_view import reading_font
from desktop.widgets.busy_bar import busy_bar
from desktop.widgets.text_spans import cursor_span, span_cursor

if TYPE_CHECKING:  # the blame maths is loaded when blame is first worked out, not at start-up
    from corrections.blame import BlameSpan

GOLDEN_ANGLE = 137.508
WIDE = 640  # narrower than this, the legend goes below the text


def version_colour(number: int, dark: bool = False) -> QColor:
    """A version's tint, the same in every session: hues a golden angle apart, pale on light bases, deep on dark."""
    hue = int((number * GOLDEN_ANGLE) % 360)
    return QColor.fromHsl(hue, 150, 60) if dark else QColor.fromHsl(hue, 190, 222)


def is_dark(palette: QPalette) -> bool:
    """Whether the text's background is dark: the tints are chosen against it, not the window's colours."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def span_tooltip(span: BlameSpan) -> str:
    """'Version 3 · Cy · 24 Nov 2026 10:00', what its change replaced, and the version's note."""
    author = span.author or QCoreApplication.translate("BlameView", "unknown author")
    head = QCoreApplication.translate("BlameView", "Version {number} · {author} · {time}").format(
        number=span.version, author=author, time=local_time(span.created_at))
    replaced = replaced_line([span])
    return head + (f"\n{replaced}" if replaced else "") + (f"\n{span.note}" if span.note else "")


def replaced_line(spans: Sequence[BlameSpan]) -> str:
    """'Replaced “NATO”', or that the words replaced none; '' for the first version, which replaced nothing."""
    replaced = [span.replaced for span in spans if span.replaced is not None]
    if not replaced:
        return ""
    words = " … ".join(dict.fromkeys(one_line(text, 60) for text in replaced if text))
    if not words:
        return QCoreApplication.translate("BlameView", "Added; no words were replaced")
    return QCoreApplication.translate("BlameView", "Replaced “{words}”").format(words=words)


def reason_lines(spans: Sequence[BlameSpan]) -> list[str]:
    """The correction behind one version's spans (its kind and public note) and the notice that told readers
    of it; the version's own note when no correction made them."""
    from corrections.correction import Kind

    made = [span for span in spans if span.correction_note is not None]
    if not made:
        return [one_line(spans[0].note, 160)] if spans[0].note else []
    lines = []
    for kinds, note in dict.fromkeys((span.correction_kind or "", span.correction_note) for span in made):
        label = " / ".join(Kind(kind).label for kind in kinds.split("; ") if kind)
        if note:
            lines.append(QCoreApplication.translate("BlameView", "{kind}: {note}").format(
                kind=label, note=one_line(note, 160)))
        else:
            lines.append(QCoreApplication.translate("BlameView", "{kind}, with no public note").format(kind=label))
    notices = list(dict.fromkeys(span.notice for span in made if span.notice))
    for notice in notices:
        lines.append(QCoreApplication.translate("BlameView", "Notice readers saw: “{wording}”").format(
            wording=one_line(notice, 240)))
    if not notices and any(span.correction_kind != Kind.STYLE.value for span in made):
        lines.append(QCoreApplication.translate("BlameView", "No published notice has told readers of it yet."))
    return lines


def who_changed_text(spans: Sequence[BlameSpan], start: int, end: int) -> str:
    """Who introduced the words of text[start:end]: one paragraph per version, oldest first."""
    from corrections.blame import who_changed

    by_version: dict[int, list[BlameSpan]] = {}
    for span in who_changed(list(spans), start, end):
        if _clip(span, start, end):  # a selection catching only a span's trailing space names no words of it
            by_version.setdefault(span.version, []).append(span)
    if not by_version:
        return QCoreApplication.translate("BlameView", "No words are selected.")
    paragraphs = []
    for number in sorted(by_version):
        group = by_version[number]
        first = group[0]
        words = " … ".join(one_line(_clip(span, start, end), 60) for span in group)
        author = first.author or QCoreApplication.translate("BlameView", "unknown author")
        line = QCoreApplication.translate("BlameView", "Version {number} by {author}, {time}: “{words}”")
        lines = [line.format(number=number, author=author, time=local_time(first.created_at), words=words)]
        replaced = replaced_line(group)
        lines += ["    " + detail for detail in ([replaced] if replaced else []) + reason_lines(group)]
        paragraphs.append("\n".join(lines))
    count = len(by_version)
    if count == 1:
        heading = QCoreApplication.translate("BlameView", "These words were written in one version:")
    else:
        heading = QCoreApplication.translate("BlameView", "These words were written in {count} versions:").format(
            count=count)
    return heading + "\n\n" + "\n\n".join(paragraphs)


def _clip(span: BlameSpan, start: int, end: int) -> str:
    if start == end:
        return span.text.strip()
    return span.text[max(start, span.start) - span.start: min(end, span.end) - span.start].strip()


class BlameText(QTextEdit):
    """The read-only text, one background per version; the tooltip names the passage under the mouse."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("blameText")
        self.setAccessibleName(QCoreApplication.translate("BlameView", "Article text by version"))
        self.setReadOnly(True)
        self.setFont(reading_font())
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self.spans: list[BlameSpan] = []
        self._starts: list[int] = []
        self._positions = TextPositions("")

    def show_spans(self, spans: list[BlameSpan]) -> None:
        """Show the spans' text, each tinted by its version and holding its tooltip; an empty list clears it."""
        dark = is_dark(self.palette())
        self.spans, self._starts = spans, [span.start for span in spans]
        self._positions = TextPositions("".join(span.text for span in spans))
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for span in spans:
            fmt = QTextCharFormat()
            fmt.setBackground(version_colour(span.version, dark))
            fmt.setToolTip(span_tooltip(span))
            fmt.setProperty(QTextCharFormat.Property.UserProperty, span.version)
            cursor.insertText(span.text, fmt)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def span_at(self, index: int) -> BlameSpan | None:
        """The span holding the character at Python offset `index`."""
        at = bisect_right(self._starts, index) - 1
        if at >= 0 and self.spans[at].start <= index < self.spans[at].end:
            return self.spans[at]
        return None

    def tooltip_at(self, index: int) -> str:
        """The tooltip for the character at Python offset `index`, or '' between spans."""
        span = self.span_at(index)
        return span_tooltip(span) if span else ""

    def selected_span(self) -> tuple[int, int]:
        """The selection (or the cursor) as Python offsets into the text."""
        return cursor_span(self.textCursor(), self._positions)

    def select_span(self, start: int, end: int) -> None:
        """Select text[start:end], e.g. the passage "Who changed this?" was asked about."""
        self.setTextCursor(span_cursor(self.document(), self._positions, start, end))

    def viewportEvent(self, event) -> bool:
        """On hover, the tooltip of the span under the mouse; none between spans."""
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            rect = self.cursorRect(self.cursorForPosition(event.pos()))
            index = self._positions.from_qt(position)
            if event.pos().x() < rect.x() and index > 0:  # the mouse is over the character before the caret
                index -= 1
            text = self.tooltip_at(index)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class BlameView(QWidget):
    """Blame of one version of an article, with a version chooser, a legend and "Who changed this?"."""

    loaded = Signal()

    def __init__(self, history: History, article_id: int | None = None, number: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("blameView")
        self.setAccessibleName(self.tr("Blame"))
        self.history = history
        self.article_id: int | None = None
        self.number: int | None = None
        self.reader = HistoryReader(history, self)
        self.versions = QComboBox(objectName="blameVersion")
        self.versions.setAccessibleName(self.tr("Version to blame"))
        self.versions.setMinimumContentsLength(6)
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versions.activated.connect(self._version_picked)
        self.busy = busy_bar("blameBusy", self.tr("Working out who wrote each word"))
        self.who_button = QPushButton(self.tr("&Who changed this?"), objectName="whoChangedButton")
        self.who_button.setAccessibleName(self.tr("Who changed this?"))
        self.who_button.setToolTip(self.tr("List who introduced the selected words"))
        self.who_button.clicked.connect(self.who_changed_selection)
        self.who_action = QAction(self.tr("Who Changed This?"), self)
        self.who_action.triggered.connect(self.who_changed_selection)
        self.text = BlameText()
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.legend = QListWidget(objectName="blameLegend")
        self.legend.setAccessibleName(self.tr("Versions in this text"))
        self.legend.setWordWrap(True)
        self.legend.itemActivated.connect(self._legend_activated)
        self.hint = QLabel(self._idle_hint(), objectName="blameHint")
        self.hint.setAccessibleName(self.tr("Blame status"))
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(QLabel(self.tr("&Version:"), buddy=self.versions))
        top.addWidget(self.versions)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.who_button)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, objectName="blameSplitter")
        splitter.addWidget(self.text)
        splitter.addWidget(self.legend)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        self.hint.setContentsMargins(8, 4, 8, 4)
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._failed)
        self.reader.busyChanged.connect(self._busy_changed)
        if article_id is not None:
            self.load(article_id, number)

    @property
    def spans(self) -> list[BlameSpan]:
        """The spans shown, in text order."""
        return self.text.spans

    @property
    def loading(self) -> bool:
        """True while blame is worked out on the pool thread."""
        return self.reader.busy

    def load(self, article_id: int | None, number: int | None = None) -> None:
        """Blame version `number` (default the latest) of an article; None clears the view."""
        self.article_id = article_id
        self.versions.clear()
        if article_id is None:
            self.text.show_spans([])
            self.legend.clear()
            return
        for version in reversed(self.history.versions(article_id)):
            self.versions.addItem(self.tr("Version {number} · {author} · {time}").format(
                number=version.number, author=version.author, time=local_time(version.created_at)), version.number)
        self.show_version(number)

    def show_version(self, number: int | None = None) -> None:
        """Blame another version of the same article, e.g. the one picked on the timeline."""
        from db.audit import blame_article

        if self.article_id is None:
            return
        row = self.versions.findData(number) if number is not None else 0
        if row < 0:
            QMessageBox.critical(self, self.tr("Cannot show blame"),
                                 self.tr("Article {article} has no version {number}.").format(
                                     article=self.article_id, number=number))
            return
        self.versions.setCurrentIndex(row)
        self.number = self.versions.itemData(row)
        article_id, chosen = self.article_id, self.number
        self.reader.read(lambda history: blame_article(history, article_id, chosen))

    def show_who_changed(self, start: int, end: int) -> str:
        """Tell the user who introduced text[start:end] (Python offsets); returns what was shown."""
        message = who_changed_text(self.spans, start, end)
        QMessageBox.information(self, self.tr("Who changed this?"), message)
        return message

    def who_changed_selection(self) -> str:
        """"Who changed this?" for the selected words; returns what was shown."""
        return self.show_who_changed(*self.text.selected_span())

    def shutdown(self) -> None:
        """Wait for a blame being worked out and close its connection, before the window goes."""
        self.reader.shutdown()

    def _show(self, spans: list[BlameSpan]) -> None:
        self.text.show_spans(spans)
        self._fill_legend(spans)
        self.loaded.emit()

    def _fill_legend(self, spans: list[BlameSpan]) -> None:
        self.legend.clear()
        dark = is_dark(self.text.palette())
        words: dict[int, int] = {}
        first: dict[int, BlameSpan] = {}
        for span in spans:
            words[span.version] = words.get(span.version, 0) + len(span.text.split())
            first.setdefault(span.version, span)
        for number in sorted(first, reverse=True):
            span = first[number]
            label = self.tr("v{number} · {author} · %n word(s)", "", words[number]).format(
                number=number, author=span.author)
            if span.note:
                label += "\n" + one_line(span.note, 90)
            swatch = QPixmap(14, 14)
            swatch.fill(version_colour(number, dark))
            item = QListWidgetItem(QIcon(swatch), label)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(span_tooltip(span))
            self.legend.addItem(item)

    def _legend_activated(self, item: QListWidgetItem) -> None:
        """Jump to the first passage the activated version wrote."""
        number = item.data(Qt.ItemDataRole.UserRole)
        span = next((s for s in self.spans if s.version == number), None)
        if span is not None:
            self.text.select_span(span.start, span.end)
            self.text.ensureCursorVisible()

    def _version_picked(self, row: int) -> None:
        self.show_version(self.versions.itemData(row))

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.hint.setText(self.tr("Working out who wrote each word…") if busy else self._idle_hint())

    def _idle_hint(self) -> str:
        return self.tr("Hover a passage to see who wrote it; select words and ask “Who changed this?”.")

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Cannot show blame"), message)

    def _context_menu(self, pos) -> None:
        menu = self.text.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.who_action)
        if first is not None:
            menu.insertSeparator(first)
        menu.exec(self.text.mapToGlobal(pos))
        menu.deleteLater()

    def sizeHint(self) -> QSize:
        """Room for a readable column of text and the legend under it, in a side dock."""
        return QSize(480, 600)

    def resizeEvent(self, event) -> None:
        """Legend beside the text when there is room, below it in a narrow side dock."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([3000, 1000])

    def closeEvent(self, event) -> None:
        """Stop the background read before the view closes."""
        self.shutdown()
        super().closeEvent(event)
