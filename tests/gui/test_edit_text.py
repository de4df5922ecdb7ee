"""'Edit text' lets an editor type in the article; the edits are previewed and saved like corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt

from corrections.correction import Status
from tests.gui.helpers import (
    CorrectionAnswer, press_ctrl_enter, select, struck_in_red, underlined_in_green, wait_for_preview,
)


def type_after(qtbot, view, passage: str, typed: str) -> None:
    at = view.toPlainText().find(passage) + len(passage)
    cursor = view.textCursor()
    cursor.setPosition(at)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, typed)


def test_typed_edits_show_in_the_preview_and_are_saved(sample_window, answers, qtbot, history):
    window = sample_window
    assert window.article_view.isReadOnly()
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.edit_text_action.isChecked() and not window.article_view.isReadOnly()

    type_after(qtbot, window.article_view, "The Kestrel Harbour Bridge", " (the city's oldest)")
    wait_for_preview(qtbot, window)

    assert underlined_in_green(window.preview.inline.document()).strip() == "(the city's oldest)"
    assert window.isWindowModified()
    assert "text edits" in window.unsaved_label.text()
    answers.messages.append("Added the bridge's age")
    assert window.save_version()
    article_id = window.session.article.id
    assert "The Kestrel Harbour Bridge (the city's oldest) reopened" in history.text(article_id)
    assert history.latest(article_id).number == 2


def test_a_correction_attached_while_editing_anchors_on_the_working_text(sample_window, answers, qtbot, history):
    window = sample_window
    window.edit_text_action.trigger()
    type_after(qtbot, window.article_view, "Mayor Dana Whitcombe", " and Councillor Ray Obi")
    select(window.article_view, "Councillor Ray Obi")
    answers.corrections.append(CorrectionAnswer("Councillor Rae Obi", public_note="Name misspelt."))

    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)

    assert struck_in_red(window.preview.inline.document()) == ""
    assert "Councillor Rae Obi" in underlined_in_green(window.preview.inline.document())
    answers.messages.append("Added the councillor")
    assert window.save_version()
    assert answers.suggestions_seen == ["Edited the text and applied 1 correction"]
    article_id = window.session.article.id
    assert "Mayor Dana Whitcombe and Councillor Rae Obi cut the ribbon" in history.text(article_id)
    assert [c.status for c in history.corrections(article_id)] == [Status.APPLIED]


def test_undo_inside_the_editor_undoes_typing(sample_window, qtbot):
    window = sample_window
    window.edit_text_action.trigger()
    original = window.article_view.toPlainText()
    type_after(qtbot, window.article_view, "Monday", "!")

    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_preview(qtbot, window)

    assert window.article_view.toPlainText() == original
    assert window.preview.counter.text() == "No changes"
    assert not window.isWindowModified()


def test_ctrl_e_in_the_article_text_switches_edit_text_on_and_off(sample_window, qtbot):
    window = sample_window
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.edit_text_action.isChecked() and not window.article_view.isReadOnly()
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not window.edit_text_action.isChecked() and window.article_view.isReadOnly()
