"""The correction dialog: Enter attaches a one-line replacement instead of splitting the paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.helpers import open_correction_dialog


def test_enter_in_the_replacement_of_a_one_line_passage_attaches_it(qtbot):
    dialog = open_correction_dialog(qtbot, "Kestrel")
    qtbot.keyClicks(dialog.replacement, "Kestrell")
    qtbot.keyClick(dialog.replacement, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields().replacement == "Kestrell"


def test_a_passage_over_two_paragraphs_keeps_enter_for_line_breaks(qtbot):
    dialog = open_correction_dialog(qtbot, "first paragraph.\n\nSecond")
    dialog.replacement.setPlainText("first paragraph.")
    dialog.replacement.moveCursor(dialog.replacement.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.replacement, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.replacement, "Next")

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields().replacement == "first paragraph.\nNext"


def test_line_breaks_pasted_into_a_one_line_replacement_become_spaces(qtbot):
    dialog = open_correction_dialog(qtbot, "184 million")
    dialog.replacement.setPlainText("187\nmillion\n")
    assert dialog.fields().replacement == "187 million"
