"""Issue 16's trial: typing "eastern" over "Eastern" turned the Kind to Style and the Internal note's hint to
"Why it is a style fix…", but on screen the box still asked "For the newsroom only: source, who reported it…"
(Qt repaints a text box when its hint appears or goes, not when the hint's words change)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from corrections.correction import Kind
from tests.gui.helpers import open_correction_dialog


def on_screen(widget) -> QImage:
    """What the screen shows where the widget is (its window's backing store), not a fresh rendering of it."""
    corner = widget.mapTo(widget.window(), QPoint(0, 0))
    shot = widget.window().screen().grabWindow(widget.window().winId())
    ratio = shot.devicePixelRatio()
    area = QRect(corner * ratio, widget.size() * ratio)
    return shot.copy(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def as_painted(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_internal_note_shows_the_style_fix_hint_once_the_kind_turns_to_style(qtbot):
    dialog = open_correction_dialog(qtbot, "Eastern")
    note = dialog.internal_note.viewport()
    qtbot.waitUntil(lambda: on_screen(note) == as_painted(note), timeout=10000)

    qtbot.keyClicks(dialog.replacement, "eastern")

    assert Kind(dialog.kind.currentData()) is Kind.STYLE
    assert dialog.internal_note.placeholderText().startswith("Why it is a style fix")
    qtbot.waitUntil(lambda: on_screen(note) == as_painted(note), timeout=10000)
