"""Issue 16's trial: Save Audit Report… opened its file dialog in the folder Emend was started from (there, the
program's own source folder), where Export… opens in Documents. The audit report is offered in Documents the
first time, then wherever the last one went."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def save_dialog(monkeypatch):
    """Each save dialog's suggested file, and the file the 'user' answers with (none left: Cancel)."""
    asked: list[Path] = []
    answers: list[Path] = []

    def get_save_file_name(parent, caption="", directory="", *args, **kwargs):
        asked.append(Path(directory))
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked, answers


def test_the_audit_report_is_offered_in_documents_then_where_the_last_one_went(sample_window, save_dialog,
                                                                                 tmp_path, monkeypatch):
    asked, answers = save_dialog
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda location: str(documents)))
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    reports = tmp_path / "legal"
    reports.mkdir()
    answers.append(reports / "bridge-audit.html")

    sample_window.audit_report_action.trigger()
    sample_window.audit_report_action.trigger()

    first, second = asked
    assert first.parent == documents and first.name.endswith("-audit.html")
    assert second.parent == reports
    assert (reports / "bridge-audit.html").exists()
    assert os.listdir(started_in) == []


def test_the_notice_is_saved_and_exported_in_documents_then_where_the_last_one_went(qtbot, history, sample_text,
                                                                                      save_dialog, tmp_path, monkeypatch):
    from db import publishing
    from desktop.dialogs.notice_dialog import NoticeDialog

    asked, answers = save_dialog
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda location: str(documents)))
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    article = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
    history.add_correction(article.id, kind="correction", quote="48,000 vehicles", replacement="84,000 vehicles",
                           author="Ana", public_note="The bridge carries 84,000 vehicles a day, not 48,000.")
    history.save_version(article.id, message="Correct the traffic figure", author="Ana")
    publishing.publish(history, article.id, author="Desk")
    dialog = NoticeDialog(history, article.id, author="Desk")
    qtbot.addWidget(dialog)
    notices = tmp_path / "notices"
    notices.mkdir()
    answers.append(notices / "bridge-notice.txt")

    dialog.save_output()
    dialog.export_pdf()

    first, second = asked
    assert first.parent == documents and second.parent == notices
    assert (notices / "bridge-notice.txt").exists() and os.listdir(started_in) == []
