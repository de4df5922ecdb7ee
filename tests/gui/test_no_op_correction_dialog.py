"""An editor who attaches a correction that changes nothing is told so in the dialog, keeps what they typed,
and can turn it into a note-only editor's note by writing the note readers will see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from corrections.correction import Kind
from tests.gui.helpers import CorrectionAnswer, open_correction_dialog, press_ctrl_enter, select


def test_the_dialog_refuses_a_replacement_equal_to_the_passage_and_stays_open(qtbot):
    dialog = open_correction_dialog(qtbot, "Monday")
    dialog.public_note.setPlainText("The bridge reopened on Monday.")

    qtbot.keyClick(dialog.replacement, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "✘ The replacement is the same as the passage"
    assert dialog.public_note.toPlainText() == "The bridge reopened on Monday."


def test_a_note_only_editors_note_is_accepted_once_it_has_a_public_note(qtbot):
    dialog = open_correction_dialog(qtbot, "Monday")
    dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.EDITORS_NOTE))

    qtbot.keyClick(dialog.replacement, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "write the public note readers should see" in dialog.problem.text()

    dialog.public_note.setPlainText("The council disputes the reopening date.")
    qtbot.keyClick(dialog.replacement, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.problem.isVisible()
    assert dialog.fields().replacement == "Monday"


def test_the_window_explains_a_refused_correction_and_records_nothing(sample_window, answers, message_boxes, qtbot,
                                                                     history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Monday", public_note="It was Monday."))

    press_ctrl_enter(qtbot, window)

    assert message_boxes.texts("critical") == ["the replacement is the same as the passage"]
    assert history.corrections(window.session.article.id) == []
    assert window.corrections_model.rowCount() == 0 and not window.undo_stack.canUndo()


def test_a_note_only_editors_note_suggests_its_note_as_the_version_message(sample_window, answers, qtbot):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Monday", kind=Kind.EDITORS_NOTE,
                                                public_note="The council disputes the reopening date."))
    press_ctrl_enter(qtbot, window)

    assert window.corrections_model.index(0, 2).data() == "(unchanged: note only)"
    assert window.session.suggested_message() == "Editor's note: The council disputes the reopening date."


def test_accepting_a_note_only_update_asks_about_the_note_and_keeps_the_text(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Monday", kind=Kind.UPDATE, public_note="Tolls stay off."))
    press_ctrl_enter(qtbot, window)
    [correction] = window.session.pending
    answers.messages.append("Update on tolls")

    assert window.accept_correction(correction.id)

    assert answers.summaries_seen == ["Record this update in a new version; the text stays as it is:\nTolls stay off."]
    assert answers.suggestions_seen == ["Update: Tolls stay off."]
    article_id = window.session.article.id
    assert history.latest(article_id).number == 2 and history.text(article_id, 2) == history.text(article_id, 1)
