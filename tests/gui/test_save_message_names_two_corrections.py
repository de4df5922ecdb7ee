"""Issue 16's trial: with the NATO correction and the "Eastern" style fix pending, Save Version suggested
"Applied 2 corrections", which never says what changed. Two corrections are named, as one is."""

from __future__ import annotations

from corrections.correction import Kind
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select


def test_saving_two_corrections_suggests_a_message_naming_both(sample_window, answers, qtbot):
    window = sample_window
    for passage, answer in (("Monday", CorrectionAnswer("Tuesday", public_note="It reopened on Tuesday.")),
                            ("eastern side", CorrectionAnswer("Eastern side", Kind.STYLE))):
        select(window.article_view, passage)
        answers.corrections.append(answer)
        press_ctrl_enter(qtbot, window)
    answers.messages.append(None)  # look at the suggestion, then Cancel

    window.save_action.trigger()

    assert answers.suggestions_seen == ["Correction: Monday → Tuesday; Style: eastern → Eastern"]
