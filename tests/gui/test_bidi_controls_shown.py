"""An editor reading notes, titles and messages in the window sees a hidden direction override as `\\u202e`,
while the history keeps the text exactly as it was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview
from tests.gui.test_audit_panels import show_timeline
from tests.gui.test_notice_dialog import open_notice

RLO = "\u202e"
NOTE = f"The bridge reopened on {RLO}yadseuT."


def test_a_note_with_an_override_shows_it_as_an_escape_in_the_corrections_panel(sample_window, answers, qtbot,
                                                                                 history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday", public_note=NOTE))

    press_ctrl_enter(qtbot, window)

    note_cell = window.corrections_panel.view.model().index(0, 3)
    assert note_cell.data() == "The bridge reopened on \\u202eyadseuT."
    tooltip = note_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Public note: The bridge reopened on \\u202eyadseuT." in tooltip and RLO not in tooltip
    [stored] = history.corrections(window.session.article.id)
    assert stored.public_note == NOTE


def test_a_version_message_and_notice_with_an_override_are_shown_escaped(sample_window, answers, qtbot, history):
    window = sample_window
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday", public_note=NOTE))
    press_ctrl_enter(qtbot, window)
    answers.messages.append(f"Fix the {RLO}day")
    window.save_action.trigger()
    wait_for_preview(qtbot, window)

    assert window.history_model.index(0, 3).data() == "Fix the \\u202eday"
    show_timeline(window, qtbot)
    timeline = window.timeline_panel.model
    assert [timeline.index(0, column).data() for column in (3, 4)] == [
        "Fix the \\u202eday", "Correction: The bridge reopened on \\u202eyadseuT."]
    assert history.version(window.session.article.id).message == f"Fix the {RLO}day"

    dialog = open_notice(qtbot, window)
    assert "\\u202e" in dialog.output.toPlainText() and RLO not in dialog.output.toPlainText()
    assert RLO in dialog.rendered()
    assert any("\\u202e" in message for message in dialog.warning_messages())
