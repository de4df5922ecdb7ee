"""Reads of the history on a pool thread, so a long audit (blame, timeline, verify) never freezes the window.

A HistoryReader runs one read at a time on its own QThreadPool with its own SQLite connection,
opened from the history's file on first use, so it never shares the window's connection across
threads. Only the newest read's result is delivered; an older one still running is dropped.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from corrections.errors import EmendError
from db.history import History


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _ReadTask(QRunnable):
    """One read on a pool thread; reports back through a signal object living on the GUI thread."""

    def __init__(self, reader: "HistoryReader", job: Callable[[History], object], generation: int,
                 signals: _Signals):
        super().__init__()
        self.reader, self.job, self.generation, self.signals = reader, job, generation, signals

    def run(self) -> None:
        try:
            result = self.job(self.reader._connection())
        except EmendError as error:
            self._report(self.signals.failed, str(error))
        except Exception as error:  # a bug must not kill the pool thread; report it instead
            self._report(self.signals.failed, f"{type(error).__name__}: {error}")
        else:
            self._report(self.signals.done, result)

    def _report(self, signal, value) -> None:
        try:
            signal.emit(self.generation, value)
        except RuntimeError:  # the window closed while this read ran: nobody is waiting for it
            pass


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
        self._running: dict[int, tuple[_ReadTask, _Signals]] = {}

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
        for generation, (task, _signals) in list(self._running.items()):
            if self._pool.tryTake(task):
                del self._running[generation]
        was_busy = self.busy
        signals = _Signals()
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        task = _ReadTask(self, job, self._generation, signals)
        task.setAutoDelete(False)
        self._running[self._generation] = (task, signals)
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(task)

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
        except EmendError as error:
            self.failed.emit(str(error))
        except Exception as error:  # reported like a pool thread's, never a traceback in the window
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(result)

    def _done(self, generation: int, result: object) -> None:
        self._settle(generation)
        if generation == self._generation:
            self.finished.emit(result)

    def _failed(self, generation: int, message: str) -> None:
        self._settle(generation)
        if generation == self._generation:
            self.failed.emit(message)

    def _settle(self, generation: int) -> None:
        self._running.pop(generation, None)
        if not self._running:
            self.busyChanged.emit(False)
