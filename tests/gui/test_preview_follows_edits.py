"""Issue 16, item 3: after a Timeline or History row was picked, attaching, editing or typing shows the working
changes in the preview again, and F8 goes to them, without View > Show Unsaved Changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import publishing
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

CROWD = "several hundred"


@pytest.fixture
def three_versions(window, sample_text, qtbot):
    """The bridge story in three versions (the day corrected, then the crowd), opened in the window."""
    history = window.history
    article = history.import_article(sample_text, title="Harbour bridge", author="Ann")
    history.add_correction(article.id, kind="correction", quote="Monday", replacement="Tuesday", author="Bob")
    history.save_version(article.id, message="Corrected the day", author="Bob")
    publishing.publish(history, article.id, author="Desk")
    history.save_version(article.id, message="Clarified the crowd", author="Cy",
                         text=history.text(article.id).replace(CROWD, "about 300"))
    window.refresh_library()
    assert window.open_article(article.id)
    wait_for_preview(qtbot, window)
    return article.id


def pick_in_timeline(window, qtbot, number: int) -> None:
    """View > Timeline, then the row of version `number`: the preview compares it with the one before."""
    next(action for action in window.view_menu.actions()
         if action.objectName() == "timelineDockViewAction").trigger()
    qtbot.waitUntil(lambda: window.timeline_panel is not None and not window.timeline_panel.loading
                    and window.timeline_panel.model.rowCount() == 3, timeout=10000)
    window.timeline_panel.select_version(number)
    wait_for_preview(qtbot, window)
    assert window.preview.title.text() == f"Version {number - 1}  →  Version {number}"


def shows_working_changes(window) -> bool:
    """The preview shows the unsaved work against its version, not two saved versions."""
    result = window.preview.result
    return (window.compared is None and not window.scheduler.busy and result is not None
            and result.request.old == window.session.base_text and result.request.new == window.session.working_text
            and result.request.pending == tuple(window.session.pending))


def test_attaching_after_picking_a_timeline_row_shows_the_new_correction_and_f8_goes_to_it(
        window, three_versions, answers, qtbot):
    pick_in_timeline(window, qtbot, 3)

    select(window.article_view, "Kestrel")
    answers.corrections.append(CorrectionAnswer("Osprey"))
    press_ctrl_enter(qtbot, window)

    qtbot.waitUntil(lambda: shows_working_changes(window), timeout=10000)
    assert "Version 2" not in window.preview.title.text()
    assert window.history_panel.picked() == []
    assert not window.timeline_panel.view.selectionModel().hasSelection()
    qtbot.keyClick(window.article_view, Qt.Key.Key_F8)
    assert window.preview.current_change_text() == "'Kestrel' → 'Osprey'"


def test_picking_the_same_timeline_row_again_compares_it_again(window, three_versions, answers, qtbot):
    pick_in_timeline(window, qtbot, 3)
    select(window.article_view, "Kestrel")
    answers.corrections.append(CorrectionAnswer("Kestrels"))
    press_ctrl_enter(qtbot, window)
    qtbot.waitUntil(lambda: shows_working_changes(window), timeout=10000)

    window.timeline_panel.select_version(3)

    qtbot.waitUntil(lambda: window.compared == (2, 3) and not window.scheduler.busy, timeout=10000)
    assert window.preview.title.text() == "Version 2  →  Version 3"


def test_editing_a_correction_after_picking_a_history_row_shows_the_working_changes(
        window, three_versions, answers, qtbot):
    select(window.article_view, "Kestrel")
    answers.corrections.append(CorrectionAnswer("Kestrels"))
    press_ctrl_enter(qtbot, window)
    qtbot.waitUntil(lambda: shows_working_changes(window), timeout=10000)
    window.history_panel.pick([1, 3])
    qtbot.waitUntil(lambda: window.compared == (1, 3) and not window.scheduler.busy, timeout=10000)

    answers.corrections.append(CorrectionAnswer("Falcon"))
    window.edit_correction_action.trigger()

    qtbot.waitUntil(lambda: shows_working_changes(window), timeout=10000)
    assert window.session.pending[0].replacement == "Falcon"
    qtbot.keyClick(window.article_view, Qt.Key.Key_F8)
    assert window.preview.current_change_text() == "'Kestrel' → 'Falcon'"


def test_undoing_an_attachment_after_picking_a_row_shows_the_working_changes(window, three_versions, answers, qtbot):
    select(window.article_view, "Kestrel")
    answers.corrections.append(CorrectionAnswer("Kestrels"))
    press_ctrl_enter(qtbot, window)
    pick_in_timeline(window, qtbot, 2)

    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: shows_working_changes(window), timeout=10000)
    assert window.session.pending == [] and window.preview.change_count == 0


def test_typing_after_picking_a_timeline_row_shows_what_was_typed(window, three_versions, qtbot):
    pick_in_timeline(window, qtbot, 2)
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Edit Text
    window.article_view.moveCursor(window.article_view.textCursor().MoveOperation.Start)

    qtbot.keyClicks(window.article_view, "Update: ")

    qtbot.waitUntil(lambda: shows_working_changes(window) and window.session.edited, timeout=10000)
    assert [change.inserted for change in window.preview.result.changes] == ["Update: "]
    assert "Version 1" not in window.preview.title.text()
