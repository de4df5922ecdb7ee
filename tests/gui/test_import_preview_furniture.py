"""Importing a text copied from a news page in the window: the preview offers the related-story box and
reader footer as blocks to keep or leave out (left out unless ticked), proposes a headline rather than
the first paragraph, and lets the editor fix the text before it is stored as version 1."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from corrections.importers import load_article
from desktop.dialogs.import_preview_dialog import KEPT_COLOUR, ImportPreviewDialog
from tests.test_text_furniture import REAL_ARTICLE, RELATED_HEADLINE_TEXT, STORY

PROPOSED = "In response to delays in American and European assistance to Ukraine, the Biden…"


def copied_article(tmp_path):
    path = tmp_path / "real_article.txt"
    path.write_text(REAL_ARTICLE, encoding="utf-8")
    return path


def rows(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.removed_list.item(row).text() for row in range(dialog.removed_list.count())]


def struck(dialog: ImportPreviewDialog) -> list[str]:
    """The passages the text shows struck through: what Import will leave out."""
    return [s.cursor.selectedText().replace("\u2029", "\n") for s in dialog.text_view.extraSelections()
            if s.format.fontStrikeOut()]


def tinted(dialog: ImportPreviewDialog) -> list[str]:
    return [s.cursor.selectedText().replace("\u2029", "\n") for s in dialog.text_view.extraSelections()
            if s.format.background().color() == KEPT_COLOUR]


def toggle(qtbot, dialog: ImportPreviewDialog, row: int) -> None:
    """Pick a block in the list and press Space on it, as a keyboard user ticks a box."""
    dialog.removed_list.setFocus()
    dialog.removed_list.setCurrentRow(row)
    qtbot.keyClick(dialog.removed_list, Qt.Key.Key_Space)


def replace_in_text(qtbot, dialog: ImportPreviewDialog, old: str, new: str) -> None:
    """Select a word in the text and type over it."""
    cursor = dialog.text_view.document().find(old)
    assert not cursor.isNull(), old
    dialog.text_view.setTextCursor(cursor)
    dialog.text_view.setFocus()
    qtbot.keyClicks(dialog.text_view, new)


def test_the_preview_offers_each_furniture_block_with_its_reason_all_left_out(qtbot, tmp_path):
    dialog = ImportPreviewDialog(load_article(copied_article(tmp_path), keep_removed=True))
    qtbot.addWidget(dialog)

    assert rows(dialog) == [
        f"{RELATED_HEADLINE_TEXT}\nRelated story's headline",
        "Other Topics of Interest\nRelated-stories heading",
        f"{RELATED_HEADLINE_TEXT} The two countries have been allies since North Korea's founding after World "
        "War II, and have drawn even closer after Russia'…\nRelated story's headline and teaser",
        "To suggest a correction or clarification, write to us here You can also highlight the text and press "
        "Ctrl + Enter\nReader footer (corrections, Ctrl + Enter)",
    ]
    assert dialog.kept_blocks() == []
    assert dialog.title_edit.text() == PROPOSED
    assert "Other Topics of Interest" in struck(dialog)
    assert dialog.article().text == STORY
    assert "left out 4 block" in dialog.notes_label.text() and "page furniture" in dialog.notes_label.text()


def test_ticking_and_unticking_blocks_and_editing_the_text_store_exactly_what_the_editor_left(
        window, qtbot, tmp_path, history, monkeypatch):
    seen = {}

    def review(dialog: ImportPreviewDialog):
        seen["title"] = dialog.title_edit.text()
        toggle(qtbot, dialog, 3)  # keep the reader footer …
        assert dialog.kept_blocks() == [3]
        assert tinted(dialog) == ["To suggest a correction or clarification, write to us here\n"
                                  "You can also highlight the text and press Ctrl + Enter"]
        qtbot.waitUntil(lambda: "kept 1 block of page furniture" in dialog.notes_label.text(), timeout=10_000)
        toggle(qtbot, dialog, 3)  # … then think better of it
        toggle(qtbot, dialog, 1)  # and keep the heading, to see it, and leave it out again
        toggle(qtbot, dialog, 1)
        assert dialog.kept_blocks() == []
        replace_in_text(qtbot, dialog, "Eastern Ukraine", "eastern Ukraine")
        dialog.text_view.moveCursor(QTextCursor.MoveOperation.Start)
        qtbot.keyClicks(dialog.text_view, "WASHINGTON: ")
        dialog.title_edit.setText("Biden administration adjusts its approach to Ukraine")
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and "words become version 1"
                        in dialog.text_caption.text(), timeout=10_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", review)

    assert window.open_file(copied_article(tmp_path))

    [article] = history.articles()
    expected = "WASHINGTON: " + STORY.replace("Eastern Ukraine", "eastern Ukraine")
    assert history.text(article.id) == expected
    assert article.title == "Biden administration adjusts its approach to Ukraine"
    assert seen["title"] == PROPOSED
    assert window.session.working_text == expected


def test_opening_the_copied_article_as_shown_leaves_its_furniture_out(window, tmp_path, history, import_previews):
    assert window.open_file(copied_article(tmp_path))

    [article] = history.articles()
    assert history.text(article.id) == STORY
    assert article.title == PROPOSED
    assert "left out 4 blocks of page furniture" in window.statusBar().currentMessage()


def test_a_kept_block_stays_in_the_text_where_it_stood(qtbot, tmp_path):
    dialog = ImportPreviewDialog(load_article(copied_article(tmp_path), keep_removed=True))
    qtbot.addWidget(dialog)

    toggle(qtbot, dialog, 1)

    text = dialog.article().text
    assert "Other Topics of Interest" in text and RELATED_HEADLINE_TEXT not in text
    assert text.index("ending the war.") < text.index("Other Topics of Interest") < text.index("While the United")
    assert dialog.keep_all.checkState() == Qt.CheckState.PartiallyChecked
