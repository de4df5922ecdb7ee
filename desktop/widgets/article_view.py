"""The article text: read-only until 'Edit text' is on; pending corrections are highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from corrections.correction import Kind
from desktop.text_positions import TextPositions
from desktop.widgets.text_spans import cursor_span, span_cursor, tinted_spans

HIGHLIGHT = {
    Kind.CORRECTION: QColor("#fde68a"),
    Kind.CLARIFICATION: QColor("#bfdbfe"),
    Kind.EDITORS_NOTE: QColor("#e9d5ff"),
    Kind.UPDATE: QColor("#bbf7d0"),
    Kind.STYLE: QColor("#e5e7eb"),  # a quiet grey: a style fix readers are never told of
}
HIGHLIGHT_TEXT = QColor("#111111")  # the pale highlights need dark text, in dark mode too


def reading_font(point_size: int = 12) -> QFont:
    """The serif face articles are read in, at `point_size`; blame and the preview use it too."""
    font = QFont("DejaVu Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(point_size)
    return font


class ArticleView(QPlainTextEdit):
    """Shows the working text; reports typed edits, the selected span and dropped files."""

    textEdited = Signal()
    filesDropped = Signal(list)
    textShown = Signal()  # show_text replaced the whole text (not an edit)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("The article; select a passage and press Ctrl+Enter to attach "
                                              "a correction"))
        self.setReadOnly(True)
        self.setAcceptDrops(True)  # the viewport, where drops land, accepts them already: asking it for
        # viewport() here would make PySide build the types of every QWidget subclass (25 ms of start-up)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFont(reading_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(18)
        self.setPlaceholderText(self.tr("Open an article (Ctrl+O) or pick one from the Library."))
        self._loading = False
        self._cached_positions, self._stale = TextPositions(""), False
        self._context_actions: list[QAction] = []
        self.marks = None  # Edit Text mode's tracked changes (desktop/widgets/tracked_marks.py), painted over the text
        self.document().contentsChanged.connect(self._contents_changed)

    def show_text(self, text: str) -> None:
        """Replace the shown text without reporting it as an edit."""
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._cached_positions, self._stale = TextPositions(text), False
        self.setExtraSelections([])
        self.textShown.emit()

    @property
    def loading(self) -> bool:
        """True while show_text replaces the text: its document changes are no edit."""
        return self._loading

    @property
    def positions(self) -> TextPositions:
        """Python offsets of text() against Qt's document positions."""
        return self._positions

    def set_editable(self, editable: bool) -> None:
        """Let the editor type into the text (Edit Text), or make it read-only and selectable again."""
        restyle = self.isReadOnly() == editable
        self.setReadOnly(not editable)
        flags = Qt.TextInteractionFlag.TextEditorInteraction if editable else (
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTextInteractionFlags(flags)
        if restyle:  # the style sheet's [readOnly="false"] look is re-read only when that changed
            self.style().unpolish(self)
            self.style().polish(self)

    def text(self) -> str:
        """The text as shown, with the paragraph breaks Qt keeps as U+2029 turned back into newlines."""
        return self.document().toRawText().replace("\u2029", "\n")

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as Python offsets into text(), or None when nothing is selected."""
        cursor = self.textCursor()
        return cursor_span(cursor, self._positions) if cursor.hasSelection() else None

    def cursor_span(self) -> tuple[int, int]:
        """The selection, or the caret as an empty span, as Python offsets into text()."""
        return cursor_span(self.textCursor(), self._positions)

    def replace_span(self, start: int, end: int, text: str) -> None:
        """Replace text()[start:end] as one edit of the document, which Ctrl+Z takes back like typing."""
        cursor = span_cursor(self.document(), self._positions, start, end)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def select_span(self, start: int, end: int) -> None:
        """Select text()[start:end] and scroll it into the middle of the view."""
        self.setTextCursor(span_cursor(self.document(), self._positions, start, end))
        self.centerCursor()

    def highlight(self, spans: list[tuple[int, int, Kind]]) -> None:
        """Give each pending correction's passage a background in its kind's colour."""
        formats = {}
        for kind, colour in HIGHLIGHT.items():
            formats[kind] = fmt = QTextCharFormat()
            fmt.setBackground(colour)
            fmt.setForeground(HIGHLIGHT_TEXT)
        tinted = [(start, end, formats.get(kind, formats[Kind.CORRECTION])) for start, end, kind in spans]
        self.setExtraSelections(tinted_spans(self.document(), self._positions, tinted))

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered at the top of the context menu, e.g. 'Attach correction…'."""
        self._context_actions = list(actions)

    def contextMenuEvent(self, event) -> None:
        """Qt's text menu, with the window's actions (Attach Correction…) at its top; while editing, a right
        click outside the selection first puts the caret there, so Accept or Reject Change act on what was clicked."""
        if not self.isReadOnly() and event.reason() == event.Reason.Mouse:
            self._caret_to(event.pos())
        menu: QMenu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self._context_actions:
            menu.insertAction(first, action)
        if self._context_actions and first is not None:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event) -> None:
        """Accept files dragged over the text, to open them; other drags are Qt's."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        """Keep accepting files as they move over the text."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        """Report dropped local files as filesDropped instead of inserting their names."""
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            super().dropEvent(event)

    def paintEvent(self, event) -> None:
        """The text, then the tracked changes' deleted text painted into the room left for it."""
        super().paintEvent(event)
        if self.marks is not None and self.marks.active:
            painter = QPainter(self.viewport())
            try:
                self.marks.paint(painter)
            finally:
                painter.end()

    def viewportEvent(self, event) -> bool:
        """A tooltip over deleted text shows it whole."""
        if event.type() == QEvent.Type.ToolTip and self.marks is not None and self.marks.active:
            tip = self.marks.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def _caret_to(self, point) -> None:
        cursor = self.textCursor()
        phantom = self.marks.phantom_at(point) if self.marks is not None and self.marks.active else None
        clicked = self.cursorForPosition(point).position() if phantom is None \
            else self._positions.to_qt(phantom.at)
        if not cursor.hasSelection() or not cursor.selectionStart() <= clicked <= cursor.selectionEnd():
            cursor.setPosition(clicked)
            self.setTextCursor(cursor)

    def _contents_changed(self) -> None:
        if not self._loading and not self.isReadOnly():
            self._stale = True
            self.textEdited.emit()

    @property
    def _positions(self) -> TextPositions:
        if self._stale:
            self._cached_positions, self._stale = TextPositions(self.text()), False
        return self._cached_positions
