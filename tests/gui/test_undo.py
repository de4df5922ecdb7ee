"""Every change to the corrections can be undone with Ctrl+Z and redone with Ctrl+Shift+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from corrections.correction import Status
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, struck_in_red, wait_for_preview

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def statuses(history, window) -> list[Status]:
    return [c.status for c in history.corrections(window.session.article.id)]


def test_undo_withdraws_an_attached_correction_and_redo_reinstates_it(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday"))
    press_ctrl_enter(qtbot, window)

    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL)
    wait_for_preview(qtbot, window)

    assert statuses(history, window) == [Status.WITHDRAWN]
    assert struck_in_red(window.preview.inline.document()) == ""
    assert not window.isWindowModified()

    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_for_preview(qtbot, window)

    assert statuses(history, window) == [Status.PENDING]
    assert struck_in_red(window.preview.inline.document()) == "Monday"


def test_undo_puts_back_the_fields_an_edit_changed(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday", public_note="Wrong day."))
    press_ctrl_enter(qtbot, window)
    answers.corrections.append(CorrectionAnswer("Wednesday", public_note="Wrong day, twice."))

    window.edit_correction_action.trigger()

    [edited] = history.corrections(window.session.article.id)
    assert (edited.replacement, edited.public_note) == ("Wednesday", "Wrong day, twice.")
    window.undo_action.trigger()
    [restored] = history.corrections(window.session.article.id)
    assert (restored.replacement, restored.public_note) == ("Tuesday", "Wrong day.")
    window.redo_action.trigger()
    assert history.corrections(window.session.article.id)[0].replacement == "Wednesday"


def test_undo_reinstates_a_withdrawn_correction(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday"))
    press_ctrl_enter(qtbot, window)

    window.withdraw_action.trigger()

    assert statuses(history, window) == [Status.WITHDRAWN]
    assert window.corrections_model.index(0, 4).data() == "Withdrawn"
    assert not window.withdraw_action.isEnabled()
    window.undo_action.trigger()
    assert statuses(history, window) == [Status.PENDING]
    assert window.redo_action.text() == "&Redo Withdraw correction to 'Monday'"
