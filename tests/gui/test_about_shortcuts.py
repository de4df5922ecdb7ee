"""Help > About tells what Emend runs on; Help > Keyboard Shortcuts lists the window's own shortcuts."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow

import corrections
from desktop.dialogs.about_dialog import AboutDialog, about_details, details_text, package_version
from desktop.dialogs.shortcuts_dialog import ShortcutsDialog, plain_text, shortcut_rows


def test_about_names_emend_its_database_and_what_it_runs_on(db_path):
    rows = dict(about_details(db_path))

    assert rows["Emend"] == corrections.__version__
    assert rows["Database"] == str(db_path)
    assert rows["Python"] == platform.python_version()
    assert rows["Qt"] == qVersion()
    assert rows["SQLite"] == sqlite3.sqlite_version
    for library in ("sqlite-utils", "diff-match-patch", "fast-diff-match-patch", "trafilatura", "python-docx",
                    "charset-normalizer"):
        assert rows[library] == metadata.version(library)


def test_a_library_that_is_not_installed_says_so():
    assert package_version("no-such-emend-dependency") == "not installed"


def test_copy_details_puts_every_row_on_the_clipboard(qtbot, db_path):
    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    copied = QGuiApplication.clipboard().text()
    assert copied == details_text(dialog.rows)
    assert copied.startswith(f"Emend: {corrections.__version__}\nDatabase: {db_path}\n")
    assert dialog.copy_button.text() == "&Copied"
    assert dialog.details.topLevelItemCount() == len(dialog.rows)


def small_window(qtbot) -> QMainWindow:
    """A window with a File menu (and an Export submenu), an Edit menu and an action in no menu."""
    window = QMainWindow()
    qtbot.addWidget(window)

    def action(text: str, *keys: str) -> QAction:
        made = QAction(text, window)
        made.setShortcuts([QKeySequence(key) for key in keys])
        window.addAction(made)
        return made

    window.open_action = action("&Open…", "Ctrl+O")
    window.export_action = action("As &HTML", "Ctrl+Shift+H")
    window.print_action = action("&Print")
    window.find_action = action("&Find && Replace", "Ctrl+F")
    window.attach_action = action("&Attach Correction…", "Ctrl+Return", "Ctrl+Enter")
    window.focus_action = action("Focus the Article", "F6")
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(window.open_action)
    file_menu.addMenu("&Export").addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.print_action)
    edit_menu = window.menuBar().addMenu("&Edit")
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.attach_action)
    window.menuBar().addMenu("&Tools").addAction(window.find_action)
    return window


def test_shortcuts_are_listed_by_menu_with_plain_texts(qtbot):
    window = small_window(qtbot)

    assert shortcut_rows(window) == [
        ("File", "Open…", "Ctrl+O"),
        ("File > Export", "As HTML", "Ctrl+Shift+H"),
        ("Edit", "Find & Replace", "Ctrl+F"),
        ("Edit", "Attach Correction…", "Ctrl+Return, Ctrl+Enter"),
        ("Other", "Focus the Article", "F6"),
    ]


def test_the_list_follows_the_actions_so_it_never_goes_stale(qtbot):
    window = small_window(qtbot)
    window.print_action.setShortcut(QKeySequence("Ctrl+P"))
    window.open_action.setShortcuts([])

    rows = shortcut_rows(window)

    assert ("File", "Print", "Ctrl+P") in rows
    assert not any(action == "Open…" for _menu, action, _keys in rows)


def test_the_dialog_groups_by_menu_and_filters_as_you_type(qtbot):
    window = small_window(qtbot)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()

    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["File", "File > Export", "Edit", "Other"]

    qtbot.keyClicks(dialog.filter, "ctrl+return")
    assert dialog.visible_rows() == [("Attach Correction…", "Ctrl+Return, Ctrl+Enter")]

    dialog.filter.setText("file")
    assert dialog.visible_rows() == [("Open…", "Ctrl+O"), ("As HTML", "Ctrl+Shift+H")]

    dialog.filter.clear()
    assert len(dialog.visible_rows()) == 5


@pytest.mark.parametrize("text, plain", [("&Save Version…", "Save Version…"), ("Find && Replace", "Find & Replace"),
                                         ("&Quit\tCtrl+Q", "Quit"), ("Side by Side", "Side by Side")])
def test_menu_texts_are_shown_without_mnemonic_marks(text, plain):
    assert plain_text(text) == plain


def test_every_shortcut_of_the_main_window_is_listed(qtbot, db_path):
    from desktop.app import create_main_window

    window = create_main_window(db_path, author="Test Editor", remember=False)
    qtbot.addWidget(window)

    listed = {action for _menu, action, _keys in shortcut_rows(window)}

    expected = {plain_text(action.text()) for action in window.findChildren(QAction)
                if action.menu() is None and any(not keys.isEmpty() for keys in action.shortcuts())}
    assert listed == expected
    assert "Save Version…" in listed
