"""Windows that fit the screen they open on: the main window at its own size where that fits with a window
manager's frame, else maximized (on a 1280×800 laptop its status bar began below the screen's edge), and a
large dialog no wider or taller than the screen (on 1024×700 the notice dialog's Close was past the edge)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop import preferences

FRAME_ROOM = QSize(16, 48)
"""What a window manager may add around a window: borders, and a title bar (generous, as it is not known
until the window is shown)."""


def show_fitted(window: QWidget) -> None:
    """Show the window; the first time (no size remembered) maximized if its size and a frame would not fit."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    remembered = preferences.window_state()[0] is not None
    if remembered or room is None or (window.size() + FRAME_ROOM).boundedTo(room) == window.size() + FRAME_ROOM:
        window.show()
    else:
        window.showMaximized()


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give a window the size it is laid out for, or, on a smaller screen (1024×700), the room the screen has
    once a frame is around it, so no button ends up past the screen's edge."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    wanted = QSize(width, height)
    widget.resize(wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size() - FRAME_ROOM))
