"""An editor moves a paragraph in Edit Text mode: the preview draws it as a move, with a ⇄ marker at both
places that says where the other is and goes there, instead of a red and a green wall of text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop.theme import MIN_CONTRAST, contrast_ratio, dark_palette, diff_colours
from desktop.widgets.move_marks import MARKER
from tests.gui.helpers import runs, select, struck_in_red, underlined_in_green, wait_for_preview

MAYOR = "Mayor Dana Whitcombe cut the ribbon"
QUOTE_END = 'queue out of the door."'


def move_the_mayors_paragraph_below_the_quote(qtbot, window) -> None:
    """Cut the mayor's paragraph with the keyboard and paste it after the baker's quote."""
    view = window.article_view
    window.edit_text_action.trigger()
    text = view.toPlainText()
    start = text.index(MAYOR)
    end = text.index("\n\n", start) + 2
    select(view, text[start:end])
    qtbot.keyClick(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index(QUOTE_END) + len(QUOTE_END) + 2)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.toPlainText().index(MAYOR) > view.toPlainText().index(QUOTE_END)
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: window.preview.move_count == 1, timeout=10000)


def marker_positions(view) -> list[int]:
    return [at for at, char in enumerate(view.toPlainText()) if char == MARKER]


def point_of(view, position: int) -> QPoint:
    """Where a position of the view is on screen, scrolled into view first, as a reader would."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.centerCursor()
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


def test_a_moved_paragraph_shows_as_a_move_with_a_marker_at_both_places(sample_window, qtbot):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    view = window.preview.inline

    assert len(marker_positions(view)) == 2
    assert MAYOR not in struck_in_red(view.document()) and MAYOR not in underlined_in_green(view.document())
    moved_colour = window.preview.colours.moved_fg
    coloured = "".join(text for text, fmt in runs(view.document()) if fmt.foreground().color() == moved_colour)
    assert coloured.count(MAYOR) == 2
    assert window.menu.follow_move_action.isEnabled()


def test_the_marker_tells_where_the_other_place_is_and_a_click_goes_there(sample_window, qtbot):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    view = window.preview.inline
    first, second = marker_positions(view)
    [source] = [mark for mark in view.move_marks if mark.marker == first]

    assert "Moved from here to change" in source.tip and "Moved here from change" in view.move_marks[1].tip
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, first))

    qtbot.waitUntil(lambda: window.preview.current == source.partner_hunk, timeout=10000)
    assert view.textCursor().position() <= second <= view.textCursor().position() + 3
    assert window.preview.current_change_text().startswith("moved 'Mayor Dana")


def test_the_keyboard_goes_back_and_forth_between_the_two_places(sample_window, qtbot):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    preview = window.preview
    [source, target] = preview.inline.move_marks

    preview.go_to_change(source.hunk)
    window.menu.follow_move_action.trigger()
    assert preview.current == target.hunk
    qtbot.keyClick(preview.inline, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert preview.current == source.hunk


def test_side_by_side_shows_the_move_in_both_columns(sample_window, qtbot):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    window.set_side_by_side(True)
    qtbot.waitUntil(lambda: bool(window.preview.new_view.move_marks), timeout=10000)
    old, new = window.preview.old_view, window.preview.new_view

    assert len(marker_positions(old)) == len(marker_positions(new)) == 1
    assert MAYOR not in struck_in_red(old.document()) and MAYOR not in underlined_in_green(new.document())
    [mark] = old.move_marks
    window.preview.go_to_change(mark.hunk)
    window.menu.follow_move_action.trigger()
    assert window.preview.current == mark.partner_hunk
    [selection] = new.extraSelections()
    assert MAYOR in selection.cursor.selectedText()


def test_the_tooltip_over_moved_text_says_where_it_came_from(sample_window, qtbot, monkeypatch):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    view = window.preview.inline
    shown = []
    monkeypatch.setattr("desktop.widgets.diff_preview.QToolTip.showText",
                        lambda _where, text, *_rest: shown.append(text))
    target = view.move_marks[1]

    at = point_of(view, target.marker + 5)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))

    assert shown and shown[0].startswith("Moved here from change")


def test_words_changed_on_the_way_are_marked_inside_the_move(sample_window, qtbot):
    window = sample_window
    move_the_mayors_paragraph_below_the_quote(qtbot, window)
    select(window.article_view, "several hundred")
    qtbot.keyClicks(window.article_view, "hundreds of")
    qtbot.waitUntil(lambda: not window.scheduler.busy and window.preview.move_count == 1
                    and not window.preview.result.moves[0].identical, timeout=10000)
    document = window.preview.inline.document()

    assert struck_in_red(document).strip() == "several hundred"
    assert underlined_in_green(document).strip() == "hundreds of"
    assert len(marker_positions(window.preview.inline)) == 2


@pytest.mark.parametrize("palette", [lambda: QApplication.style().standardPalette(), dark_palette],
                         ids=["light", "dark"])
def test_moved_text_reads_on_light_and_dark_palettes(qapp, palette):
    chosen = palette()
    colours = diff_colours(chosen)

    for background in (colours.moved_bg, chosen.color(QPalette.ColorRole.Base), colours.highlight_bg):
        assert contrast_ratio(colours.moved_fg, background) >= MIN_CONTRAST
    assert colours.moved_fg not in (colours.deleted_fg, colours.inserted_fg)


def test_a_moved_ops_pieces_give_back_exactly_its_text():
    from corrections.diff import word_diff
    from corrections.diff.moves import find_moves
    from desktop.widgets.move_marks import moved_ops

    paragraphs = ["Harbour bridge reopens", "Mayor Dana Whitcombe cut the ribbon shortly after 7 a.m. on Monday.",
                  "The bridge carries about 48,000 vehicles a day across the harbour.", "Tolls are gone."]
    moved = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1].replace("Monday", "Tuesday")]
    diff = word_diff("\n\n".join(paragraphs), "\n\n".join(moved))

    found = moved_ops(diff, find_moves(diff))

    assert len(found) == 2
    for index, op in found.items():
        assert "".join(text for _kind, text in op.pieces) == diff[index][1]
    assert {(kind, text) for op in found.values() for kind, text in op.pieces if kind} == {(-1, "Monday"), (1, "Tuesday")}
