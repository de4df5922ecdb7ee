"""An article is reviewed before it becomes version 1: headline, text, and the page text left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from corrections.importers import load_article
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from tests.gui.helpers import ImportReview
from tests.test_importers import HEADLINE, RELATED, STORY, news_page


def saved_page(tmp_path, name: str = "bridge.html"):
    path = tmp_path / name
    path.write_text(news_page(), encoding="utf-8")
    return path


def test_a_new_page_is_reviewed_and_becomes_version_1_without_its_page_furniture(
        window, tmp_path, history, import_previews):
    page = saved_page(tmp_path)

    assert window.open_file(page)

    [preview] = import_previews.shown
    removed = [preview.removed_list.item(row).text() for row in range(preview.removed_list.count())]
    assert "Other Topics of Interest" in removed and RELATED[0] in removed
    assert preview.source_label.text() == "bridge.html · Web page (HTML) · UTF-8"
    [article] = history.articles()
    assert article.title == HEADLINE
    assert history.text(article.id) == "\n\n".join([HEADLINE, *STORY]) + "\n"
    assert window.session.article.title == HEADLINE
    assert "Imported bridge.html as version 1" in window.statusBar().currentMessage()


def test_ticked_related_stories_are_kept_where_they_stood_under_the_headline_typed(
        window, tmp_path, history, import_previews):
    page = saved_page(tmp_path)
    blocks = load_article(page, keep_removed=True).removed_blocks
    keep = [blocks.index("Other Topics of Interest"), *(blocks.index(title) for title in RELATED)]
    import_previews.answers.append(ImportReview(keep=keep, title="Bridge reopens"))

    assert window.open_file(page)

    [article] = history.articles()
    paragraphs = history.text(article.id).rstrip("\n").split("\n\n")
    assert article.title == "Bridge reopens"
    assert paragraphs[-4:] == ["Other Topics of Interest", *RELATED]
    assert "Sport" not in paragraphs and "Most read" not in paragraphs
    assert "kept 4 blocks of page text" in window.statusBar().currentMessage()


def test_cancelling_the_preview_stores_nothing(sample_window, tmp_path, history, import_previews):
    window = sample_window
    import_previews.answers.append(None)

    assert not window.open_file(saved_page(tmp_path))

    assert [a.title for a in history.articles()] == ["Harbour bridge reopens after three-year restoration"]
    assert window.session.article.title == "Harbour bridge reopens after three-year restoration"


def test_a_file_already_in_the_history_opens_without_a_preview(window, tmp_path, history, import_previews):
    page = saved_page(tmp_path)
    window.open_file(page)
    window.open_sample_action.trigger()

    assert window.open_file(page)

    assert len(import_previews.shown) == 2
    assert window.session.article.title == HEADLINE
    assert "already in the history (from bridge.html)" in window.statusBar().currentMessage()
    assert len(history.articles()) == 2


def test_new_from_clipboard_reviews_the_copied_text_as_a_new_article(window, qtbot, history, import_previews):
    QGuiApplication.clipboard().setText("Council votes to keep the ferry\n\nThe vote was 7 to 2 on Tuesday.\n")

    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    [preview] = import_previews.shown
    assert preview.source_label.text() == "clipboard · Text from the clipboard"
    assert preview.title_edit.text() == "Council votes to keep the ferry"
    [article] = history.articles()
    assert history.text(article.id) == "Council votes to keep the ferry\n\nThe vote was 7 to 2 on Tuesday.\n"
    assert window.session.article.id == article.id
    assert "Imported the clipboard as version 1" in window.statusBar().currentMessage()
    assert window.clipboard_action in window.file_menu.actions()


def test_an_empty_clipboard_is_refused_with_a_message(window, history, message_boxes, import_previews):
    QGuiApplication.clipboard().setText("   \n")

    assert not window.new_from_clipboard()

    [refusal] = message_boxes.texts("critical")
    assert "nothing to import" in refusal
    assert import_previews.shown == [] and history.articles() == []


def test_keep_all_ticks_every_left_out_block_and_highlights_them(qtbot, tmp_path):
    loaded = load_article(saved_page(tmp_path), keep_removed=True)
    dialog = ImportPreviewDialog(loaded)
    qtbot.addWidget(dialog)
    before = dialog.article().text

    qtbot.mouseClick(dialog.keep_all, Qt.MouseButton.LeftButton)

    assert dialog.kept_blocks() == list(range(len(loaded.removed_blocks)))
    assert dialog.keep_all.checkState() == Qt.CheckState.Checked
    assert dialog.text_view.toPlainText() == loaded.text == dialog.article().text
    assert len(dialog.text_view.extraSelections()) == len(loaded.removed_blocks)
    assert all(not s.format.fontStrikeOut() for s in dialog.text_view.extraSelections())
    assert len(dialog.article().text) > len(before)
    dialog.title_edit.clear()
    assert not dialog.import_button.isEnabled()
