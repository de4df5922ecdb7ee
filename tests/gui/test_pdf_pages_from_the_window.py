"""An editor saves the audit report and the notice as PDF from the window and hands them to a lawyer:
numbered pages headed by the article, each name and message whole on its line."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.dialogs import audit_report_dialog
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview
from tests.pdf_pages import on_one_line, pdf_pages, read_as_one

DESK_EDITOR = "Maria Delgado-Whitfield"
CORRECTIONS = (
    ("Monday", "Tuesday", "Fix the reopening day", "The bridge reopened on Tuesday, not Monday."),
    ("48,000 vehicles", "84,000 vehicles", "Fix the traffic figure", "It carries 84,000 vehicles a day."),
)


@pytest.fixture
def desk_editor(monkeypatch):
    """The name every version of the story is saved under."""
    monkeypatch.setenv("EMEND_AUTHOR", DESK_EDITOR)
    return DESK_EDITOR


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """What the 'user' answers the next save dialogs: (file name, the filter chosen or '')."""
    chosen: list[tuple[str, str]] = []

    def get_save_file_name(parent, caption="", directory="", filter="", *args, **kwargs):
        if not chosen:
            return "", ""
        name, selected = chosen.pop(0)
        return str(tmp_path / name), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return chosen


@pytest.fixture
def corrected_window(desk_editor, sample_window, answers, qtbot):
    """The sample article corrected twice with public notes, each correction saved as its own version."""
    window = sample_window
    for passage, replacement, message, note in CORRECTIONS:
        select(window.article_view, passage)
        answers.corrections.append(CorrectionAnswer(replacement, public_note=note))
        press_ctrl_enter(qtbot, window)
        answers.messages.append(message)
        window.save_action.trigger()
        wait_for_preview(qtbot, window)
    assert [v.number for v in window.session.versions()] == [1, 2, 3]
    return window


def test_the_audit_pdf_from_the_history_menu_is_paged_headed_and_whole(corrected_window, save_as, tmp_path):
    window = corrected_window
    title = window.session.article.title
    save_as.append(("bridge-audit.pdf", audit_report_dialog.FILTERS["pdf"]))

    window.audit_report_action.trigger()

    pages = pdf_pages(tmp_path / "bridge-audit.pdf")
    assert 1 <= len(pages) <= 4
    for number, page in enumerate(pages, start=1):
        assert page[0] == f"Audit: {title}" and page[-1] == f"Page {number} of {len(pages)}"
    for whole in (DESK_EDITOR, *(message for _, _, message, _ in CORRECTIONS), *(note for *_, note in CORRECTIONS)):
        assert on_one_line(pages, whole), whole
    text = read_as_one(pages)
    assert text.count("Businesses on Quay Street said footfall fell") == 2  # versions 1 and 3 in full, 2 as a change
    assert "on Monday Tuesday morning" in text


def test_the_notice_pdf_is_headed_by_the_article_and_numbered(corrected_window, save_as, qtbot, tmp_path):
    window = corrected_window
    window.notice_action.trigger()
    dialog = window.notice_dialog
    qtbot.waitUntil(dialog.isVisible)
    save_as.append(("notice.pdf", ""))

    dialog.pdf_button.click()

    pages = pdf_pages(tmp_path / "notice.pdf")
    heading = f"Correction notice — {window.session.article.title}"
    assert len(pages) == 1
    assert pages[0][0] == heading and pages[0][-1] == "Page 1 of 1"
    assert on_one_line(pages, heading) and on_one_line(pages, dialog.notice.paragraphs[-1])
    for paragraph in dialog.notice.paragraphs:
        assert " ".join(paragraph.split()) in read_as_one(pages)


def test_printing_the_notice_gives_the_same_headed_numbered_page(corrected_window, qtbot, tmp_path, monkeypatch):
    window = corrected_window
    window.notice_action.trigger()
    dialog = window.notice_dialog
    qtbot.waitUntil(dialog.isVisible)
    printed = tmp_path / "printed.pdf"

    def print_to_file(print_dialog):  # the 'user' picks a printer that writes a PDF file and presses Print
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)

    assert dialog.print_button.isEnabled() and dialog.print_notice()

    [page] = pdf_pages(printed)
    assert page[0] == f"Correction notice — {window.session.article.title}" and page[-1] == "Page 1 of 1"
    assert on_one_line([page], dialog.notice.paragraphs[-1])
