"""A sync cut off anywhere leaves both sides consistent and the next sync completes (issue 15 item 7):
the client killed in the middle of a push, the server restarted under it, the answer to a push lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from db.history import History
from db.server.connection import connect
from db.sync import local_rows, server_rows, settings
from db.sync.engine import sync
from tests.newsroom.helpers import ARTICLE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))



def saved_offline(tmp_path, url, name="b"):
    history = History.open(tmp_path / f"{name}.sqlite")
    with history.transaction():
        settings.set_remote_url(history.db, url)
    article = history.import_article(ARTICLE, title="Bridge", author="Ben")
    history.save_version(article.id, text=ARTICLE.replace("48,000", "84,000"), message="Figure", author="Ben")
    return history, article


def server_versions(room) -> int:
    with room.cluster.connect(room.database) as conn:
        return conn.execute("select count(*) from emend.versions").fetchone()[0]


def wait_for(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def blocked_on_lock(room) -> bool:
    with room.cluster.connect(room.database) as conn:
        return conn.execute("select count(*) from pg_stat_activity where application_name = 'emend' "
                            "and wait_event_type = 'Lock'").fetchone()[0] > 0


def start_sync(db_path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db_path), "sync"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def hold_article_lock(room, article_uid: str):
    """A superuser session holding the advisory lock the server's chain witness takes for this article."""
    conn = room.cluster.connect(room.database, autocommit=True)
    conn.execute("select pg_advisory_lock(hashtextextended(%s, 0))", (article_uid,))
    return conn


def test_a_client_killed_in_the_middle_of_a_push_leaves_nothing_half_done(room, tmp_path):
    history, article = saved_offline(tmp_path, room.add("ben"))
    uid = local_rows.article_uid(history.db, article.id)
    history.close()
    lock = hold_article_lock(room, uid)
    client = start_sync(tmp_path / "b.sqlite")
    try:
        wait_for(lambda: blocked_on_lock(room), "the push to wait on the article's lock")
        client.send_signal(signal.SIGKILL)
        client.wait(timeout=60)
    finally:
        lock.close()
    wait_for(lambda: not blocked_on_lock(room), "the dead client's session to end")
    assert server_versions(room) == 0  # the push was one transaction: none of it stayed
    with History.open(tmp_path / "b.sqlite") as history:
        assert history.verify().ok and local_rows.count_unsynced(history.db) == 2
        assert sync(history).line() == "pushed 2, pulled 0, conflicts 0"
        assert local_rows.count_unsynced(history.db) == 0
    assert server_versions(room) == 2


def test_a_server_restart_during_a_push_is_one_line_and_the_next_sync_completes(room, tmp_path):
    history, article = saved_offline(tmp_path, room.add("ben"))
    uid = local_rows.article_uid(history.db, article.id)
    history.close()
    lock = hold_article_lock(room, uid)
    client = start_sync(tmp_path / "b.sqlite")
    try:
        wait_for(lambda: blocked_on_lock(room), "the push to wait on the article's lock")
        room.cluster.restart()
        out, err = client.communicate(timeout=120)
    finally:
        lock.close()
    assert client.returncode == 2, err
    assert err.startswith("emend: lost the connection to the newsroom server") and err.count("\n") == 1
    assert server_versions(room) == 0
    with History.open(tmp_path / "b.sqlite") as history:
        assert sync(history).line() == "pushed 2, pulled 0, conflicts 0"
        assert history.verify().ok


def test_a_push_whose_answer_was_lost_is_acknowledged_by_the_next_sync(room, tmp_path):
    history, article = saved_offline(tmp_path, room.add("ben"))
    conn = connect(settings.remote_url(history.db), autocommit=True)
    try:
        server_rows.push(conn, [local_rows.outgoing(history.db, article.id)])  # the server committed…
    finally:
        conn.close()
    assert local_rows.count_unsynced(history.db) == 2  # …and the client never heard back
    assert sync(history).line() == "pushed 0, pulled 0, conflicts 0"
    assert local_rows.count_unsynced(history.db) == 0 and server_versions(room) == 2
    assert all(v.pushed_by == room.user("ben") for v in history.versions(article.id))


def test_a_server_restored_from_an_older_backup_is_healed_by_the_laptops_that_synced_since(room, tmp_path):
    history, article = saved_offline(tmp_path, room.add("ben"))
    assert sync(history).pushed == 2
    backup = room.cluster.dump(room.database)  # the nightly pg_dump
    history.add_correction(article.id, kind="correction", quote="Kowalsky", replacement="Kowalska", author="Ben",
                           public_note="Her name was misspelled.")
    history.save_version(article.id, message="Name", author="Ben")
    assert sync(history).pushed == 1
    room.cluster.restore(room.database, backup)  # the server is lost and restored: version 3 is gone
    assert server_versions(room) == 2
    result = sync(history)
    assert result.line() == "pushed 1, pulled 0, conflicts 0"
    assert result.notes and "no longer held" in result.notes[0]
    assert server_versions(room) == 3
    from db.sync.witness import verify_remote

    assert verify_remote(history).ok
    with room.cluster.connect(room.database) as conn:
        [(corrections,)] = conn.execute("select count(*) from emend.corrections").fetchall()
    assert corrections == 1


def test_a_push_another_session_blocks_gives_up_with_one_line_instead_of_waiting_forever(room, tmp_path, monkeypatch):
    from db.server import connection
    from db.server.errors import ServerBusy

    monkeypatch.setattr(connection, "SESSION_LIMITS", "-c lock_timeout=500ms")  # a minute in real use
    history, article = saved_offline(tmp_path, room.add("ben"))
    lock = hold_article_lock(room, local_rows.article_uid(history.db, article.id))
    try:
        with pytest.raises(ServerBusy, match="is busy .*; nothing was sent — sync again"):
            sync(history)
    finally:
        lock.close()
    assert server_versions(room) == 0 and local_rows.count_unsynced(history.db) == 2
    assert sync(history).line() == "pushed 2, pulled 0, conflicts 0"
