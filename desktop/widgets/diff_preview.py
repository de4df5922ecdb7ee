"""The tracked-diff preview: deletions struck through in red, insertions underlined in green, a moved
passage in the move colour at both places with a ⇄ marker that goes to the other (move_marks.py).

Inline shows one text; side by side shows the old and the new text in two views that scroll
together. Next/previous change moves through the change hunks and highlights the current one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextDocumentLayout, QPlainTextEdit, QSizePolicy, QSplitter, QStackedWidget, QTextEdit,
    QToolTip, QVBoxLayout, QWidget,
)

from corrections.diff import DELETE, EQUAL, INSERT
from desktop.formatting import one_line
from desktop.theme import DiffColours, diff_colours
from desktop.widgets import move_marks
from desktop.widgets.article_view import reading_font
from desktop.widgets.move_marks import MoveMark, MovedOp
from desktop.workers import PreviewResult

PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
LARGE_RESULT_CHARS = 100_000  # results with more text than this render in slices between events
SLICE_SECONDS = 0.008  # the longest a rendering slice keeps the event loop waiting
SLICE_CHARS = 20_000  # a long run of text is inserted in pieces of this size, checking the clock between
SLICE_MAX_CHARS = LARGE_RESULT_CHARS  # a slice also ends once it wrote this much: a fast machine draws in slices too


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


class Renderer:
    """Writes the ops whose kind is in `shown` into a document a slice at a time, so a large result never
    stalls the event loop; `hunks` gets each change hunk's segments. A moved op (`moved`, by op index) is
    written whole, with its marker, and noted in `marks`.

    A hunk is a run of deletions and insertions between two equal parts, as corrections.diff.changes
    counts them; a hunk with nothing shown in this document gets one empty segment at its place.
    """

    def __init__(self, document: QTextDocument, ops: list[tuple[int, str]], shown: tuple[int, ...],
                 colours: DiffColours, moved: dict[int, MovedOp] | None = None):
        document.clear()
        self.document, self.ops, self.shown, self.colours = document, ops, shown, colours
        self.moved = moved or {}
        self.marks: list[MoveMark] = []
        self.cursor = QTextCursor(document)
        self.hunks: list[list[Segment]] = []
        self.index = 0
        self.offset = 0
        self.start = 0
        self.in_hunk = False
        self.plain = QTextCharFormat()
        self.formats = {op: change_format(op, colours) for op in (DELETE, INSERT)}

    @property
    def done(self) -> bool:
        """True once every op is in the document."""
        return self.index >= len(self.ops)

    def run(self, budget_s: float | None = None, max_chars: int | None = None) -> bool:
        """Insert ops until all are written, `budget_s` seconds have passed or `max_chars` characters
        are written; True once done. With either bound, long runs go in pieces of SLICE_CHARS."""
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        sliced = budget_s is not None or max_chars is not None
        written = 0
        cursor = self.cursor
        cursor.beginEditBlock()
        try:
            while self.index < len(self.ops):
                op, text = self.ops[self.index]
                visible = op == EQUAL or op in self.shown
                if self.offset == 0:
                    if op == EQUAL:
                        self.in_hunk = False
                    else:
                        if not self.in_hunk:
                            self.hunks.append([])
                            self.in_hunk = True
                        self.start = cursor.position()
                if visible and text and self.index in self.moved:
                    self._write_moved(op, text, self.moved[self.index])
                    self.offset = len(text)
                    written += len(text)
                elif visible and text:
                    piece = text[self.offset:self.offset + SLICE_CHARS] if sliced else text
                    cursor.insertText(piece, self.plain if op == EQUAL else self.formats[op])
                    self.offset += len(piece)
                    written += len(piece)
                if not visible or self.offset >= len(text):
                    if op != EQUAL:
                        self.hunks[-1].append(Segment(self.start, cursor.position(), op))
                    self.index += 1
                    self.offset = 0
                if max_chars is not None and written >= max_chars:
                    break
                if deadline is not None and time.perf_counter() >= deadline:
                    break
        finally:
            cursor.endEditBlock()
        return self.done

    def _write_moved(self, op: int, text: str, moved: MovedOp) -> None:
        """A moved op in the move colour, words changed on the way marked, the ⇄ marker after its leading space."""
        cursor, lead = self.cursor, len(text) - len(text.lstrip())
        marker = -1
        for kind, piece in moved.pieces:
            fmt = move_marks.piece_format(kind, op, self.colours, self.formats[op])
            if marker < 0 and lead < len(piece):
                cursor.insertText(piece[:lead], fmt)
                marker = cursor.position()
                cursor.insertText(move_marks.MARKER + " ", move_marks.marker_format(self.colours))
                piece = piece[lead:]
            lead -= len(piece) if marker < 0 else 0
            cursor.insertText(piece, fmt)
        self.marks.append(MoveMark(marker, self.start, cursor.position(), len(self.hunks) - 1, moved.partner_hunk,
                                   move_marks.tip(op, moved.partner_hunk, moved.identical)))


class _TextPane(QPlainTextEdit):
    """A read-only view of rendered diff text. A plain-text layout lays out only the blocks on screen,
    so a 1 MB preview appears without the seconds a rich-text layout of the whole document takes.
    A moved passage's tooltip says where the other place is; clicking its ⇄ marker asks to go there."""

    moveClicked = Signal(int)  # the change hunk of the other place of the move whose marker was clicked

    def __init__(self, name: str, accessible: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(18)
        self.viewport().setMouseTracking(True)
        self.move_marks: list[MoveMark] = []
        self._rendered = False

    def show_rendered(self, ops: list[tuple[int, str]], shown: tuple[int, ...],
                      colours: DiffColours, moved: dict[int, MovedOp] | None = None) -> list[list[Segment]]:
        """Render into a fresh document, then show it: a document laid out while text is inserted
        into it costs a large article seconds; a new one is laid out once, visible part first."""
        document = self.fresh_document()
        renderer = Renderer(document, ops, shown, colours, moved)
        renderer.run()
        self.adopt(document, renderer.marks)
        return renderer.hunks

    def mark_at_cursor(self) -> MoveMark | None:
        """The moved passage the text cursor is in, if any."""
        return move_marks.mark_at(self.move_marks, self.textCursor().position())

    def viewportEvent(self, event) -> bool:
        """A moved passage's tooltip, wherever the pointer rests on it."""
        if event.type() == QEvent.Type.ToolTip:
            mark = move_marks.mark_at(self.move_marks, self.cursorForPosition(event.pos()).position())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:
        """A pointing hand over a ⇄ marker, which can be clicked."""
        super().mouseMoveEvent(event)
        over = move_marks.marker_hit(self, self.move_marks, event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, event) -> None:
        """A click on a ⇄ marker (not a drag that selects) goes to the other place of the move."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            mark = move_marks.marker_hit(self, self.move_marks, event.position().toPoint())
            if mark is not None:
                self.moveClicked.emit(mark.partner_hunk)

    def fresh_document(self) -> QTextDocument:
        """An empty document with this view's font and margin, not shown yet."""
        old = self.document()
        document = QTextDocument(self)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(old.defaultFont())
        document.setDocumentMargin(old.documentMargin())
        document.setUndoRedoEnabled(False)
        return document

    def adopt(self, document: QTextDocument, marks: list[MoveMark] | None = None) -> None:
        """Show a rendered document, with its moved passages, in place of the current one, which is deleted."""
        old = self.document()
        self.setExtraSelections([])
        self.setDocument(document)
        self.move_marks = marks or []
        if self._rendered:  # the first document belongs to Qt's text control, which deletes it
            old.deleteLater()
        self._rendered = True


class _RenderJob:
    """A large result being written into a fresh document for one view, slice by slice."""

    def __init__(self, view: _TextPane, ops: list[tuple[int, str]], shown: tuple[int, ...], colours: DiffColours,
                 moved: dict[int, MovedOp] | None = None):
        self.view = view
        self.document = view.fresh_document()
        self.renderer = Renderer(self.document, ops, shown, colours, moved)
        self.shown = False

    def cancel(self) -> None:
        """Stop: a document not shown yet is deleted; a shown one stays with its view."""
        if not self.shown:
            self.document.deleteLater()


class DiffPreview(QWidget):
    """What the next save would store, against the saved version, or any two versions compared."""

    currentChangeChanged = Signal(int, int)
    rendered = Signal()  # a large result finished rendering in slices and is shown
    sliceRendered = Signal()  # one step of a large render ran (a slice written, or the document shown); events run next

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
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
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
        self._jobs: dict[str, _RenderJob] = {}
        self._pending_change: int | None = None
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_slice)
        self.colours = diff_colours(self.palette())
        self.old_view.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.old_view, self.new_view))
        self.new_view.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.new_view, self.old_view))
        self._moved: dict[int, MovedOp] = {}
        for view in (self.inline, self.old_view, self.new_view):
            view.moveClicked.connect(self.go_to_change)

    @property
    def side_by_side(self) -> bool:
        """Whether old and new text are shown in two panes rather than one inline text."""
        return self.stack.currentIndex() == 1

    def set_side_by_side(self, enabled: bool) -> None:
        """Switch between inline and side by side, keeping the current change in view."""
        self.stack.setCurrentIndex(1 if enabled else 0)
        self._render_shown()
        if self.current >= 0:
            self.go_to_change(self.current)

    def changeEvent(self, event) -> None:
        """Redraw the changes when the palette turns light or dark."""
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self.update_colours()

    def update_colours(self) -> None:
        """Redraw the changes in the colours readable on the current (light or dark) palette."""
        colours = diff_colours(self.palette())
        if colours == self.colours:
            return
        self.colours = colours
        self._cancel_render()
        self._hunks = {}
        self._render_shown()
        if self.current >= 0:
            self.go_to_change(self.current)

    @property
    def change_count(self) -> int:
        """How many change hunks the shown result has (F8 steps through them)."""
        return len(self.result.changes) if self.result is not None else 0

    @property
    def rendering(self) -> bool:
        """Whether a large result is still being written into the views (navigation waits for it)."""
        return bool(self._jobs)

    def clear(self, message: str | None = None) -> None:
        """Empty the views, showing `message` (else "Preview") as the title."""
        self._cancel_render()
        self.result = None
        for view in (self.inline, self.old_view, self.new_view):
            view.clear()
            view.move_marks = []
        self._moved = {}
        self._hunks = {"inline": [], "old": [], "new": []}
        self.current = -1
        self.title.setText(message or self.tr("Preview"))
        self.counter.setText("")
        self.problem.hide()

    def show_result(self, result: PreviewResult) -> None:
        """Render a finished preview in the views shown (the hidden ones when they are shown)."""
        self._cancel_render()
        self.result = result
        self._moved = move_marks.moved_ops(result.ops, result.moves)
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
        large = sum(len(text) for _op, text in self.result.ops) > LARGE_RESULT_CHARS
        for name, (view, shown) in wanted.items():
            if name in self._hunks or name in self._jobs:
                continue
            if large:
                self._jobs[name] = _RenderJob(view, self.result.ops, shown, self.colours, self._moved)
                self._render_timer.start()
            else:
                scroll = view.verticalScrollBar().value()
                self._hunks[name] = view.show_rendered(self.result.ops, shown, self.colours, self._moved)
                view.verticalScrollBar().setValue(scroll)

    def _render_slice(self) -> None:
        """One step of a large render: a slice of ops, or showing a finished document; then yield."""
        name, job = next(iter(self._jobs.items()))
        if job.renderer.done:
            job.shown = True
            bar = job.view.verticalScrollBar()
            scroll = bar.value()
            job.view.adopt(job.document, job.renderer.marks)
            bar.setValue(scroll)
            self._hunks[name] = job.renderer.hunks
            del self._jobs[name]
        else:
            job.renderer.run(SLICE_SECONDS, SLICE_MAX_CHARS)
        self.sliceRendered.emit()
        if self._jobs:
            self._render_timer.start()
            return
        pending, self._pending_change = self._pending_change, None
        if pending is not None:
            self.go_to_change(pending)
        else:
            self._show_counter()
        self.rendered.emit()

    def _cancel_render(self) -> None:
        """Drop a render in progress: its result is stale."""
        self._render_timer.stop()
        for job in self._jobs.values():
            job.cancel()
        self._jobs = {}
        self._pending_change = None

    def next_change(self) -> None:
        """Go to the next change, wrapping round to the first (F8)."""
        if self.change_count:
            self.go_to_change((self.current + 1) % self.change_count)

    def previous_change(self) -> None:
        """Go to the previous change, wrapping round to the last (Shift+F8)."""
        if self.change_count:
            self.go_to_change((self.current - 1) % self.change_count if self.current >= 0 else self.change_count - 1)

    def go_to_change(self, index: int) -> None:
        """Scroll to change hunk `index` and highlight it."""
        if not 0 <= index < self.change_count:
            return
        self.current = index
        views = {"old": self.old_view, "new": self.new_view} if self.side_by_side else {"inline": self.inline}
        if any(name not in self._hunks for name in views):  # still rendering: go there once it is shown
            self._pending_change = index
            return
        self._syncing = True
        try:
            for name, view in views.items():
                self._highlight(view, self._hunks[name][index])
        finally:
            self._syncing = False
        self._show_counter()
        self.currentChangeChanged.emit(index, self.change_count)

    @property
    def move_count(self) -> int:
        """How many moved passages the shown result has."""
        return len(self.result.moves) if self.result is not None else 0

    def follow_move(self) -> bool:
        """Go to the other place of the moved passage at the text cursor, else of the current change's
        (Ctrl+J); False when neither is a move."""
        views = (self.old_view, self.new_view) if self.side_by_side else (self.inline,)
        focused = [view for view in views if view.hasFocus()] + list(views)
        marks = [view.mark_at_cursor() for view in focused]
        marks += [mark for view in views for mark in view.move_marks if mark.hunk == self.current]
        mark = next((mark for mark in marks if mark is not None), None)
        if mark is None:
            return False
        self.go_to_change(mark.partner_hunk)
        return True

    def current_change_text(self) -> str:
        """The current change in words, e.g. "'Monday' → 'Tuesday'"."""
        if self.result is None or not 0 <= self.current < len(self.result.changes):
            return ""
        change = self.result.changes[self.current]
        for index, moved in self._moved.items():
            if moved.hunk == self.current:
                text, number = repr(one_line(self.result.ops[index][1], 32)), moved.partner_hunk + 1
                if moved.side == DELETE:
                    return self.tr("moved {text} to change {number}").format(text=text, number=number)
                return self.tr("moved {text} here from change {number}").format(text=text, number=number)
        if change.deleted and change.inserted:
            return f"{one_line(change.deleted, 40)!r} → {one_line(change.inserted, 40)!r}"
        if change.deleted:
            return self.tr("deleted {text}").format(text=repr(one_line(change.deleted, 60)))
        return self.tr("inserted {text}").format(text=repr(one_line(change.inserted, 60)))

    def _highlight(self, view: QPlainTextEdit, segments: list[Segment]) -> None:
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
                view.centerCursor()

    def _show_counter(self) -> None:
        count = self.change_count
        if self.result is None:
            self.counter.setText("")
        elif self._jobs:
            self.counter.setText(self.tr("Rendering…"))
        elif count == 0:
            self.counter.setText(self.tr("No changes"))
        elif self.current >= 0:
            self.counter.setText(self.tr("Change {number} of {count}").format(number=self.current + 1, count=count))
        else:
            self.counter.setText(self.tr("%n change(s)", "", count))

    def _sync(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
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
