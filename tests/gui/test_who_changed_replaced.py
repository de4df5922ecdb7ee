"""History > Who Changed This? tells the editor what the change replaced, the correction's note and the notice."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from db import publishing
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview

# Two paragraphs of the real article users correct, NATO where the European Union was meant.
ARTICLE = (
    "EU raises threat over Ukraine's membership\n\n"
    "Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of "
    "expediting Ukraine’s membership in NATO to enhance its negotiating position with Russia.\n\n"
    "Politico did not mention that the EU and NATO do not have entirely the same membership countries, with "
    "the European nations of Norway and the UK being members of the latter but not the former.\n"
)
NOTE = "An earlier version said Ukraine’s membership in NATO; it is membership of the European Union."


def ask_who_changed(window, message_boxes, qtbot, passage: str) -> str:
    """Select a passage of the article, choose History > Who Changed This? and read the answer."""
    shown = len(message_boxes.texts("information"))
    select(window.article_view, passage)
    window.who_changed_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.texts("information")) > shown, timeout=10000)
    return message_boxes.texts("information")[-1]


def test_who_changed_this_names_the_words_replaced_the_correction_note_and_the_notice(
        window, answers, message_boxes, qtbot):
    article = window.history.import_article(ARTICLE, title="EU raises threat", author="Ann")
    window.refresh_library()
    assert window.open_article(article.id)
    wait_for_preview(qtbot, window)
    select(window.article_view, "NATO")
    answers.corrections.append(CorrectionAnswer("the European Union", public_note=NOTE))
    press_ctrl_enter(qtbot, window)
    answers.messages.append("EU, not NATO")
    assert window.save_version()
    publishing.publish(window.history, article.id, author="Desk")

    answer = ask_who_changed(window, message_boxes, qtbot, "membership in the European Union")

    assert "These words were written in 2 versions:" in answer
    correction = answer[answer.index("Version 2 by"):]
    assert "“the European Union”" in correction
    assert "    Replaced “NATO”" in correction
    assert f"    Correction: {NOTE}" in correction
    assert f"    Notice readers saw: “Correction: {NOTE}" in correction
    assert "Replaced" not in answer[:answer.index("Version 2 by")]  # version 1 replaced nothing
    blame_text = window.blame_view.text
    tooltip = blame_text.tooltip_at(blame_text.toPlainText().index("European Union to enhance"))
    assert tooltip.splitlines()[1] == "Replaced “NATO”"

    window.set_edit_mode(True)
    select(window.article_view, "Norway")
    cursor = window.article_view.textCursor()
    cursor.setPosition(cursor.selectionEnd())  # just after "Norway"
    window.article_view.setTextCursor(cursor)
    cursor.insertText(", Iceland")
    window.set_edit_mode(False)
    answers.messages.append("Added Iceland")
    assert window.save_version()

    answer = ask_who_changed(window, message_boxes, qtbot, "Iceland")

    assert answer.startswith("These words were written in one version:")
    assert "Version 3 by" in answer and "    Added; no words were replaced" in answer
    assert "    Added Iceland" in answer and "Notice" not in answer
