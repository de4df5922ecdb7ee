"""An editor saves the audit report of a corrected article from the History menu, as HTML or PDF."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.dialogs import audit_report_dialog
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select, wait_for_preview
from tests.gui.pdf_text import pdf_text, squeezed


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """What the 'user' answers the next save dialogs: (file name, chosen filter kind 'html' or 'pdf')."""
    chosen: list[tuple[str, str]] = []

    def get_save_file_name(parent, caption="", directory="", filter="", *args, **kwargs):
        if not chosen:
            return "", ""
        name, kind = chosen.pop(0)
        return str(tmp_path / name), audit_report_dialog.FILTERS[kind]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return chosen


@pytest.fixture
def corrected_window(sample_window, answers, qtbot):
    """The sample article corrected twice, each correction saved as its own version (three in all)."""
    window = sample_window
    for passage, replacement, message in (("Monday", "Tuesday", "Fix the reopening day"),
                                          ("48,000 vehicles", "84,000 vehicles", "Fix the traffic figure")):
        select(window.article_view, passage)
        answers.corrections.append(CorrectionAnswer(replacement))
        press_ctrl_enter(qtbot, window)
        answers.messages.append(message)
        window.save_action.trigger()
        wait_for_preview(qtbot, window)
    assert [v.number for v in window.session.versions()] == [1, 2, 3]
    return window


def test_the_html_audit_report_from_the_history_menu_lists_every_version(corrected_window, save_as, tmp_path):
    window = corrected_window
    assert window.audit_report_action in window.history_menu.actions()
    save_as.append(("bridge-audit.html", "html"))

    window.audit_report_action.trigger()

    html = (tmp_path / "bridge-audit.html").read_text(encoding="utf-8")
    for version in window.session.versions():
        assert f"<h2>Version {version.number}:" in html
    assert "Fix the reopening day" in html and "Fix the traffic figure" in html
    assert "bridge-audit.html" in window.statusBar().currentMessage()
    assert window.audit_report_action.isEnabled()


def test_choosing_the_pdf_filter_saves_a_readable_pdf(corrected_window, save_as, tmp_path):
    window = corrected_window
    save_as.append(("bridge-audit", "pdf"))

    window.audit_report_action.trigger()

    pdf = tmp_path / "bridge-audit.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    assert squeezed(f"Audit: {window.session.article.title}") in text
    for version in window.session.versions():
        assert squeezed(f"Version {version.number}: {version.message}") in text


def test_a_report_that_cannot_be_written_is_explained_and_cancel_writes_nothing(corrected_window, save_as, tmp_path,
                                                                               message_boxes):
    window = corrected_window
    window.audit_report_action.trigger()
    assert message_boxes.shown == [] and list(tmp_path.glob("*.html")) == []

    save_as.append(("missing folder/audit.pdf", "pdf"))
    window.audit_report_action.trigger()

    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("critical", "Cannot save the audit report")
    assert "does not exist" in text


def test_the_audit_report_needs_an_open_article(window):
    assert not window.audit_report_action.isEnabled()
    assert not window.notice_action.isEnabled()
    assert window.save_audit_report() is None
