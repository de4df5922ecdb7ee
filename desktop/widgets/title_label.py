"""A pane header's title that fits its width: the headline is cut with "…", the words around it ("  ·  version 3")
stay whole, and the tooltip gives it all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class TitleLabel(QLabel):
    """Shows `text`, with the `headline` inside it shortened to fit; setText makes the whole text the headline."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self._text, self._headline = "", ""
        self.set_title(text, text)

    def set_title(self, text: str, headline: str) -> None:
        """Show `text`, of which `headline` (found in it) is the part to shorten when room runs out."""
        self._text, self._headline = text, headline if headline in text else text
        self.setToolTip(text)
        self._fit()

    def setText(self, text: str) -> None:
        self.set_title(text, text)

    def full_text(self) -> str:
        """The title as it would read with room enough."""
        return self._text

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        before, _, after = self._text.partition(self._headline) if self._headline else ("", "", "")
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - self.margin() * 2 - metrics.horizontalAdvance(before + after)
        shown = before + metrics.elidedText(self._headline, Qt.TextElideMode.ElideRight, max(room, 0)) + after
        if shown != self.text():
            super().setText(shown)
