"""The correction dialog's kind triage: the kind the change calls for (corrections.triage), and why, in one line
under the Kind box; until the editor picks a kind, the box follows the suggestion."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from corrections import triage
from corrections.correction import SILENT_KINDS, Kind

PHRASES = {  # marked for lupdate here, translated where shown
    triage.CASE: QT_TRANSLATE_NOOP("KindSuggestion", "capital letters"),
    triage.PUNCTUATION: QT_TRANSLATE_NOOP("KindSuggestion", "punctuation"),
    triage.SPELLING: QT_TRANSLATE_NOOP("KindSuggestion", "spelling"),
    triage.SPACING: QT_TRANSLATE_NOOP("KindSuggestion", "spacing"),
    triage.TYPOGRAPHY: QT_TRANSLATE_NOOP("KindSuggestion", "typographic quotes or dashes"),
    triage.NUMBER: QT_TRANSLATE_NOOP("KindSuggestion", "a number changes"),
    triage.NEGATION: QT_TRANSLATE_NOOP("KindSuggestion", "a negation is added or removed"),
    triage.QUOTE_MARKS: QT_TRANSLATE_NOOP("KindSuggestion", "quotation marks are added or removed"),
    triage.QUOTATION: QT_TRANSLATE_NOOP("KindSuggestion", "words inside a quotation change"),
    triage.DATE: QT_TRANSLATE_NOOP("KindSuggestion", "a date changes"),
    triage.SYMBOL: QT_TRANSLATE_NOOP("KindSuggestion", "a symbol changes"),
    triage.NAME: QT_TRANSLATE_NOOP("KindSuggestion", "a name changes"),
    triage.WORDING: QT_TRANSLATE_NOOP("KindSuggestion", "the wording changes"),
}


class KindSuggestion(QLabel):
    """Says which kind the change calls for and why: Style for case, punctuation, spelling or spacing, else
    Correction. With `follow`, the Kind box takes the suggestion until the editor picks a kind there (or, for
    Style, writes a public note)."""

    def __init__(self, quote: str, kind: QComboBox, replacement: Callable[[], str], replacement_box: QPlainTextEdit,
                 public_note: QPlainTextEdit, internal_note: QPlainTextEdit, *, follow: bool, parent=None):
        super().__init__(parent, objectName="kindSuggestion")
        self.quote, self.kind, self.replacement = quote, kind, replacement
        self.public_note, self.internal_note = public_note, internal_note
        self.following = follow
        self.triage: triage.Triage | None = None
        self._note_hint, self._internal_hint = public_note.placeholderText(), internal_note.placeholderText()
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAccessibleName(self.tr("Suggested kind"))
        kind.activated.connect(self._picked)
        kind.currentIndexChanged.connect(self._kind_shown)
        replacement_box.textChanged.connect(self.refresh)
        self.refresh()

    @property
    def suggested(self) -> Kind | None:
        """The kind the change calls for, or None while the replacement is the passage as it was."""
        if self.triage is None or self.triage.verdict == triage.UNCHANGED:
            return None
        return Kind.STYLE if self.triage.is_style else Kind.CORRECTION

    def refresh(self) -> None:
        """Triage the change as it now stands; move the Kind box to the suggestion unless the editor chose."""
        self.triage = triage.classify(self.quote, self.replacement())
        suggested = self.suggested
        if suggested is None:
            self.setText(self.tr("Type the replacement: Emend suggests Style for a fix of case, punctuation, "
                                 "spelling or spacing, else Correction."))
        else:
            self.setText(self.tr("Suggested: {kind} — {why} ({change})").format(
                kind=suggested.label, why=self._why(self.triage), change=self.triage.change))
        self.setToolTip(self.triage.reason if suggested is not None else "")
        current = Kind(self.kind.currentData())
        noted = bool(self.public_note.toPlainText().strip())  # a note for readers: the editor means to tell them
        if self.following and suggested is not None and current in (Kind.CORRECTION, Kind.STYLE) \
                and current is not suggested and not (noted and suggested in SILENT_KINDS):
            self.kind.setCurrentIndex(self.kind.findData(suggested))
        self._kind_shown()

    def _why(self, found: triage.Triage) -> str:
        if found.is_style:
            return self.tr("only {aspects}").format(aspects=", ".join(self.tr(PHRASES[code]) for code in found.reasons))
        return self.tr(PHRASES[found.reasons[0]])

    def _picked(self, _row: int) -> None:
        """The editor chose a kind: it stays, whatever they type next."""
        self.following = False
        self._kind_shown()

    def _kind_shown(self, _row: int = -1) -> None:
        """A style fix has no public note (readers never see it); its internal note holds the reason."""
        silent = Kind(self.kind.currentData()) in SILENT_KINDS
        self.public_note.setEnabled(not silent or bool(self.public_note.toPlainText().strip()))
        self.public_note.setPlaceholderText(self.tr("A style fix is never shown to readers") if silent
                                            else self._note_hint)
        if silent:
            reason = triage.style_reason(self.quote, self.replacement())
            self.internal_note.setPlaceholderText(
                self.tr("Why it is a style fix; left empty, Emend records: {reason}").format(reason=reason) if reason
                else self.tr("Why it is a style fix (a reason is expected: this change looks like more than style)"))
        elif self.internal_note.placeholderText() != self._internal_hint:
            self.internal_note.setPlaceholderText(self._internal_hint)
        for box in (self.public_note, self.internal_note):  # Qt repaints a hint that appears, not one reworded
            box.viewport().update()
