"""An editor corrects an article, reads the notice readers will see, hands it on and publishes it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import publishing
from desktop import preferences, settings_keys
from desktop.dialogs.notice_dialog import NoticeDialog
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview
from tests.gui.pdf_text import pdf_text, squeezed

Button = QMessageBox.StandardButton


def correct_and_save(qtbot, window, answers, passage: str, replacement: str, note: str = "") -> None:
    """Select a passage, attach a correction to it with Ctrl+Enter, and save a version with Ctrl+S."""
    select(window.article_view, passage)
    answers.corrections.append(CorrectionAnswer(replacement, public_note=note))
    press_ctrl_enter(qtbot, window)
    answers.messages.append(f"Fix {passage}")
    window.save_action.trigger()
    wait_for_preview(qtbot, window)
    assert not window.session.dirty


def open_notice(qtbot, window) -> NoticeDialog:
    """History > Correction Notice…, as the editor would choose it."""
    assert window.notice_action in window.history_menu.actions()
    window.notice_action.trigger()
    dialog = window.notice_dialog
    assert isinstance(dialog, NoticeDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def assert_timeline_marks_published(qtbot, window, number: int) -> None:
    """Bringing the Timeline tab to the front after publishing, as clicking it does, shows the publish marker."""
    window.timeline_dock.raise_()
    qtbot.waitUntil(lambda: window.timeline_panel is not None, timeout=10000)
    timeline = window.timeline_panel.model
    published = next(column for column, name in enumerate(timeline.COLUMNS) if name == "Published")

    def marked() -> bool:
        row = timeline.row_of(number)
        return row >= 0 and (timeline.index(row, published).data() or "").startswith("✔")

    qtbot.waitUntil(marked, timeout=10000)


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file name the 'user' types into the next save dialogs, and the filters they were offered."""
    chosen: list[str] = []
    offered: list[str] = []

    def get_save_file_name(parent, caption="", directory="", filter="", *args, **kwargs):
        offered.append(filter)
        name = chosen.pop(0) if chosen else ""
        return (str(tmp_path / name) if name else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return chosen


def test_the_notice_dialog_shows_the_drafted_correction_in_every_output(sample_window, answers, qtbot):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")

    dialog = open_notice(qtbot, window)

    preview = dialog.preview.toPlainText()
    assert preview.startswith("Correction:")
    assert "Monday" in preview and "Tuesday" in preview
    assert "not published yet" in dialog.banner.text()
    assert dialog.output.toPlainText() == dialog.editor.toPlainText() + "\n"

    dialog.set_output_format("HTML")
    html = dialog.output.toPlainText()
    assert html.startswith('<aside class="correction-notice">')
    assert "<strong><bdi>Correction</bdi>:</strong>" in html and "Tuesday" in html

    dialog.set_output_format("JSON-LD")
    data = json.loads(dialog.output.toPlainText())
    assert data["headline"] == window.session.article.title
    [comment] = data["correction"]
    assert comment["@type"] == "CorrectionComment"
    assert "Monday" in comment["text"] and "Tuesday" in comment["text"]


def test_the_shortcut_opens_the_notice_and_nothing_is_stored_by_looking(sample_window, answers, qtbot, history):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")

    qtbot.keySequence(window, "Ctrl+Shift+N")
    qtbot.waitUntil(lambda: window.notice_dialog is not None and window.notice_dialog.isVisible())
    window.notice_dialog.close_button.click()

    qtbot.waitUntil(lambda: window.notice_dialog is None)
    assert publishing.notices(history, window.session.article.id) == []


def test_a_script_in_the_public_note_is_shown_as_text_and_escaped_in_html(sample_window, answers, qtbot):
    window = sample_window
    note = "The bridge reopened on Tuesday. <script>alert('hacked')</script>"
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday", note=note)

    dialog = open_notice(qtbot, window)

    assert "<script>alert('hacked')</script>" in dialog.preview.toPlainText()
    dialog.set_output_format("HTML")
    html = dialog.output.toPlainText()
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;hacked&#x27;)&lt;/script&gt;" in html
    dialog.set_output_format("JSON-LD")
    assert "<script" not in dialog.output.toPlainText()
    assert "<script>" in json.loads(dialog.output.toPlainText())["correction"][0]["text"]


def test_export_pdf_writes_the_notice_a_reader_can_read(sample_window, answers, qtbot, save_as, tmp_path):
    window = sample_window
    correct_and_save(qtbot, window, answers, "48,000 vehicles", "84,000 vehicles",
                     note="An earlier version of this article misstated the bridge's daily traffic.")
    dialog = open_notice(qtbot, window)

    save_as.append("notice")
    dialog.pdf_button.click()

    pdf = tmp_path / "notice.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    assert squeezed(f"Correction notice — {window.session.article.title}") in text
    for paragraph in dialog.notice.paragraphs:
        assert squeezed(paragraph) in text


def test_save_writes_the_chosen_format_and_an_unwritable_file_is_explained(
        sample_window, answers, qtbot, save_as, tmp_path, message_boxes):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")
    dialog = open_notice(qtbot, window)
    dialog.set_output_format("Markdown")

    save_as.append("notice")
    dialog.save_button.click()
    assert (tmp_path / "notice.md").read_text(encoding="utf-8") == dialog.output.toPlainText()

    save_as.append("no such folder/notice.md")
    dialog.save_button.click()
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Cannot save the notice")
    assert "no such folder" in text


def test_an_edited_wording_is_checked_as_it_is_typed(sample_window, answers, qtbot):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")
    dialog = open_notice(qtbot, window)

    dialog.editor.setPlainText("The bridge opened on Tuesday.\n\nCorrected today")
    qtbot.waitUntil(lambda: dialog.error.isVisible())

    assert "starts with a label" in dialog.error.text()
    assert not dialog.publish_button.isEnabled() and not dialog.pdf_button.isEnabled()
    dialog.reset_button.click()
    assert dialog.error.isHidden() and dialog.publish_button.isEnabled()


def test_publish_from_the_history_menu_stores_the_notice_it_showed(sample_window, answers, qtbot, message_boxes):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")
    article_id = window.session.article.id
    draft = publishing.draft(window.history, article_id).text
    assert window.publish_action.isEnabled()

    message_boxes.answers.append(Button.Yes)
    window.publish_action.trigger()

    [(kind, title, question)] = message_boxes.shown
    assert (kind, title) == ("question", "Publish version 2")
    assert draft in question
    [stored] = publishing.notices(window.history, article_id)
    assert stored.text == draft and stored.version_number == 2
    assert not window.publish_action.isEnabled()
    assert "already published" in window.publish_action.statusTip()
    assert f"notice {stored.id}" in window.statusBar().currentMessage()
    assert_timeline_marks_published(qtbot, window, 2)
    history = window.history_model
    assert [history.index(row, 0).data() for row in range(history.rowCount())] == ["v2 ✔", "v1"]
    assert "Published" in history.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_stored_notice_is_unchanged_after_a_restart(sample_window, answers, qtbot, message_boxes, open_window,
                                                      sample_path):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday", note="It reopened on Tuesday, not Monday.")
    message_boxes.answers.append(Button.Yes)
    assert window.publish_version()
    article_id = window.session.article.id
    [before] = publishing.notices(window.history, article_id)
    window.close()

    again = open_window()
    assert again.open_file(sample_path)
    wait_for_preview(qtbot, again)

    [after] = publishing.notices(again.history, article_id)
    assert (after.id, after.text, after.created_at, after.notice) == (before.id, before.text, before.created_at,
                                                                      before.notice)
    assert not again.publish_action.isEnabled()
    dialog = open_notice(qtbot, again)
    assert "Published with version 2" in dialog.banner.text()
    assert dialog.editor.toPlainText() == before.text
    assert dialog.chooser.currentData() == before.id


def test_publish_waits_for_unsaved_corrections_and_a_cancel_stores_nothing(sample_window, answers, qtbot,
                                                                          message_boxes):
    window = sample_window
    assert not window.publish_action.isEnabled()
    assert "already published" in window.publish_action.statusTip()

    select(window.article_view, "Monday")
    answers.corrections.append(CorrectionAnswer("Tuesday"))
    press_ctrl_enter(qtbot, window)
    assert not window.publish_action.isEnabled()
    assert "Save your corrections" in window.publish_action.statusTip()
    assert not window.publish_version()

    answers.messages.append("Fix the day")
    window.save_action.trigger()
    wait_for_preview(qtbot, window)
    assert window.publish_action.isEnabled()
    message_boxes.answers.append(Button.Cancel)
    assert not window.publish_version()
    assert publishing.publications(window.history, window.session.article.id) == []


def test_publishing_an_edited_wording_from_the_notice_dialog(sample_window, answers, qtbot, message_boxes):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")
    dialog = open_notice(qtbot, window)
    wording = "Correction: The bridge reopened on Tuesday, not Monday.\n\nCorrected today"

    dialog.editor.setPlainText(wording)
    dialog.refresh()
    message_boxes.answers.append(Button.Yes)
    dialog.publish_button.click()

    [stored] = publishing.notices(window.history, window.session.article.id)
    assert stored.text == wording
    assert dialog.chooser.currentData() == stored.id
    assert not window.publish_action.isEnabled()
    assert window.statusBar().currentMessage() == "Published version 2 with its notice"
    assert_timeline_marks_published(qtbot, window, 2)


def test_an_unreadable_house_style_is_explained_and_nothing_is_published(sample_window, answers, qtbot, tmp_path,
                                                                        message_boxes):
    window = sample_window
    correct_and_save(qtbot, window, answers, "Monday", "Tuesday")
    preferences.settings().setValue(settings_keys.HOUSE_STYLE, str(tmp_path / "gone.toml"))

    window.notice_action.trigger()
    assert window.publish_version() is False

    assert window.notice_dialog is None
    assert [title for _kind, title, _text in message_boxes.shown] == [
        "Cannot show the correction notice", "Cannot publish the version"]
    assert all("gone.toml" in text for text in message_boxes.texts("critical"))
    assert publishing.publications(window.history, window.session.article.id) == []
