"""Edit Text shows the changes in the article itself, as word processors do, and each can be accepted or rejected.

Typed insertions are underlined and a pending correction's passage struck through, in the preview's colours;
deleted text is painted where it was without being part of the text, so what is saved is exactly what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from corrections.correction import Status
from corrections.diff import DELETE, INSERT
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def edit_text(qtbot, window) -> None:
    """Turn Edit Text on with Ctrl+E, as an editor does."""
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, CTRL)
    assert not window.article_view.isReadOnly()


def wait_for_marks(qtbot, window) -> None:
    """Wait until the exact word diff has caught up with the typing and is drawn."""
    qtbot.waitUntil(lambda: not window.tracked.scheduler.busy and window.tracked.edits is not None, timeout=10000)
    window.article_view.viewport().repaint()


def formatted(view, wanted) -> list[str]:
    """The runs of the article text whose layout format passes `wanted`, one string per run."""
    runs = []
    block = view.document().begin()
    while block.isValid():
        text = block.text()
        for found in sorted(block.layout().formats(), key=lambda r: r.start):
            if wanted(found.format) and found.length > 1:
                runs.append(text[found.start:found.start + found.length])
        block = block.next()
    return runs


def _greenish(fmt) -> bool:
    colour = fmt.foreground().color()
    return colour.green() > 2 * colour.red() and colour.green() > colour.blue()


def _reddish(fmt) -> bool:
    colour = fmt.foreground().color()
    return colour.red() > 2 * colour.green() and colour.red() > 2 * colour.blue()


def underlined_green(view) -> list[str]:
    """The runs marked as typed in: underlined, in the preview's green."""
    return formatted(view, lambda f: f.fontUnderline() and _greenish(f))


def struck_red(view) -> list[str]:
    """The runs marked as replaced by a pending correction: struck through, in the preview's red."""
    return formatted(view, lambda f: f.fontStrikeOut() and _reddish(f))


def painted(window, op: int) -> list[str]:
    """The text painted into the article that is not part of it: deletions (DELETE) or replacements (INSERT)."""
    return [phantom.text for _box, phantom in window.tracked.marks.painted() if phantom.op == op]


def replace_by_typing(qtbot, view, passage: str, typed: str) -> None:
    select(view, passage)
    if typed:
        qtbot.keyClicks(view, typed)
    else:
        qtbot.keyClick(view, Qt.Key.Key_Delete)


def caret_into(view, passage: str) -> None:
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index(passage) + 1)
    view.setTextCursor(cursor)


def test_typing_marks_the_change_in_the_article_and_saving_stores_just_the_typed_text(
        sample_window, answers, qtbot, history):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)

    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    replace_by_typing(qtbot, view, " a three-year", "")
    assert underlined_green(view) == ["Tuesday"]  # drawn by the keystroke itself, before any pause
    wait_for_marks(qtbot, window)

    assert underlined_green(view) == ["Tuesday"]
    assert painted(window, DELETE) == ["Monday", " a three-year"]
    assert "Monday" not in view.toPlainText() and "three-year restoration that" not in view.toPlainText()
    answers.messages.append("Day and length of the restoration")
    typed = view.toPlainText()
    assert window.save_version()
    assert history.text(window.session.article.id) == typed
    wait_for_marks(qtbot, window)
    assert underlined_green(view) == [] and painted(window, DELETE) == []


def test_reject_change_puts_the_saved_text_back_and_ctrl_z_brings_the_change_back(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    saved = view.toPlainText()
    edit_text(qtbot, window)
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    wait_for_marks(qtbot, window)
    caret_into(view, "Tuesday")
    assert window.reject_change_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL | SHIFT)

    assert view.toPlainText() == saved
    wait_for_marks(qtbot, window)
    assert underlined_green(view) == [] and painted(window, DELETE) == []
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    wait_for_marks(qtbot, window)
    assert "on Tuesday morning" in view.toPlainText()
    assert underlined_green(view) == ["Tuesday"] and painted(window, DELETE) == ["Monday"]


def test_accept_change_stores_that_change_alone_and_the_rest_stays_unsaved(sample_window, answers, qtbot, history):
    window, view = sample_window, sample_window.article_view
    article = window.session.article.id
    saved = history.text(article)
    edit_text(qtbot, window)
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    replace_by_typing(qtbot, view, "184 million", "148 million")
    wait_for_marks(qtbot, window)
    caret_into(view, "Tuesday")
    answers.messages.append("Reopened on Tuesday")

    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | SHIFT)

    assert answers.suggestions_seen == ["Edit: Monday → Tuesday"]
    assert history.latest(article).number == 2
    assert history.text(article) == saved.replace("Monday", "Tuesday")
    assert "148 million" in view.toPlainText() and window.session.edited
    wait_for_marks(qtbot, window)
    assert underlined_green(view) == ["148"] and painted(window, DELETE) == ["184"]


def test_an_attached_correction_is_struck_with_its_replacement_and_can_be_rejected_then_accepted(
        sample_window, answers, qtbot, history):
    window, view = sample_window, sample_window.article_view
    article = window.session.article.id
    edit_text(qtbot, window)
    select(view, "48,000 vehicles")
    answers.corrections.append(CorrectionAnswer("84,000 vehicles", public_note="Traffic figure."))
    press_ctrl_enter(qtbot, window)
    wait_for_marks(qtbot, window)

    assert struck_red(view) == ["48,000 vehicles"]
    assert painted(window, INSERT) == ["84,000 vehicles"]
    assert "84,000" not in view.toPlainText()

    caret_into(view, "48,000 vehicles")
    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL | SHIFT)
    wait_for_marks(qtbot, window)
    assert [c.status for c in history.corrections(article)] == [Status.WITHDRAWN]
    assert struck_red(view) == [] and painted(window, INSERT) == []
    assert "48,000 vehicles" in view.toPlainText()

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # nothing typed to undo: Ctrl+Z reinstates the correction
    wait_for_marks(qtbot, window)
    assert struck_red(view) == ["48,000 vehicles"]
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    caret_into(view, "48,000 vehicles")
    answers.messages.append("Traffic figure")
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | SHIFT)

    assert [c.status for c in history.corrections(article)] == [Status.APPLIED]
    assert "84,000 vehicles" in history.text(article) and "Monday" in history.text(article)
    assert "on Tuesday morning" in view.toPlainText() and "84,000 vehicles" in view.toPlainText()
    wait_for_marks(qtbot, window)
    assert struck_red(view) == [] and underlined_green(view) == ["Tuesday"]


def test_next_change_walks_the_marks_in_the_article_while_editing(sample_window, answers, qtbot):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    replace_by_typing(qtbot, view, "184 million", "148 million")
    wait_for_marks(qtbot, window)
    view.moveCursor(view.textCursor().MoveOperation.Start)

    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.textCursor().selectedText() == "Tuesday"
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.textCursor().selectedText() == "148"
    assert window.statusBar().currentMessage() == "Change 2 of 2: '184' → '148'"
    qtbot.keyClick(view, Qt.Key.Key_F8, SHIFT)
    assert view.textCursor().selectedText() == "Tuesday"


def test_right_clicking_a_change_offers_to_accept_or_reject_it(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    wait_for_marks(qtbot, window)
    view.moveCursor(view.textCursor().MoveOperation.Start)
    offered = {}

    def read_the_menu_and_close_it() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        offered.update({action.text(): action.isEnabled() for action in menu.actions()})
        menu.close()

    looking = QTimer(interval=10, timeout=read_the_menu_and_close_it)
    looking.start()
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("Tuesday") + 2)
    point = view.cursorRect(cursor).center()

    view.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.mapToGlobal(point)))
    looking.stop()

    assert offered["Accept Chan&ge…"] and offered["Re&ject Change"]
    assert window.tracked.current().hunk.inserted == "Tuesday"
    view.moveCursor(view.textCursor().MoveOperation.End)
    assert not window.reject_change_action.isEnabled()


def test_leaving_edit_text_takes_the_marks_off(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)
    replace_by_typing(qtbot, view, "Monday", "Tuesday")
    wait_for_marks(qtbot, window)

    qtbot.keyClick(view, Qt.Key.Key_E, CTRL)
    view.viewport().repaint()

    assert underlined_green(view) == [] and window.tracked.marks.painted() == []
    assert "on Tuesday morning" in view.toPlainText()


def test_a_deleted_headline_and_paragraph_stay_in_view_where_they_were_but_not_in_the_text(sample_window, qtbot):
    window, view = sample_window, sample_window.article_view
    text = view.toPlainText()
    headline = text.split("\n")[0]
    paragraph = next(p for p in text.split("\n\n") if p.startswith("During the closure"))
    edit_text(qtbot, window)

    replace_by_typing(qtbot, view, headline + "\n\n", "")
    replace_by_typing(qtbot, view, paragraph + "\n\n", "")
    wait_for_marks(qtbot, window)

    assert [shown.strip() for shown in painted(window, DELETE)] == [headline, paragraph]
    assert view.toPlainText().startswith("The Kestrel Harbour Bridge reopened")
    assert paragraph not in view.toPlainText()
    cursor = view.textCursor()
    cursor.setPosition(0)
    first_line = view.cursorRect(cursor)
    [(box, _headline), _paragraph] = window.tracked.marks.painted()
    assert box.top() <= first_line.center().y() <= box.bottom()  # the headline is shown on the first line
    assert window.tracked.marks.tooltip_at(box.center().toPoint()) == f"Deleted: “{headline}”"


def test_a_correction_on_typed_text_cannot_be_accepted_alone_before_the_typing_is_saved(
        sample_window, answers, message_boxes, qtbot, history):
    window, view = sample_window, sample_window.article_view
    edit_text(qtbot, window)
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("Mayor Dana Whitcombe") + len("Mayor Dana Whitcombe"))
    view.setTextCursor(cursor)
    qtbot.keyClicks(view, " and Councillor Ray Obi")
    select(view, "Councillor Ray Obi")
    answers.corrections.append(CorrectionAnswer("Councillor Rae Obi", public_note="Name misspelt."))
    press_ctrl_enter(qtbot, window)
    wait_for_marks(qtbot, window)
    caret_into(view, "Ray Obi")

    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL | SHIFT)

    assert message_boxes.kinds() == ["information"]
    assert history.latest(window.session.article.id).number == 1
    assert [c.status for c in history.corrections(window.session.article.id)] == [Status.PENDING]
