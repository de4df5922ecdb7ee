"""What GUI tests share besides fixtures: the answers the dialog stand-ins give, what they record,
and the user's actions and reading of the diff colours.

Tests import these from here; pytest advises against importing from conftest.py, which keeps only fixtures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from corrections.correction import Kind
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog


@dataclass
class MessageBoxes:
    """Every message box the window showed, and the answers the 'user' gives to questions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@dataclass
class CorrectionAnswer:
    """What the 'user' fills into one correction dialog."""

    replacement: str
    kind: Kind = Kind.CORRECTION
    public_note: str = ""
    internal_note: str = ""


@dataclass
class DialogAnswers:
    """What the 'user' types into the next correction, save and author dialogs (None = Cancel)."""

    corrections: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    authors: list = field(default_factory=list)
    quotes_seen: list[str] = field(default_factory=list)
    summaries_seen: list[str] = field(default_factory=list)
    suggestions_seen: list[str] = field(default_factory=list)


@dataclass
class ImportReview:
    """What the 'user' does in an import preview: the left-out blocks to tick, a headline to type."""

    keep: list[int] = field(default_factory=list)
    title: str | None = None


@dataclass
class ImportPreviews:
    """Answers for the next import previews (an ImportReview, or None = Cancel; none left = Import as shown)."""

    answers: list = field(default_factory=list)
    shown: list[ImportPreviewDialog] = field(default_factory=list)


@dataclass
class RecoveryOffers:
    """The start-up offers of unsaved work, and the 'user's' answers (Restore / Discard; none left = Escape)."""

    answers: list = field(default_factory=list)
    shown: list = field(default_factory=list)


def wait_for_preview(qtbot, window) -> None:
    """Wait until the background diff has finished and the preview shows it."""
    qtbot.waitUntil(lambda: not window.scheduler.busy, timeout=10000)


def select(view, passage: str, occurrence: int = 0) -> None:
    """Select a passage in a text view, as a user dragging the mouse over it would."""
    text = view.toPlainText()
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(passage, at + 1)
    assert at >= 0, f"{passage!r} is not in the view"
    cursor = view.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(passage), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def open_correction_dialog(qtbot, quote: str) -> CorrectionDialog:
    """A correction dialog on `quote`, shown on its own (no window) so a test can type into it."""
    dialog = CorrectionDialog(quote)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ctrl_enter(qtbot, window) -> None:
    """Attach a correction to the selection the way an editor does, with the keyboard."""
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def runs(document) -> list[tuple[str, object]]:
    """The document's text as (text, char format) runs, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                found.append((fragment.text(), fragment.charFormat()))
            iterator += 1
        block = block.next()
    return found


def struck_in_red(document) -> str:
    """The text shown as deleted: struck through, in a red colour."""
    return "".join(text for text, fmt in runs(document) if fmt.fontStrikeOut() and _reddish(fmt))


def underlined_in_green(document) -> str:
    """The text shown as inserted: underlined, in a green colour."""
    return "".join(text for text, fmt in runs(document) if fmt.fontUnderline() and _greenish(fmt))


def _reddish(fmt) -> bool:
    colour = fmt.foreground().color()
    return colour.red() > 2 * colour.green() and colour.red() > 2 * colour.blue()


def _greenish(fmt) -> bool:
    colour = fmt.foreground().color()
    return colour.green() > 2 * colour.red() and colour.green() > colour.blue()
