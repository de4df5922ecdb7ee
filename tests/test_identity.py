"""Stable identities (issue 15 item 1): every row has a UUID, no hash covers a local integer id, and a
history saved before UUIDs keeps verifying wherever its rows are copied."""

from __future__ import annotations

import sqlite3

import pytest

from db.history import History
from db.publishing import publish
from db.sync import settings
from db.sync.engine import sync
from tests.newsroom.helpers import make_newsroom
from tests.test_record_chain import legacy_history

TABLES = ("articles", "versions", "corrections", "publications", "notices")


def uids(path) -> dict[str, list]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"select uid, legacy_id from {t} order by id").fetchall() for t in TABLES}


def test_opening_an_older_history_gives_every_row_an_identity_and_it_still_verifies(tmp_path, sample_text):
    path = tmp_path / "legacy.sqlite"
    legacy_history(path, sample_text)
    with History.open(path) as history:
        assert history.verify().ok
        history.add_correction(1, kind="correction", quote="84,000 vehicles", replacement="84,500 vehicles",
                               author="Ana", public_note="The figure was rounded.")
        history.save_version(1, message="After the upgrade", author="Ana")
        assert history.verify().ok
    found = uids(path)
    for table in TABLES:
        assert all(uid and len(uid) == 36 for uid, _ in found[table]), table
    assert [legacy for _, legacy in found["versions"]] == [1, 2, None]  # the new version's hash names UUIDs
    assert len({uid for t in TABLES for uid, _ in found[t]}) == sum(len(rows) for rows in found.values())


def test_the_same_version_has_the_same_chain_hash_in_two_histories_with_other_local_ids(postgres, tmp_path,
                                                                                          sample_text):
    room = make_newsroom(postgres)
    url = room.add("ana")
    first = History.open(tmp_path / "first.sqlite")
    second = History.open(tmp_path / "second.sqlite")
    for history in (first, second):
        with history.transaction():
            settings.set_remote_url(history.db, url)
    second.import_article("An unrelated article.\n", title="Other", author="Ben")  # takes local id 1 there
    article = first.import_article(sample_text, title="Bridge", author="Ana")
    first.add_correction(article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana",
                         public_note="The figure was wrong.")
    first.save_version(article.id, message="Figure", author="Ana")
    publish(first, article.id, author="Ana")
    sync(first), sync(second), sync(first)
    there = next(a.id for a in second.articles() if a.title == "Bridge")
    assert there != article.id
    assert [v.chain_sha256 for v in first.versions(article.id)] == [v.chain_sha256 for v in second.versions(there)]
    assert second.verify().ok and first.verify().ok
    [(digest,)] = second.db.execute("select sha256 from publications where article_id = ?", [there]).fetchall()
    assert first.db.execute("select sha256 from publications").fetchone()[0] == digest


def test_a_history_saved_before_identities_syncs_and_verifies_in_a_clone(postgres, tmp_path, sample_text):
    from desktop.application.newsroom import clone

    room = make_newsroom(postgres)
    path = tmp_path / "legacy.sqlite"
    legacy_history(path, sample_text)
    with History.open(path) as history:
        history.import_article("A second article, after it.\n", title="Second", author="Ana")
        with history.transaction():
            settings.set_remote_url(history.db, room.add("ana"))
        assert sync(history).pushed == 5  # three versions, a publish point, a notice
    cloned, result = clone(room.add("ben"), tmp_path / "clone.sqlite")
    with cloned:
        assert result.pulled == 5 and cloned.verify().ok
        # the clone's local ids differ from the legacy ids its hashes cover, and it still verifies
        assert cloned.db.execute("select count(*) from notices").fetchone()[0] == 1


@pytest.mark.parametrize("table", ["versions", "corrections", "publications", "notices"])
def test_a_changed_identity_breaks_verification(tmp_path, sample_text, table):
    from tests.forger import unguarded

    path = tmp_path / "h.sqlite"
    with History.open(path) as history:
        article = history.import_article(sample_text, title="Bridge", author="Ana")
        history.add_correction(article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana",
                               public_note="The figure was wrong.")
        history.save_version(article.id, message="Figure", author="Ana")
        publish(history, article.id, author="Ana")
    with unguarded(path) as db:
        db.execute(f"update {table} set uid = lower(hex(randomblob(16))) where rowid = (select max(rowid) from {table})")
    with History.open(path, read_only=True) as history:
        assert not history.verify().ok
