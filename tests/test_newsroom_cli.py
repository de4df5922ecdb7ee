"""The newsroom story of issue 15 at the command line, on a throwaway PostgreSQL cluster: two editors
clone, import, correct offline, sync and rebase; a clash stops with exit 4 and loses nothing; a rewrite
after syncing is refused with exit 1; a standards editor's sign-off gates publishing."""

from __future__ import annotations

import json

import pytest

from tests.forger import reseal, rewrite_texts, unguarded
from tests.newsroom.helpers import ARTICLE, make_newsroom


@pytest.fixture
def room(postgres):
    return make_newsroom(postgres, require_signoff=True)



def test_two_editors_a_rebase_a_clash_a_rewrite_and_a_sign_off(cli, room, tmp_path, article_file, monkeypatch):
    monkeypatch.setenv("EMEND_AUTHOR", "Ana")
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    a_url, b_url, s_url = room.add("ana"), room.add("ben"), room.add("sam", role="standards")
    assert cli("--db", a_db, "clone", a_url)[:2] == (0, "pushed 0, pulled 0, conflicts 0\n")
    assert cli("--db", b_db, "clone", b_url)[0] == 0
    code, out, err = cli("--db", a_db, "clone", a_url)
    assert code == 2 and "already exists" in err

    assert cli("--db", a_db, "import", article_file, "--title", "Council approves bridge repairs")[:2] == (0, "1\n")
    assert cli("--db", a_db, "sync")[:2] == (0, "pushed 1, pulled 0, conflicts 0\n")
    assert cli("--db", b_db, "sync")[:2] == (0, "pushed 0, pulled 1, conflicts 0\n")
    assert cli("--db", b_db, "show", "1")[1].rstrip("\n") == ARTICLE.rstrip("\n")

    # Offline, each corrects a different passage and saves.
    assert cli("--db", a_db, "correct", "1", "--quote", "Kowalsky", "--replace", "Kowalska",
               "--note", "Her name was misspelled.")[0] == 0
    assert cli("--db", a_db, "save", "1", "-m", "Fix name")[0] == 0
    assert cli("--db", b_db, "correct", "1", "--quote", "48,000", "--replace", "84,000", "--author", "Ben",
               "--note", "The traffic figure was wrong.")[0] == 0
    assert cli("--db", b_db, "save", "1", "-m", "Fix figure", "--author", "Ben")[0] == 0
    assert cli("--db", a_db, "sync")[1] == "pushed 1, pulled 0, conflicts 0\n"
    assert cli("--db", b_db, "sync")[1] == "pushed 1, pulled 1, conflicts 0\n"
    assert cli("--db", a_db, "sync")[1] == "pushed 0, pulled 1, conflicts 0\n"
    assert cli("--db", b_db, "sync")[1] == "pushed 0, pulled 0, conflicts 0\n"
    a_log, b_log = cli("--db", a_db, "log", "1", "--json")[1], cli("--db", b_db, "log", "1", "--json")[1]
    assert a_log == b_log
    versions = json.loads(a_log)
    assert [v["number"] for v in versions] == [1, 2, 3]
    assert versions[2]["rebased_from"] and versions[2]["author"] == "Ben"
    assert [v["pushed_by"] for v in versions] == [room.user("ana"), room.user("ana"), room.user("ben")]

    # Both change the same passage differently: the second sync stops, nothing is lost.
    assert cli("--db", a_db, "save", "1", "--text-file", _text(tmp_path, "a.txt", "Eastern", "eastern"),
               "-m", "Style")[0] == 0
    b_text = _text(tmp_path, "b.txt", "Eastern", "Western", base=cli("--db", b_db, "show", "1")[1])
    assert cli("--db", b_db, "save", "1", "--text-file", b_text, "-m", "Side", "--author", "Ben")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0
    code, out, err = cli("--db", b_db, "sync")
    assert (code, out) == (4, "pushed 0, pulled 0, conflicts 1\n")
    assert "article 1 ('Council approves bridge repairs') needs a merge" in err
    assert "Western" in cli("--db", b_db, "show", "1")[1]
    assert cli("--db", b_db, "merge", "1", "--theirs")[0] == 0
    assert cli("--db", b_db, "sync")[:2] == (0, "pushed 0, pulled 0, conflicts 0\n")
    assert "Western" not in cli("--db", b_db, "show", "1")[1]
    assert cli("--db", a_db, "log", "1", "--json")[1] == cli("--db", b_db, "log", "1", "--json")[1]

    # Sign-off: Ana cannot publish her own correction until a standards editor approves it.
    code, out, err = cli("--db", a_db, "publish", "1")
    assert code == 2 and "has not been signed off by a standards editor" in err
    s_db = tmp_path / "s.sqlite"
    assert cli("--db", s_db, "clone", s_url)[0] == 0
    code, out, err = cli("--db", a_db, "approve", "1", "4")
    assert code == 2 and "is not a standards editor" in err
    assert cli("--db", s_db, "awaiting")[1].startswith("1\t4\t")
    assert cli("--db", s_db, "approve", "1", "4", "--note", "Checked with the clerk.")[0] == 0
    assert cli("--db", a_db, "sync")[0] == 0
    assert cli("--db", a_db, "publish", "1")[0] == 0
    assert cli("--db", a_db, "sync")[1] == "pushed 2, pulled 0, conflicts 0\n"  # the publish point and its notice
    for db in (a_db, b_db, s_db):
        assert cli("--db", db, "sync")[0] == 0
        code, out, err = cli("--db", db, "verify", "--remote")
        assert (code, out) == (0, "ok\n"), err
    assert cli("--db", b_db, "receipts", "--remote", "--json")[0] == 0

    # B rewrites an already synced version with plain SQL, every hash recomputed, and syncs.
    with unguarded(b_db) as db:
        rewrite_texts(db, 1, 2, "Kowalska", "Kowalczyk")
        reseal(db, 1)
    assert cli("--db", b_db, "verify")[:2] == (0, "ok\n")
    assert cli("--db", b_db, "save", "1", "--text-file", _text(tmp_path, "c.txt", "town hall", "city hall",
                                                               base=cli("--db", b_db, "show", "1")[1]),
               "-m", "Venue", "--author", "Ben")[0] == 0
    code, out, err = cli("--db", b_db, "sync")
    assert code == 1 and "article 1" in err and "no longer matches the newsroom record" in err
    code, out, err = cli("--db", b_db, "verify", "--remote")
    assert code == 1 and "differs from the newsroom record" in out


def test_an_unreachable_server_is_one_line_and_exit_2(cli, tmp_path, article_file):
    from tests.postgres_cluster import free_port

    db = tmp_path / "h.sqlite"
    assert cli("--db", db, "import", article_file)[0] == 0
    port = free_port()
    code, out, err = cli("--db", db, "remote", f"postgresql://ana@127.0.0.1:{port}/newsroom")
    assert code == 2 and err.startswith(f"emend: cannot reach the newsroom server at 127.0.0.1:{port}:")
    code, out, err = cli("--db", db, "sync")
    assert code == 2 and "no newsroom server" in err
    code, out, err = cli("--db", tmp_path / "new.sqlite", "clone", f"postgresql://ana@127.0.0.1:{port}/newsroom")
    assert code == 2 and "cannot reach the newsroom server" in err and not (tmp_path / "new.sqlite").exists()


def _text(tmp_path, name, old, new, base=ARTICLE):
    path = tmp_path / name
    path.write_text(base.replace(old, new), encoding="utf-8")
    return path
