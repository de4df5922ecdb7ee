"""Unsaved work kept on disk every few seconds, so a crash or a power cut loses at most a moment.

One JSON record per open window, in the user data folder, written atomically, beside a lock file
held while the window lives; a clean exit removes both, so a record whose lock no running Emend
holds means Emend closed without saving.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
import weakref
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable

import platformdirs
import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from corrections.clock import utc_now
from corrections.errors import EmendError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 5000
RECORD_FORMAT = 1


class RecoveryError(EmendError):
    """The recovery record could not be written (a full disk, a read-only folder)."""


@dataclass(frozen=True)
class RecoveryRecord:
    """What the editor had not yet saved: the article, the version it started from, the text typed."""

    db_path: str
    article_id: int
    article_title: str
    base_version: int
    working_text: str
    text_edited: bool = True
    edit_mode: bool = False
    pending_correction_ids: tuple[int, ...] = ()
    saved_at: str = field(default_factory=utc_now)
    token: str = ""
    """Which window wrote the record (several windows may work on one history)."""

    def to_json(self) -> dict:
        """The record as the JSON object stored on disk, tagged with its format."""
        data = asdict(self)
        data["pending_correction_ids"] = list(self.pending_correction_ids)
        return {"format": RECORD_FORMAT, **data}

    @classmethod
    def from_json(cls, data: dict) -> "RecoveryRecord":
        """A record read back; raises ValueError for anything that is not one."""
        if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT:
            raise ValueError("not an Emend recovery record")
        try:
            record = cls(
                db_path=_typed(data["db_path"], str), article_id=_typed(data["article_id"], int),
                article_title=_typed(data["article_title"], str), base_version=_typed(data["base_version"], int),
                working_text=_typed(data["working_text"], str), text_edited=_typed(data["text_edited"], bool),
                edit_mode=_typed(data["edit_mode"], bool),
                pending_correction_ids=tuple(_typed(i, int) for i in _typed(data["pending_correction_ids"], list)),
                saved_at=_typed(data["saved_at"], str), token=_typed(data.get("token", ""), str),
            )
        except KeyError as missing:
            raise ValueError(f"the record has no {missing}") from None
        return record

    def same_work(self, other: "RecoveryRecord | None") -> bool:
        """Whether `other` holds the same unsaved work, whenever it was taken."""
        return other is not None and replace(other, saved_at=self.saved_at) == self


def _typed(value, kind: type):
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def default_folder() -> Path:
    """platformdirs' user data folder for Emend, then recovery/ (e.g. ~/.local/share/Emend/recovery)."""
    return Path(platformdirs.user_data_dir("Emend", appauthor=False)) / "recovery"


def _resolved(db_path: str | os.PathLike) -> str:
    return str(Path(db_path).expanduser().resolve())


_live_timers: "weakref.WeakValueDictionary[str, RecoveryTimer]" = weakref.WeakValueDictionary()
"""The recovery timers of this process by token: their records are work in progress, not left behind."""


class RecoveryStore:
    """The recovery records, one file per window, named by a hash of the history's path and the window's token."""

    def __init__(self, folder: str | os.PathLike | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()

    def _stem(self, db_path: str | os.PathLike) -> str:
        return hashlib.sha256(_resolved(db_path).encode("utf-8")).hexdigest()[:24]

    def path_for(self, db_path: str | os.PathLike, token: str = "") -> Path:
        """The record file for a history (and a window's token), whether or not it exists."""
        return self.folder / (self._stem(db_path) + (f"-{token}" if token else "") + ".json")

    def lock_path(self, db_path: str | os.PathLike, token: str) -> Path:
        """The lock file a window holds while its record is live, so it is not taken as left behind."""
        return self.folder / f"{self._stem(db_path)}-{token}.lock"

    def save(self, record: RecoveryRecord) -> Path:
        """Write the record through the one safe writer: atomically, readable by its owner only."""
        from corrections.files import write_file

        target = self.path_for(record.db_path, record.token)
        data = json.dumps(record.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return write_file(target, data, force=True, private=True)
        except (OSError, EmendError) as error:
            reason = error.strerror if isinstance(error, OSError) else error
            raise RecoveryError(QCoreApplication.translate(
                "RecoveryStore", "cannot keep a recovery copy in {folder}: {reason}").format(
                folder=self.folder, reason=reason or error)) from None

    def load(self, db_path: str | os.PathLike) -> RecoveryRecord | None:
        """The newest record of work on this database left behind by a window no longer running, or None.

        A damaged record is ignored with a warning; a live window's record is never offered.
        """
        found = [record for record in (self._read(path, db_path) for path in self._paths(db_path))
                 if record is not None and self._left_behind(record)]
        return max(found, key=lambda record: record.saved_at, default=None)

    def _paths(self, db_path: str | os.PathLike) -> list[Path]:
        try:
            return sorted(self.folder.glob(f"{self._stem(db_path)}*.json"))
        except OSError:
            return []

    def _read(self, path: Path, db_path: str | os.PathLike) -> RecoveryRecord | None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("cannot read the recovery record %s: %s", path, error.strerror or error)
            return None
        try:
            record = RecoveryRecord.from_json(json.loads(raw.decode("utf-8")))
        except (ValueError, UnicodeDecodeError) as error:
            log.warning("ignoring the damaged recovery record %s: %s", path, error)
            return None
        if _resolved(record.db_path) != _resolved(db_path) or path != self.path_for(db_path, record.token):
            log.warning("ignoring the recovery record %s: it belongs to %s", path, record.db_path)
            return None
        return record

    def _left_behind(self, record: RecoveryRecord) -> bool:
        """Whether no running window holds the record: not one of this process, and its lock is stale."""
        if not record.token:
            return True
        timer = _live_timers.get(record.token)
        if timer is not None and shiboken6.isValid(timer) and timer.active:
            return False
        lock = QLockFile(str(self.lock_path(record.db_path, record.token)))
        lock.setStaleLockTime(0)
        info = lock.getLockInfo()
        if info and info[0] == QCoreApplication.applicationPid():
            return True
        if lock.tryLock(0):
            lock.unlock()
            return True
        return lock.error() != QLockFile.LockError.LockFailedError

    def remove(self, record: RecoveryRecord) -> None:
        """Forget one record (restored into a window, or discarded)."""
        self.clear(record.db_path, record.token)

    def clear(self, db_path: str | os.PathLike, token: str = "") -> None:
        """Forget a window's unsaved work on this database (saved, discarded, or the window closed cleanly)."""
        try:
            self.path_for(db_path, token).unlink(missing_ok=True)
        except OSError as error:
            log.warning("cannot remove the recovery record for %s: %s", db_path, error.strerror or error)


def session_record(session, db_path: str | os.PathLike, *, edit_mode: bool = False) -> RecoveryRecord | None:
    """The unsaved work in an EditorSession, or None when there is none worth keeping.

    Pending corrections are already in the history; only the text edits exist nowhere else, so a
    record is kept when the text was edited or corrections were attached in this session.
    """
    if not session.has_article:
        return None
    pending = tuple(sorted(c.id for c in session.pending if c.id in session.attached_here))
    if not session.edited and not pending:
        return None
    return RecoveryRecord(
        db_path=_resolved(db_path), article_id=session.article.id, article_title=session.article.title,
        base_version=session.base.number, working_text=session.working_text, text_edited=session.edited,
        edit_mode=edit_mode,
        pending_correction_ids=pending,
    )


class RecoveryTimer(QObject):
    """Every few seconds, and whenever Emend loses focus, keeps (or clears) this window's recovery record.

    `snapshot` returns the current unsaved work, or None when everything is saved. While the timer
    is active it holds a lock file, so other windows and later starts know its record is not left behind.
    """

    saved = Signal(object)
    cleared = Signal()
    failed = Signal(str)

    def __init__(self, store: RecoveryStore, db_path: str | os.PathLike,
                 snapshot: Callable[[], RecoveryRecord | None], parent: QObject | None = None,
                 interval_ms: int = DEFAULT_INTERVAL_MS):
        super().__init__(parent)
        self.store, self.db_path, self.snapshot = store, db_path, snapshot
        self.token = uuid.uuid4().hex[:16]
        self.active = False
        self._lock: QLockFile | None = None
        self._last: RecoveryRecord | None = None
        self._reported_failure = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.checkpoint)
        application = QGuiApplication.instance()
        if application is not None:
            application.applicationStateChanged.connect(self._state_changed)

    @property
    def interval_ms(self) -> int:
        """How often unsaved work is kept, in milliseconds."""
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        """Keep unsaved work this often (tests use a short interval)."""
        self._timer.setInterval(interval_ms)

    def start(self) -> None:
        """Claim this window's record (lock file) and start keeping it every few seconds."""
        _live_timers[self.token] = self
        self.active = True
        if self._lock is None:
            try:
                self.store.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                log.warning("cannot create the recovery folder %s: %s", self.store.folder, error.strerror or error)
            lock = QLockFile(str(self.store.lock_path(self.db_path, self.token)))
            lock.setStaleLockTime(0)
            self._lock = lock if lock.tryLock(0) else None
        self._timer.start()

    def stop(self) -> None:
        """Pause the checkpoints; the record and the lock stay (finish() removes them)."""
        self._timer.stop()

    def checkpoint(self) -> RecoveryRecord | None:
        """Keep the current unsaved work now (or clear the record once the work is saved)."""
        if not self.active:
            return None
        record = self.snapshot()
        if record is None:
            if self._last is not None:
                self.store.clear(self.db_path, self.token)
                self._last = None
                self.cleared.emit()
            return None
        record = replace(record, token=self.token)
        if record.same_work(self._last):
            return self._last
        try:
            self.store.save(record)
        except RecoveryError as error:
            if not self._reported_failure:
                self._reported_failure = True
                self.failed.emit(str(error))
            return None
        self._last, self._reported_failure = record, False
        self.saved.emit(record)
        return record

    def finish(self) -> None:
        """A clean exit: stop, remove the record (the work was saved or deliberately discarded), release the lock."""
        self.stop()
        self.active = False
        self.store.clear(self.db_path, self.token)
        self._last = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        _live_timers.pop(self.token, None)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self.active and state != Qt.ApplicationState.ApplicationActive:
            self.checkpoint()


@dataclass(frozen=True)
class RestoreOutcome:
    """Whether the recovered work is back in the session, and what to tell the editor."""

    restored: bool
    message: str



def restore_session(session, record: RecoveryRecord) -> RestoreOutcome:
    """Reopen the record's article and put the unsaved text back, if it still fits the saved history.

    If a newer version was saved since, the recovered text is not laid over it (saving would
    silently undo that version); it goes to the clipboard instead, as after a save conflict.
    """
    from db.errors import NotFound

    title = record.article_title
    try:
        session.open_article(record.article_id)
    except NotFound:
        QGuiApplication.clipboard().setText(record.working_text)
        message = QCoreApplication.translate(
            "Recovery", "“{title}” is no longer in this history; the recovered text is on the clipboard.")
        return RestoreOutcome(False, message.format(title=title))
    if session.base.number != record.base_version:
        QGuiApplication.clipboard().setText(record.working_text)
        message = QCoreApplication.translate(
            "Recovery", "Version {newer} of “{title}” was saved after your unsaved work on version {older}; "
                        "the recovered text is on the clipboard, and the newer version is open.")
        return RestoreOutcome(False, message.format(newer=session.base.number, title=title,
                                                    older=record.base_version))
    session.claim(record.pending_correction_ids)
    session.set_working_text(record.working_text)
    message = QCoreApplication.translate("Recovery", "Restored your unsaved work on “{title}”.")
    return RestoreOutcome(True, message.format(title=title))
