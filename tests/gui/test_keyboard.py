"""Issue 16, item 7: the window by keyboard. Tab leaves tables, F6 moves between panes (and shows which has the
focus), Ctrl+F finds words in the article and Ctrl+Enter corrects the match, and Publish, Audit Report, Verify,
Timeline and Blame have shortcuts, listed in Help > Keyboard Shortcuts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView

from desktop.dialogs.shortcuts_dialog import shortcut_rows
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL, SHIFT = Mod.ControlModifier, Mod.ShiftModifier


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Mod.NoModifier) -> None:
    """A key press where the keyboard focus is, as an editor's fingers do it."""
    qtbot.keyClick(focused(), key, modifier)


def pane_with_focus(window) -> str:
    """Which pane holds the keyboard focus, by name."""
    pane = window.pane_focus.pane_of(focused())
    names = {window.library_dock: "Library", window.article_view.parentWidget(): "article",
             window.preview: "preview", window.corrections_dock: "Corrections", window.history_dock: "History",
             window.timeline_dock: "Timeline", window.blame_dock: "Blame"}
    return names.get(pane, repr(pane))


def marked_panes(window) -> list[str]:
    """The panes whose title strip is marked as holding the focus."""
    marked = []
    for name, marker in (("Library", window.library_dock), ("Corrections", window.corrections_dock),
                         ("History", window.history_dock), ("Timeline", window.timeline_dock),
                         ("article", window.article_title.parentWidget()),
                         ("preview", window.preview.title.parentWidget())):
        if marker.property("paneFocus"):
            marked.append(name)
    return marked


@pytest.fixture
def focused_window(sample_window, qtbot):
    """The sample article open, the keyboard focus in its text."""
    sample_window.article_view.setFocus()
    qtbot.waitUntil(lambda: focused() is sample_window.article_view)
    return sample_window


def test_tab_and_shift_tab_leave_the_library_table(focused_window, qtbot):
    window = focused_window
    table = window.library_panel.view
    assert window.library_model.rowCount() == 1 and table.model().columnCount() > 1
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)

    press(qtbot, Key.Key_Tab)
    assert focused() is not table

    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    press(qtbot, Key.Key_Backtab, SHIFT)
    assert focused() is not table


def test_no_table_of_the_window_keeps_tab_for_its_cells(focused_window, qtbot):
    window = focused_window
    qtbot.keyClick(window.article_view, Key.Key_T, CTRL | SHIFT)  # builds the Timeline
    qtbot.waitUntil(lambda: window.timeline_panel is not None)

    tables = window.findChildren(QTableView)
    assert len(tables) >= 5
    assert [table.objectName() for table in tables if table.tabKeyNavigation()] == []


def test_f6_and_shift_f6_cycle_the_panes_and_the_pane_with_the_focus_is_marked(focused_window, qtbot):
    window = focused_window
    order = []
    for _ in range(6):
        press(qtbot, Key.Key_F6)
        order.append(pane_with_focus(window))
        assert marked_panes(window) == [order[-1]]
    assert order == ["preview", "Corrections", "History", "Library", "article", "preview"]

    backwards = []
    for _ in range(5):
        press(qtbot, Key.Key_F6, SHIFT)
        backwards.append(pane_with_focus(window))
    assert backwards == ["article", "Library", "History", "Corrections", "preview"]


def test_f6_reaches_a_dock_brought_to_the_front_and_skips_one_behind_a_tab(focused_window, qtbot):
    window = focused_window
    press(qtbot, Key.Key_T, CTRL | SHIFT)  # View > Timeline: in front of History, with the focus
    qtbot.waitUntil(lambda: pane_with_focus(window) == "Timeline")
    assert marked_panes(window) == ["Timeline"]

    order = []
    for _ in range(4):
        press(qtbot, Key.Key_F6)
        order.append(pane_with_focus(window))
    assert order == ["Library", "article", "preview", "Corrections"]


def test_ctrl_f_finds_in_the_article_and_ctrl_enter_corrects_the_match(focused_window, answers, qtbot):
    window = focused_window
    press(qtbot, Key.Key_F, CTRL)
    bar = window.finder.bar
    assert bar.isVisible() and focused() is bar.box

    qtbot.keyClicks(focused(), "three-year")
    assert window.article_view.textCursor().selectedText() == "three-year"
    assert bar.count.text() == "1 of 2"
    press(qtbot, Key.Key_Return)
    assert bar.count.text() == "2 of 2"
    press(qtbot, Key.Key_Return, SHIFT)
    assert bar.count.text() == "1 of 2"
    press(qtbot, Key.Key_F3)
    assert bar.count.text() == "2 of 2"
    second = window.article_view.textCursor().selectionStart()
    assert second > window.article_view.toPlainText().index("three-year")

    answers.corrections.append(CorrectionAnswer("four-year"))
    press(qtbot, Key.Key_Return, CTRL)

    assert answers.quotes_seen == ["three-year"]
    [correction] = window.session.pending
    assert (correction.quote, correction.replacement) == ("three-year", "four-year")
    assert correction.anchor.start == window.session.working_text.index("three-year", second - 5)

    press(qtbot, Key.Key_Escape)
    assert not bar.isVisible() and focused() is window.article_view


def test_the_find_bar_says_when_nothing_matches(focused_window, qtbot):
    window = focused_window
    press(qtbot, Key.Key_F, CTRL)
    qtbot.keyClicks(focused(), "zeppelin")

    assert window.finder.bar.count.text() == "No matches"
    assert window.finder.bar.box.property("notFound") is True
    assert not window.article_view.textCursor().hasSelection() and not window.attach_action.isEnabled()


def test_a_selection_is_what_ctrl_f_looks_for(focused_window, qtbot):
    window = focused_window
    text = window.article_view.toPlainText()
    cursor = window.article_view.textCursor()
    at = text.index("Quay Street")
    cursor.setPosition(at)
    cursor.setPosition(at + len("Quay Street"), cursor.MoveMode.KeepAnchor)
    window.article_view.setTextCursor(cursor)

    press(qtbot, Key.Key_F, CTRL)

    assert window.finder.bar.box.text() == "Quay Street"
    assert window.finder.bar.count.text() == f"1 of {text.count('Quay Street')}"


NEW_SHORTCUTS = {
    "publish_action": ("Ctrl+Shift+P", "History", "Publish Version…"),
    "audit_report_action": ("Ctrl+Shift+A", "History", "Save Audit Report…"),
    "verify_history_action": ("Ctrl+Shift+H", "History", "Verify History…"),
    "timeline_view_action": ("Ctrl+Shift+T", "View", "Timeline"),
    "blame_view_action": ("Ctrl+Shift+B", "View", "Blame"),
    "find_action": ("Ctrl+F", "Edit", "Find…"),
    "find_next_action": ("F3", "Edit", "Find Next"),
    "find_previous_action": ("Shift+F3", "Edit", "Find Previous"),
    "next_pane_action": ("F6", "View", "Next Pane"),
    "previous_pane_action": ("Shift+F6", "View", "Previous Pane"),
}


@pytest.mark.parametrize("name", sorted(NEW_SHORTCUTS))
def test_each_new_shortcut_triggers_its_action(focused_window, answers, message_boxes, monkeypatch, qtbot, name):
    window = focused_window
    if name == "publish_action":  # version 1 counts as published: save a corrected one to publish
        select(window.article_view, "Monday")
        answers.corrections.append(CorrectionAnswer("Tuesday"))
        answers.messages.append("Corrected the day")
        press_ctrl_enter(qtbot, window)
        assert window.save_version()
        window.article_view.setFocus()
        qtbot.waitUntil(lambda: focused() is window.article_view and window.publish_action.isEnabled())
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    keys = QKeySequence(NEW_SHORTCUTS[name][0])
    action = getattr(window, name)

    with qtbot.waitSignal(action.triggered, timeout=5000):
        qtbot.keyClick(focused(), keys[0].key(), keys[0].keyboardModifiers())
    qtbot.waitUntil(lambda: not window.audit.verify_reader.busy, timeout=10000)
    if name == "publish_action":
        assert message_boxes.shown[0][1] == "Publish version 2"
    elif name == "audit_report_action":
        assert asked and asked[0][1] == "Save audit report"


def test_the_new_shortcuts_are_listed_in_the_keyboard_shortcuts_dialog(window):
    rows = shortcut_rows(window)

    for keys, menu, text in NEW_SHORTCUTS.values():
        assert (menu, text, QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)) in rows


def test_no_two_actions_share_a_shortcut(window):
    owners: dict[str, list[str]] = {}
    for _menu, text, keys in shortcut_rows(window):
        for key in keys.split(", "):
            owners.setdefault(key, []).append(text)

    assert {key: texts for key, texts in owners.items() if len(texts) > 1} == {}
    for kept in ("F9", "Ctrl+Shift+Y", "F5", "F8"):
        assert len(owners[kept]) == 1


def test_no_two_entries_of_a_menu_share_a_mnemonic(window):
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.history_menu, window.help_menu):
        letters = [match.group(1).casefold() for action in menu.actions() if not action.isSeparator()
                   for match in [re.search(r"&([^&])", action.text())] if match]
        assert len(letters) == len(set(letters)), (menu.title(), sorted(letters))
