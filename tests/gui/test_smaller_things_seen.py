"""Issue 16, item 12: the smaller things the newsroom trial saw, each told as the editor met it."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import create_main_window
from desktop.dialogs.preferences_dialog import PreferencesDialog
from desktop.dialogs.recovery_dialog import RecoveryDialog
from desktop.theme import LIGHT_STYLE, is_dark
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

TYPED = " (the city's oldest)"


def type_into_the_text(qtbot, window, after: str, typed: str) -> None:
    window.edit_text_action.trigger()
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().find(after) + len(after))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, typed)


def test_undo_and_redo_look_enabled_while_typing_and_undo_the_typing(sample_window, qtbot):
    window = sample_window
    assert not window.undo_action.isEnabled()

    type_into_the_text(qtbot, window, "The Kestrel Harbour Bridge", TYPED)

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: TYPED not in window.article_view.toPlainText(), timeout=5000)
    assert window.redo_action.isEnabled()


def test_all_changes_saved_reads_calm_not_as_a_warning(sample_window, qtbot):
    label = sample_window.unsaved_label
    assert label.text() == "All changes saved"
    label.ensurePolished()

    shown = label.palette().color(QPalette.ColorRole.WindowText)

    assert shown != QColor(LIGHT_STYLE["warning_fg"])
    assert shown.green() > shown.red()  # a calm green


def test_the_preview_does_not_claim_unsaved_changes_when_there_are_none(sample_window, qtbot, answers):
    window = sample_window
    assert "unsaved changes" not in window.preview.title.text()
    assert "nothing unsaved" in window.preview.title.text()

    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: "unsaved changes" in window.preview.title.text(), timeout=5000)


def test_a_restart_reopens_the_article_last_open(open_window, sample_path, qtbot):
    first = open_window()
    assert first.open_file(sample_path)
    article_id = first.session.article.id
    first.close()

    again = open_window()

    assert again.session.has_article and again.session.article.id == article_id


@pytest.fixture
def palette_restored(qapp):
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def test_preferences_offer_light_dark_and_the_desktops_colours(window, qtbot, qapp, palette_restored):
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == ["system", "light", "dark"]

    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert is_dark(qapp.palette())
    second = PreferencesDialog(window)
    qtbot.addWidget(second)
    assert second.theme.currentData() == "dark"  # kept for the next start
    second.theme.setCurrentIndex(second.theme.findData("system"))
    second.accept()
    window.app_actions.apply_preferences(second.changes)
    assert not is_dark(qapp.palette())


def crash(window) -> None:
    window.hide()
    shiboken6.delete(window)


def test_a_recovered_session_shows_what_changed_and_undo_takes_it_back(
        qtbot, db_path, sample_path, recovery_offers, open_window):
    crashed = create_main_window(db_path)
    crashed.show()
    qtbot.waitExposed(crashed)
    assert crashed.open_file(sample_path)
    wait_for_preview(qtbot, crashed)
    saved = crashed.session.working_text
    type_into_the_text(qtbot, crashed, "The Kestrel Harbour Bridge", TYPED)
    assert crashed.recovery.checkpoint() is not None
    crash(crashed)
    shown: list[str] = []
    original_exec = RecoveryDialog.exec

    def remember_and_answer(dialog):
        shown.append(dialog.changes.toPlainText())
        return original_exec(dialog)

    recovery_offers.answers.append(RecoveryDialog.RESTORE)
    RecoveryDialog.exec = remember_and_answer
    try:
        window = open_window()
    finally:
        RecoveryDialog.exec = original_exec

    [changes] = shown
    assert TYPED.strip() in changes
    assert len(changes) < len(saved) // 3  # the change with a few words around it, not the whole article
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.session.working_text == saved, timeout=5000)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: TYPED in window.article_view.toPlainText(), timeout=5000)
