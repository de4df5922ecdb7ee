"""GUI fixtures: a real main window per test, its own settings file, and stand-ins for modal dialogs.

Modal dialogs would block an offscreen test, so — as novelWriter does — their `exec` and
QMessageBox's static functions are replaced by stand-ins that fill in what a user would and
record what the window asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox

from corrections.correction import Kind
from desktop.dialogs.author_dialog import AuthorDialog
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.dialogs.recovery_dialog import RecoveryDialog
from desktop.dialogs.save_dialog import SaveDialog

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def own_settings_file(tmp_path):
    """QSettings caches its folder per process, so point it at this test's folder explicitly."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@dataclass
class MessageBoxes:
    """Every message box the window showed, and the answers the 'user' gives to questions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def stand_in(kind: str, default: Button):
        def show(parent, title, text, *args, **kwargs):
            boxes.shown.append((kind, title, text))
            return boxes.answers.pop(0) if boxes.answers else default
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "critical", stand_in("critical", Button.Ok))
    monkeypatch.setattr(QMessageBox, "warning", stand_in("warning", Button.No))
    monkeypatch.setattr(QMessageBox, "information", stand_in("information", Button.Ok))
    monkeypatch.setattr(QMessageBox, "question", stand_in("question", Button.Discard))
    return boxes


@dataclass
class CorrectionAnswer:
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


@pytest.fixture(autouse=True)
def answers(monkeypatch) -> DialogAnswers:
    given = DialogAnswers()

    def correction_exec(dialog: CorrectionDialog):
        given.quotes_seen.append(dialog.passage.toPlainText())
        answer = given.corrections.pop(0) if given.corrections else None
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.kind.setCurrentIndex(dialog.kind.findText(answer.kind.label))
        dialog.replacement.setPlainText(answer.replacement)
        dialog.public_note.setPlainText(answer.public_note)
        dialog.internal_note.setPlainText(answer.internal_note)
        return QDialog.DialogCode.Accepted

    def save_exec(dialog: SaveDialog):
        given.summaries_seen.append(dialog.summary.text())
        given.suggestions_seen.append(dialog.message.text())
        message = given.messages.pop(0) if given.messages else None
        if message is None:
            return QDialog.DialogCode.Rejected
        dialog.message.setText(message)
        return QDialog.DialogCode.Accepted

    def author_exec(dialog: AuthorDialog):
        name = given.authors.pop(0) if given.authors else None
        if name is None:
            return QDialog.DialogCode.Rejected
        dialog.name.setText(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CorrectionDialog, "exec", correction_exec)
    monkeypatch.setattr(SaveDialog, "exec", save_exec)
    monkeypatch.setattr(AuthorDialog, "exec", author_exec)
    return given


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


@pytest.fixture(autouse=True)
def import_previews(monkeypatch) -> ImportPreviews:
    previews = ImportPreviews()

    def preview_exec(dialog: ImportPreviewDialog):
        previews.shown.append(dialog)
        answer = previews.answers.pop(0) if previews.answers else ImportReview()
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.set_kept(answer.keep)
        if answer.title is not None:
            dialog.title_edit.setText(answer.title)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview_exec)
    return previews


@dataclass
class RecoveryOffers:
    """The start-up offers of unsaved work, and the 'user's' answers (Restore / Discard; none left = Escape)."""

    answers: list = field(default_factory=list)
    shown: list = field(default_factory=list)


@pytest.fixture(autouse=True)
def recovery_offers(monkeypatch) -> RecoveryOffers:
    offers = RecoveryOffers()

    def recovery_exec(dialog: RecoveryDialog):
        offers.shown.append(dialog.record)
        answer = offers.answers.pop(0) if offers.answers else None
        if answer == RecoveryDialog.RESTORE:
            dialog.restore_button.click()
        elif answer == RecoveryDialog.DISCARD:
            dialog.discard_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", recovery_exec)
    return offers


@pytest.fixture
def open_window(qtbot, db_path):
    """Open a main window on the test's database (call again for a second window, as after a restart)."""
    from desktop.app import create_main_window

    def make(path=None):
        window = create_main_window(path or db_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture
def sample_window(window, sample_path, qtbot):
    """A window with the sample article open and its first preview computed."""
    assert window.open_file(sample_path)
    wait_for_preview(qtbot, window)
    return window


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


def press_ctrl_enter(qtbot, window) -> None:
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
