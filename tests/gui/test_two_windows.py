"""Two windows on one history: each sees what the other saved, on F5 or when it comes to the front."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview


def to_front(qtbot, window) -> None:
    """Click a window to the front, as an editor switching between them does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_each_window_sees_the_versions_the_other_saved(open_window, sample_path, qtbot, answers, import_previews):
    desk = open_window()
    night = open_window()
    assert desk.open_file(sample_path)
    wait_for_preview(qtbot, desk)

    qtbot.keyClick(night, Qt.Key.Key_F5)
    titles = [night.library_model.index(row, 0).data() for row in range(night.library_model.rowCount())]
    assert titles == ["Harbour bridge reopens after three-year restoration"]
    assert night.open_file(sample_path)
    assert len(import_previews.shown) == 1
    wait_for_preview(qtbot, night)

    to_front(qtbot, desk)
    select(desk.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, desk)
    answers.messages.append("Corrected the day")
    assert desk.save_version()

    to_front(qtbot, night)
    qtbot.waitUntil(lambda: night.session.base.number == 2, timeout=3000)
    assert "reopened to traffic on Tuesday morning" in night.article_view.toPlainText()
    assert night.history_model.total == 2
    assert "Showing version 2, saved elsewhere" in night.statusBar().currentMessage()

    to_front(qtbot, desk)
    night.edit_text_action.trigger()
    view = night.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().find("several hundred"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "about ")
    answers.messages.append("Softened the count")
    assert night.save_version()
    assert desk.session.base.number == 2

    qtbot.keyClick(desk, Qt.Key.Key_F5)
    assert desk.session.base.number == 3
    assert "about several hundred" in desk.article_view.toPlainText()


def test_a_window_with_text_edits_keeps_them_when_the_other_saves(open_window, sample_path, qtbot, answers):
    desk = open_window()
    night = open_window()
    desk.open_file(sample_path)
    night.open_file(sample_path)
    night.edit_text_action.trigger()
    view = night.article_view
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, "UPDATED: ")
    to_front(qtbot, desk)
    select(desk.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, desk)
    answers.messages.append("Corrected the day")
    assert desk.save_version()

    night.refresh_action.trigger()

    assert night.session.base.number == 1
    assert night.article_view.toPlainText().startswith("UPDATED: ")
    assert night.history_model.total == 2
    assert "Version 2 was saved elsewhere" in night.statusBar().currentMessage()
