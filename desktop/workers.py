"""The tracked-diff preview, computed off the GUI thread so typing never stalls.

A DiffScheduler debounces requests (a single-shot timer), runs each on its own QThreadPool
and drops results that a newer request has made stale (a generation counter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from corrections.anchor import locate
from corrections.apply import apply_placed, place
from corrections.correction import Correction
from corrections.diff import Change, changes, word_diff
from corrections.diff.moves import Move, find_moves
from corrections.errors import EmendError
from desktop.runner import Runner

DEBOUNCE_MS = 250


@dataclass(frozen=True)
class PreviewRequest:
    """Compare `old` with `new` after the pending corrections are applied to `new`."""

    old: str
    new: str
    pending: tuple[Correction, ...] = ()
    old_label: str = ""
    new_label: str = ""


@dataclass(frozen=True)
class PreviewResult:
    """A finished preview: the word diff, its change hunks, its moved passages and where each correction sits."""

    generation: int
    request: PreviewRequest
    ops: list[tuple[int, str]] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    problems: dict[int, str] = field(default_factory=dict)
    error: str = ""
    moves: list[Move] = field(default_factory=list)


def compute_preview(request: PreviewRequest, generation: int = 0) -> PreviewResult:
    """Place each pending correction in the new text, apply those found, diff against the old text."""
    spans, problems, found = {}, {}, []
    for correction in request.pending:
        try:
            anchor = locate(correction.anchor, request.new)
        except EmendError as error:
            problems[correction.id] = str(error)
            continue
        spans[correction.id] = (anchor.start, anchor.end)
        found.append(correction)
    error = ""
    try:
        corrected = apply_placed(request.new, place(request.new, found))
    except EmendError as problem:
        error, corrected = str(problem), request.new
    if problems and not error:
        error = QCoreApplication.translate("DiffScheduler", "{problem}; edit or withdraw that correction").format(
            problem=next(iter(problems.values())))
    ops = word_diff(request.old, corrected)
    return PreviewResult(generation, request, ops, changes(ops), spans, problems, error, find_moves(ops))


def preview_or_problem(request: PreviewRequest, generation: int) -> PreviewResult:
    """compute_preview's result, or one that says why it failed: a bug must not leave the preview blank."""
    try:
        return compute_preview(request, generation)
    except Exception as error:
        return PreviewResult(generation, request, error=QCoreApplication.translate(
            "DiffScheduler", "the preview could not be computed: {error}").format(
            error=f"{type(error).__name__}: {error}"))


class DiffScheduler(QObject):
    """Debounces preview requests, computes them in the background, delivers only the newest.

    `make_request` is called on the GUI thread when the pause is over, so a burst of keystrokes
    reads the text once.
    """

    ready = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, make_request: Callable[[], PreviewRequest | None], parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS,
                 compute: Callable[[PreviewRequest, int], PreviewResult] = preview_or_problem):
        super().__init__(parent)
        self._make_request, self._compute = make_request, compute
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self._generation = 0
        self._running: dict[int, Runner] = {}
        self.latest: PreviewResult | None = None

    @property
    def busy(self) -> bool:
        """True while a request waits for the pause or a diff is being computed."""
        return self._timer.isActive() or bool(self._running)

    @property
    def generation(self) -> int:
        """The number of the latest request; results of earlier ones are dropped as stale."""
        return self._generation

    def request(self, *, now: bool = False) -> None:
        """Ask for a preview; after a short pause (or at once) it is computed in the background."""
        was_busy = self.busy
        self._generation += 1
        if not was_busy:
            self.busyChanged.emit(True)
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def shutdown(self) -> None:
        """Stop the timer and wait for the running computation, so nothing reports to a closed window."""
        self._timer.stop()
        self._pool.clear()
        self._pool.waitForDone()
        self._running.clear()

    def _start(self) -> None:
        request = self._make_request()
        if request is None:
            if not self.busy:
                self.busyChanged.emit(False)
            return
        for generation, queued in list(self._running.items()):
            if self._pool.tryTake(queued):
                del self._running[generation]
        runner = Runner(partial(self._compute, request, self._generation), self._generation)
        runner.signals.done.connect(self._finished)
        self._running[self._generation] = runner
        self._pool.start(runner)

    def _finished(self, generation: int, result: PreviewResult | None, error: BaseException | None) -> None:
        self._running.pop(generation, None)
        if error is not None:  # not an Exception (those come back as results): the GUI thread's to raise
            raise error
        if result.generation == self._generation:
            self.latest = result
            self.ready.emit(result)
        if not self.busy:
            self.busyChanged.emit(False)
