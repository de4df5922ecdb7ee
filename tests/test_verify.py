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
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def problems(path):
    with History.open(path) as history:
        return history.verify().problems


def test_editing_a_stored_text_with_plain_sql_is_named(three_versions):
    path, article_id = three_versions
    tamper(path, "update versions set text = replace(text, '1934', '1935') where number = 2")
    found = problems(path)
    assert found and found[0].article_id == article_id and found[0].version_number == 2
    assert "text was changed" in found[0].message


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
