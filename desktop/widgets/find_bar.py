"""The find bar under the article (Ctrl+F): the match found becomes the article's selection, so Ctrl+Enter
corrects it. Enter finds the next match, Shift+Enter the previous one, Escape closes the bar."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QStyle, QToolButton, QWidget

from desktop.icons import ICON_PROPERTY, icon
from desktop.text_positions import TextPositions

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def find_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text`, ignoring case, as Python (start, end) offsets; none for an empty query."""
    if not query:
        return []
    return [match.span() for match in re.finditer(re.escape(query), text, re.IGNORECASE)]


class FindBar(QWidget):
    """Finds words in a text view (the article) and selects each match; `closed` once Escape hides it."""

    closed = Signal()

    def __init__(self, view: QPlainTextEdit, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Find in the article"))
        self.view = view
        self._origin = 0  # where typing searches from: the cursor when the bar opened
        self.box = QLineEdit(objectName="findBox")
        self.box.setAccessibleName(self.tr("Find in the article"))
        self.box.setPlaceholderText(self.tr("Find in the article"))
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(self.box.fontMetrics().averageCharWidth() * 18)
        self.box.setToolTip(self.tr("Enter: next match · Shift+Enter: previous · Ctrl+Enter: correct the match · "
                                    "Escape: close"))
        self.box.textChanged.connect(self._typed)
        self.box.installEventFilter(self)
        label = QLabel(self.tr("F&ind:"), buddy=self.box)
        self.count = QLabel("", objectName="findCount")
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous_button = self._button("findPrevious", "previous", self.tr("Previous match (Shift+Enter)"),
                                            self.find_previous)
        self.next_button = self._button("findNext", "next", self.tr("Next match (Enter)"), self.find_next)
        self.close_button = self._button("findClose", None, self.tr("Close the find bar (Escape)"), self.close_bar)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.setSpacing(6)
        row.addWidget(label)
        row.addWidget(self.box, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)

    def _button(self, name: str, icon_name: str | None, tip: str, slot) -> QToolButton:
        button = QToolButton(objectName=name)
        if icon_name:
            button.setProperty(ICON_PROPERTY, icon_name)
            button.setIcon(icon(icon_name, self.palette()))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def changeEvent(self, event) -> None:
        """Redraw the arrows for a light or dark palette."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for button in (self.previous_button, self.next_button):
                button.setIcon(icon(button.property(ICON_PROPERTY), self.palette()))

    def open(self) -> None:
        """Show the bar with the cursor in its box; a short selection in the view becomes the words to find."""
        cursor = self.view.textCursor()
        selected = cursor.selectedText()
        if selected and len(selected) <= 100 and "\u2029" not in selected:
            self.box.blockSignals(True)
            self.box.setText(selected)
            self.box.blockSignals(False)
        self._origin = self._offset(cursor.selectionStart())
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        spans = self._spans()
        self._show_count(self._current(spans), len(spans))

    def close_bar(self) -> None:
        """Hide the bar; the match found stays selected in the view."""
        self.hide()
        self.closed.emit()

    def find_next(self) -> bool:
        """Select the next match after the selection, wrapping round to the first; False if there is none."""
        spans = self._spans()
        if not spans:
            return self._show_count(None, 0)
        after = self._offset(self.view.textCursor().selectionEnd())
        return self._select(spans, next((i for i, (start, _end) in enumerate(spans) if start >= after), 0))

    def find_previous(self) -> bool:
        """Select the match before the selection, wrapping round to the last; False if there is none."""
        spans = self._spans()
        if not spans:
            return self._show_count(None, 0)
        before = self._offset(self.view.textCursor().selectionStart())
        earlier = [i for i, (_start, end) in enumerate(spans) if end <= before]
        return self._select(spans, earlier[-1] if earlier else len(spans) - 1)

    def eventFilter(self, watched, event) -> bool:
        """In the box, Enter finds the next match, Shift+Enter the previous one, Escape closes the bar."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            if event.key() in RETURN_KEYS and not event.modifiers() & ~(
                    Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        """Find as the words are typed, from where the cursor was when the bar opened."""
        spans = self._spans()
        if not spans:
            self._show_count(None, 0)
            return
        self._select(spans, next((i for i, (start, _end) in enumerate(spans) if start >= self._origin), 0))

    def _spans(self) -> list[tuple[int, int]]:
        return find_spans(self.view.toPlainText(), self.box.text())

    def _select(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Select match `index` in the view, scrolled into sight, and say which of how many it is."""
        positions = TextPositions(self.view.toPlainText())
        start, end = spans[index]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.centerCursor()
        return self._show_count(index, len(spans))

    def _current(self, spans: list[tuple[int, int]]) -> int | None:
        """Which match the view's selection is, if it is one."""
        cursor = self.view.textCursor()
        span = (self._offset(cursor.selectionStart()), self._offset(cursor.selectionEnd()))
        return spans.index(span) if span in spans else None

    def _offset(self, position: int) -> int:
        """The Python offset of a document position of the view."""
        return TextPositions(self.view.toPlainText()).from_qt(position)

    def _show_count(self, index: int | None, total: int) -> bool:
        """Say which of the `total` matches is selected ("2 of 5"), or how many there are; True when one is."""
        if index is not None:
            self.count.setText(self.tr("{number} of {count}").format(number=index + 1, count=total))
        elif self.box.text():
            self.count.setText(self.tr("%n match(es)", "", total) if total else self.tr("No matches"))
        else:
            self.count.setText("")
        not_found = bool(self.box.text()) and total == 0
        if self.box.property("notFound") != not_found:  # the box turns amber while nothing matches
            self.box.setProperty("notFound", not_found)
            self.box.style().unpolish(self.box)
            self.box.style().polish(self.box)
        return index is not None
