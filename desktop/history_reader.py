"""Reads of the history on a pool thread, so a long audit (blame, timeline, verify) never freezes the window.

A HistoryReader runs one read at a time on its own QThreadPool with its own SQLite connection,
opened from the history's file on first use, so it never shares the window's connection across
threads. Only the newest read's result is delivered; an older one still running is dropped.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from corrections.errors import EmendError
from db.history import History
from desktop.runner import Runner


def failure_message(error: BaseException) -> str:
    """What a failed read says: an Emend error's own words; a bug's type too, never a traceback in the window."""
    return str(error) if isinstance(error, EmendError) else f"{type(error).__name__}: {error}"


class HistoryReader(QObject):
    """Runs `job(history)` in the background and reports the newest result (or error message)."""

    finished = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, history: History, parent: QObject | None = None):
        super().__init__(parent)
        self._history = history
        self._own: History | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._running: dict[int, Runner] = {}

    @property
    def busy(self) -> bool:
        """True while a read is under way, so a caller can wait for it rather than start another."""
        return bool(self._running)

    def read(self, job: Callable[[History], object]) -> None:
        """Start `job`; `finished` reports its result unless a newer read was started meanwhile."""
        self._generation += 1
        if self._history.path is None:  # an in-memory history has no file a second connection could open
            self._run_here(job)
            return
        for generation, queued in list(self._running.items()):
            if self._pool.tryTake(queued):
                del self._running[generation]
        was_busy = self.busy
        runner = Runner(lambda: job(self._connection()), self._generation)
        runner.signals.done.connect(self._done)
        self._running[self._generation] = runner
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(runner)

    def shutdown(self) -> None:
        """Wait for the running read and close the reader's connection."""
        self._pool.clear()
        self._pool.waitForDone()
        self._running.clear()
        if self._own is not None:
            self._own.close()
            self._own = None

    def _connection(self) -> History:
        """The reader's own connection; only ever used by its single pool thread, one read at a time."""
        if self._own is None:
            self._own = History.open(self._history.path, create=False)
        return self._own

    def _run_here(self, job: Callable[[History], object]) -> None:
        try:
            result = job(self._history)
        except Exception as error:  # reported like a pool thread's, never a traceback in the window
            self.failed.emit(failure_message(error))
        else:
            self.finished.emit(result)

    def _done(self, generation: int, result: object, error: BaseException | None) -> None:
        self._settle(generation)
        if generation != self._generation:
            return
        if error is not None:
            self.failed.emit(failure_message(error))
        else:
            self.finished.emit(result)

    def _settle(self, generation: int) -> None:
        self._running.pop(generation, None)
        if not self._running:
            self.busyChanged.emit(False)
