"""Issue 16's trial: an editor double-clicked "reportedly", pressed Backspace twice (the word, then the space left
over) and pressed Ctrl+Shift+Backspace to take it back. Nothing happened: the word diff put the deletion after
the remaining space, one character from the caret, so Accept and Reject Change were off. The caret Backspace
leaves counts as on the deletion."""

from __future__ import annotations

from PySide6.QtCore import Qt

from corrections.diff import DELETE
from tests.gui.helpers import select
from tests.gui.test_tracked_changes import CTRL, SHIFT, edit_text, painted, wait_for_marks


def test_the_caret_backspace_leaves_is_on_the_deleted_word(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    saved = view.toPlainText()
    edit_text(qtbot, window)
    select(view, "Monday")
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the word …
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # … and the space before it
    wait_for_marks(qtbot, window)
    assert "to traffic on morning" in view.toPlainText()
    assert [p.strip() for p in painted(window, DELETE)] == ["Monday"]
    assert window.accept_change_action.isEnabled() and window.reject_change_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL | SHIFT)

    assert view.toPlainText() == saved
    wait_for_marks(qtbot, window)
    assert painted(window, DELETE) == []


def test_a_caret_a_word_away_from_a_deletion_is_not_on_it(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)
    select(view, "Monday")
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    wait_for_marks(qtbot, window)
    text = view.toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(text.index("to traffic") + 1)  # inside "to", a word and a space before the deletion
    view.setTextCursor(cursor)
    assert not window.reject_change_action.isEnabled()
