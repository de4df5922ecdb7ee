"""The tracked-diff preview: deletions struck through in red, insertions underlined in green.

Inline shows one text; side by side shows the old and the new text in two views that scroll
together. Next/previous change moves through the change hunks and highlights the current one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSplitter, QStackedWidget, QTextEdit, QVBoxLayout, QWidget,
)

from corrections.diff import DELETE, EQUAL, INSERT
from desktop.formatting import one_line
from desktop.theme import DiffColours, diff_colours
from desktop.widgets.article_view import reading_font
from desktop.workers import PreviewResult

PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def change_format(op: int, colours: DiffColours) -> QTextCharFormat:
    """How a deleted or inserted run looks in the theme's colours; equal text keeps the plain format."""
    fmt = QTextCharFormat()
    if op == DELETE:
        fmt.setFontStrikeOut(True)
        fmt.setForeground(colours.deleted_fg)
        fmt.setBackground(colours.deleted_bg)
    elif op == INSERT:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(colours.inserted_fg)
        fmt.setForeground(colours.inserted_fg)
        fmt.setBackground(colours.inserted_bg)
    return fmt


@dataclass(frozen=True)
class Segment:
    """Where one deleted or inserted run of a change sits in a rendered document (Qt positions)."""

    start: int
    end: int
    op: int


def render(document: QTextDocument, ops: list[tuple[int, str]], shown: tuple[int, ...],
           colours: DiffColours) -> list[list[Segment]]:
    """Write the ops whose kind is in `shown` into `document`; return each change hunk's segments.

    A hunk is a run of deletions and insertions between two equal parts, as corrections.diff.changes
    counts them; a hunk with nothing shown in this document gets one empty segment at its place.
    """
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    hunks: list[list[Segment]] = []
    in_hunk = False
    plain = QTextCharFormat()
    for op, text in ops:
        if op == EQUAL:
            in_hunk = False
            cursor.insertText(text, plain)
            continue
        if not in_hunk:
            hunks.append([])
            in_hunk = True
        start = cursor.position()
        if op in shown:
            cursor.insertText(text, change_format(op, colours))
        hunks[-1].append(Segment(start, cursor.position(), op))
    cursor.endEditBlock()
    return hunks


class _TextPane(QTextEdit):
    def __init__(self, name: str, accessible: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(18)
        self._rendered = False

    def show_rendered(self, ops: list[tuple[int, str]], shown: tuple[int, ...],
                      colours: DiffColours) -> list[list[Segment]]:
        """Render into a fresh document, then show it: a document laid out while text is inserted
        into it costs a large article seconds; a new one is laid out once, visible part first."""
        old = self.document()
        document = QTextDocument(self)
        document.setDefaultFont(old.defaultFont())
        document.setDocumentMargin(old.documentMargin())
        document.setUndoRedoEnabled(False)
        hunks = render(document, ops, shown, colours)
        self.setDocument(document)
        if self._rendered:  # the first document belongs to Qt's text control, which deletes it
            old.deleteLater()
        self._rendered = True
        return hunks


class DiffPreview(QWidget):
    """What the next save would store, against the saved version, or any two versions compared."""

    currentChangeChanged = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("diffPreviewPanel")
        self.title = QLabel(self.tr("Preview"), objectName="previewTitle")
        self.counter = QLabel("", objectName="previewCounter")
        self.problem = QLabel("", objectName="previewProblem", wordWrap=True)
        self.problem.setAccessibleName(self.tr("Preview problem"))
        self.problem.hide()
        self.inline = _TextPane("diffPreview", self.tr("Tracked changes preview"))
        self.inline.setPlaceholderText(self.tr("Attach a correction or edit the text to see the tracked changes here."))
        self.old_view = _TextPane("diffPreviewOld", self.tr("Saved text with deletions"))
        self.new_view = _TextPane("diffPreviewNew", self.tr("Corrected text with insertions"))
        pair = QSplitter(Qt.Orientation.Horizontal)
        pair.setChildrenCollapsible(False)
        pair.addWidget(self.old_view)
        pair.addWidget(self.new_view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.inline)
        self.stack.addWidget(pair)
        header = QWidget(objectName="paneHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 5, 10, 5)
        row.addWidget(self.title, 1)
        row.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)
        self._hunks: dict[str, list[list[Segment]]] = {"inline": [], "old": [], "new": []}
        self.result: PreviewResult | None = None
        self.current = -1
        self._syncing = False
        self.colours = diff_colours(self.palette())
        self.old_view.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.old_view, self.new_view))
        self.new_view.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.new_view, self.old_view))

    @property
    def side_by_side(self) -> bool:
        return self.stack.currentIndex() == 1

    def set_side_by_side(self, enabled: bool) -> None:
        self.stack.setCurrentIndex(1 if enabled else 0)
        self._render_shown()
        if self.current >= 0:
            self.go_to_change(self.current)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self.update_colours()

    def update_colours(self) -> None:
        """Redraw the changes in the colours readable on the current (light or dark) palette."""
        colours = diff_colours(self.palette())
        if colours == self.colours:
            return
        self.colours = colours
        self._hunks = {}
        self._render_shown()
        if self.current >= 0:
            self.go_to_change(self.current)

    @property
    def change_count(self) -> int:
        return len(self.result.changes) if self.result is not None else 0

    def clear(self, message: str | None = None) -> None:
        self.result = None
        for view in (self.inline, self.old_view, self.new_view):
            view.clear()
        self._hunks = {"inline": [], "old": [], "new": []}
        self.current = -1
        self.title.setText(message or self.tr("Preview"))
        self.counter.setText("")
        self.problem.hide()

    def show_result(self, result: PreviewResult) -> None:
        """Render a finished preview in the views shown (the hidden ones when they are shown)."""
        self.result = result
        self._hunks = {}
        self._render_shown()
        request = result.request
        self.title.setText(f"{request.old_label}  →  {request.new_label}" if request.old_label else self.tr("Preview"))
        self.problem.setText(result.error)
        self.problem.setVisible(bool(result.error))
        self.current = -1
        self._show_counter()
        for view in (self.inline, self.old_view, self.new_view):
            view.setExtraSelections([])

    def _render_shown(self) -> None:
        """Render the shown view(s) if they do not show the current result yet, keeping their scroll position."""
        if self.result is None:
            return
        wanted = {"old": (self.old_view, (DELETE,)), "new": (self.new_view, (INSERT,))} if self.side_by_side \
            else {"inline": (self.inline, (DELETE, INSERT))}
        for name, (view, shown) in wanted.items():
            if name not in self._hunks:
                scroll = view.verticalScrollBar().value()
                self._hunks[name] = view.show_rendered(self.result.ops, shown, self.colours)
                view.verticalScrollBar().setValue(scroll)

    def next_change(self) -> None:
        if self.change_count:
            self.go_to_change((self.current + 1) % self.change_count)

    def previous_change(self) -> None:
        if self.change_count:
            self.go_to_change((self.current - 1) % self.change_count if self.current >= 0 else self.change_count - 1)

    def go_to_change(self, index: int) -> None:
        """Scroll to change hunk `index` and highlight it."""
        if not 0 <= index < self.change_count:
            return
        self.current = index
        views = {"old": self.old_view, "new": self.new_view} if self.side_by_side else {"inline": self.inline}
        self._syncing = True
        try:
            for name, view in views.items():
                self._highlight(view, self._hunks[name][index])
        finally:
            self._syncing = False
        self._show_counter()
        self.currentChangeChanged.emit(index, self.change_count)

    def current_change_text(self) -> str:
        """The current change in words, e.g. "'Monday' → 'Tuesday'"."""
        if self.result is None or not 0 <= self.current < len(self.result.changes):
            return ""
        change = self.result.changes[self.current]
        if change.deleted and change.inserted:
            return f"{one_line(change.deleted, 40)!r} → {one_line(change.inserted, 40)!r}"
        if change.deleted:
            return self.tr("deleted {text}").format(text=repr(one_line(change.deleted, 60)))
        return self.tr("inserted {text}").format(text=repr(one_line(change.inserted, 60)))

    def _highlight(self, view: QTextEdit, segments: list[Segment]) -> None:
        selections = []
        for segment in segments:
            if segment.end <= segment.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(segment.start)
            cursor.setPosition(segment.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(self.colours.highlight_bg)
            selection.format = fmt
            selections.append(selection)
        view.setExtraSelections(selections)
        if segments:
            cursor = QTextCursor(view.document())
            cursor.setPosition(segments[0].start)
            view.setTextCursor(cursor)
            rect = view.cursorRect(cursor)
            height = view.viewport().height()
            margin = min(60, height // 4)
            if rect.top() < margin or rect.bottom() > height - margin:
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() + rect.center().y() - height // 2)

    def _show_counter(self) -> None:
        count = self.change_count
        if self.result is None:
            self.counter.setText("")
        elif count == 0:
            self.counter.setText(self.tr("No changes"))
        elif self.current >= 0:
            self.counter.setText(self.tr("Change {number} of {count}").format(number=self.current + 1, count=count))
        else:
            self.counter.setText(self.tr("%n change(s)", "", count))

    def _sync(self, source: QTextEdit, target: QTextEdit) -> None:
        """Scroll the other side-by-side view to the same proportion of its text."""
        if self._syncing:
            return
        self._syncing = True
        try:
            src, dst = source.verticalScrollBar(), target.verticalScrollBar()
            ratio = src.value() / src.maximum() if src.maximum() else 0.0
            dst.setValue(round(ratio * dst.maximum()))
        finally:
            self._syncing = False
