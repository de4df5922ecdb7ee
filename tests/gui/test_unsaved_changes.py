"""Closing with unsaved work asks Save / Discard / Cancel, and each answer does what it says."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from corrections.correction import Status
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

Button = QMessageBox.StandardButton


def with_a_pending_correction(qtbot, window, answers) -> None:
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday"))
    press_ctrl_enter(qtbot, window)
    assert window.isWindowModified()
    assert window.windowTitle().endswith("[*] — Emend")


def test_cancel_keeps_the_window_open_and_the_work_pending(sample_window, answers, message_boxes, qtbot, history):
    window = sample_window
    with_a_pending_correction(qtbot, window, answers)
    message_boxes.answers.append(Button.Cancel)

    assert not window.close()

    assert window.isVisible()
    assert message_boxes.kinds() == ["question"]
    assert "1 pending correction" in message_boxes.texts("question")[0]
    assert [c.status for c in history.corrections(window.session.article.id)] == [Status.PENDING]


def test_discard_closes_and_withdraws_the_correction_attached_in_this_session(
        sample_window, answers, message_boxes, qtbot, history):
    window = sample_window
    article_id = window.session.article.id
    with_a_pending_correction(qtbot, window, answers)
    message_boxes.answers.append(Button.Discard)

    assert window.close()

    assert [c.status for c in history.corrections(article_id)] == [Status.WITHDRAWN]
    assert history.latest(article_id).number == 1


def test_save_stores_a_version_then_closes(sample_window, answers, message_boxes, qtbot, history):
    window = sample_window
    article_id = window.session.article.id
    with_a_pending_correction(qtbot, window, answers)
    message_boxes.answers.append(Button.Save)
    answers.messages.append("Corrected the day")

    assert window.close()

    assert history.latest(article_id).message == "Corrected the day"
    assert "Tuesday morning" in history.text(article_id)


def test_save_cancelled_at_the_message_keeps_the_window_open(sample_window, answers, message_boxes, qtbot):
    window = sample_window
    with_a_pending_correction(qtbot, window, answers)
    message_boxes.answers.append(Button.Save)
    answers.messages.append(None)

    assert not window.close()
    assert window.isVisible()


def test_a_clean_window_closes_without_asking(sample_window, message_boxes):
    assert sample_window.close()
    assert message_boxes.shown == []


def test_opening_another_article_asks_first(sample_window, answers, message_boxes, qtbot, tmp_path, history):
    window = sample_window
    with_a_pending_correction(qtbot, window, answers)
    other = tmp_path / "other.txt"
    other.write_text("Council approves budget\n\nThe council approved its budget on Thursday.\n", encoding="utf-8")
    message_boxes.answers.append(Button.Cancel)

    assert not window.open_file(other)

    assert len(history.articles()) == 1
    assert window.session.article.title == "Harbour bridge reopens after three-year restoration"
