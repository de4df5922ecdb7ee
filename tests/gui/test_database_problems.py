"""A history that cannot be used is explained at start-up and never written over; a failed save loses nothing."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog

from db.history import History
from db.schema import SCHEMA_VERSION
from desktop.app import create_main_window
from desktop.dialogs.database_problem_dialog import DatabaseProblemDialog
from tests.gui.helpers import CorrectionAnswer, press_ctrl_enter, select


LONG_TRANSCRIPT = " ".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(3000)) + "\n\n"
"""An interview transcript pasted in, too big for the space left on the disk."""


class ProblemDialogs:
    """The problem dialogs shown (headline, message) and the buttons the 'user' presses in turn."""

    def __init__(self):
        self.shown: list[tuple[str, str]] = []
        self.presses: list[str] = []


@pytest.fixture
def problems(monkeypatch) -> ProblemDialogs:
    given = ProblemDialogs()

    def problem_exec(dialog: DatabaseProblemDialog):
        given.shown.append((dialog.headline.text(), dialog.message.text()))
        button = {"open": dialog.open_button, "create": dialog.create_button}.get(
            given.presses.pop(0) if given.presses else "quit", dialog.quit_button)
        button.click()
        return dialog.result()

    monkeypatch.setattr(DatabaseProblemDialog, "exec", problem_exec)
    return given


@pytest.fixture
def chosen_files(monkeypatch) -> dict:
    """The files the 'user' picks in the Open and Save dialogs."""
    picks = {"open": [], "save": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(picks["open"].pop(0)), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(picks["save"].pop(0)), "")))
    return picks


def another_programs_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Sam Ortiz', '555 0100')")
    conn.close()
    return path


def newer_emend_history(path):
    with History.open(path) as history:
        history.import_article("Budget passes\n\nThe council passed the budget.\n", title="Budget passes",
                               author="Desk")
        history.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    return path


def damaged_history(path):
    with History.open(path) as history:
        for number in range(30):
            history.import_article(f"Paragraph {number}. " * 200 + "\n", title=f"Story {number}", author="Desk")
    data = bytearray(path.read_bytes())
    data[3 * 4096:4 * 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return path


def test_a_database_of_another_program_is_explained_and_quit_leaves_it_untouched(tmp_path, problems):
    path = another_programs_database(tmp_path / "contacts.sqlite")
    before = path.read_bytes()

    assert create_main_window(path) is None

    [(headline, message)] = problems.shown
    assert headline == "This file is not an Emend history."
    assert "SQLite database of another program" in message
    assert sqlite3.connect(path).execute("SELECT name FROM contacts").fetchall() == [("Sam Ortiz",)]
    assert path.read_bytes()[:18] == before[:18]


def test_not_a_byte_of_another_programs_database_changes(tmp_path, problems):
    path = another_programs_database(tmp_path / "contacts.sqlite")
    before = path.read_bytes()

    assert create_main_window(path) is None

    assert path.read_bytes() == before


def test_a_history_from_a_newer_emend_offers_to_open_another(tmp_path, qtbot, problems, chosen_files, history):
    newer = newer_emend_history(tmp_path / "newer.sqlite")
    before = newer.read_bytes()
    history.import_article("Ferry returns\n\nThe ferry returns in May.\n", title="Ferry returns", author="Desk")
    problems.presses.append("open")
    chosen_files["open"].append(history.path)

    window = create_main_window(newer)
    qtbot.addWidget(window)

    [(headline, message)] = problems.shown
    assert headline == "This history was written by a newer version of Emend."
    assert "update Emend to open it" in message
    assert window.history.path == history.path
    assert [window.library_model.index(0, 0).data()] == ["Ferry returns"]
    assert newer.read_bytes() == before


def test_a_damaged_history_offers_a_new_one_and_never_writes_over_a_file(
        tmp_path, qtbot, problems, chosen_files, message_boxes):
    damaged = damaged_history(tmp_path / "damaged.sqlite")
    before = damaged.read_bytes()
    fresh = tmp_path / "fresh.sqlite"
    problems.presses.extend(["create", "create"])
    chosen_files["save"].extend([damaged, fresh])

    window = create_main_window(damaged)
    qtbot.addWidget(window)

    assert [headline for headline, _message in problems.shown] == ["This history is damaged."] * 2
    assert "quick_check" in problems.shown[0][1]
    [refusal] = message_boxes.texts("warning")
    assert "already exists, and Emend never writes over a file" in refusal
    assert window.history.path == fresh and window.history.articles() == []
    assert damaged.read_bytes() == before


def test_a_save_refused_by_a_full_disk_keeps_the_unsaved_work(sample_window, qtbot, answers, message_boxes, history):
    window = sample_window
    article_id = window.session.article.id
    select(window.article_view, "Monday morning")
    answers.corrections.append(CorrectionAnswer("Tuesday morning"))
    press_ctrl_enter(qtbot, window)
    window.edit_text_action.trigger()
    cursor = window.article_view.textCursor()
    cursor.setPosition(0)
    window.article_view.setTextCursor(cursor)
    qtbot.keyClicks(window.article_view, "UPDATED: ")
    window.article_view.textCursor().insertText(LONG_TRANSCRIPT)
    pages = window.history.db.execute("PRAGMA page_count").fetchone()[0]
    window.history.db.execute(f"PRAGMA max_page_count = {pages}")
    answers.messages.append("Corrected the day")

    assert not window.save_version()

    [reported] = message_boxes.texts("critical")
    assert "nothing was saved" in reported and "free some space" in reported
    assert "Nothing was lost" in reported
    assert window.isWindowModified()
    assert window.article_view.toPlainText().startswith("UPDATED: ")
    assert [c.replacement for c in window.session.pending] == ["Tuesday morning"]
    assert history.latest(article_id).number == 1
    assert window.recovery.checkpoint() is not None
