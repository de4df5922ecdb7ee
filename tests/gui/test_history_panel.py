"""The history panel lists versions; two picked show their diff; an old one can be restored."""

from __future__ import annotations

from tests.gui.helpers import (
    CorrectionAnswer, press_ctrl_enter, select, struck_in_red, underlined_in_green, wait_for_preview,
)


def correct_and_save(qtbot, window, answers, passage: str, replacement: str, message: str) -> None:
    select(window.article_view, passage)
    answers.corrections.append(CorrectionAnswer(replacement))
    press_ctrl_enter(qtbot, window)
    answers.messages.append(message)
    assert window.save_version()
    wait_for_preview(qtbot, window)


def test_picking_two_versions_shows_their_diff(sample_window, answers, qtbot):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday", "Corrected the day")
    correct_and_save(qtbot, window, answers, "several hundred", "about 300", "Clarified the crowd")

    window.history_panel.pick([1, 3])
    wait_for_preview(qtbot, window)

    assert window.preview.title.text() == "Version 1  →  Version 3"
    document = window.preview.inline.document()
    assert struck_in_red(document) == "Mondayseveral hundred"
    assert underlined_in_green(document) == "Tuesdayabout 300"
    assert not window.restore_action.isEnabled()

    window.history_panel.pick([3])
    wait_for_preview(qtbot, window)
    assert window.preview.title.text() == "Version 2  →  Version 3"
    assert struck_in_red(window.preview.inline.document()) == "several hundred"

    window.working_action.trigger()
    wait_for_preview(qtbot, window)
    assert window.preview.title.text() == "Version 3  →  nothing unsaved"  # everything is saved


def test_restoring_a_version_stores_a_new_one_equal_to_it(sample_window, answers, qtbot, history, sample_text):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday", "Corrected the day")
    window.history_panel.pick([1])
    assert window.restore_action.isEnabled()

    window.restore_action.trigger()

    article_id = window.session.article.id
    versions = history.versions(article_id)
    assert [(v.number, v.message) for v in versions] == [
        (1, "Imported"), (2, "Corrected the day"), (3, "Restored version 1")]
    assert history.text(article_id, 3) == history.text(article_id, 1)
    assert "on Monday morning" in window.article_view.toPlainText()
    assert window.history_model.rowCount() == 3
    assert window.history_model.index(0, 3).data() == "Restored version 1"


def test_the_history_list_fetches_long_histories_in_chunks(window, history, qtbot):
    article = history.import_article("Version text 0\n", title="Busy story", author="Wire")
    for number in range(1, 450):
        history.save_version(article.id, text=f"Version text {number}\n", message=f"Update {number}",
                             author="Wire")
    window.refresh_library()

    window.library_panel.view.activated.emit(window.library_model.index(0, 0))

    model = window.history_model
    assert model.total == 450
    assert model.rowCount() < 450
    assert model.index(0, 3).data() == "Update 449"
    view = window.history_panel.view

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()
        return model.rowCount() == 450

    qtbot.waitUntil(scrolled_to_the_end)
    assert model.index(449, 3).data() == "Imported"
