"""The server side of sync: what the newsroom record holds, fetched and pushed with psycopg.

Every push is one server transaction; the server sets `pushed_by` and `received_at` and refuses a
version that does not extend its chain (db/server/schema.py), and what it returns is recorded locally.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from db.server.connection import connection_where
from db.server.errors import NotStandards, explain
from db.server.schema import STANDARDS_ROLE
from db.sync.local_rows import (
    ARTICLE_FIELDS, CORRECTION_FIELDS, NOTICE_FIELDS, PUBLICATION_FIELDS, VERSION_FIELDS, ArticleRows,
)

_TIME = """to_char({column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""
RECEIVED = f"pushed_by, {_TIME.format(column='received_at')} as received_at"
UUIDS = {"uid", "article_uid", "parent_uid", "applied_version_uid", "version_uid", "publication_uid", "supersedes_uid",
         "rebased_from"}


@dataclass(frozen=True)
class ServerArticle:
    """One article as the server has it: its newest version and how many records it holds."""

    uid: str
    head_number: int
    head_uid: str | None
    head_chain: str | None
    publications: int
    notices: int
    approvals: int


_OVERVIEW = """
    select a.uid::text, coalesce(v.number, 0), v.uid::text, v.chain_sha256,
           (select count(*) from emend.publications p where p.article_uid = a.uid),
           (select count(*) from emend.notices n where n.article_uid = a.uid),
           (select count(*) from emend.approvals x where x.article_uid = a.uid)
    from emend.articles a
    left join lateral (select number, uid, chain_sha256 from emend.versions
                       where article_uid = a.uid order by number desc limit 1) v on true
"""


def _select(fields) -> str:
    return ", ".join(f"{name}::text as {name}" if name in UUIDS else name for name in fields)


def _run(conn: psycopg.Connection, sql: str, params=()) -> list[dict]:
    try:
        with conn.cursor(row_factory=psycopg.rows.dict_row) as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error


def overview(conn: psycopg.Connection, article_uid: str | None = None) -> dict[str, ServerArticle]:
    """Every article on the server (or one), by UUID."""
    sql, params = _OVERVIEW, ()
    if article_uid is not None:
        sql, params = sql + " where a.uid = %s", (article_uid,)
    try:
        rows = conn.execute(sql, params).fetchall()
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error
    return {row[0]: ServerArticle(*row) for row in rows}


def server_id(conn: psycopg.Connection) -> str:
    """The newsroom record's own identity, made by `server init` and kept by pg_dump and pg_restore."""
    rows = _run(conn, "select value from emend.meta where key = 'server_id'")
    return rows[0]["value"] if rows else ""


def chains(conn: psycopg.Connection, version_uids: list[str]) -> dict[str, dict]:
    """The server's chain hash, number, pushed_by and received_at of these versions (those it has)."""
    if not version_uids:
        return {}
    rows = _run(conn, f"select uid::text as uid, number, chain_sha256, {RECEIVED} from emend.versions "
                      "where uid = any(%s::uuid[])", (version_uids,))
    return {row["uid"]: row for row in rows}


def received(conn: psycopg.Connection, uids_by_table: dict[str, list[str]]) -> list[tuple[str, str, str, str]]:
    """Receipts (uid, kind, pushed_by, received_at) for rows the server already holds (a push whose
    acknowledgement never reached this history: the client was killed after the server committed)."""
    out = []
    for table, uids in uids_by_table.items():
        if uids:
            kind = table.rstrip("s")
            out += [(r["uid"], kind, r["pushed_by"], r["received_at"])
                    for r in _run(conn, f"select uid::text as uid, {RECEIVED} from emend.{table} "
                                        "where uid = any(%s::uuid[])", (uids,))]
    return out


def fetch(conn: psycopg.Connection, article_uid: str, *, with_article: bool, after_number: int,
          known_records: set[str], known_approvals: set[str]) -> ArticleRows:
    """The rows of one article the local history lacks: versions after `after_number` (full texts), the
    corrections they applied, publish points, notices and sign-offs not in the known sets."""
    rows = ArticleRows()
    if with_article:
        found = _run(conn, f"select {_select(ARTICLE_FIELDS)}, {RECEIVED} from emend.articles where uid = %s",
                     (article_uid,))
        rows.article = found[0] if found else None
    version_fields = VERSION_FIELDS + ("article_uid", "parent_uid", "parent_chain_sha256", "text")
    rows.versions = _run(conn, f"select {_select(version_fields)}, {RECEIVED} from emend.versions "
                               "where article_uid = %s and number > %s order by number", (article_uid, after_number))
    if rows.versions:
        rows.corrections = _run(
            conn, f"select {_select(CORRECTION_FIELDS + ('article_uid', 'applied_version_uid'))}, {RECEIVED} "
                  "from emend.corrections where applied_version_uid = any(%s::uuid[]) order by seq",
            ([v["uid"] for v in rows.versions],))
    publications = _run(conn, f"select {_select(PUBLICATION_FIELDS + ('article_uid', 'version_uid'))}, {RECEIVED} "
                              "from emend.publications where article_uid = %s order by seq", (article_uid,))
    rows.publications = [p for p in publications if p["uid"] not in known_records]
    notices = _run(conn, f"select {_select(NOTICE_FIELDS + ('article_uid', 'publication_uid', 'supersedes_uid'))}, "
                         f"{RECEIVED} from emend.notices where article_uid = %s order by seq", (article_uid,))
    rows.notices = [n for n in notices if n["uid"] not in known_records]
    rows.approvals = [a for a in approvals(conn, article_uid) if a["uid"] not in known_approvals]
    return rows


def approvals(conn: psycopg.Connection, article_uid: str) -> list[dict]:
    return _run(conn, f"""select uid::text as uid, article_uid::text as article_uid, version_uid::text as version_uid,
                                 decision, note, decided_by, {_TIME.format(column='decided_at')} as decided_at
                          from emend.approvals where article_uid = %s order by seq""", (article_uid,))


_INSERTS = {
    "articles": ARTICLE_FIELDS,
    "versions": VERSION_FIELDS + ("article_uid", "parent_uid", "parent_chain_sha256", "text"),
    "corrections": CORRECTION_FIELDS + ("article_uid", "applied_version_uid"),
    "publications": PUBLICATION_FIELDS + ("article_uid", "version_uid"),
    "notices": NOTICE_FIELDS + ("article_uid", "publication_uid", "supersedes_uid"),
}


def push(conn: psycopg.Connection, batches: list[ArticleRows]) -> list[tuple[str, str, str, str]]:
    """Insert every batch's rows in one server transaction (articles, versions, corrections, publish
    points, notices, in that order); the server's receipts. Nothing is kept of a push that fails."""
    receipts = []
    try:
        with conn.transaction(), conn.cursor() as cursor:
            for batch in batches:
                groups = (("articles", [batch.article] if batch.article else []), ("versions", batch.versions),
                          ("corrections", batch.corrections), ("publications", batch.publications),
                          ("notices", batch.notices))
                for table, rows in groups:
                    fields = _INSERTS[table]
                    sql = (f"insert into emend.{table} ({', '.join(fields)}) values ({', '.join(['%s'] * len(fields))}) "
                           f"returning uid::text, {RECEIVED}")
                    for row in rows:
                        cursor.execute(sql, [row[name] for name in fields])
                        uid, pushed_by, at = cursor.fetchone()
                        receipts.append((uid, table.rstrip("s"), pushed_by, at))
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error
    return receipts


def decide(conn: psycopg.Connection, article_uid: str, version_uid: str, decision: str, note: str) -> dict:
    """A standards editor's sign-off or send-back, as the server recorded it (it checks who may)."""
    try:
        with conn.transaction():
            conn.execute("insert into emend.approvals (article_uid, version_uid, decision, note) values (%s, %s, %s, %s)",
                         (article_uid, version_uid, decision, note))
    except psycopg.errors.InsufficientPrivilege:
        raise NotStandards(f"no privilege: {conn.info.user} is not a standards editor (only members of "
                           f"{STANDARDS_ROLE} approve or send back versions)") from None
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error
    return approvals(conn, article_uid)[-1]
