"""The newsroom server for both front ends: set it up, clone from it, sync with it, sign off on it.

The store does the work (db.server, db.sync); this layer names the rules a front end needs: where a
clone goes, what state the status bar shows, which articles wait for a standards editor.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from corrections.errors import InputError
from corrections.files.reader import read_text_file
from db.history import History
from db.publishing import baseline
from db.server import admin
from db.server.connection import check_schema, connect, display_url
from db.server.errors import ServerError, Unreachable
from db.server.listen import listen
from db.server.schema import NOTIFY_CHANNEL
from db.sync import settings
from db.sync.engine import MergeNeeded, SyncResult, same_newsroom, server_url, sync as sync_history
from db.sync.local_rows import count_unsynced
from db.sync.rebase import ArticleConflict
from db.sync.signoff import APPROVED, SENT_BACK, Awaiting, Decision, awaiting, decide, latest_decision, refusal
from db.sync.witness import verify_remote

__all__ = ["APPROVED", "SENT_BACK", "ArticleConflict", "Awaiting", "Decision", "MergeNeeded", "SignoffWait",
           "SyncResult", "SyncState", "add_user", "approve", "awaiting_signoff", "clone", "conflicts", "display",
           "init_server", "merge", "published_number", "remote", "send_back", "server_url", "set_remote",
           "signoff_required", "signoff_wait", "state", "sync", "verify_remote", "versions_in_conflict",
           "NOTIFY_CHANNEL", "ServerError", "Unreachable", "listen"]


def init_server(url: str, *, require_signoff: bool = False) -> None:
    admin.init_server(url, require_signoff=require_signoff)


def add_user(url: str, name: str, *, role: str, password_file: str | None = None) -> str:
    """Create (or enrol) a login role; the password, if any, is the first line of `password_file`."""
    password = None
    if password_file is not None:
        lines = read_text_file(Path(password_file), what="the password file").splitlines()
        password = lines[0] if lines else ""
        if not password:
            raise InputError(f"{password_file} holds no password (its first line is empty)")
    return admin.add_user(url, name, role=role, password=password)


def clone(url: str, path: str | os.PathLike) -> tuple[History, SyncResult]:
    """A new local history at `path` holding everything on the server; refuses a path that exists. The server
    is checked before the file is made, and a clone that fails leaves no file behind."""
    target = Path(path).expanduser()
    if target.exists() or target.is_symlink():
        raise InputError(f"{target} already exists; `emend clone` starts a new history (use `emend remote URL` "
                         "and `emend sync` on an existing one)")
    conn = connect(url)
    try:
        check_schema(conn)
    finally:
        conn.close()
    history = History.open(target, create=True)
    try:
        with history.transaction():
            settings.set_remote_url(history.db, url)
        return history, sync_history(history, url)
    except BaseException:
        history.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def display(url: str) -> str:
    """A server URL as it may be shown: any password hidden."""
    return display_url(url)


def remote(history: History) -> str | None:
    """The history's newsroom server as it may be shown (any password hidden), or None."""
    url = settings.remote_url(history.db)
    return display_url(url) if url else None


def set_remote(history: History, url: str) -> str:
    """Point the history at a newsroom server (checked first); what to show."""
    conn = connect(url, autocommit=True)
    try:
        check_schema(conn)
        same_newsroom(history, conn, display_url(url))
    finally:
        conn.close()
    with history.transaction():
        settings.set_remote_url(history.db, url)
    return display_url(url)


def sync(history: History, article_id: int | None = None) -> SyncResult:
    return sync_history(history, article_id=article_id)


def conflicts(history: History) -> dict[str, dict]:
    """The articles the last sync could not merge, by UUID, as recorded then."""
    return settings.conflicts(history.db)


@dataclass(frozen=True)
class SyncState:
    """What the status bar says: local (no server), synced, N to send, offline, needs merge."""

    kind: str
    waiting: int = 0
    detail: str = ""

    @property
    def label(self) -> str:
        return {"local": "Local history", "synced": "Synced", "offline": "Offline",
                "needs merge": "Needs merge"}.get(self.kind, f"{self.waiting} to send")


def state(history: History, *, reachable: bool | None = None) -> SyncState:
    """The sync state from the local history and whether the last attempt reached the server."""
    if not settings.remote_url(history.db):
        return SyncState("local")
    found = settings.conflicts(history.db)
    if found:
        titles = ", ".join(sorted(c["title"] for c in found.values()))
        return SyncState("needs merge", detail=titles)
    waiting = count_unsynced(history.db)
    if reachable is False:
        return SyncState("offline", waiting)
    return SyncState("to send", waiting) if waiting else SyncState("synced")


def approve(history: History, article_id: int, number: int, note: str = "") -> Decision:
    return decide(history, article_id, number, APPROVED, note)


def send_back(history: History, article_id: int, number: int, note: str) -> Decision:
    return decide(history, article_id, number, SENT_BACK, note)


def awaiting_signoff(history: History) -> list[Awaiting]:
    return awaiting(history)


@dataclass(frozen=True)
class SignoffWait:
    """Why publishing a version waits for a standards editor: nobody approved it yet, or it was sent back."""

    sent_back: Decision | None


def signoff_wait(history: History, article_id: int, number: int) -> SignoffWait | None:
    """Why publishing version `number` must wait for a standards editor (None when it need not): the rule
    `publish` enforces, asked first so that a front end can say so in its own words."""
    if refusal(history, article_id, number) is None:
        return None
    last = latest_decision(history.db, history.version(article_id, number).uid)
    return SignoffWait(last if last is not None and last.decision == SENT_BACK else None)


def signoff_required(history: History) -> bool:
    """Whether the newsroom (as of the last sync) publishes only what a standards editor approved."""
    return settings.signoff_required(history.db)


def published_number(history: History, article_id: int) -> int:
    """The version readers last saw (the latest published, else version 1 as imported): what a version
    waiting for sign-off is compared with, and what its draft notice covers changes since."""
    return baseline(history, article_id)


def merge(history: History, article_id: int, text: str, *, author: str, message: str = "") -> int | None:
    """Settle a conflict with the text the editor chose; the number of the merged version (None when the
    server's text was kept as it is)."""
    from db.sync.resolve import resolve

    if not text.strip():
        raise InputError("the merged text is empty; nothing was stored (keep yours, theirs, or give the text)")
    return resolve(history, article_id, text, author=author, message=message)


def merged_text(path: str | os.PathLike) -> str:
    """The merged text in a file, read as `save --text-file` reads one (.txt, .md, .html, .docx; an empty
    file or one of only whitespace is refused)."""
    from corrections.importers import load_article

    return load_article(path).text


def versions_in_conflict(history: History, article_id: int) -> ArticleConflict | None:
    """The two sides of an article's conflict, fetched again from the server, for a side-by-side view."""
    from db.sync.resolve import current_conflict

    return current_conflict(history, article_id)

