"""A colleague's save, heard as it happens: the newsroom's LISTEN loop on a thread of its own, reported on the
GUI thread as Qt signals.

The loop (desktop/application/newsroom.listen) reconnects with a growing pause while the server is away;
`stop` ends it and waits for the thread, so no thread outlives the window.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from desktop.application import newsroom

STOP_WAIT_SECONDS = 10
"""Longest wait for the thread at `stop`: one connection attempt (3 s) and one wait for notifications (0.5 s)."""


class SaveListener(QObject):
    """Listens to one server; `saved(article_uid)` for each save there, `connected` and `lost(message)` as the
    connection comes and goes."""

    saved = Signal(str)
    connected = Signal()
    lost = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.url: str | None = None
        self.listening = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.connected.connect(lambda: setattr(self, "listening", True))
        self.lost.connect(lambda _message: setattr(self, "listening", False))

    def start(self, url: str) -> None:
        """Listen to the server at URL (stopping any earlier listening first)."""
        self.stop()
        self.url, self._stop = url, threading.Event()
        self._thread = threading.Thread(
            target=newsroom.listen, args=(url, self._stop), name="emend-newsroom-listener", daemon=True,
            kwargs={"on_save": self.saved.emit, "on_connected": self.connected.emit,
                    "on_lost": lambda error: self.lost.emit(str(error))})
        self._thread.start()

    def is_alive(self) -> bool:
        """Whether the listening thread is still running."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        """End the listening and wait for its thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_SECONDS)
            self._thread = None
        self.listening = False
