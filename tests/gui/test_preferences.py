"""Edit > Preferences: the editor changes their name, database, house style, preview mode and text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from corrections.correction import Kind
from db.paths import default_db_path
from desktop import preferences, settings_keys
from desktop.dialogs.preferences_dialog import PreferencesDialog
from desktop.settings_keys import PreferenceValues, PreviewMode

NEWSROOM_STYLE = '[labels]\ncorrection = "Correction appended"\n'


@pytest.fixture
def open_dialog(qtbot):
    def make(**kwargs) -> PreferencesDialog:
        dialog = PreferencesDialog(**kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def press_ok(qtbot, dialog: PreferencesDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_dialog_shows_what_was_stored_before(open_dialog, tmp_path):
    PreferenceValues(author="Dana Reporter", database_path=str(tmp_path / "newsroom.sqlite"),
                     house_style_path="", preview_mode=PreviewMode.SIDE_BY_SIDE, font_size=16).save()

    dialog = open_dialog()

    assert dialog.author.text() == "Dana Reporter"
    assert dialog.database.text() == str(tmp_path / "newsroom.sqlite")
    assert dialog.house_style.text() == ""
    assert dialog.side_by_side.isChecked() and not dialog.inline.isChecked()
    assert dialog.font_size.value() == 16
    assert (dialog.font_size.minimum(), dialog.font_size.maximum()) == (9, 24)


def test_ok_stores_every_preference_and_reports_what_changed(open_dialog, qtbot, tmp_path):
    style = tmp_path / "newsroom.toml"
    style.write_text(NEWSROOM_STYLE, encoding="utf-8")
    dialog = open_dialog(author="Test Editor")
    dialog.author.setText("  Dana Reporter ")
    dialog.database.setText(str(tmp_path / "shared.sqlite"))
    dialog.house_style.setText(str(style))
    dialog.side_by_side.setChecked(True)
    dialog.font_size.setValue(18)

    with qtbot.waitSignal(dialog.preferencesChanged) as changed:
        press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert changed.args[0] == {"author": "Dana Reporter", "database_path": str(tmp_path / "shared.sqlite"),
                               "house_style_path": str(style), "preview_mode": PreviewMode.SIDE_BY_SIDE,
                               "font_size": 18}
    assert preferences.saved_author() == "Dana Reporter"
    assert preferences.side_by_side() is True
    assert settings_keys.font_size() == 18
    assert settings_keys.database_path() == tmp_path / "shared.sqlite"
    assert settings_keys.house_style().label(Kind.CORRECTION) == "Correction appended"


def test_only_what_changed_is_reported(open_dialog, qtbot):
    dialog = open_dialog(author="Test Editor")
    dialog.font_size.setValue(14)

    with qtbot.waitSignal(dialog.preferencesChanged) as changed:
        press_ok(qtbot, dialog)

    assert changed.args[0] == {"font_size": 14}


def test_a_broken_house_style_is_explained_in_the_dialog_and_ok_is_refused(open_dialog, qtbot, tmp_path):
    style = tmp_path / "newsroom.toml"
    style.write_text('[labels]\nfixes = "Fixed"\n', encoding="utf-8")
    dialog = open_dialog(author="Test Editor")
    dialog.house_style.setText(str(style))
    dialog.font_size.setValue(20)

    with qtbot.assertNotEmitted(dialog.preferencesChanged):
        press_ok(qtbot, dialog)

    assert dialog.isVisible()
    problem = dialog.problems["house_style"]
    assert problem.isVisible()
    assert str(style) in problem.text() and "unknown correction kind 'fixes'" in problem.text()
    assert settings_keys.house_style_path() is None
    assert settings_keys.font_size() == settings_keys.DEFAULT_FONT_SIZE

    style.write_text(NEWSROOM_STYLE, encoding="utf-8")
    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_keys.house_style_path() == style


def test_a_missing_house_style_file_is_refused(open_dialog, qtbot, tmp_path):
    dialog = open_dialog(author="Test Editor")
    dialog.house_style.setText(str(tmp_path / "gone.toml"))

    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.problems["house_style"].text() == f"The house style file '{tmp_path / 'gone.toml'}' does not exist"


def test_the_database_must_be_a_file_in_a_folder_that_exists(open_dialog, qtbot, tmp_path):
    dialog = open_dialog(author="Test Editor")
    dialog.database.setText(str(tmp_path / "no-such-folder" / "history.sqlite"))

    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.problems["database"].text() == f"The folder {tmp_path / 'no-such-folder'} does not exist."

    dialog.database.setText(str(tmp_path))
    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "is a folder" in dialog.problems["database"].text()
    assert settings_keys.database_path() is None


def test_the_database_change_waits_for_the_next_start(open_dialog, tmp_path):
    dialog = open_dialog(database_in_use=tmp_path / "history.sqlite")

    note = dialog.findChild(type(dialog.problems["database"]), "databaseNote").text()

    assert "next time Emend starts" in note
    assert str(tmp_path / "history.sqlite") in note
    assert dialog.database.placeholderText() == str(default_db_path())


def test_an_empty_name_is_refused(open_dialog, qtbot):
    dialog = open_dialog(author="Test Editor")
    dialog.author.clear()

    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.problems["author"].isVisible()
    assert preferences.saved_author() == ""


def test_cancel_stores_nothing(open_dialog, qtbot):
    dialog = open_dialog(author="Test Editor")
    dialog.font_size.setValue(22)
    dialog.side_by_side.setChecked(True)

    with qtbot.assertNotEmitted(dialog.preferencesChanged):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert settings_keys.font_size() == settings_keys.DEFAULT_FONT_SIZE
    assert settings_keys.preview_mode() is PreviewMode.INLINE


def test_browse_fills_in_the_chosen_files(open_dialog, qtbot, monkeypatch, tmp_path):
    asked = []

    def choose(name):
        def pick(parent, title, start, kinds, *args, **kwargs):
            asked.append((title, kinds))
            return str(tmp_path / name), ""
        return staticmethod(pick)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose("newsroom.toml"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose("shared.sqlite"))
    dialog = open_dialog(author="Test Editor")

    qtbot.mouseClick(dialog.house_style_browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.database_browse, Qt.MouseButton.LeftButton)

    assert dialog.house_style.text() == str(tmp_path / "newsroom.toml")
    assert dialog.database.text() == str(tmp_path / "shared.sqlite")
    assert [kinds.split(" (")[0] for _title, kinds in asked] == ["House style files", "SQLite databases"]


def test_key_widgets_have_names_for_tests_and_screen_readers(open_dialog):
    dialog = open_dialog()

    for widget in (dialog.author, dialog.database, dialog.database_browse, dialog.house_style,
                   dialog.house_style_browse, dialog.inline, dialog.side_by_side, dialog.font_size):
        assert widget.objectName() and widget.accessibleName()


def test_stored_font_sizes_are_kept_within_range():
    store = preferences.settings()
    for stored, read in (("30", 24), ("3", 9), ("large", 12), ("15", 15)):
        store.setValue(settings_keys.FONT_SIZE, stored)
        assert settings_keys.font_size() == read


def test_the_database_at_start_is_the_flag_then_emend_db_then_the_preference(monkeypatch, tmp_path):
    from desktop.application.configuration import db_path

    chosen = tmp_path / "chosen.sqlite"
    PreferenceValues(author="Dana", database_path=str(chosen), house_style_path="",
                     preview_mode=PreviewMode.INLINE, font_size=12).save()

    assert db_path(tmp_path / "flag.sqlite") == tmp_path / "flag.sqlite"
    assert db_path() == Path(tmp_path / "history.sqlite")
    monkeypatch.delenv("EMEND_DB")
    assert db_path() == chosen
    preferences.settings().remove(settings_keys.DATABASE)
    assert db_path() == default_db_path()


def test_without_a_chosen_file_notices_use_the_built_in_house_style():
    assert settings_keys.house_style_path() is None
    assert settings_keys.house_style().source == "the built-in house style"
