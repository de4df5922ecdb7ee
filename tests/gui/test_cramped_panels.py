"""Issue 16, item 11: at the default size and at 1024×700 the panels show their words: a detail line under the
Corrections, History and Timeline lists says the current row in full, columns fit their content, the panels
narrow and widen, and the toolbar hides no button behind its » overflow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

LONG = "the bridge authority's board, chaired by the harbour master"


def corrected(qtbot, window, answers) -> None:
    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer(LONG, public_note="An earlier version misstated who reopened it."))
    press_ctrl_enter(qtbot, window)
    wait_for_preview(qtbot, window)


def test_the_detail_line_says_the_selected_correction_in_full(sample_window, qtbot, answers):
    window = sample_window
    window.resize(1280, 800)
    corrected(qtbot, window, answers)

    window.corrections_panel.view.selectRow(0)

    detail = window.corrections_panel.detail
    qtbot.waitUntil(lambda: detail.isVisible() and LONG in detail.text(), timeout=5000)
    assert "Monday morning" in detail.text()


def test_the_corrections_columns_fit_the_panel_without_a_sideways_scroll(sample_window, qtbot, answers):
    window = sample_window
    window.resize(1280, 800)
    corrected(qtbot, window, answers)
    view = window.corrections_panel.view

    def fitted() -> bool:
        widths = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
        return widths <= view.viewport().width() + 1

    qtbot.waitUntil(fitted, timeout=5000)
    assert not view.horizontalScrollBar().isVisible()
    status = view.model().index(0, 4).data()
    assert view.columnWidth(4) >= view.fontMetrics().horizontalAdvance(status)  # the short column is whole


def test_a_picked_version_is_told_in_full_under_the_history(sample_window, qtbot, answers):
    window = sample_window
    corrected(qtbot, window, answers)
    answers.messages.append("Corrected who reopened the bridge, as the harbour master's office asked")
    assert window.save_version()

    window.history_panel.view.selectRow(0)

    detail = window.history_panel.detail
    qtbot.waitUntil(lambda: "as the harbour master's office asked" in detail.text(), timeout=5000)


def test_the_history_panel_can_be_made_narrow(sample_window):
    assert sample_window.history_panel.minimumSizeHint().width() < 300


def test_at_1024_by_700_every_toolbar_button_is_on_the_bar(sample_window, qtbot):
    window = sample_window
    window.resize(1024, 700)
    toolbar = window.toolbar

    def all_on_the_bar() -> bool:
        buttons = [toolbar.widgetForAction(a) for a in toolbar.actions() if not a.isSeparator()]
        return all(b is not None and b.isVisible() and b.geometry().right() <= toolbar.width() for b in buttons)

    qtbot.waitUntil(all_on_the_bar, timeout=5000)
    notice = toolbar.widgetForAction(window.notice_action)
    assert notice.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert "Side by Side" in toolbar.widgetForAction(window.side_by_side_action).text()


def test_at_1280_the_toolbar_shows_words_beside_the_icons(sample_window, qtbot):
    window = sample_window
    window.resize(1280, 800)
    button = window.toolbar.widgetForAction(window.save_action)

    qtbot.waitUntil(lambda: button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon, timeout=5000)
    assert button.text() == "Save"
