"""What every part of the main window starts from: the window it belongs to, its history and session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class WindowPart(QObject):
    """A part of one main window (its file actions, notices, audit panels…), owned by and freed with it."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.history, self.session = window.history, window.session
