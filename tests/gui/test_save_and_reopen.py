"""Saving a version stores the corrected text; a new window on the same history finds it all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from corrections.correction import Status
from tests.gui.helpers import (
    CorrectionAnswer, press_ctrl_enter, select, struck_in_red, underlined_in_green, wait_for_preview,
)


def attach(qtbot, window, answers, passage: str, replacement: str, **fields) -> None:
    select(window.article_view, passage)
    answers.corrections.append(CorrectionAnswer(replacement, **fields))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)


def test_ctrl_s_saves_a_version_that_a_new_window_finds(sample_window, answers, qtbot, open_window, db_path):
    window = sample_window
    attach(qtbot, window, answers, "Monday", "Tuesday", public_note="The bridge reopened on Tuesday.")
    answers.messages.append("Corrected the reopening day")

    qtbot.keyClick(window.article_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_preview(qtbot, window)

    assert "1 pending correction" in answers.summaries_seen[0]
    assert answers.suggestions_seen == ["Correction: Monday → Tuesday"]
    assert not window.isWindowModified()
    assert "reopened to traffic on Tuesday morning" in window.article_view.toPlainText()
    assert window.preview.counter.text() == "No changes"
    assert window.history_model.rowCount() == 2
    assert window.history_model.index(0, 3).data() == "Corrected the reopening day"
    window.close()

    reopened = open_window(db_path)
    library = reopened.library_model
    assert library.rowCount() == 1
    assert [library.index(0, c).data() for c in range(2)] == [
        "Harbour bridge reopens after three-year restoration", "2"]
    reopened.library_panel.view.activated.emit(library.index(0, 0))
    assert reopened.session.base.number == 2
    assert [reopened.history_model.index(row, 0).data() for row in range(2)] == ["v2", "v1"]
    assert reopened.history_model.index(0, 2).data() == "Test Editor"
    assert reopened.corrections_model.index(0, 4).data() == "Applied in v2"
    assert reopened.session.corrections[0].status is Status.APPLIED


def test_accepting_one_correction_saves_just_that_one(sample_window, answers, qtbot, history):
    window = sample_window
    attach(qtbot, window, answers, "Monday", "Tuesday")
    attach(qtbot, window, answers, "184 million", "187 million")
    window.corrections_panel.select(window.corrections_model.correction_at(0).id)
    answers.messages.append("Corrected the day")

    window.accept_action.trigger()

    article_id = window.session.article.id
    assert history.latest(article_id).number == 2
    saved = history.text(article_id)
    assert "Tuesday morning" in saved and "184 million" in saved
    assert [c.status for c in history.corrections(article_id)] == [Status.APPLIED, Status.PENDING]
    wait_for_preview(qtbot, window)
    assert struck_in_red(window.preview.inline.document()) == "184"
    assert window.isWindowModified()


def test_next_change_walks_the_changes_inline_and_side_by_side(sample_window, answers, qtbot):
    window = sample_window
    attach(qtbot, window, answers, "Monday", "Tuesday")
    attach(qtbot, window, answers, "several hundred", "about 300")

    qtbot.keyClick(window.article_view, Qt.Key.Key_F8)
    assert window.preview.counter.text() == "Change 1 of 2"
    assert [s.cursor.selectedText() for s in window.preview.inline.extraSelections()] == ["Monday", "Tuesday"]
    qtbot.keyClick(window.article_view, Qt.Key.Key_F8)
    assert window.preview.counter.text() == "Change 2 of 2"
    assert "'several hundred' → 'about 300'" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.preview.counter.text() == "Change 1 of 2"

    window.side_by_side_action.trigger()

    assert window.preview.side_by_side
    old, new = window.preview.old_view.document(), window.preview.new_view.document()
    assert struck_in_red(old) == "Mondayseveral hundred" and underlined_in_green(old) == ""
    assert underlined_in_green(new) == "Tuesdayabout 300" and struck_in_red(new) == ""
    assert [s.cursor.selectedText() for s in window.preview.old_view.extraSelections()] == ["Monday"]
    assert [s.cursor.selectedText() for s in window.preview.new_view.extraSelections()] == ["Tuesday"]


def test_opening_the_same_file_again_opens_the_article_already_in_the_history(
        sample_window, sample_path, history):
    window = sample_window

    assert window.open_file(sample_path)

    assert len(history.articles()) == 1
    assert "already in the history" in window.statusBar().currentMessage()
    assert window.library_model.rowCount() == 1
