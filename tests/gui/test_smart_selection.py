"""Issue 16, item 10: a passage dragged with the mouse is snapped to its words before a correction is attached,
and the correction dialog shows exactly what will be replaced."""

from __future__ import annotations

import pytest

from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

ARTICLE = """US adjusts its approach to Ukraine

Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of expediting \
Ukraine’s membership in NATO to enhance its negotiating position with Russia.

Politico did not mention that the EU, NATO and the UN do not have entirely the same membership countries.
"""


@pytest.fixture
def nato_window(window, tmp_path, qtbot):
    path = tmp_path / "nato.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert window.open_file(path)
    wait_for_preview(qtbot, window)
    return window


def test_a_drag_over_comma_nato_space_attaches_nato(nato_window, answers, qtbot):
    window = nato_window
    select(window.article_view, ", NATO ")
    answers.corrections.append(CorrectionAnswer("the European Union"))

    press_ctrl_enter(qtbot, window)

    assert answers.quotes_seen == ["NATO"]
    assert window.article_view.textCursor().selectedText() == "NATO"  # the article shows what is replaced too
    [correction] = window.session.pending
    assert correction.quote == "NATO"
    assert window.session.working_text[correction.anchor.start - 4:correction.anchor.end + 1] == "EU, NATO "
    qtbot.waitUntil(lambda: not window.scheduler.busy and window.preview.change_count == 1, timeout=10000)
    window.preview.next_change()
    assert window.preview.current_change_text() == "'NATO' → 'the European Union'"


def test_a_drag_that_cuts_words_in_half_takes_them_whole(nato_window, answers, qtbot):
    window = nato_window
    select(window.article_view, "ATO to enh")
    answers.corrections.append(CorrectionAnswer("the EU to strengthen"))

    press_ctrl_enter(qtbot, window)

    assert answers.quotes_seen == ["NATO to enhance"]


def test_a_sentence_dragged_with_its_full_stop_and_the_space_after_leaves_them(nato_window, answers, qtbot):
    window = nato_window
    select(window.article_view, " the same membership countries.\n")
    answers.corrections.append(CorrectionAnswer("the same members"))

    press_ctrl_enter(qtbot, window)

    assert answers.quotes_seen == ["the same membership countries"]
    assert window.session.pending[0].quote == "the same membership countries"


def test_who_changed_this_asks_about_the_snapped_words_too(nato_window, qtbot):
    window = nato_window
    select(window.article_view, ", NATO ")

    start, end = window.selected_passage()

    assert window.session.working_text[start:end] == "NATO"
