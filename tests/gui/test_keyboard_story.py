"""Issue 16, item 7: the sample article's story by keyboard alone. Open it from the File menu, find the wrong
day with Ctrl+F, correct it with Ctrl+Enter, fill in the correction, save with Ctrl+S and publish with
Ctrl+Shift+P: every step a key press on the widget with the focus, every dialog the real one, answered by keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from db import publishing
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.dialogs.save_dialog import SaveDialog

Key, Mod = Qt.Key, Qt.KeyboardModifier
ALT, CTRL, SHIFT = Mod.AltModifier, Mod.ControlModifier, Mod.ShiftModifier
REAL_QUESTION = QMessageBox.question  # the GUI tests' conftest replaces it with a stand-in that shows nothing
NOTE = "An earlier version said the bridge reopened on Monday. It reopened on Tuesday."


def focused(window):
    """Where the keys go: an open menu, else the widget with the keyboard focus."""
    return QApplication.activePopupWidget() or QApplication.focusWidget() or window


class Keyboard:
    """The editor's hands: presses keys where the focus is, and answers each modal dialog when it comes up."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window
        self.answers: list[tuple[type, Callable[[QDialog], None]]] = []
        self.answered: list[str] = []
        self.problems: list[BaseException] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._answer_modal)

    def press(self, key, modifiers=Mod.NoModifier) -> None:
        self.qtbot.keyClick(self._where_keys_go(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self._where_keys_go(), text)

    def _where_keys_go(self):
        """The focused widget. A desktop's window manager makes the window active again when a dialog closes,
        and Qt gives the focus back to the widget that had it; the offscreen platform leaves that undone."""
        if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        return focused(self.window)

    def when_asked(self, kind: type, answer: Callable[[QDialog], None]) -> None:
        """Answer the next modal dialog of this kind, by keys, once it has the focus."""
        self.answers.append((kind, answer))
        self.timer.start()

    def _answer_modal(self) -> None:
        modal, focus = QApplication.activeModalWidget(), QApplication.focusWidget()
        if not self.answers or modal is None or focus is None or not modal.isAncestorOf(focus):
            return
        kind, answer = self.answers[0]
        if not isinstance(modal, kind):
            return
        self.answers.pop(0)
        if not self.answers:
            self.timer.stop()
        try:
            answer(modal)
            self.answered.append(kind.__name__)
        except BaseException as problem:  # never leave a modal dialog open: the test would hang
            self.problems.append(problem)
            modal.reject()


def test_the_sample_story_by_keyboard_alone(window, monkeypatch, qtbot):
    for dialog in (ImportPreviewDialog, CorrectionDialog, SaveDialog):  # the real dialogs, not the stand-ins
        monkeypatch.delattr(dialog, "exec")
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    keys = Keyboard(qtbot, window)

    # File > Open Sample Article, and Import in the preview of what it will store.
    keys.when_asked(ImportPreviewDialog, lambda preview: keys.press(Key.Key_I, ALT))
    keys.press(Key.Key_F, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    keys.press(Key.Key_M)
    qtbot.waitUntil(lambda: window.session.has_article, timeout=10000)
    assert keys.answered == ["ImportPreviewDialog"]

    # Ctrl+F finds the wrong day; Ctrl+Enter corrects the match.
    keys.press(Key.Key_F, CTRL)
    keys.type("monday")
    assert window.article_view.textCursor().selectedText() == "Monday"

    def correct(dialog: QDialog) -> None:
        keys.type("Tuesday")  # the replacement box has the focus, its text selected
        keys.press(Key.Key_P, ALT)  # &Public note
        keys.type(NOTE)
        keys.press(Key.Key_Return, CTRL)

    keys.when_asked(CorrectionDialog, correct)
    keys.press(Key.Key_Return, CTRL)
    assert keys.problems == []
    [correction] = window.session.pending
    assert (correction.quote, correction.replacement, correction.public_note) == ("Monday", "Tuesday", NOTE)
    keys.press(Key.Key_Escape)  # closes the find bar; the article has the focus again
    assert QApplication.focusWidget() is window.article_view

    # Ctrl+S saves the version with the message typed.
    def save(dialog: QDialog) -> None:
        keys.type("Corrected the reopening day")
        keys.press(Key.Key_Return)

    keys.when_asked(SaveDialog, save)
    keys.press(Key.Key_S, CTRL)
    assert keys.problems == []
    qtbot.waitUntil(lambda: window.session.base.number == 2, timeout=10000)
    assert window.session.base.message == "Corrected the reopening day"
    assert "reopened to traffic on Tuesday" in window.session.working_text

    # Ctrl+Shift+P publishes it, after a Yes (Alt+Y) to the question that shows its notice.
    keys.when_asked(QMessageBox, lambda box: keys.press(Key.Key_Y, ALT))
    keys.press(Key.Key_P, CTRL | SHIFT)
    assert keys.problems == []
    qtbot.waitUntil(lambda: 2 in {p.version_number for p in publishing.publications(
        window.history, window.session.article.id)}, timeout=10000)
    assert keys.answered == ["ImportPreviewDialog", "CorrectionDialog", "SaveDialog", "QMessageBox"]
    [notice] = publishing.notices(window.history, window.session.article.id)
    assert NOTE in notice.text
