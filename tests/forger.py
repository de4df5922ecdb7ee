"""What someone holding the history file and Emend's open code can do: drop the append-only guards,
change rows with plain SQL, recompute every hash exactly as Emend would, and put the guards back."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from sqlite_utils import Database

from corrections.article import sha256_text
from db import chain
from db.publishing import record_digest
from db.record_chain import record_rows
from db.storage import VersionTexts, encode


@contextmanager
def unguarded(path):
    """A plain sqlite3 connection to the history with the append-only triggers dropped, restored on leaving."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    guards = conn.execute("select name, sql from sqlite_master where type = 'trigger' and sql like '%raise(abort%'"
                          ).fetchall()
    for name, _ in guards:
        conn.execute(f"drop trigger {name}")
    try:
        yield Database(conn)
        for _, sql in guards:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def rewrite_texts(db: Database, article_id: int, first: int, old: str, new: str) -> None:
    """Replace `old` by `new` in the text of version `first` and every later one, stored as Emend stores them."""
    rows = list(VersionTexts(db).walk(article_id))
    parent_text = None
    for row in rows:
        text = row["text"].replace(old, new) if row["number"] >= first else row["text"]
        if row["number"] >= first:
            stored = encode(row["number"], parent_text, text)
            db.execute("update versions set storage = ?, text = ?, patch = ?, content_sha256 = ? where id = ?",
                       [stored.storage, stored.text, stored.patch, sha256_text(text), row["id"]])
        parent_text = text


def reseal(db: Database, article_id: int) -> None:
    """Recompute the article's version chain, its head, and its publish points' and notices' chain and head."""
    article = next(db.query("select * from articles where id = ?", [article_id]))
    parent = None
    for version in list(db.query("select * from versions where article_id = ? order by number", [article_id])):
        legacy = chain.is_legacy(version)
        applied = [chain.correction_fingerprint(c, legacy=legacy)
                   for c in db.query("select * from corrections where applied_version_id = ?", [version["id"]])]
        metadata = chain.version_metadata(
            article_id=chain.hash_id(article, legacy), number=version["number"],
            parent_number=parent["number"] if parent else None,
            author=version["author"], created_at=version["created_at"], message=version["message"],
            corrections=applied, identity=chain.article_identity(article) if version["number"] == 1 else None,
            rebased_from=version.get("rebased_from"), uid=None if legacy else version["uid"],
        )
        sealed = chain.chain_hash(parent["chain_sha256"] if parent else None, version["content_sha256"], metadata)
        db.execute("update versions set chain_sha256 = ? where id = ?", [sealed, version["id"]])
        parent = {**version, "chain_sha256": sealed}
    db.execute("update articles set head_chain_sha256 = ? where id = ?", [parent["chain_sha256"], article_id])
    previous = ""
    for row in record_rows(db, article_id):
        row["previous_sha256"] = previous
        previous = record_digest(db, row["table"], row)
        db.execute(f"update {row['table']} set previous_sha256 = ?, sha256 = ? where id = ?",
                   [row["previous_sha256"], previous, row["id"]])
    db.execute("update articles set head_record_sha256 = ? where id = ?", [previous, article_id])
