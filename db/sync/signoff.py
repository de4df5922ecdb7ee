"""A standards editor's sign-off: approvals and send-backs go to the server (which checks who may), are
pulled like every record, and a newsroom that requires them refuses to publish an unapproved version."""

from __future__ import annotations

from dataclasses import dataclass

from corrections.errors import InputError
from db.server.connection import check_schema, connect
from db.sync import local_rows, server_rows, settings
from db.sync.engine import server_url

APPROVED, SENT_BACK = "approved", "sent_back"


@dataclass(frozen=True)
class Decision:
    decision: str
    note: str
    decided_by: str
    decided_at: str


@dataclass(frozen=True)
class Awaiting:
    """A version waiting for a standards editor: the article's newest, synced, newer than what readers saw."""

    article_id: int
    title: str
    number: int
    author: str
    message: str
    last: Decision | None
    """The latest decision on it (a send-back with its note), or None when nobody has looked yet."""


def latest_decision(db, version_uid: str) -> Decision | None:
    row = db.execute("select decision, note, decided_by, decided_at from approvals where version_uid = ? "
                     "order by decided_at desc, rowid desc limit 1", [version_uid]).fetchone()
    return Decision(*row) if row else None


def _version_uid(history, article_id: int, number: int) -> str:
    if number > history.latest(article_id).number:
        raise InputError(f"article {article_id} has no version {number} in this history; `emend sync` pulls "
                         "colleagues' newest versions")
    version = history.version(article_id, number)
    synced = history.db.execute("select 1 from server_receipts where uid = ?", [version.uid]).fetchone()
    if not synced:
        raise InputError(f"version {number} of article {article_id} is not on the newsroom server yet; "
                         "`emend sync` sends it")
    return version.uid


def decide(history, article_id: int, number: int, decision: str, note: str = "") -> Decision:
    """Record an approval or a send-back on the server (as this login role) and here."""
    if decision == SENT_BACK and not note.strip():
        raise InputError("a send-back needs a note saying what to change (--note TEXT)")
    url = server_url(history)  # no newsroom server: say so first, not that the version is unsynced
    version_uid = _version_uid(history, article_id, number)
    from db.publishing import baseline

    published = baseline(history, article_id)
    if number <= published:
        raise InputError(f"version {number} of article {article_id} is not newer than the version readers saw "
                         f"({published}); only a version waiting to be published is signed off")
    conn = connect(url, autocommit=True)
    try:
        check_schema(conn)
        row = server_rows.decide(conn, local_rows.article_uid(history.db, article_id), version_uid, decision,
                                 note.strip())
    finally:
        conn.close()
    with history.transaction():
        local_rows.store_approvals(history.db, [row])
    return Decision(row["decision"], row["note"], row["decided_by"], row["decided_at"])


def refusal(history, article_id: int, number: int) -> str | None:
    """Why publishing version `number` must wait for sign-off (None when it need not): the newsroom requires
    it and the latest decision on that version is not an approval."""
    if not settings.signoff_required(history.db):
        return None
    version = history.version(article_id, number)
    last = latest_decision(history.db, version.uid)
    if last is not None and last.decision == APPROVED:
        return None
    why = "has not been signed off by a standards editor"
    if last is not None:
        why = f"was sent back by {last.decided_by}: {last.note.rstrip('.')}"
    return (f"version {number} of article {article_id} {why}; it can be published once a standards editor "
            f"approves it (`emend approve {article_id} {number}`, then `emend sync`)")


def awaiting(history) -> list[Awaiting]:
    """Every article whose newest version is synced, newer than the published one and not approved."""
    from db.publishing import baseline

    if not settings.signoff_required(history.db):
        return []  # a newsroom without sign-off: nothing waits for a standards editor
    out = []
    for summary in history.articles():
        latest = history.latest(summary.id)
        if latest.number <= baseline(history, summary.id) or latest.pushed_by is None:
            continue
        last = latest_decision(history.db, latest.uid)
        if last is None or last.decision != APPROVED:
            out.append(Awaiting(summary.id, summary.title, latest.number, latest.author, latest.message, last))
    return out
