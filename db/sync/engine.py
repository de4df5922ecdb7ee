"""`sync`: push what the newsroom server lacks, then pull what this history lacks, one line of result.

Each push is one server transaction and each pulled article one local transaction, so a sync cut off
anywhere (the client killed, the server restarted, the network gone) leaves both sides consistent,
and the next sync finds what was already done (the receipts of a push whose answer was lost are
fetched again) and completes.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

import psycopg

from corrections.errors import EmendError, InputError
from db.server.connection import check_schema, connect, require_signoff, where
from db.server.errors import ChainRefused, SignoffRequired
from db.sync import local_rows, server_rows, settings
from db.sync.rebase import ArticleConflict, apply_rebase, plan, records_conflict

ATTEMPTS = 8
"""Pushes tried when colleagues' versions keep arriving between reading the server and pushing."""
RETRY_PAUSE = 0.02
"""Seconds: the longest pause before the second try, doubled for each further one."""


class MergeNeeded(EmendError):
    """Offline versions clash with colleagues' on the server: nothing was stored for those articles."""

    exit_code = 4


class OtherNewsroom(EmendError):
    """The history's server was changed to another newsroom's record, which it must not be merged into."""


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[ArticleConflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What else a user should know: publications waiting for sign-off, rows a restored server had lost."""

    def line(self) -> str:
        return f"pushed {self.pushed}, pulled {self.pulled}, conflicts {len(self.conflicts)}"


def same_newsroom(history, conn, place: str) -> str:
    """The server's identity, after checking it is the newsroom record this history synced with (if any): a
    history is never poured into another newsroom's record, as it would be by syncing everything again."""
    identity = server_rows.server_id(conn)
    known = settings.server_id(history.db)
    if known is not None and known != identity:
        raise OtherNewsroom(f"this history was synced with another newsroom's record (server {known[:8]}…), not the "
                            f"one at {place} (server {identity[:8]}…); nothing was sent — `emend clone URL` starts "
                            "a history from that one")
    return identity


def server_url(history, url: str | None = None) -> str:
    """The server to use: `url`, else the history's remote; InputError when there is none."""
    found = url or settings.remote_url(history.db)
    if not found:
        raise InputError("this history has no newsroom server; `emend remote URL` sets one "
                         "(or `emend clone URL` starts a history from one)")
    return found


def sync(history, url: str | None = None, *, article_id: int | None = None) -> SyncResult:
    """Push, then pull, for every article (or one); conflicts are reported in the result, not raised."""
    url = server_url(history, url)
    conn = connect(url, autocommit=True)  # reads stand alone; each push is its own transaction
    try:
        check_schema(conn)
        signoff = require_signoff(conn)
        identity = same_newsroom(history, conn, where(url))
        with history.transaction():
            settings.remember_signoff(history.db, signoff)
            settings.remember_server_id(history.db, identity)
        for attempt in range(ATTEMPTS):
            try:
                return _sync_once(history, conn, article_id)
            except _Raced as raced:
                if attempt == ATTEMPTS - 1:
                    raise raced.refusal from None
                # A colleague's push got in first: start again from the server's new head, after a pause
                # that grows and is jittered, so that editors pushing at once do not keep colliding.
                time.sleep(random.uniform(0, RETRY_PAUSE * 2 ** attempt))
    finally:
        conn.close()
    raise AssertionError("unreachable")


class _Raced(Exception):
    """The server refused a push because another one extended the same chain since it was read."""

    def __init__(self, refusal: ChainRefused):
        super().__init__(str(refusal))
        self.refusal = refusal


def _sync_once(history, conn: psycopg.Connection, article_id: int | None) -> SyncResult:
    db = history.db
    result = SyncResult()
    uid = local_rows.article_uid(db, article_id) if article_id is not None else None
    server = server_rows.overview(conn, uid)
    _acknowledge(history, conn)
    _witness(history, conn, article_id, result)
    batches = []
    for local_id in local_rows.unsynced_article_ids(db):
        if article_id is not None and local_id != article_id:
            continue
        article_uid = local_rows.article_uid(db, local_id)
        outcome = _prepare(history, conn, local_id, server.get(article_uid))
        if isinstance(outcome, ArticleConflict):
            result.conflicts.append(outcome)
            continue
        result.pulled += outcome
        batch = local_rows.outgoing(db, local_id)
        if batch:
            batches.append(batch)
    if batches:
        result.pushed = _push(history, conn, batches, result)
        server = server_rows.overview(conn, uid)
    in_conflict = {c.article_uid for c in result.conflicts}
    here = _local_summary(db)
    for article_uid, theirs in server.items():
        if article_uid not in in_conflict and here.get(article_uid) != _held(theirs):  # behind the server
            result.pulled += _pull(history, conn, theirs)
    with history.transaction():
        found = {} if article_id is None else {k: v for k, v in settings.conflicts(db).items() if k != uid}
        found.update({c.article_uid: c.to_json() for c in result.conflicts})
        settings.remember_conflicts(db, found)
    return result


def _push(history, conn, batches: list[local_rows.ArticleRows], result: SyncResult) -> int:
    """Send the versions (with their articles and corrections) of every batch in one server transaction, then each
    article's publish points and notices in one of its own: a publication waiting for a standards editor's
    sign-off stays here without holding back anything else. How many versions, publish points and notices went."""
    texts = [batch.texts() for batch in batches]
    records = [batch.records() for batch in batches]
    pushed = 0
    for group in ([t for t in texts if t],) + tuple([r] for r in records if r):
        try:
            receipts = server_rows.push(conn, group)
        except ChainRefused as refusal:
            raise _Raced(refusal) from None
        except SignoffRequired:
            result.notes.append(_awaiting_note(history, group[0]))
            continue
        with history.transaction():
            local_rows.record_receipts(history.db, receipts)
        pushed += sum(batch.count() for batch in group)
    return pushed


def _awaiting_note(history, records: local_rows.ArticleRows) -> str:
    """What to tell an editor whose publication the server holds back until a standards editor signs it off."""
    version_uid = records.publications[0]["version_uid"] if records.publications else None
    found = history.db.execute("select article_id, number from versions where uid = ?", [version_uid]).fetchone()
    if found is None:
        return "a publication waits for a standards editor's sign-off before the newsroom server takes it"
    article_id, number = found
    return (f"article {article_id} ({history.article(article_id).title!r}): the publication of version {number} "
            "stays here until a standards editor approves that version "
            f"(`emend approve {article_id} {number}`); the next sync sends it")


def _acknowledge(history, conn) -> None:
    """Receipts for rows the server took in a push whose answer never arrived; a version the server holds
    under the same identity with another chain hash was rewritten here after the push."""
    db = history.db
    pending = {table: [r[0] for r in db.execute(f"select uid from {table} where {local_rows.UNSYNCED}").fetchall()]
               for table in ("articles", "versions", "corrections", "publications", "notices")}
    if not any(pending.values()):
        return
    chains = server_rows.chains(conn, pending["versions"])
    for uid, theirs in chains.items():
        mine = db.execute("select article_id, number, chain_sha256 from versions where uid = ?", [uid]).fetchone()
        if mine[2] != theirs["chain_sha256"]:
            raise _rewritten(history, mine[0], mine[1])
    receipts = server_rows.received(conn, pending)
    if receipts:
        with history.transaction():
            local_rows.record_receipts(db, receipts)


def _witness(history, conn, article_id: int | None, result: "SyncResult") -> None:
    """The server as witness: each article's newest synced version must still carry the chain hash the server
    holds for it (a history rewritten after syncing, every hash recomputed, differs there). Where the server no
    longer holds it at all (restored from an older backup), what it lost is sent again."""
    db = history.db
    sql = """with synced as (select v.article_id, max(v.number) as number from versions v
                             join server_receipts r on r.uid = v.uid group by v.article_id)
             select v.article_id, v.number, v.uid, v.chain_sha256 from versions v
             join synced s on s.article_id = v.article_id and s.number = v.number"""
    heads = db.execute(sql + (" where v.article_id = ?" if article_id is not None else ""),
                       [article_id] if article_id is not None else []).fetchall()
    theirs = server_rows.chains(conn, [uid for _, _, uid, _ in heads])
    for local_id, number, uid, chain in heads:
        held = theirs.get(uid)
        if held is None:  # synced here, gone there: the server went back in time
            lost = _forget_lost(history, conn, local_id)
            result.notes.append(f"article {local_id} ({history.article(local_id).title!r}): the newsroom server no "
                                f"longer held {lost} of its synced versions and records (restored from an older "
                                "backup?); this history sends them again")
        elif held["chain_sha256"] != chain or held["number"] != number:
            raise _rewritten(history, local_id, number)


def _forget_lost(history, conn, article_id: int) -> int:
    """Take back the receipts of an article's rows the server no longer holds, after checking that every version
    it still holds matches this history's; how many rows will be sent again."""
    db = history.db
    tables = {"articles": "id = ?", "versions": "article_id = ?", "corrections": "article_id = ?",
              "publications": "article_id = ?", "notices": "article_id = ?"}
    synced = {table: [r[0] for r in db.execute(f"select uid from {table} where {where} and not {local_rows.UNSYNCED}",
                                               [article_id]).fetchall()] for table, where in tables.items()}
    for uid, held in server_rows.chains(conn, synced["versions"]).items():
        number, chain = db.execute("select number, chain_sha256 from versions where uid = ?", [uid]).fetchone()
        if held["chain_sha256"] != chain:
            raise _rewritten(history, article_id, number)
    still = {receipt[0] for receipt in server_rows.received(conn, synced)}
    gone = [uid for uids in synced.values() for uid in uids if uid not in still]
    with history.transaction():
        db.conn.executemany("delete from server_receipts where uid = ?", [(uid,) for uid in gone])
    return len(gone)


def _rewritten(history, article_id: int, number: int) -> ChainRefused:
    title = history.article(article_id).title
    return ChainRefused(f"article {article_id} ({title!r}), version {number}: this history no longer matches the "
                        "newsroom record it was synced with (rewritten or rolled back after the sync); nothing was "
                        "pushed — `emend verify --remote` compares the two")


def _prepare(history, conn, article_id: int, theirs: server_rows.ServerArticle | None) -> int | ArticleConflict:
    """Make an article's unsynced versions extend the server's chain: nothing to do when the server has no
    newer version, else pull and rebase onto it (one local transaction). The versions pulled, or the conflict."""
    db = history.db
    synced, _, _ = local_rows.receipted_head(db, article_id)
    if theirs is None:
        return 0
    if _records_diverged(db, article_id, theirs):
        rows = server_rows.fetch(conn, theirs.uid, with_article=False, after_number=synced,
                                 known_records=_known_records(db, article_id), known_approvals=_known_approvals(db))
        return records_conflict(history, article_id, rows)
    if theirs.head_number == synced or not local_rows.has_unsynced_versions(db, article_id):
        return 0  # nothing to rebase: what is unsynced is pushed, what is new on the server pulled after
    rows = server_rows.fetch(conn, theirs.uid, with_article=False, after_number=synced,
                             known_records=_known_records(db, article_id), known_approvals=_known_approvals(db))
    replays = plan(history, article_id, rows)
    if isinstance(replays, ArticleConflict):
        return replays
    with history.transaction():
        apply_rebase(history, article_id, rows, replays)
    return rows.count()


def _records_diverged(db, article_id: int, theirs: server_rows.ServerArticle) -> bool:
    """Publish points or notices made here and on the server since the last sync: each would name the same
    record before it, and a record chain cannot fork."""
    if not local_rows.count_records(db, article_id, synced=False):
        return False
    return theirs.publications + theirs.notices > local_rows.count_records(db, article_id, synced=True)


def _held(theirs: server_rows.ServerArticle) -> tuple[int, int, int]:
    return theirs.head_number, theirs.publications + theirs.notices, theirs.approvals


def _local_summary(db) -> dict[str, tuple[int, int, int]]:
    """Per article UUID, as the server's overview counts: the newest version, publish points and notices, sign-offs."""
    rows = db.execute("""select a.uid,
                                (select coalesce(max(number), 0) from versions v where v.article_id = a.id),
                                (select count(*) from publications p where p.article_id = a.id)
                                + (select count(*) from notices n where n.article_id = a.id),
                                (select count(*) from approvals x where x.article_uid = a.uid)
                         from articles a""").fetchall()
    return {uid: (number, records, approvals) for uid, number, records, approvals in rows}


def _pull(history, conn, theirs: server_rows.ServerArticle) -> int:
    """Store what the server has of one article and this history lacks, in one local transaction."""
    db = history.db
    found = db.execute("select id from articles where uid = ?", [theirs.uid]).fetchone()
    local_max = db.execute("select coalesce(max(number), 0) from versions where article_id = ?",
                           [found[0]]).fetchone()[0] if found else 0
    rows = server_rows.fetch(conn, theirs.uid, with_article=found is None, after_number=local_max,
                             known_records=_known_records(db, found[0]) if found else set(),
                             known_approvals=_known_approvals(db))
    if not rows and not rows.approvals:
        return 0
    with history.transaction():
        if rows:
            article_id = local_rows.store_pulled(history, rows)
            report = history.verify(article_id)
            if not report.ok:
                raise ChainRefused(f"the newsroom record's copy of {theirs.uid} does not verify here: "
                                   f"{report.problems[0]}; nothing of it was stored")
        else:
            local_rows.store_approvals(db, rows.approvals)
    return rows.count()


def _known_records(db, article_id: int) -> set[str]:
    return {r[0] for r in db.execute("select uid from publications where article_id = ? union "
                                     "select uid from notices where article_id = ?", [article_id, article_id])}


def _known_approvals(db) -> set[str]:
    return {r[0] for r in db.execute("select uid from approvals")}


__all__ = ["MergeNeeded", "SyncResult", "server_url", "sync", "where"]
