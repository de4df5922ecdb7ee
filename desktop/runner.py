"""The one way Emend runs work on a pool thread: a Runner calls a job there and reports back on the GUI thread.

The busy dialog's calls (desktop/background.py), the audit reads (desktop/history_reader.py) and the diff
preview (desktop/workers.py) each start Runners on a QThreadPool and decide what a result or error means.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class RunnerSignals(QObject):
    """Lives on the GUI thread, so a slot connected to `done` runs there."""

    done = Signal(int, object, object)
    """(generation, result, error): the job's result and None, or None and the exception it raised."""


class Runner(QRunnable):
    """`job()` on a pool thread; `signals.done` reports its result or exception with the run's generation.

    Not auto-deleted: whoever starts it keeps it until `done`, so it can also be taken back off the pool's queue.
    """

    def __init__(self, job: Callable[[], Any], generation: int = 0):
        super().__init__()
        self.setAutoDelete(False)
        self.job, self.generation = job, generation
        self.signals = RunnerSignals()

    def run(self) -> None:
        """Run the call on the pool thread and hand its result or error to the GUI thread."""
        try:
            result, error = self.job(), None
        except BaseException as raised:  # handed to the GUI thread, which decides what it means
            result, error = None, raised
        try:
            self.signals.done.emit(self.generation, result, error)
        except RuntimeError:  # the window closed while this ran: nobody is waiting for it
            pass
