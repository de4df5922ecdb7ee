"""Issue 16's trial: on a 1280×800 screen `emend open` showed a 1280×800 window under a title bar, so its status
bar ("All changes saved", "Version 2 of 2", the sync state) began below the screen's edge. The first window
fits the screen; a size the editor chose is kept."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop import app, preferences
from desktop.main_window import MainWindow


@pytest.fixture
def emend_open(monkeypatch, qtbot, db_path):
    """`emend open` as far as the event loop: the windows it showed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window installs its error dialog
    monkeypatch.setattr(app, "started", lambda: None)  # no freezing of the test process's objects
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))

    def run() -> MainWindow:
        assert app.run_window(db_path) == 0
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        return window

    return run


def test_the_first_window_on_a_screen_smaller_than_it_is_maximized_to_fit(emend_open, qtbot):
    window = emend_open()
    room = window.screen().availableGeometry()
    assert room.height() < 800 + 48  # the offscreen screen is 800×800: a 1280×800 window and frame do not fit

    qtbot.waitUntil(lambda: room.contains(window.frameGeometry()), timeout=10000)
    assert window.isMaximized()
    assert room.contains(QRect(window.statusBar().mapToGlobal(window.statusBar().rect().topLeft()),
                               window.statusBar().size()))


def test_a_size_the_editor_left_the_window_at_is_kept(emend_open, qtbot):
    resized = QWidget()
    resized.resize(700, 500)
    preferences.save_window_state(resized.saveGeometry(), QByteArray())

    window = emend_open()

    assert not window.isMaximized()
    assert (window.width(), window.height()) == (700, 500)
