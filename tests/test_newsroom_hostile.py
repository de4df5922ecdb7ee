"""A hostile user's trial of the newsroom commands (issue 15), kept as regressions: two syncs of one history at
once, a sync stopped by SIGTERM mid-push, a server that lost versions a history synced, a merge from an empty
or marked-up file, sign-off asked of a history without a server or of a version not pulled yet, a URL without
a host, a forked publication, and `emend remote` on a history on read-only media."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from db.history import History
from db.sync import local_rows, settings
from tests.newsroom.helpers import ARTICLE, make_newsroom
from tests.test_read_only_media import on_read_only_media, read_only_mounts  # noqa: F401 (fixtures)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))




def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _wait_for(condition, what: str, timeout: float = 60) -> None:
    """Poll until CONDITION holds; the deadline only keeps a broken test from hanging the run."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _waiting_on_locks(room) -> int:
    with room.cluster.connect(room.database) as conn:
        return conn.execute("select count(*) from pg_stat_activity where application_name = 'emend' "
                            "and wait_event_type = 'Lock'").fetchone()[0]


def _hold_article_lock(room, article_uid: str):
    """A superuser session holding the advisory lock the server's chain witness takes for this article."""
    conn = room.cluster.connect(room.database, autocommit=True)
    conn.execute("select pg_advisory_lock(hashtextextended(%s, 0))", (article_uid,))
    return conn


def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _offline_article(cli, db, url, article_file) -> str:
    """A history on URL holding one article nobody pushed yet; its UUID."""
    assert cli("--db", db, "clone", url)[0] == 0
    assert cli("--db", db, "import", article_file)[:2] == (0, "1\n")
    with History.open(db) as history:
        return local_rows.article_uid(history.db, 1)


def test_two_syncs_of_one_history_at_once_both_finish(cli, room, tmp_path, article_file):
    # The window syncs after each save and every minute; `emend sync` may run at the same moment. The second
    # push of the same rows used to fail with exit 2 on the articles' primary key.
    db = tmp_path / "a.sqlite"
    uid = _offline_article(cli, db, room.add("ana"), article_file)
    lock = _hold_article_lock(room, uid)
    try:
        clients = [_start("--db", db, "sync") for _ in range(2)]
        _wait_for(lambda: _waiting_on_locks(room) == 2, "both pushes to wait")
    finally:
        lock.close()
    results = [(client.wait(timeout=120), *client.communicate()) for client in clients]
    assert [code for code, _, _ in results] == [0, 0], results
    assert sorted(out for _, out, _ in results) == ["pushed 0, pulled 0, conflicts 0\n",
                                                    "pushed 1, pulled 0, conflicts 0\n"]
    assert cli("--db", db, "sync")[:2] == (0, "pushed 0, pulled 0, conflicts 0\n")
    assert cli("--db", db, "verify", "--remote")[:2] == (0, "ok\n")


def test_a_sync_stopped_by_sigterm_mid_push_says_one_line(cli, room, tmp_path, article_file):
    # psycopg's own warning about the rollback it could not send used to follow on stderr.
    db = tmp_path / "a.sqlite"
    uid = _offline_article(cli, db, room.add("ana"), article_file)
    lock = _hold_article_lock(room, uid)
    try:
        client = _start("--db", db, "sync")
        _wait_for(lambda: _waiting_on_locks(room) == 1, "the push to wait on the article's lock")
        client.send_signal(signal.SIGTERM)
        out, err = client.communicate(timeout=120)
    finally:
        lock.close()
    assert client.returncode == 128 + signal.SIGTERM
    assert (out, err) == ("", "emend: stopped by SIGTERM; nothing was half-written\n")
    _wait_for(lambda: _waiting_on_locks(room) == 0, "the stopped client's session to end")
    assert cli("--db", db, "sync")[:2] == (0, "pushed 1, pulled 0, conflicts 0\n")
    assert cli("--db", db, "verify", "--remote")[:2] == (0, "ok\n")


def test_a_history_synced_with_one_newsroom_is_not_pointed_at_another(cli, postgres, room, tmp_path, article_file):
    # Another newsroom's server lacks everything this history synced: that is not a server to heal by sending it
    # all again, nor a history rewritten here.
    db = tmp_path / "a.sqlite"
    _offline_article(cli, db, room.add("ana"), article_file)
    assert cli("--db", db, "sync")[0] == 0
    other = make_newsroom(postgres)
    code, out, err = cli("--db", db, "remote", other.add("ana"))
    assert code == 2 and "this history was synced with another newsroom's record" in err and err.count("\n") == 1
    with History.open(db) as history:
        with history.transaction():
            settings.set_remote_url(history.db, other.url("ana"))  # as if edited by hand
    code, out, err = cli("--db", db, "sync")
    assert code == 2 and "another newsroom's record" in err
    with other.cluster.connect(other.database) as conn:
        assert conn.execute("select count(*) from emend.versions").fetchone()[0] == 0


def _clash(cli, room, tmp_path, article_file):
    """Ana and Ben change the same passage offline; Ana syncs first. Ben's history, waiting for a merge."""
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert cli("--db", a_db, "clone", room.add("ana"))[0] == 0
    assert cli("--db", b_db, "clone", room.add("ben"))[0] == 0
    assert cli("--db", a_db, "import", article_file)[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0 and cli("--db", b_db, "sync")[0] == 0
    a_text = _file(tmp_path, "a.txt", ARTICLE.replace("Eastern", "eastern"))
    b_text = _file(tmp_path, "b.txt", ARTICLE.replace("Eastern", "Western"))
    assert cli("--db", a_db, "save", "1", "--text-file", a_text, "-m", "Style")[0] == 0
    assert cli("--db", b_db, "save", "1", "--text-file", b_text, "-m", "Side")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0
    assert cli("--db", b_db, "sync")[0] == 4
    return b_db


@pytest.mark.parametrize("content, problem", [("", "is empty"), ("  \n\n ", "only whitespace")])
def test_a_merge_from_an_empty_file_is_refused_and_stores_nothing(cli, room, tmp_path, article_file, content, problem):
    # It used to store (and push) an empty version of the article.
    b_db = _clash(cli, room, tmp_path, article_file)
    log = cli("--db", b_db, "log", "1", "--json")[1]
    code, out, err = cli("--db", b_db, "merge", "1", "--text-file", _file(tmp_path, "merged.txt", content))
    assert code == 2 and problem in err and err.count("\n") == 1
    assert cli("--db", b_db, "log", "1", "--json")[1] == log
    assert cli("--db", b_db, "sync")[0] == 4  # the conflict still waits


def test_a_merge_file_is_read_as_save_reads_it(cli, room, tmp_path, article_file):
    # An HTML page is read for its words, as `save --text-file` reads it, not stored as markup.
    b_db = _clash(cli, room, tmp_path, article_file)
    paragraphs = ARTICLE.replace("Eastern", "East").strip().split("\n\n")
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    code, out, err = cli("--db", b_db, "merge", "1", "--text-file", _file(tmp_path, "merged.html", page))
    assert (code, out) == (0, "3\n"), err
    shown = cli("--db", b_db, "show", "1")[1]
    assert "the East harbour bridge" in shown and "<p>" not in shown
    assert cli("--db", b_db, "sync")[:2] == (0, "pushed 0, pulled 0, conflicts 0\n")


def test_a_missing_merge_file_is_named_even_without_a_conflict(cli, room, tmp_path, article_file):
    db = tmp_path / "a.sqlite"
    _offline_article(cli, db, room.add("ana"), article_file)
    code, out, err = cli("--db", db, "merge", "1", "--text-file", tmp_path / "nowhere.txt")
    assert (code, out) == (2, "") and err == f"emend: no such file: '{tmp_path / 'nowhere.txt'}'\n"


def test_sign_off_on_a_history_without_a_server_says_so_first(cli, tmp_path, article_file):
    # It used to say the version was not on the server yet and to run `emend sync`, which then refused.
    db = tmp_path / "h.sqlite"
    assert cli("--db", db, "import", article_file)[0] == 0
    for command in (["approve", "1", "1"], ["send-back", "1", "1", "--note", "Check the figure."]):
        code, out, err = cli("--db", db, *command)
        assert code == 2 and "this history has no newsroom server" in err, err


def test_signing_off_a_version_not_pulled_yet_says_to_sync(cli, room, tmp_path, article_file):
    a_db, s_db = tmp_path / "a.sqlite", tmp_path / "s.sqlite"
    assert cli("--db", s_db, "clone", room.add("sam", role="standards"))[0] == 0
    _offline_article(cli, a_db, room.add("ana"), article_file)
    assert cli("--db", a_db, "save", "1", "--text-file", _file(tmp_path, "t.txt", ARTICLE.replace("7-2", "6-3")),
               "-m", "Vote")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0
    assert cli("--db", s_db, "sync")[:2] == (0, "pushed 0, pulled 2, conflicts 0\n")
    with History.open(a_db) as history:  # Ana saves once more; Sam has not pulled it
        history.save_version(1, text=ARTICLE.replace("7-2", "5-4"), message="Vote again", author="Ana")
    assert cli("--db", a_db, "sync")[0] == 0
    code, out, err = cli("--db", s_db, "approve", "1", "3")
    assert code == 2 and err == ("emend: article 1 has no version 3 in this history; `emend sync` pulls colleagues' "
                                 "newest versions\n")
    assert cli("--db", s_db, "sync")[0] == 0
    assert cli("--db", s_db, "approve", "1", "3")[0] == 0


def test_a_url_without_a_host_names_the_socket_it_tried(cli, tmp_path):
    code, out, err = cli("--db", tmp_path / "c.sqlite", "clone", f"host={tmp_path} port=1 dbname=newsroom")
    assert code == 2
    assert err == (f"emend: cannot reach the newsroom server at {tmp_path}:1: nothing answers on the socket "
                   f"{tmp_path}/.s.PGSQL.1 (No such file or directory)\n")
    assert not (tmp_path / "c.sqlite").exists()


def test_a_forked_publication_is_settled_by_a_merge_that_keeps_the_colleague_s(cli, room, tmp_path, article_file):
    # Both publish the same version offline: the second sync stops (exit 4) and `emend merge --theirs` keeps the
    # colleague's publication, setting this one aside; no empty "yours" list is shown.
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert cli("--db", a_db, "clone", room.add("ana"))[0] == 0
    assert cli("--db", b_db, "clone", room.add("ben"))[0] == 0
    assert cli("--db", a_db, "import", article_file)[0] == 0
    assert cli("--db", a_db, "save", "1", "--text-file", _file(tmp_path, "t.txt", ARTICLE.replace("7-2", "6-3")),
               "-m", "Vote")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0 and cli("--db", b_db, "sync")[0] == 0
    assert cli("--db", a_db, "publish", "1")[0] == 0 and cli("--db", b_db, "publish", "1")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0
    code, out, err = cli("--db", b_db, "sync")
    assert (code, out) == (4, "pushed 0, pulled 0, conflicts 1\n")
    assert err.startswith("emend: article 1 ('Council approves harbour bridge repairs') needs a merge: it was "
                          "published here while a colleague published it too")
    assert "yours )" not in err and ", yours" not in err and err.count("\n") == 1
    assert cli("--db", b_db, "merge", "1", "--theirs")[0] == 0
    assert cli("--db", b_db, "sync")[:2] == (0, "pushed 0, pulled 0, conflicts 0\n")
    assert cli("--db", b_db, "log", "1", "--json")[1] == cli("--db", a_db, "log", "1", "--json")[1]
    assert cli("--db", b_db, "verify", "--remote")[:2] == (0, "ok\n")


def test_showing_the_remote_of_a_history_on_read_only_media(cli, room, tmp_path, article_file,
                                                            on_read_only_media):  # noqa: F811
    # Showing the server only reads; it used to be refused as a write to a read-only history.
    folder = tmp_path / "archive"
    folder.mkdir()
    url = room.add("ana")
    assert cli("--db", folder / "history.sqlite", "clone", url)[0] == 0
    result = on_read_only_media(folder, "remote")
    assert (result.returncode, result.stdout, result.stderr) == (0, url + "\n", "")
    result = on_read_only_media(folder, "remote", url)
    assert result.returncode == 2 and "read-only" in result.stderr
    with History.open(folder / "history.sqlite") as history:
        assert settings.remote_url(history.db) == url


def test_add_user_refuses_a_group_role_that_has_members(cli, room):
    # Granting emend_standards to an existing group role quietly made each of its members a standards editor.
    group, person = room.user("desk"), room.user("carol")
    with room.cluster.connect(autocommit=True) as conn:
        conn.execute(f'create role "{group}" nologin')
        conn.execute(f'create role "{person}" login in role "{group}"')
    code, out, err = cli("server", "add-user", room.url(), group, "--role", "standards")
    assert code == 2 and err.startswith(f"emend: {group} is a group role (its members: {person}); ")
    with room.cluster.connect(room.database) as conn:
        assert not conn.execute("select pg_has_role(%s, 'emend_standards', 'MEMBER')", [person]).fetchone()[0]
    assert cli("server", "add-user", room.url(), person, "--role", "standards")[:2] == (0, "")
