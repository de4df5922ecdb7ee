"""Emend follows the desktop's light or dark palette: panels, text and the diff colours stay readable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from corrections.correction import Kind
from desktop.theme import MIN_CONTRAST, contrast_ratio, dark_palette, diff_colours, is_dark, style_colours
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, runs, select, wait_for_preview

Role = QPalette.ColorRole


@pytest.fixture
def palette_restored(qapp):
    """Give back the palette the test started with, so a dark test does not leak into the next one."""
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def coloured_runs(document) -> dict[str, tuple[str, str]]:
    """Changed text -> (foreground, background) colour names, as the preview draws it."""
    return {text: (fmt.foreground().color().name(), fmt.background().color().name())
            for text, fmt in runs(document) if fmt.fontStrikeOut() or fmt.fontUnderline()}


def with_one_correction(qtbot, window, answers):
    select(window.article_view, "184 million")
    answers.corrections.append(CorrectionAnswer("187 million", Kind.CORRECTION, "The cost was wrong."))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_deletions_and_insertions_are_readable_on_the_palette(qapp, palette):
    chosen = palette()
    colours = diff_colours(chosen)
    base = chosen.color(Role.Base)

    for fg, bg in ((colours.deleted_fg, colours.deleted_bg), (colours.inserted_fg, colours.inserted_bg)):
        for background in (bg, base, colours.highlight_bg):
            assert contrast_ratio(fg, background) >= MIN_CONTRAST
    assert contrast_ratio(chosen.color(Role.Text), colours.highlight_bg) >= MIN_CONTRAST


def test_the_dark_palette_gets_its_own_diff_colours(qapp):
    light, dark = diff_colours(light_palette()), diff_colours(dark_palette())

    assert not is_dark(light_palette()) and is_dark(dark_palette())
    for name in ("deleted_fg", "deleted_bg", "inserted_fg", "inserted_bg", "highlight_bg"):
        assert getattr(light, name) != getattr(dark, name), name
    assert dark.deleted_bg.lightness() < 100 and light.deleted_bg.lightness() > 200


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_the_style_sheets_text_colours_read_on_its_panels(qapp, palette):
    colours = style_colours(palette())

    for fg, bg in (("title", "panel"), ("muted", "panel"), ("text", "base"), ("warning_fg", "warning_bg"),
                   ("selection_fg", "selection_bg"), ("row_selection_fg", "row_selection_bg"), ("text", "editing_bg")):
        assert contrast_ratio(QColor(colours[fg]), QColor(colours[bg])) >= MIN_CONTRAST, (fg, bg)


def test_switching_to_a_dark_palette_recolours_the_open_window(sample_window, qtbot, answers, qapp,
                                                              palette_restored):
    window = sample_window
    with_one_correction(qtbot, window, answers)
    light = diff_colours(qapp.palette())
    assert coloured_runs(window.preview.inline.document()) == {
        "184": (light.deleted_fg.name(), light.deleted_bg.name()),
        "187": (light.inserted_fg.name(), light.inserted_bg.name())}

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: window.preview.colours != light)

    dark = diff_colours(dark_palette())
    assert coloured_runs(window.preview.inline.document()) == {
        "184": (dark.deleted_fg.name(), dark.deleted_bg.name()),
        "187": (dark.inserted_fg.name(), dark.inserted_bg.name())}
    shot = window.article_view.viewport().grab().toImage()
    assert shot.pixelColor(4, 4).name() == dark_palette().color(Role.Base).name()
    header = window.findChild(QWidget, "paneHeader")
    assert header.grab().toImage().pixelColor(2, 2).lightness() < 80

    qapp.setPalette(light_palette())
    qtbot.waitUntil(lambda: window.preview.colours == light)
    assert window.article_view.viewport().grab().toImage().pixelColor(4, 4).lightness() > 240


def test_the_current_change_is_highlighted_in_the_themes_colour(sample_window, qtbot, answers, qapp):
    window = sample_window
    with_one_correction(qtbot, window, answers)

    window.next_change_action.trigger()

    backgrounds = {selection.format.background().color().name()
                   for selection in window.preview.inline.extraSelections()}
    assert backgrounds == {diff_colours(qapp.palette()).highlight_bg.name()}


def stroke_lightness(action) -> int:
    """The lightness of the icon's darkest drawn pixel: its stroke."""
    image = action.icon().pixmap(24, 24).toImage()
    drawn = [image.pixelColor(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 200]
    return min(colour.lightness() for colour in drawn)


def test_toolbar_icons_are_lightened_on_a_dark_palette_and_back(sample_window, qtbot, qapp, palette_restored):
    window = sample_window
    light = stroke_lightness(window.open_action)
    assert light < 128

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: stroke_lightness(window.open_action) > light + 60)
    assert stroke_lightness(window.undo_action) > 128

    qapp.setPalette(light_palette())
    qtbot.waitUntil(lambda: stroke_lightness(window.open_action) == light)
