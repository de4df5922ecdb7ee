"""A history file truncated to nothing is explained at start-up, not silently taken as a new, empty record."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.app import create_main_window
from desktop.dialogs.database_problem_dialog import DatabaseProblemDialog


@pytest.fixture
def problem_dialogs(monkeypatch) -> list[tuple[str, str]]:
    """The problem dialogs shown (headline, message); the 'user' presses Create New once, then Quit."""
    shown: list[tuple[str, str]] = []

    def problem_exec(dialog: DatabaseProblemDialog):
        shown.append((dialog.headline.text(), dialog.message.text()))
        (dialog.create_button if len(shown) == 1 else dialog.quit_button).click()
        return dialog.result()

    monkeypatch.setattr(DatabaseProblemDialog, "exec", problem_exec)
    return shown


def test_an_empty_history_file_is_explained_and_a_new_history_goes_elsewhere(tmp_path, qtbot, monkeypatch,
                                                                             problem_dialogs):
    emptied = tmp_path / "history.sqlite"
    emptied.touch()
    fresh = tmp_path / "new-history.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(fresh), "")))

    window = create_main_window(emptied)
    qtbot.addWidget(window)

    [(headline, message)] = problem_dialogs
    assert headline == "This history is damaged."
    assert "empty (0 bytes)" in message and "restore it from a backup" in message
    assert window.history.path == fresh and window.history.articles() == []
    assert emptied.read_bytes() == b""


def test_the_first_start_still_makes_the_history_where_none_is(tmp_path, qtbot, problem_dialogs):
    first = tmp_path / "Emend" / "history.sqlite"

    window = create_main_window(first)
    qtbot.addWidget(window)

    assert problem_dialogs == []
    assert window.history.path == first and first.stat().st_size > 0
