"""Issue 16, done when: the seed article's story by keyboard alone. The real article (a news page saved as
text) is opened with Ctrl+O (its path typed into the file dialog), imported with its page furniture dropped, its
NATO claim corrected with a public note, "Eastern" lower-cased as a silent style fix, saved, published; the
article is then read as readers see it, its notice naming the NATO correction and never the style fix, and the
audit report is saved as a PDF that names the style fix and its reason. Every step is a key press on the widget
with the focus, every dialog the real one, answered by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from corrections.correction import Kind
from db import publishing
from desktop.dialogs.correction_dialog import CorrectionDialog
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.dialogs.save_dialog import SaveDialog
from tests.audit_pdf_story import ARTICLE, STANDARDS_EDITOR, TITLE
from tests.gui.test_keyboard_story import ALT, CTRL, REAL_QUESTION, SHIFT, Key, Keyboard
from tests.pdf_pages import on_one_line, pdf_pages, read_as_one

FURNITURE = ("Other Topics of Interest", "You can also highlight the text and press Ctrl + Enter",
             "To suggest a correction or clarification, write to us here")
PUBLIC_NOTE = ("An earlier version of this article said the European Union was raising the threat of speeding up "
               "Ukraine's membership in NATO. It was membership in the European Union.")
"""Typed with the keys of a US keyboard: QTest types ASCII only, as an editor without a compose key would."""
STYLE_REASON = "House style: eastern Ukraine is a region, not a proper name."
SAVE_MESSAGE = "Correct the NATO membership claim; lower-case eastern"
WAIT_MS = 30000  # generous: a loaded 2-core machine reads, diffs and lays out the PDF slowly


@pytest.fixture
def standards_editor(monkeypatch):
    """The editor whose name the versions, the publication and the audit carry (set before the window opens)."""
    monkeypatch.setenv("EMEND_AUTHOR", STANDARDS_EDITOR)
    return STANDARDS_EDITOR


@pytest.fixture
def qt_file_dialogs():
    """Qt's own file dialog, whose file-name box takes a typed path, on any desktop the tests run on."""
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QCoreApplication.testAttribute(attribute)
    QCoreApplication.setAttribute(attribute, True)
    yield
    QCoreApplication.setAttribute(attribute, before)


class Editor(Keyboard):
    """The keyboard of test_keyboard_story, where a dialog that opens beside the work (not waited on) gets the
    keys once shown, as a desktop's window manager activates the newest window; the offscreen platform may not."""

    def _where_keys_go(self):
        modal = QApplication.activeModalWidget()
        if modal is not None and QApplication.activePopupWidget() is None and QApplication.activeWindow() is not modal:
            modal.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is modal)
        return super()._where_keys_go()


def type_path(keys: Keyboard, path) -> None:
    """Answer a file dialog as an editor does: the path typed into the file-name box, then Enter."""
    keys.press(Key.Key_A, CTRL)
    keys.type(str(path))
    keys.press(Key.Key_Return)


def test_the_seed_article_by_keyboard_alone(standards_editor, qt_file_dialogs, window, monkeypatch, qtbot,
                                            tmp_path):
    for dialog in (ImportPreviewDialog, CorrectionDialog, SaveDialog):  # the real dialogs, not the stand-ins
        monkeypatch.delattr(dialog, "exec")
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    source = tmp_path / "real_article_with_errors.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    keys = Editor(qtbot, window)

    # Ctrl+O, the path typed; the preview strikes the page furniture out, the headline is typed, Alt+I imports.
    seen_in_preview: dict[str, object] = {}

    def review(preview: ImportPreviewDialog) -> None:
        seen_in_preview["dropped"] = [preview.removed_list.item(row).text()
                                      for row in range(preview.removed_list.count())]
        seen_in_preview["kept"] = preview.kept_blocks()
        keys.type(TITLE)  # the headline box has the focus, the proposal selected
        keys.press(Key.Key_I, ALT)

    keys.when_asked(QFileDialog, lambda dialog: type_path(keys, source))
    keys.when_asked(ImportPreviewDialog, review)
    keys.press(Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.session.has_article, timeout=WAIT_MS)
    assert keys.problems == []
    assert keys.answered == ["QFileDialog", "ImportPreviewDialog"]
    assert seen_in_preview["kept"] == []
    assert any("Other Topics of Interest" in block for block in seen_in_preview["dropped"])
    article_id = window.session.article.id
    first = window.history.text(article_id, 1)
    assert window.history.article(article_id).title == TITLE
    for furniture in FURNITURE:
        assert furniture not in first
    assert "membership in NATO" in first and "in Eastern Ukraine" in first

    # Ctrl+F finds NATO; Ctrl+Enter corrects it to the European Union, with a note readers will see.
    keys.press(Key.Key_F, CTRL)
    keys.type("NATO")
    assert window.article_view.textCursor().selectedText() == "NATO"

    def correct_the_claim(dialog: CorrectionDialog) -> None:
        keys.type("the European Union")  # the replacement box has the focus, its text selected
        assert Kind(dialog.kind.currentData()) is Kind.CORRECTION  # triage: a name changes, a substantive fix
        keys.press(Key.Key_P, ALT)  # &Public note
        keys.type(PUBLIC_NOTE)
        keys.press(Key.Key_Return, CTRL)

    keys.when_asked(CorrectionDialog, correct_the_claim)
    keys.press(Key.Key_Return, CTRL)
    assert keys.problems == []

    # Ctrl+F again, "Eastern" over the words found before; the fix is case only, so triage proposes Style:
    # no public note, the reason kept for the newsroom.
    keys.press(Key.Key_F, CTRL)
    keys.type("Eastern")
    assert window.article_view.textCursor().selectedText() == "Eastern"

    def fix_the_style(dialog: CorrectionDialog) -> None:
        keys.type("eastern")
        assert Kind(dialog.kind.currentData()) is Kind.STYLE
        keys.press(Key.Key_I, ALT)  # &Internal note
        keys.type(STYLE_REASON)
        keys.press(Key.Key_Return, CTRL)

    keys.when_asked(CorrectionDialog, fix_the_style)
    keys.press(Key.Key_Return, CTRL)
    assert keys.problems == []
    keys.press(Key.Key_Escape)  # closes the find bar; the article has the focus again
    assert QApplication.focusWidget() is window.article_view
    claim, style = window.session.pending
    assert (claim.quote, claim.replacement, claim.kind, claim.public_note) == (
        "NATO", "the European Union", Kind.CORRECTION, PUBLIC_NOTE)
    assert (style.quote, style.replacement, style.kind, style.public_note, style.internal_note) == (
        "Eastern", "eastern", Kind.STYLE, "", STYLE_REASON)

    # Ctrl+S saves version 2 with the message typed.
    def save(dialog: SaveDialog) -> None:
        keys.press(Key.Key_A, CTRL)
        keys.type(SAVE_MESSAGE)
        keys.press(Key.Key_Return)

    keys.when_asked(SaveDialog, save)
    keys.press(Key.Key_S, CTRL)
    assert keys.problems == []
    qtbot.waitUntil(lambda: window.session.base.number == 2, timeout=WAIT_MS)
    assert "membership in the European Union" in window.session.working_text
    assert "in eastern Ukraine" in window.session.working_text

    # Ctrl+Shift+P shows the notice it stores, naming the NATO correction and not the style fix; Alt+Y publishes.
    asked: list[str] = []

    def publish(box: QMessageBox) -> None:
        asked.append(box.text())
        keys.press(Key.Key_Y, ALT)

    keys.when_asked(QMessageBox, publish)
    keys.press(Key.Key_P, CTRL | SHIFT)
    assert keys.problems == []
    qtbot.waitUntil(lambda: 2 in {p.version_number for p in publishing.publications(window.history, article_id)},
                    timeout=WAIT_MS)
    [question] = asked
    assert PUBLIC_NOTE in question and "eastern" not in question.lower()
    [notice] = publishing.notices(window.history, article_id)
    assert PUBLIC_NOTE in notice.text and "eastern" not in notice.text.lower()

    # History > As Readers See It… (Alt+H, D): the published version, its notice in place; Escape closes it.
    keys.press(Key.Key_H, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    keys.press(Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog), timeout=WAIT_MS)
    readers = QApplication.activeModalWidget()
    assert readers.number == 2 and readers.with_notice.isChecked()
    page = readers.preview.toPlainText()
    assert PUBLIC_NOTE in page and "membership in the European Union" in page and "in eastern Ukraine" in page
    assert not any(furniture in page for furniture in FURNITURE)
    keys.press(Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT_MS)

    # Ctrl+Shift+A saves the audit report; a name ending .pdf makes it a PDF.
    audit = tmp_path / "seed-audit.pdf"
    keys.when_asked(QFileDialog, lambda dialog: type_path(keys, audit))
    keys.press(Key.Key_A, CTRL | SHIFT)
    assert keys.problems == []
    qtbot.waitUntil(lambda: audit.exists() and audit.stat().st_size > 0, timeout=WAIT_MS)
    pages = pdf_pages(audit)
    words = read_as_one(pages)
    assert on_one_line(pages, STANDARDS_EDITOR)
    assert on_one_line(pages, TITLE)
    assert "Eastern" in words and "eastern" in words and STYLE_REASON in words
    assert PUBLIC_NOTE in words
    assert keys.answered == ["QFileDialog", "ImportPreviewDialog", "CorrectionDialog", "CorrectionDialog",
                             "SaveDialog", "QMessageBox", "QFileDialog"]
