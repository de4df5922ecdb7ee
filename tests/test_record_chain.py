"""Publish points and notices form a chain of their own, version 1 covers the article's identity, and
histories written before both keep verifying without a stored hash rewritten."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from corrections.article import sha256_text
from corrections.notices import NoticeItem, draft_notice
from corrections.notices.serialize import notice_to_dict
from corrections.receipts import receipts_from_text
from db import chain, publishing
from db.history import History
from db.publishing import record_digest
from db.receipts import receipts, verify_against
from db.schema import APPLICATION_ID, MIGRATIONS
from db.storage import encode
from tests.forger import unguarded


def correct_and_publish(history, article_id: int, quote: str, replacement: str) -> None:
    history.add_correction(article_id, kind="correction", quote=quote, replacement=replacement, author="Ana")
    history.save_version(article_id, message=f"Correct {quote}", author="Ana")
    publishing.publish(history, article_id, author="Desk")


@pytest.fixture
def published_twice(db_path, sample_text):
    """Versions 2 and 3 published, each with its notice; version 3's notice later reworded."""
    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
        correct_and_publish(history, article.id, "48,000 vehicles", "84,000 vehicles")
        correct_and_publish(history, article.id, "opened in 1932", "opened in 1934")
        [_, notice] = publishing.notices(history, article.id)
        publishing.revise_notice(history, notice.id, notice.text.replace("misstated", "gave a wrong"), author="Desk")
        assert history.verify().ok
    return db_path


def problems(path):
    with History.open(path) as history:
        return history.verify().problems


def test_each_publish_point_and_notice_names_the_record_before_it(published_twice):
    with History.open(published_twice) as history:
        rows = list(history.db.query(
            "select 'p' as kind, id, previous_sha256, sha256, published_at as at from publications union all "
            "select 'n', id, previous_sha256, sha256, created_at from notices order by at, kind desc"))
        head = history.db.execute("select head_record_sha256 from articles").fetchone()[0]
    assert [r["kind"] for r in rows] == ["p", "n", "p", "n", "n"]
    assert rows[0]["previous_sha256"] == ""
    assert [r["previous_sha256"] for r in rows[1:]] == [r["sha256"] for r in rows[:-1]]
    assert head == rows[-1]["sha256"]


def test_deleting_the_newest_notice_is_caught(published_twice):
    with unguarded(published_twice) as db:
        db.execute("delete from notices where id = (select max(id) from notices)")
    [problem] = problems(published_twice)
    assert "newest publish point or notice is missing" in problem.message


def test_deleting_the_newest_publish_point_with_its_notices_is_caught(published_twice):
    with unguarded(published_twice) as db:
        db.execute("delete from notices where publication_id = 2")
        db.execute("delete from publications where id = 2")
    assert "newest publish point or notice is missing" in problems(published_twice)[0].message


def test_deleting_a_publish_point_in_the_middle_is_caught(published_twice):
    with unguarded(published_twice) as db:
        db.execute("delete from notices where publication_id = 1")
        db.execute("delete from publications where id = 1")
    [problem] = problems(published_twice)
    assert problem.version_number == 3
    assert problem.message.startswith("the publish point or notice made before the publish point of version 3 "
                                      "is missing (deleted)")


def test_a_publish_point_re_linked_past_a_deleted_one_is_caught_by_its_digest(published_twice):
    with unguarded(published_twice) as db:
        [(first_digest,)] = db.execute("select sha256 from publications where id = 1")
        db.execute("delete from notices where publication_id = 1")
        db.execute("update publications set previous_sha256 = ? where id = 2", [first_digest])
    assert "publish record was changed" in problems(published_twice)[0].message


def test_a_copied_notice_outside_the_chain_is_caught(published_twice):
    with unguarded(published_twice) as db:
        db.execute("insert into notices (uid, article_id, publication_id, supersedes_id, created_at, created_by,"
                   " text, notice_json, spans_json, sha256, previous_sha256) select lower(hex(randomblob(16))),"
                   " article_id, publication_id, supersedes_id, created_at, created_by, text, notice_json,"
                   " spans_json, sha256, previous_sha256 from notices where id = 1")
        copy = next(db.query("select * from notices order by id desc limit 1"))
        db.execute("update notices set sha256 = ? where id = ?", [record_digest(db, "notices", copy), copy["id"]])
    assert "is not in the article's record chain" in problems(published_twice)[0].message


def test_a_new_article_s_version_1_covers_its_title_and_source(db_path, sample_text):
    with History.open(db_path) as history:
        history.import_article(sample_text, title="Harbour bridge reopens", author="Ana", source_name="bridge.txt",
                               source_format="text", source_sha256=sha256_text(sample_text))
    for column, value in (("title", "Harbour bridge stays shut"), ("source_name", "other.txt"),
                          ("source_sha256", "0" * 64), ("created_at", "2020-01-01T00:00:00.000000Z")):
        with unguarded(db_path) as db:
            [(before,)] = db.execute(f"select {column} from articles")
            db.execute(f"update articles set {column} = ?", [value])
        [problem] = problems(db_path)
        assert problem.version_number == 1 and "the article's title, source or import time" in problem.message
        with unguarded(db_path) as db:
            db.execute(f"update articles set {column} = ?", [before])
        assert problems(db_path) == ()


def legacy_history(path, sample_text) -> None:
    """A schema-4 history written the old way: version 1's hash without the article's identity, a publish
    point and a notice with the digests of their day and no links, no record head."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    for migration in MIGRATIONS[:4]:
        migration(db)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("insert into articles (id, title, created_at, source_name, source_format, source_encoding,"
                 " source_sha256, head_chain_sha256) values (1, 'Harbour bridge reopens', '2026-11-23T06:00:00Z',"
                 " 'bridge.txt', 'text', 'utf-8', ?, '')", [sha256_text(sample_text)])
    corrected = sample_text.replace("48,000 vehicles", "84,000 vehicles")
    correction = {"id": 1, "kind": "correction", "quote": "48,000 vehicles", "start_offset": sample_text.index("48,000"),
                  "replacement": "84,000 vehicles", "public_note": "", "internal_note": "", "author": "Ana",
                  "created_at": "2026-11-24T09:00:00Z"}
    parent_chain, parent_text = None, None
    for number, text, at, applied in ((1, sample_text, "2026-11-23T06:00:00Z", []),
                                      (2, corrected, "2026-11-24T09:30:00Z", [correction])):
        metadata = chain.version_metadata(article_id=1, number=number, parent_number=number - 1 or None, author="Ana",
                                          created_at=at, message=f"v{number}",
                                          corrections=[chain.correction_fingerprint(c) for c in applied])
        parent_chain = chain.chain_hash(parent_chain, sha256_text(text), metadata)
        stored = encode(number, parent_text, text)
        db["versions"].insert({"id": number, "article_id": 1, "number": number, "parent_id": number - 1 or None,
                               "author": "Ana", "created_at": at, "message": f"v{number}",
                               "content_sha256": sha256_text(text), "chain_sha256": parent_chain,
                               "storage": stored.storage, "text": stored.text, "patch": stored.patch})
        parent_text = text
    db["corrections"].insert({**correction, "article_id": 1, "base_version_id": 1, "applied_version_id": 2,
                              "prefix": "", "suffix": "", "updated_at": correction["created_at"], "status": "applied"})
    conn.execute("update articles set head_chain_sha256 = ?", [parent_chain])
    publication = {"article_id": 1, "version_id": 2, "published_at": "2026-11-24T10:00:00Z", "published_by": "Desk"}
    db["publications"].insert({**publication, "sha256": publishing.publication_digest(publication, parent_chain)})
    notice = draft_notice([NoticeItem("correction", "48,000 vehicles", "84,000 vehicles")],
                          corrected_on="2026-11-24T10:00:00Z")
    row = {"article_id": 1, "publication_id": 1, "supersedes_id": None, "created_at": "2026-11-24T10:00:00Z",
           "created_by": "Desk", "text": notice.text, "notice_json": chain.canonical_json(notice_to_dict(notice)),
           "spans_json": "[]"}
    db["notices"].insert({**row, "sha256": publishing.notice_digest(row)})
    conn.commit()
    conn.close()


def test_a_history_written_before_keeps_verifying_and_new_records_link_to_its_newest(db_path, sample_text):
    legacy_history(db_path, sample_text)
    with sqlite3.connect(db_path) as conn:
        stored = conn.execute("select chain_sha256 from versions union all select sha256 from publications"
                              " union all select sha256 from notices").fetchall()
        [(legacy_notice,)] = conn.execute("select sha256 from notices")
    with History.open(db_path) as history:
        assert history.verify().ok
        assert history.db.execute("select head_record_sha256 from articles").fetchone()[0] == legacy_notice
        assert history.db.execute("select chain_sha256 from versions union all select sha256 from publications"
                                  " union all select sha256 from notices").fetchall() == stored
        correct_and_publish(history, 1, "opened in 1932", "opened in 1934")
        [newest] = list(history.db.query("select previous_sha256 from publications where version_id = 3"))
        assert newest["previous_sha256"] == legacy_notice
        assert history.verify().ok
        assert verify_against(history, receipts(history)).ok


def test_deleting_the_newest_record_of_a_history_written_before_is_caught(db_path, sample_text):
    legacy_history(db_path, sample_text)
    History.open(db_path).close()
    with unguarded(db_path) as db:
        db.execute("delete from notices")
    assert "newest publish point or notice is missing" in problems(db_path)[0].message


def test_a_history_written_before_relies_on_receipts_for_its_title(db_path, sample_text):
    """Version 1 of an older history does not cover the article's identity: its receipts do."""
    legacy_history(db_path, sample_text)
    with History.open(db_path) as history:
        held = receipts_from_text(json.dumps([r.to_json() for r in receipts(history)]), "receipts.json")
    with unguarded(db_path) as db:
        db.execute("update articles set title = 'Harbour bridge stays shut'")
    with History.open(db_path) as history:
        report = verify_against(history, held)
    assert [str(p) for p in report.problems] == [
        "article 1, version 2: the article's title no longer matches receipts.json (its identity was rewritten)"]
