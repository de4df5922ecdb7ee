"""Syncing the window's history with its newsroom server in the background, so no save waits on the network.

A sync runs after each save, every minute while the server answers, when a colleague's save is heard
(desktop/newsroom_listener.py) and on File > Sync Now. One thread does the work, with its own connection to
the history (the window's is never used from another thread); a request made while a sync runs becomes one
more sync after it. Being offline is normal: it shows in the status bar, and only Sync Now says why in a dialog.
Its texts are in the Newsroom translation context.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from corrections.errors import EmendError
from desktop.application import histories, remotes
from desktop.conflict_actions import ConflictActions
from desktop.runner import Runner
from desktop.window_part import WindowPart

if TYPE_CHECKING:  # the newsroom layer loads psycopg: imported only for a history that has a server
    from desktop.application.newsroom import SyncResult
    from desktop.main_window import MainWindow
    from desktop.newsroom_listener import SaveListener

SYNC_EVERY_MS = 60_000
"""How often a window syncs while its server answers, besides after saves and when a colleague saves."""
REFRESH_RETRY_MS = 500
"""How soon to try again to show what a sync brought while a dialog is asking about the article."""

translate = QCoreApplication.translate


class NewsroomSync(WindowPart):
    """The window's syncing: when it runs, what the status bar says of it, and what the window shows after."""

    synced = Signal(object)
    """The SyncResult of each sync that reached the server."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.active = False  # the history has a newsroom server and this window syncs with it
        self.reachable: bool | None = None  # whether the last sync reached the server (None: not known)
        self.problem = ""  # why the last sync failed, if it did
        self.last_synced: datetime | None = None
        self.saves_heard: list[str] = []  # the article uids of the saves the listener heard (this window's too)
        self.listener: SaveListener | None = None
        self.conflicts = ConflictActions(window, self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._own = None  # the sync thread's own History, opened there on first use
        self._jobs: set[Runner] = set()
        self._syncing = self._again = self._manual = self._manual_again = False
        self._timer = QTimer(self, interval=SYNC_EVERY_MS)
        self._timer.timeout.connect(self._tick)
        self._refresh_later = QTimer(self, singleShot=True, interval=REFRESH_RETRY_MS)
        self._refresh_later.timeout.connect(self.show_pulled)

    @property
    def busy(self) -> bool:
        """Whether a sync (or a merge) is under way or waiting for the sync thread."""
        return bool(self._jobs)

    def start(self) -> None:
        """Begin syncing if the history has a newsroom server: now, after saves, every minute, on colleagues' saves.

        A window that remembers nothing (a screenshot's, a benchmark's) never syncs.
        """
        window = self.window
        if self.active or window.closed or not window.remember or self.history.path is None \
                or not remotes.has_server(self.history):
            self.show_state()
            return
        from desktop.application import newsroom
        from desktop.newsroom_listener import SaveListener

        self.active = True
        self.listener = SaveListener(self)
        self.listener.saved.connect(self._heard)
        self.listener.connected.connect(self._listening)
        self.listener.lost.connect(self._lost)
        self.listener.start(newsroom.server_url(self.history))
        self._timer.start()
        self.show_state()
        self.request()

    def saved(self) -> None:
        """The window stored something: show it waiting to be sent, and send it in the background."""
        if not self.active:
            self.start()
            return
        self.show_state()
        self.request()

    def sync_now(self) -> None:
        """File > Sync Now: sync at once and say what happened (why it failed, in a dialog)."""
        self.start()
        if not self.active:
            self.window.statusBar().showMessage(translate(
                "Newsroom", "This history has no newsroom server: `emend remote URL` sets one"), 8000)
            return
        self.window.statusBar().showMessage(translate("Newsroom", "Syncing with the newsroom…"))
        self.request(manual=True)

    def label_clicked(self) -> None:
        """The status bar's sync label was clicked: merge by hand when that is what waits, else sync now."""
        if self.window.status.sync_label.kind == "needs merge":
            self.conflicts.resolve()
        else:
            self.sync_now()

    def request(self, *, manual: bool = False) -> None:
        """Sync in the background; while a sync runs, the requests made meanwhile become one sync after it."""
        if not self.active or self.window.closed:
            return
        if self._syncing:
            self._again = True
            self._manual_again = self._manual_again or manual
            return
        from desktop.application import newsroom

        self._syncing, self._manual = True, manual
        self.run(newsroom.sync, self._synced)

    def run(self, job: Callable[[Any], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        """`job(history)` on the sync thread with its own connection; then `done(result, error)` on this thread.

        Jobs run one at a time in the order given, so a merge never overlaps a sync.
        """
        runner = Runner(lambda: job(self._connection()))
        runner.signals.done.connect(partial(self._finished, runner, done), Qt.ConnectionType.QueuedConnection)
        self._jobs.add(runner)
        self._pool.start(runner)

    def show_state(self) -> None:
        """Say in the status bar whether the history is synced, has work to send, is offline or needs a merge."""
        window = self.window
        if window.closed:
            return
        label = window.status.sync_label
        if not self.active:
            label.hide()
            window.menu.resolve_action.setEnabled(False)
            return
        from desktop.application import newsroom

        state = newsroom.state(self.history, reachable=self.reachable)
        kind = "failed" if self.problem and state.kind in ("synced", "to send") else state.kind
        if kind == "synced" and self.last_synced is None and not self.problem:
            kind = "syncing"  # nothing to send, but the server has not answered yet: it may have news
        label.show_state(kind, state.waiting, server=newsroom.remote(self.history) or "",
                         last_synced=self.last_synced, titles=state.detail, problem=self.problem)
        window.menu.resolve_action.setEnabled(state.kind == "needs merge")

    def show_pulled(self) -> None:
        """Show what a sync or merge brought: the lists and the version label always; the open article's newer
        text only when it replaces no unsaved work (else saving offers to reload it, as after another window's save).
        """
        window, session = self.window, self.session
        if window.closed:
            return
        if QGuiApplication.modalWindow() is not None:  # a dialog is asking about the article as it stands
            self._refresh_later.start()
            return
        window.sync_working_text()
        if not session.has_article:
            window.refresh_library()
            return
        latest, base = self.history.latest(session.article.id), session.base
        if (latest.id, latest.content_sha256) == (base.id, base.content_sha256):
            window.files.refresh_from_history()  # the version shown is still the latest: lists and corrections
        elif not session.dirty:  # a rebase or merge may also have set the version shown aside, number and all
            session.reload()
            window.refresh_library()
            window.statusBar().showMessage(translate(
                "Newsroom", "Showing version {number}, from the newsroom").format(number=latest.number), 8000)
        else:
            window.refresh_library()
            window.versions_changed()
            window.statusBar().showMessage(translate(
                "Newsroom", "Version {number} arrived from the newsroom; saving will offer to reload it").format(
                number=latest.number), 8000)

    def shutdown(self) -> None:
        """Stop syncing before the history closes: the timer, the listener's thread and the sync under way."""
        self.active = False
        self._timer.stop()
        self._refresh_later.stop()
        self.conflicts.shutdown()
        if self.listener is not None:
            self.listener.stop()
        self._pool.clear()
        self._pool.waitForDone()
        self._jobs.clear()
        if self._own is not None:
            self._own.close()
            self._own = None

    # The sync thread

    def _connection(self):
        """The sync thread's own History on the window's file; only ever used there, one job at a time."""
        if self._own is None:
            self._own = histories.open_history(self.history.path)
        return self._own

    def _finished(self, runner: Runner, done: Callable, _generation: int, result: Any,
                  error: BaseException | None) -> None:
        self._jobs.discard(runner)
        if not self.window.closed:
            done(result, error)

    # What a sync says

    def _synced(self, result: SyncResult | None, error: BaseException | None) -> None:
        manual, self._syncing = self._manual, False
        try:
            self._report(result, error, manual)
        finally:
            if self._again and self.active:
                manual_again, self._again, self._manual_again = self._manual_again, False, False
                self.request(manual=manual_again)

    def _report(self, result: SyncResult | None, error: BaseException | None, manual: bool) -> None:
        from desktop.application import newsroom

        if error is None:
            self.reachable, self.problem, self.last_synced = True, "", datetime.now()
        elif isinstance(error, EmendError):
            self.reachable = False if isinstance(error, newsroom.Unreachable) else None
            self.problem = str(error)
        self.show_state()
        if error is not None and not isinstance(error, EmendError):
            raise error  # a bug, not the network: the window's error dialog says so
        if error is not None:
            if manual:
                self.window.statusBar().clearMessage()
                self.window.show_error(translate("Newsroom", "Cannot sync with the newsroom"), str(error))
            return
        self._follow_server()
        if result.pulled or result.pushed:
            self.show_pulled()
        if manual:
            self.window.statusBar().showMessage(self._summary(result), 8000)
        self.synced.emit(result)

    def _summary(self, result: SyncResult) -> str:
        pushed, pulled, clashes = result.pushed, result.pulled, len(result.conflicts)  # lupdate reads plain names
        summary = translate("Newsroom", "Synced with the newsroom: %n sent", "", pushed) + ", " + translate(
            "Newsroom", "%n received", "", pulled)
        if clashes:
            summary += "; " + translate("Newsroom", "%n article(s) need a merge by hand", "", clashes)
        return summary

    def _follow_server(self) -> None:
        """Listen to the server the history names now (`emend remote URL` may have changed it meanwhile)."""
        from desktop.application import newsroom

        if self.listener is not None and remotes.has_server(self.history):
            url = newsroom.server_url(self.history)
            if url != self.listener.url:
                self.listener.start(url)

    # What the listener and the clock ask

    def _heard(self, article_uid: str) -> None:
        self.saves_heard.append(article_uid)
        self.request()

    def _listening(self) -> None:
        """(Re)connected to the server: catch up on saves made while the listener was away."""
        self.request()

    def _lost(self, _message: str) -> None:
        if self.reachable:  # the server went away: the next sync says so in the status bar
            self.request()

    def _tick(self) -> None:
        """Every minute: sync while the server answers (while it is away, the listener's reconnect will)."""
        if self.reachable is not False or (self.listener is not None and self.listener.listening):
            self.request()
