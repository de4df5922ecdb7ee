"""The 'Please wait' box of work done in the background goes for good once the work is done."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.background import run_with_progress


def test_the_busy_box_never_comes_back_over_the_message_that_follows(qtbot):
    """Qt's progress dialog shows itself after four seconds on a timer of its own; were that timer left
    running, the box would return over the next message box and block the window."""
    parent = QWidget()
    qtbot.addWidget(parent)

    assert run_with_progress(parent, "Backing up the history…", sum, [1, 2, 3]) == 6

    for box in parent.findChildren(QProgressDialog):
        assert not box.isVisible()
        assert [timer for timer in box.findChildren(QTimer) if timer.isActive()] == []
