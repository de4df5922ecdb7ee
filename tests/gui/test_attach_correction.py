"""An editor selects a wrong passage, presses Ctrl+Enter, and sees the correction tracked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from corrections.correction import Kind, Status
from tests.gui.helpers import (
    CorrectionAnswer, press_ctrl_enter, select, struck_in_red, underlined_in_green, wait_for_preview,
)


def test_ctrl_enter_attaches_a_correction_that_the_preview_tracks(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday", public_note="The bridge reopened on Tuesday."))

    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)

    assert answers.quotes_seen == ["Monday"]
    document = window.preview.inline.document()
    assert struck_in_red(document) == "Monday"
    assert underlined_in_green(document) == "Tuesday"
    table = window.corrections_model
    assert table.rowCount() == 1
    assert [table.index(0, c).data() for c in range(5)] == [
        "Correction", "Monday", "Tuesday", "The bridge reopened on Tuesday.", "Pending"]
    stored = history.corrections(window.session.article.id)
    assert [(c.quote, c.replacement, c.status, c.author) for c in stored] == [
        ("Monday", "Tuesday", Status.PENDING, "Test Editor")]
    assert window.isWindowModified()


def test_keypad_enter_attaches_too_and_the_kind_is_kept(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "several hundred")
    answers.corrections.append(CorrectionAnswer("about 300", kind=Kind.CLARIFICATION))

    qtbot.keyClick(window.article_view, Qt.Key.Key_Enter,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)

    [stored] = history.corrections(window.session.article.id)
    assert (stored.kind, stored.quote, stored.replacement) == (Kind.CLARIFICATION, "several hundred", "about 300")


def test_without_a_selection_attaching_is_off_and_the_status_bar_says_what_to_do(sample_window, answers, qtbot):
    window = sample_window

    press_ctrl_enter(qtbot, window)

    assert not window.attach_action.isEnabled()
    assert answers.quotes_seen == []
    assert window.hint_label.text() == "Select the passage that is wrong, then press Ctrl+Enter"
    select(window.article_view, "Monday")
    assert window.attach_action.isEnabled()
    assert window.attach_action in window.article_view._context_actions


def test_cancelling_the_dialog_attaches_nothing(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(None)

    press_ctrl_enter(qtbot, window)

    assert answers.quotes_seen == ["Monday"]
    assert history.corrections(window.session.article.id) == []
    assert not window.isWindowModified()


def test_selecting_a_correction_selects_its_passage_and_it_is_highlighted(sample_window, answers, qtbot):
    window = sample_window
    select(window.article_view, "184 million pounds")
    answers.corrections.append(CorrectionAnswer("187 million pounds"))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)
    [highlight] = window.article_view.extraSelections()
    assert highlight.cursor.selectedText() == "184 million pounds"
    window.article_view.moveCursor(QTextCursor.MoveOperation.Start)
    assert not window.article_view.textCursor().hasSelection()

    window.corrections_panel.view.clearSelection()
    window.corrections_panel.view.selectRow(0)

    assert window.article_view.textCursor().selectedText() == "184 million pounds"


def test_spaces_caught_at_the_ends_of_a_selection_are_left_out(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, " Monday ")
    answers.corrections.append(CorrectionAnswer("Tuesday"))

    press_ctrl_enter(qtbot, window)

    assert answers.quotes_seen == ["Monday"]
    assert history.corrections(window.session.article.id)[0].quote == "Monday"
