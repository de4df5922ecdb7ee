"""File > Export… writes a version as .txt/.md/.html/.docx; File > Back Up History… copies and verifies the history."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from db.history import History
from desktop.dialogs.export_dialog import ExportDialog
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select

TITLE = "Harbour bridge reopens after three-year restoration"


class Picks(list):
    """The (file name, filter) the 'user' picks in the next Save dialogs, and what each dialog suggested."""

    def __init__(self):
        super().__init__()
        self.suggested: list[str] = []


@pytest.fixture
def save_as(monkeypatch) -> Picks:
    picks = Picks()

    def pick(parent, caption, suggested, filters, *args, **kwargs):
        picks.suggested.append(suggested)
        return picks.pop(0) if picks else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    return picks


@pytest.fixture
def saved_twice(sample_window, qtbot, answers):
    """The sample article with a second version correcting the day."""
    window = sample_window
    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, window)
    answers.messages.append("Corrected the day")
    assert window.save_version()
    return window


def test_export_writes_the_version_chosen_in_the_format_of_the_name_chosen(saved_twice, tmp_path, save_as):
    window = saved_twice
    save_as.append((str(tmp_path / "bridge.docx"), "Plain text (*.txt)"))

    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.number == 1  # nothing published since the import: readers see version 1
    dialog.version.setCurrentIndex(dialog.version.findData(2))
    dialog.export_button.click()

    with zipfile.ZipFile(tmp_path / "bridge.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert "reopened to traffic on Tuesday morning" in document
    assert "Exported version 2 to" in window.statusBar().currentMessage()
    assert save_as.suggested[0].endswith("Harbour-bridge-reopens-after-three-year-restoration.txt")


def test_a_name_without_extension_takes_the_chosen_format_and_an_older_version_can_be_exported(
        saved_twice, tmp_path, save_as):
    window = saved_twice
    window.history_panel.pick([1])
    assert window.history_panel.picked() == [1]
    save_as.append((str(tmp_path / "bridge-original"), "Markdown (*.md)"))

    assert window.export_article().export()

    written = (tmp_path / "bridge-original.md").read_text(encoding="utf-8")
    assert written.startswith(f"# {TITLE}")
    assert "reopened to traffic on Monday morning" in written


def test_an_export_to_a_missing_folder_is_refused_with_a_message(saved_twice, tmp_path, save_as, message_boxes):
    save_as.append((str(tmp_path / "no-such-folder" / "bridge.html"), "Web page (*.html)"))

    assert not saved_twice.export_article().export()

    [refusal] = message_boxes.texts("critical")
    assert "does not exist" in refusal
    assert not (tmp_path / "no-such-folder").exists()


def test_export_needs_an_open_article(window):
    assert not window.export_action.isEnabled()


def test_back_up_history_copies_every_version_and_says_the_copy_verifies(
        saved_twice, tmp_path, save_as, message_boxes):
    window = saved_twice
    backup = tmp_path / "backups" / "monday.sqlite"
    backup.parent.mkdir()
    save_as.append((str(backup), ""))

    window.backup_action.trigger()

    [told] = message_boxes.texts("information")
    assert "Backed up 1 article, 2 versions; the copy verifies." in told
    with History.open(backup, create=False) as copy:
        [article] = copy.articles()
        assert "Tuesday morning" in copy.text(article.id)
    assert save_as.suggested[0].endswith(".sqlite")


def test_backing_up_onto_the_history_itself_is_refused(saved_twice, save_as, message_boxes, db_path):
    before = db_path.read_bytes()
    save_as.append((str(db_path), ""))

    assert not saved_twice.back_up_history()

    [refusal] = message_boxes.texts("critical")
    assert "is the history itself" in refusal
    assert db_path.read_bytes() == before
