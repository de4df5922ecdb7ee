"""Problems show as a clear dialog, and nothing already saved is lost."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from corrections.correction import Status
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview


def test_a_file_that_cannot_be_read_is_refused_with_its_reason(window, message_boxes, tmp_path, history):
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    assert not window.open_file(picture)
    assert not window.open_file(tmp_path / "missing.txt")

    first, second = message_boxes.texts("critical")
    assert "photo.txt" in first and "PNG image" in first
    assert "no such file" in second and "missing.txt" in second
    assert history.articles() == []
    assert window.session.article is None


def test_the_history_database_dropped_on_the_window_is_refused_unread(window, message_boxes, history):
    assert not window.open_file(history.path)

    [message] = message_boxes.texts("critical")
    assert "history database itself" in message
    assert history.articles() == []


def test_a_passage_that_can_no_longer_be_found_is_reported_and_nothing_is_lost(
        sample_window, answers, message_boxes, qtbot, history):
    window = sample_window
    article_id = window.session.article.id
    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, window)
    window.edit_text_action.trigger()
    select(window.article_view, "Monday morning")
    qtbot.keyClicks(window.article_view, "early")
    wait_for_preview(qtbot, window)

    assert window.corrections_model.index(0, 4).data() == "Passage not found"
    assert "no longer found" in window.preview.problem.text()
    answers.messages.append("Corrected the day")
    assert not window.save_version()

    [reported] = message_boxes.texts("critical")
    assert "passage no longer found: 'Monday morning'" in reported
    assert history.latest(article_id).number == 1
    assert [c.status for c in history.corrections(article_id)] == [Status.PENDING]
    assert "reopened to traffic on early after" in window.article_view.toPlainText()
    assert window.isWindowModified()


def test_a_newer_version_saved_elsewhere_is_explained_and_reloaded(
        sample_window, answers, message_boxes, qtbot, history):
    window = sample_window
    article_id = window.session.article.id
    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday"))
    press_ctrl_enter(qtbot, window)
    elsewhere = history.text(article_id).replace("several hundred", "about 300")
    history.save_version(article_id, text=elsewhere, apply_pending=False, message="Colleague's fix",
                         author="Colleague")
    message_boxes.answers.append(QMessageBox.StandardButton.Yes)
    answers.messages.append("Corrected the day")

    qtbot.keyClick(window.article_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [warning] = message_boxes.texts("warning")
    assert "newer version 2" in warning
    assert window.session.base.number == 2
    assert "about 300" in window.article_view.toPlainText()
    assert [c.status for c in history.corrections(article_id)] == [Status.PENDING]
    wait_for_preview(qtbot, window)
    assert window.preview.title.text() == "Version 2  →  unsaved changes"


def test_an_article_whose_rows_no_longer_decode_is_explained_not_crashed_on(window, message_boxes, history,
                                                                           sample_text):
    article = history.import_article(sample_text, title="Damaged", author="Ann")
    conn = sqlite3.connect(history.path)
    conn.execute("drop trigger versions_no_update")
    conn.execute("update versions set author = cast(x'ff00fe' as text) where article_id = ?", [article.id])
    conn.commit()
    conn.close()

    assert not window.open_article(article.id)

    [message] = message_boxes.texts("critical")
    assert "is damaged and cannot be read" in message and "restore it from a backup" in message
    assert window.session.article is None
