"""The history schema and its migrations, applied in order when a database is opened.

PRAGMA user_version holds the schema version; PRAGMA application_id marks the file as Emend's.
"""

from __future__ import annotations

import uuid
from typing import Callable

from sqlite_utils import Database

APPLICATION_ID = 0x454D4E44  # "EMND"


def _migration_1(db: Database) -> None:
    """Articles, versions (full text) and corrections."""
    db["articles"].create(
        {
            "id": int, "title": str, "created_at": str, "source_name": str, "source_format": str,
            "source_encoding": str, "source_sha256": str, "head_chain_sha256": str,
        },
        pk="id", not_null={"title", "created_at"},
    )
    db["versions"].create(
        {
            "id": int, "article_id": int, "number": int, "parent_id": int, "author": str,
            "created_at": str, "message": str, "content_sha256": str, "chain_sha256": str, "text": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("parent_id", "versions", "id")],
        not_null={"article_id", "number", "author", "created_at", "message", "content_sha256", "chain_sha256"},
    )
    db["versions"].create_index(["article_id", "number"], unique=True)
    db["corrections"].create(
        {
            "id": int, "article_id": int, "base_version_id": int, "applied_version_id": int,
            "kind": str, "quote": str, "prefix": str, "suffix": str, "start_offset": int,
            "replacement": str, "public_note": str, "internal_note": str, "author": str,
            "created_at": str, "updated_at": str, "status": str,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"), ("base_version_id", "versions", "id"),
            ("applied_version_id", "versions", "id"),
        ],
        not_null={"article_id", "base_version_id", "kind", "quote", "replacement", "status"},
    )
    db["corrections"].create_index(["article_id", "status"])
    db["articles"].create_index(["source_sha256"])


def _migration_2(db: Database) -> None:
    """Snapshots and patches instead of a full text per version; append-only triggers."""
    from db.storage import FULL, encode

    db["versions"].add_column("storage", str, not_null_default=FULL)
    db["versions"].add_column("patch", bytes)
    for (article_id,) in db.execute("select id from articles order by id").fetchall():
        parent_text = None
        rows = db.execute("select id, number, text from versions where article_id = ? order by number",
                          [article_id]).fetchall()
        for version_id, number, text in rows:
            stored = encode(number, parent_text, text or "")
            db.execute("update versions set storage = ?, text = ?, patch = ? where id = ?",
                       [stored.storage, stored.text, stored.patch, version_id])
            parent_text = text or ""
    for statement in APPEND_ONLY_TRIGGERS:
        db.execute(statement)


APPEND_ONLY_TRIGGERS = [
    """create trigger if not exists versions_no_update before update on versions
       begin select raise(abort, 'Emend versions are append-only: a saved version cannot change'); end""",
    """create trigger if not exists versions_no_delete before delete on versions
       begin select raise(abort, 'Emend versions are append-only: a saved version cannot be deleted'); end""",
    """create trigger if not exists corrections_applied_fixed before update on corrections
       when old.status = 'applied'
       begin select raise(abort, 'an applied correction is part of the record and cannot change'); end""",
    """create trigger if not exists corrections_no_delete before delete on corrections
       begin select raise(abort, 'corrections are kept: withdraw one instead of deleting it'); end""",
]


def _migration_3(db: Database) -> None:
    """Publish points and the notices published with them; both append-only."""
    db["publications"].create(
        {"id": int, "article_id": int, "version_id": int, "published_at": str, "published_by": str,
         "sha256": str},
        pk="id", foreign_keys=[("article_id", "articles", "id"), ("version_id", "versions", "id")],
        not_null={"article_id", "version_id", "published_at", "published_by", "sha256"},
    )
    db["publications"].create_index(["article_id", "version_id"], unique=True)
    db["notices"].create(
        {"id": int, "article_id": int, "publication_id": int, "supersedes_id": int, "created_at": str,
         "created_by": str, "text": str, "notice_json": str, "spans_json": str, "sha256": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("publication_id", "publications", "id"),
                      ("supersedes_id", "notices", "id")],
        not_null={"article_id", "publication_id", "created_at", "text", "notice_json", "sha256"},
    )
    for table in ("publications", "notices"):
        db.execute(f"""create trigger if not exists {table}_no_update before update on {table}
                       begin select raise(abort, 'published {table} are part of the record and cannot change'); end""")
        db.execute(f"""create trigger if not exists {table}_no_delete before delete on {table}
                       begin select raise(abort, 'published {table} are part of the record and cannot be deleted'); end""")


def _migration_4(db: Database) -> None:
    """Full-text search (FTS5) over what each version added and over corrections; read-only views."""
    from db.search import index_version_text

    db["version_additions"].create(
        {"version_id": int, "article_id": int, "number": int, "text": str},
        pk="version_id", foreign_keys=[("version_id", "versions", "id"), ("article_id", "articles", "id")],
    )
    db["version_additions"].enable_fts(["text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    db["corrections"].enable_fts(["quote", "replacement", "public_note", "internal_note"],
                                 tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    for (article_id,) in db.execute("select id from articles").fetchall():
        index_version_text(db, article_id)
    for statement in VIEWS:
        db.execute(statement)


VIEWS = [
    """create view if not exists corrections_log as
       select c.id as correction, a.id as article, a.title as title, c.kind, c.status, c.quote, c.replacement,
              c.public_note, c.internal_note, c.author, c.created_at,
              bv.number as recorded_on_version, av.number as applied_in_version, av.created_at as applied_at,
              av.author as applied_by
       from corrections c join articles a on a.id = c.article_id
       left join versions bv on bv.id = c.base_version_id
       left join versions av on av.id = c.applied_version_id""",
    """create view if not exists versions_log as
       select a.id as article, a.title as title, v.number, v.author, v.created_at, v.message,
              v.content_sha256, v.chain_sha256, v.storage,
              (select count(*) from corrections c where c.applied_version_id = v.id) as corrections_applied,
              (select published_at from publications p where p.version_id = v.id) as published_at
       from versions v join articles a on a.id = v.article_id""",
    """create view if not exists notices_log as
       select n.id as notice, a.id as article, a.title as title, v.number as version, p.published_at,
              n.created_at, n.created_by, n.supersedes_id as supersedes, n.text
       from notices n join articles a on a.id = n.article_id
       join publications p on p.id = n.publication_id join versions v on v.id = p.version_id""",
]


def _migration_5(db: Database) -> None:
    """Publish points and notices link to the article's record before them; the article records the newest.

    Rows made before keep their digests and get no link; each article's head is its newest record.
    """
    from db.record_chain import newest_unlinked, record_rows

    db["publications"].add_column("previous_sha256", str)
    db["notices"].add_column("previous_sha256", str)
    db["articles"].add_column("head_record_sha256", str)
    for (article_id,) in db.execute("select id from articles").fetchall():
        db.execute("update articles set head_record_sha256 = ? where id = ?",
                   [newest_unlinked(record_rows(db, article_id)), article_id])


IDENTIFIED_TABLES = ("articles", "versions", "corrections", "publications", "notices")


def _migration_6(db: Database) -> None:
    """Stable identities for the newsroom record: every row gets a UUID, and rows made before keep the local id
    their hashes cover as `legacy_id` (so they verify anywhere they are copied to). The local tables of sync:
    the server's address, what the server acknowledged, versions set aside by a rebase, sign-offs pulled."""
    guarded = ["versions_no_update", "corrections_applied_fixed", "publications_no_update", "notices_no_update"]
    kept = dict(db.execute("select name, sql from sqlite_master where type = 'trigger' and name in (%s)"
                           % ",".join("?" * len(guarded)), guarded).fetchall())
    for name in kept:
        db.execute(f"drop trigger {name}")
    for table in IDENTIFIED_TABLES:
        db[table].add_column("uid", str)
        db[table].add_column("legacy_id", int)
        for (row_id,) in db.execute(f"select id from {table}").fetchall():
            db.execute(f"update {table} set uid = ?, legacy_id = id where id = ?", [str(uuid.uuid4()), row_id])
        db[table].create_index(["uid"], unique=True)
    db["versions"].add_column("rebased_from", str)
    for sql in kept.values():
        db.execute(sql)
    db["sync_settings"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    db["server_receipts"].create({"uid": str, "kind": str, "pushed_by": str, "received_at": str}, pk="uid",
                                 not_null={"kind", "pushed_by", "received_at"})
    db["set_aside_versions"].create(
        {"uid": str, "article_id": int, "local_id": int, "number": int, "parent_number": int, "author": str,
         "created_at": str, "message": str, "content_sha256": str, "chain_sha256": str, "text": str,
         "corrections_json": str, "set_aside_at": str, "reason": str},
        pk="uid", not_null={"article_id", "local_id", "number", "text", "set_aside_at", "reason"},
    )
    db["set_aside_records"].create(
        {"uid": str, "table_name": str, "article_id": int, "local_id": int, "row_json": str, "set_aside_at": str,
         "reason": str},
        pk="uid", not_null={"table_name", "article_id", "local_id", "row_json", "set_aside_at", "reason"},
    )
    db["approvals"].create(
        {"uid": str, "article_uid": str, "version_uid": str, "decision": str, "note": str, "decided_by": str,
         "decided_at": str},
        pk="uid", not_null={"article_uid", "version_uid", "decision", "decided_by", "decided_at"},
    )
    db["approvals"].create_index(["version_uid"])
    for statement in SYNC_GUARDS:
        db.execute(statement)
    for table in ("set_aside_versions", "set_aside_records", "approvals"):
        db.execute(f"""create trigger if not exists {table}_no_update before update on {table}
                       begin select raise(abort, '{table} are part of the record and cannot change'); end""")
        db.execute(f"""create trigger if not exists {table}_no_delete before delete on {table}
                       begin select raise(abort, '{table} are part of the record and cannot be deleted'); end""")
    # A receipt says what the server held when it answered; a server restored from an older backup no longer
    # holds it, and sync takes the receipt back so that the row is sent again (db.sync.engine).
    db.execute("""create trigger if not exists server_receipts_no_update before update on server_receipts
                  begin select raise(abort, 'a receipt is kept as the server gave it'); end""")


SYNC_GUARDS = [
    # A version leaves the local table only when a rebase set it aside first (a copy with its text stays in
    # set_aside_versions) and the newsroom server never received it.
    "drop trigger if exists versions_no_delete",
    """create trigger versions_no_delete before delete on versions
       when old.uid is null or not exists (select 1 from set_aside_versions s where s.uid = old.uid)
            or exists (select 1 from server_receipts r where r.uid = old.uid)
       begin select raise(abort, 'Emend versions are append-only: a saved version cannot be deleted'); end""",
    # A publish point or notice made here leaves only when a hand merge set it aside first (a copy stays in
    # set_aside_records), for a colleague's published first, and the server never received it.
    "drop trigger if exists publications_no_delete",
    """create trigger publications_no_delete before delete on publications
       when old.uid is null or not exists (select 1 from set_aside_records s where s.uid = old.uid)
            or exists (select 1 from server_receipts r where r.uid = old.uid)
       begin select raise(abort, 'published publications are part of the record and cannot be deleted'); end""",
    "drop trigger if exists notices_no_delete",
    """create trigger notices_no_delete before delete on notices
       when old.uid is null or not exists (select 1 from set_aside_records s where s.uid = old.uid)
            or exists (select 1 from server_receipts r where r.uid = old.uid)
       begin select raise(abort, 'published notices are part of the record and cannot be deleted'); end""",
    # An applied correction moves only while its version, still there, is being set aside by a rebase.
    "drop trigger if exists corrections_applied_fixed",
    """create trigger corrections_applied_fixed before update on corrections
       when old.status = 'applied'
            and not exists (select 1 from set_aside_versions s join versions v on v.id = s.local_id and v.uid = s.uid
                            where s.local_id = old.applied_version_id)
       begin select raise(abort, 'an applied correction is part of the record and cannot change'); end""",
]


def _migration_7(db: Database) -> None:
    """A correction's intake (corrections.intake): who raised the error, when, through which channel, how serious,
    and an internal contact reference. Nullable: corrections recorded before have none, and their hashes stay as
    they were. The corrections log appends the intake to its columns."""
    from corrections.intake import FIELDS

    for name in FIELDS:
        db["corrections"].add_column(name, str)
    db["corrections"].create_index(["severity"])
    db["corrections"].create_index(["raised_by"])
    db.execute("drop view if exists corrections_log")
    db.execute(CORRECTIONS_LOG_WITH_INTAKE)


CORRECTIONS_LOG_WITH_INTAKE = """create view corrections_log as
       select c.id as correction, a.id as article, a.title as title, c.kind, c.status, c.quote, c.replacement,
              c.public_note, c.internal_note, c.author, c.created_at,
              bv.number as recorded_on_version, av.number as applied_in_version, av.created_at as applied_at,
              av.author as applied_by, c.raised_by, c.raised_at, c.channel, c.severity, c.contact_ref
       from corrections c join articles a on a.id = c.article_id
       left join versions bv on bv.id = c.base_version_id
       left join versions av on av.id = c.applied_version_id"""


MIGRATIONS: list[Callable[[Database], None]] = [_migration_1, _migration_2, _migration_3, _migration_4, _migration_5,
                                                _migration_6, _migration_7]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> None:
    """Bring the schema up to SCHEMA_VERSION, one migration per transaction."""
    current = schema_version(db)
    for number in range(current, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
