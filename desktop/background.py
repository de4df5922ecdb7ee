"""Running one slow call (a big import, a backup, an export) off the GUI thread, behind a busy dialog.

`run_with_progress` starts the call on a QThreadPool and keeps the window painting in a local
event loop until it returns; a busy dialog appears only if the call takes longer than a moment.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.runner import Runner

BUSY_DELAY_MS = 200
"""How long work may run before a busy sign (this dialog, the status bar's) shows; quicker work never flashes one."""


class Cancelled(Exception):
    """The user gave up waiting; the call's result, when it comes, is dropped."""


_running: set[Runner] = set()
"""Calls still on a pool thread, kept alive here even when their caller stopped waiting."""


def run_with_progress(parent: QWidget | None, label: str, function: Callable[..., Any], *args: Any,
                      cancellable: bool = False, delay_ms: int = BUSY_DELAY_MS, **kwargs: Any) -> Any:
    """`function(*args, **kwargs)` run on a pool thread; its result, or its exception re-raised here.

    Raises Cancelled when `cancellable` and the user pressed Cancel before the call returned.
    """
    call = Runner(partial(function, *args, **kwargs))
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(_generation: int, result: Any, error: BaseException | None) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    cancel_text = QCoreApplication.translate("Background", "Cancel") if cancellable else ""
    progress = QProgressDialog(label, cancel_text, 0, 0, parent)
    progress.setObjectName("busyDialog")
    progress.setAccessibleName(label)
    progress.setWindowTitle(QCoreApplication.translate("Background", "Please wait"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(0)
    progress.setMinimumWidth(360)
    if not cancellable:
        progress.setCancelButton(None)
    progress.hide()

    def cancel() -> None:
        """Cancel gives up waiting; without a Cancel button (Escape, closing the dialog) it only hides it."""
        if cancellable:
            outcome.setdefault("cancelled", True)
            loop.quit()

    progress.canceled.connect(cancel)
    show_later = QTimer(singleShot=True, interval=delay_ms)
    show_later.timeout.connect(progress.show)
    call.signals.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    call.signals.done.connect(lambda *_: _running.discard(call), Qt.ConnectionType.QueuedConnection)
    _running.add(call)
    QThreadPool.globalInstance().start(call)
    show_later.start()
    try:
        if not outcome:
            loop.exec()
    finally:
        show_later.stop()
        progress.canceled.disconnect(cancel)
        # reset() also stops the dialog's own timer, which would show it again after four seconds, over
        # (and blocking) whatever message follows, before the deferred delete runs.
        progress.reset()
        progress.hide()
        progress.deleteLater()
    if "result" not in outcome:
        call.signals.done.disconnect(finished)
        raise Cancelled(label)
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]
