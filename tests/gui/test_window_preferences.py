"""The editor opens Preferences, About and Keyboard Shortcuts from the menus; preferences apply at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

import corrections
from corrections.correction import Kind
from desktop import preferences, settings_keys
from desktop.dialogs.about_dialog import AboutDialog
from desktop.dialogs.notice_dialog import NoticeDialog
from desktop.dialogs.preferences_dialog import PreferencesDialog
from desktop.dialogs.shortcuts_dialog import ShortcutsDialog, plain_text
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

NEWSROOM_STYLE = '[labels]\ncorrection = "Correction appended"\n'


def menu_entry(menu, text: str):
    """The action a user clicks in `menu`, found by its text as shown (without the & mark)."""
    found = [action for action in menu.actions() if plain_text(action.text()) == text]
    assert found, f"{text!r} is not in the {plain_text(menu.title())} menu"
    return found[0]


def open_preferences(qtbot, window) -> PreferencesDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_preferences_is_in_the_edit_menu_with_ctrl_comma(window):
    action = menu_entry(window.edit_menu, "Preferences…")

    assert action is window.preferences_action
    assert action.shortcut().toString() == "Ctrl+,"


def test_a_new_text_size_and_side_by_side_preview_apply_to_the_open_article(sample_window, qtbot):
    window = sample_window
    assert window.article_view.font().pointSize() == settings_keys.DEFAULT_FONT_SIZE
    assert not window.preview.side_by_side

    dialog = open_preferences(qtbot, window)
    dialog.font_size.setValue(18)
    dialog.side_by_side.setChecked(True)
    press_ok(qtbot, dialog)

    for view in (window.article_view, window.preview.inline, window.preview.old_view, window.preview.new_view):
        assert view.font().pointSize() == 18
        assert view.document().defaultFont().pointSize() == 18
    assert window.preview.side_by_side
    assert window.side_by_side_action.isChecked()
    assert "184" in window.preview.old_view.toPlainText()

    window.set_edit_mode(True)
    window.set_edit_mode(False)
    assert window.article_view.font().pointSize() == 18


def test_the_stored_text_size_is_used_when_emend_starts_again(sample_window, qtbot, open_window):
    dialog = open_preferences(qtbot, sample_window)
    dialog.font_size.setValue(16)
    press_ok(qtbot, dialog)

    again = open_window()

    assert again.article_view.font().pointSize() == 16
    assert again.preview.inline.font().pointSize() == 16


def test_a_new_name_signs_the_next_saved_version(sample_window, qtbot, answers, history):
    window = sample_window
    dialog = open_preferences(qtbot, window)
    assert dialog.author.text() == "Test Editor"
    dialog.author.setText("Dana Reporter")
    press_ok(qtbot, dialog)

    assert window.session.author == "Dana Reporter"
    assert "Dana Reporter" in window.statusBar().currentMessage()

    select(window.article_view, "184 million")
    answers.corrections.append(CorrectionAnswer("187 million", Kind.CORRECTION, "The cost was wrong."))
    press_ctrl_enter(qtbot, window)
    answers.messages.append("Fix the cost")
    assert window.save_version()

    assert history.versions(window.session.article.id)[-1].author == "Dana Reporter"
    assert preferences.saved_author() == "Dana Reporter"


def test_a_new_house_style_is_what_the_next_notice_uses(sample_window, qtbot, tmp_path):
    window = sample_window
    style = tmp_path / "newsroom.toml"
    style.write_text(NEWSROOM_STYLE, encoding="utf-8")

    dialog = open_preferences(qtbot, window)
    dialog.house_style.setText(str(style))
    press_ok(qtbot, dialog)
    assert str(style) in window.statusBar().currentMessage()

    window.notice_action.trigger()

    notice = window.findChild(NoticeDialog)
    assert notice is not None
    assert notice.style.label(Kind.CORRECTION) == "Correction appended"
    notice.reject()


def test_a_new_database_waits_for_the_next_start(window, qtbot, tmp_path, db_path):
    dialog = open_preferences(qtbot, window)
    dialog.database.setText(str(tmp_path / "shared.sqlite"))
    press_ok(qtbot, dialog)

    assert window.history.path == db_path
    assert settings_keys.database_path() == tmp_path / "shared.sqlite"
    assert "next time Emend starts" in window.statusBar().currentMessage()


def test_cancel_changes_nothing_in_the_window(sample_window, qtbot):
    window = sample_window
    dialog = open_preferences(qtbot, window)
    dialog.font_size.setValue(22)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    assert window.article_view.font().pointSize() == settings_keys.DEFAULT_FONT_SIZE
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is None)


def test_help_about_shows_the_version_and_the_database_in_use(window, qtbot, db_path):
    menu_entry(window.help_menu, "About Emend").trigger()

    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows)
    assert rows["Emend"] == corrections.__version__
    assert rows["Database"] == str(db_path)
    assert dialog.isModal()

    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None)


def test_f1_lists_the_windows_own_shortcuts(window, qtbot):
    assert menu_entry(window.help_menu, "Keyboard Shortcuts") is window.shortcuts_action

    qtbot.keyClick(window, Qt.Key.Key_F1)

    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitExposed(dialog)
    rows = dict(dialog.visible_rows())
    assert rows["Save Version…"] == "Ctrl+S"
    assert rows["Preferences…"] == "Ctrl+,"
    assert rows["Keyboard Shortcuts"] == "F1, Ctrl+/"
    dialog.reject()


def test_ctrl_slash_also_lists_the_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)


def test_the_window_wears_the_app_icon_and_names_its_desktop_file(window):
    from PySide6.QtGui import QGuiApplication

    assert not window.windowIcon().pixmap(48, 48).isNull()
    assert not QGuiApplication.windowIcon().pixmap(48, 48).isNull()
    assert QGuiApplication.desktopFileName() == "io.github.emend.Emend"

