"""Versions are stored as snapshots plus patches, invisibly to every caller."""

import random
import sqlite3

import pytest

from corrections.article import sha256_text
from db.history import History
from db.schema import MIGRATIONS
from db.storage import FULL, PATCH, SNAPSHOT_EVERY, apply_patch, make_patch


def edited(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(["harbour", "ferry", "council", "2024", "cyclists"])
    return " ".join(words)


def test_many_versions_read_back_exactly_and_mostly_as_patches(history, sample_text):
    rng = random.Random(7)
    article = history.import_article(sample_text, title="T", author="A")
    texts = [history.text(article.id, 1)]
    for number in range(2, 2 * SNAPSHOT_EVERY + 6):
        texts.append(edited(texts[-1], rng))
        history.save_version(article.id, message=f"edit {number}", author="A", text=texts[-1])
        texts[-1] = history.text(article.id, number)
    kinds = dict(history.db.execute("select number, storage from versions").fetchall())
    assert kinds[1] == FULL and kinds[SNAPSHOT_EVERY + 1] == FULL and kinds[2] == PATCH
    assert sum(kind == PATCH for kind in kinds.values()) > len(kinds) * 0.9
    for number in (1, 2, SNAPSHOT_EVERY, SNAPSHOT_EVERY + 1, SNAPSHOT_EVERY + 2, len(texts)):
        assert history.text(article.id, number) == texts[number - 1]
    assert history.verify().ok


def test_patches_rebuild_the_new_text_and_refuse_the_wrong_base():
    old, new = "An earlier version misstated it. 😀", "A later version stated it right. 😀 Done."
    assert apply_patch(old, make_patch(old, new)) == new
    with pytest.raises(Exception, match="does not fit"):
        apply_patch(old + " extra", make_patch(old, new))


def test_versions_written_by_schema_1_keep_their_text_through_the_migration(db_path, sample_text):
    """A schema-1 history (one full text per version) reads the same after the upgrade."""
    from db import chain
    from sqlite_utils import Database

    conn = sqlite3.connect(db_path)
    old = Database(conn)
    MIGRATIONS[0](old)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA application_id = 1162694212")
    texts = [sample_text, sample_text.replace("1932", "1934"), sample_text.replace("1932", "1936") + "More.\n"]
    conn.execute("insert into articles (id, title, created_at, head_chain_sha256) values (1, 'T', 'now', '')")
    parent_chain = None
    for number, text in enumerate(texts, start=1):
        meta = chain.version_metadata(article_id=1, number=number, parent_number=number - 1 or None,
                                      author="A", created_at=f"2026-01-0{number}T00:00:00.000000Z",
                                      message=f"v{number}", corrections=[])
        parent_chain = chain.chain_hash(parent_chain, sha256_text(text), meta)
        conn.execute(
            "insert into versions (id, article_id, number, parent_id, author, created_at, message,"
            " content_sha256, chain_sha256, text) values (?, 1, ?, ?, 'A', ?, ?, ?, ?, ?)",
            [number, number, number - 1 or None, meta["created_at"], meta["message"], sha256_text(text),
             parent_chain, text],
        )
    conn.execute("update articles set head_chain_sha256 = ?", [parent_chain])
    conn.commit()
    conn.close()
    with History.open(db_path) as history:
        assert [history.text(1, n) for n in (1, 2, 3)] == texts
        assert history.db.execute("select storage from versions where number = 2").fetchone()[0] == PATCH
        assert history.verify().ok
