"""Verification catches every kind of tampering with the stored history."""

import sqlite3

import pytest

from db.history import History


@pytest.fixture
def three_versions(db_path, sample_text):
    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="T", author="A")
        history.add_correction(article.id, kind="correction", quote="1932", replacement="1934", author="A",
                               public_note="The bridge opened in 1934.")
        history.save_version(article.id, message="year", author="B")
        history.save_version(article.id, message="addition", author="C", text=sample_text + "\nMore.\n")
        assert history.verify().ok
    return db_path, article.id


def tamper(path, sql, *params):
    """What a determined person with the sqlite3 shell could do: drop the guards, then edit."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        conn.execute(f"drop trigger {name}")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def problems(path):
    with History.open(path) as history:
        return history.verify().problems


def test_editing_a_stored_text_with_plain_sql_is_named(three_versions):
    path, article_id = three_versions
    tamper(path, "update versions set text = replace(text, '1932', '1931') where number = 1")
    found = problems(path)
    assert found and found[0].article_id == article_id and found[0].version_number == 1
    assert "text was changed" in found[0].message


def test_replacing_a_stored_patch_is_named(three_versions):
    from db.storage import PATCH, encode

    path, _ = three_versions
    before = "The bridge opened in 1932. " * 20
    forged = encode(2, before, before.replace("1932", "1999", 1))
    assert forged.storage == PATCH
    tamper(path, "update versions set patch = ? where number = 2", forged.patch)
    assert problems(path)[0].version_number == 2


def test_plain_sql_cannot_change_or_delete_a_saved_version(three_versions):
    path, _ = three_versions
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("update versions set message = 'nicer' where number = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("delete from versions where number = 3")
    with pytest.raises(sqlite3.IntegrityError, match="part of the record"):
        conn.execute("update corrections set public_note = 'quietly reworded'")
    conn.close()
    assert problems(path) == ()


def test_editing_metadata_is_named(three_versions):
    path, _ = three_versions
    tamper(path, "update versions set author = 'Mallory' where number = 3")
    assert problems(path)[0].version_number == 3


def test_editing_an_applied_correction_note_is_named(three_versions):
    path, _ = three_versions
    tamper(path, "update corrections set public_note = 'nothing to see'")
    assert problems(path)[0].version_number == 2


def test_deleting_the_latest_version_is_caught(three_versions):
    path, _ = three_versions
    tamper(path, "delete from versions where number = 3")
    assert "head" in problems(path)[0].message


def test_deleting_a_middle_version_is_caught(three_versions):
    path, _ = three_versions
    tamper(path, "update corrections set applied_version_id = null")
    tamper(path, "delete from versions where number = 2")
    assert problems(path)[0].version_number == 3


def test_reordering_versions_is_caught(three_versions):
    path, _ = three_versions
    tamper(path, "update versions set number = -number where number in (2, 3)")
    tamper(path, "update versions set number = 3 where number = -2")
    tamper(path, "update versions set number = 2 where number = -3")
    assert problems(path)


def test_inserting_a_version_is_caught(three_versions):
    path, article_id = three_versions
    conn = sqlite3.connect(path)
    row = conn.execute("select id, chain_sha256 from versions where number = 3").fetchone()
    conn.execute(
        "insert into versions (article_id, number, parent_id, author, created_at, message, content_sha256,"
        " chain_sha256, text) values (?, 4, ?, 'M', '2026-01-01', 'forged', 'x', 'y', 'forged text')",
        [article_id, row[0]],
    )
    conn.commit()
    conn.close()
    assert problems(path)[0].version_number == 4
