"""A history archived by an older Emend is read and audited as it is: the upgrade happens in a copy
in memory, and the file keeps its old schema, its bytes and its time."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from corrections.article import sha256_text
from db import chain
from db.errors import DatabaseError
from db.history import History
from db.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

OLDER = range(1, SCHEMA_VERSION)


def history_at_schema(path, schema: int, texts: list[str]):
    """An article with `texts` as its versions, saved as an Emend of schema 1 did and upgraded to `schema`."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    MIGRATIONS[0](db)
    conn.execute("insert into articles (id, title, created_at, head_chain_sha256) values "
                 "(1, 'Harbour bridge reopens', '2024-03-01T09:00:00.000000Z', '')")
    parent_chain = None
    for number, text in enumerate(texts, start=1):
        meta = chain.version_metadata(article_id=1, number=number, parent_number=number - 1 or None, author="Desk",
                                      created_at=f"2024-03-0{number}T09:00:00.000000Z", message=f"Version {number}",
                                      corrections=[])
        parent_chain = chain.chain_hash(parent_chain, sha256_text(text), meta)
        conn.execute("insert into versions (id, article_id, number, parent_id, author, created_at, message,"
                     " content_sha256, chain_sha256, text) values (?, 1, ?, ?, 'Desk', ?, ?, ?, ?, ?)",
                     [number, number, number - 1 or None, meta["created_at"], meta["message"], sha256_text(text),
                      parent_chain, text])
    conn.execute("update articles set head_chain_sha256 = ?", [parent_chain])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    for number in range(1, schema):
        with db.atomic():
            MIGRATIONS[number](db)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


@pytest.fixture
def texts(sample_text) -> list[str]:
    return [sample_text, sample_text.replace("48,000", "84,000")]


def on_disk(path):
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("schema", OLDER)
def test_an_older_history_is_verified_and_read_without_being_upgraded(cli, tmp_path, texts, schema):
    path = history_at_schema(tmp_path / "history.sqlite", schema, texts)
    before = on_disk(path)

    assert cli("--db", path, "verify")[:2] == (0, "ok\n")
    code, out, err = cli("--db", path, "log", "1", "--json")
    assert code == 0, err
    assert [entry["message"] for entry in json.loads(out)] == ["Version 1", "Version 2"]
    assert cli("--db", path, "show", "1", "2")[1] == texts[1]
    assert "[-48,000-]{+84,000+}" in cli("--db", path, "diff", "1")[1]
    assert "84,000" in cli("--db", path, "search", "84,000")[1]

    assert on_disk(path) == before
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == schema


@pytest.mark.parametrize("schema", OLDER)
def test_the_upgraded_copy_of_an_older_history_takes_no_writes(tmp_path, texts, schema):
    path = history_at_schema(tmp_path / "history.sqlite", schema, texts)
    before = on_disk(path)

    with History.open(path, read_only=True) as history:
        assert history.text(1) == texts[1]
        with pytest.raises(DatabaseError, match="opened read-only"):
            history.save_version(1, message="Version 3", author="Desk", text="The bridge reopened.\n")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            history.db.execute("insert into articles (title, created_at) values ('Sneaked in', 'now')")
        assert [v.number for v in history.versions(1)] == [1, 2]

    assert on_disk(path) == before
