"""A record that proves itself: receipts and published notices, kept outside the history, catch a
deliberate rewrite by someone who holds the file and recomputes every hash; `verify` alone catches
the naive one."""

from __future__ import annotations

import json

import pytest

from tests.forger import reseal, rewrite_texts, unguarded

TRAFFIC_NOTE = "An earlier version of this article misstated the bridge's daily traffic."
FORGED_NOTE = "An earlier version of this article understated the bridge's daily traffic."
BACKDATED = "2026-01-02T08:00:00.000000Z"


@pytest.fixture
def emend(cli, db_path):
    """`emend --db <the test's history> ARGS...`; returns (exit code, stdout, stderr)."""
    return lambda *args: cli("--db", db_path, *args)


@pytest.fixture
def newsroom(emend, sample_path, tmp_path):
    """The sample article imported, corrected twice and published twice through the CLI; its receipts and
    published notices saved outside the history, as a newsroom archives or publishes them."""
    assert emend("import", sample_path, "--title", "Harbour bridge reopens", "--author", "Ana")[0] == 0
    assert emend("correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
                 "--kind", "correction", "--note", TRAFFIC_NOTE, "--author", "Ana")[0] == 0
    assert emend("save", "1", "-m", "Correct the traffic figure", "--author", "Ana")[1].strip() == "2"
    assert emend("publish", "1", "--author", "Desk")[0] == 0
    assert emend("correct", "1", "--quote", "opened in 1932", "--replace", "first opened in 1932",
                 "--kind", "clarification", "--author", "Ben")[0] == 0
    assert emend("save", "1", "-m", "Clarify the opening", "--author", "Ben")[1].strip() == "3"
    assert emend("publish", "1", "--author", "Desk")[0] == 0
    files = {}
    for name, args in {"receipts.json": ("receipts", "--json"), "notice.jsonld": ("notice", "1", "--format", "jsonld"),
                       "notice.html": ("notice", "1", "--format", "html"),
                       "page.html": ("notice", "1", "--with-article", "--format", "html")}.items():
        code, out, err = emend(*args)
        assert code == 0, err
        files[name] = tmp_path / name
        files[name].write_text(out, encoding="utf-8")
    assert emend("verify", "--against", *files.values())[:2] == (0, "ok\n")
    return files


def failed(result) -> tuple[list[str], str]:
    """The FAILED lines of a verification that failed, and its one line on stderr."""
    code, out, err = result
    assert code == 1, (out, err)
    assert len(err.splitlines()) == 1 and err.startswith("emend: verification failed: ")
    return [line for line in out.splitlines() if line.startswith("FAILED ")], err


def test_receipts_list_every_publish_point_oldest_first(emend, newsroom, db_path):
    receipts = json.loads(newsroom["receipts.json"].read_text(encoding="utf-8"))
    assert [(r["format"], r["article"], r["version"]) for r in receipts] == [("emend-receipt/1", 1, 2),
                                                                              ("emend-receipt/1", 1, 3)]
    code, log, _ = emend("log", "1", "--json")
    chains = {v["number"]: v["chain_sha256"] for v in json.loads(log)}
    assert [r["chain_sha256"] for r in receipts] == [chains[2], chains[3]]
    assert all(r["title"] == "Harbour bridge reopens" and len(r["source_sha256"]) == 64 for r in receipts)
    assert receipts[0]["published_at"] < receipts[1]["published_at"]
    assert receipts[0]["notice_sha256"] != receipts[1]["notice_sha256"]

    code, text, _ = emend("receipts", "1")
    lines = [line.split("\t") for line in text.splitlines()]
    assert code == 0 and len(lines) == 2
    assert lines[0] == ["1", "Harbour bridge reopens", receipts[0]["created_at"], receipts[0]["source_sha256"], "2",
                        receipts[0]["published_at"], chains[2], receipts[0]["notice_sha256"]]


def test_a_rewrite_with_every_hash_recomputed_is_caught_by_the_receipts_and_the_published_notices(
        emend, newsroom, db_path):
    with unguarded(db_path) as db:
        rewrite_texts(db, 1, 2, "84,000 vehicles", "94,000 vehicles")
        db.execute("update corrections set replacement = '94,000 vehicles', public_note = ?, author = 'Mallory',"
                   " created_at = ? where replacement = '84,000 vehicles'", [FORGED_NOTE, BACKDATED])
        db.execute("update versions set author = 'Mallory', created_at = ? where number = 2", [BACKDATED])
        db.execute("update notices set text = replace(text, ?, ?), notice_json = replace(notice_json, ?, ?)",
                   [TRAFFIC_NOTE, FORGED_NOTE, TRAFFIC_NOTE, FORGED_NOTE])
        reseal(db, 1)
    assert emend("show", "1", "2")[1].count("94,000 vehicles") == 1
    assert emend("verify")[:2] == (0, "ok\n")  # every hash was recomputed: the history alone cannot tell

    lines, err = failed(emend("verify", "--against", newsroom["receipts.json"]))
    assert lines[0].startswith("FAILED article 1, version 2: the version was rewritten")
    assert lines[1].startswith("FAILED article 1, version 3: the version was rewritten")
    assert err.startswith("emend: verification failed: article 1, version 2: the version was rewritten")
    for notice in ("notice.jsonld", "notice.html", "page.html"):
        lines, _ = failed(emend("verify", "--against", newsroom[notice]))
        assert any(line.startswith("FAILED article 1, version 3: the version was rewritten") for line in lines)


def test_the_same_rewrite_without_recomputing_the_hashes_is_caught_by_verify_alone(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        rewrite_texts(db, 1, 2, "84,000 vehicles", "94,000 vehicles")
        db.execute("update versions set author = 'Mallory', created_at = ? where number = 2", [BACKDATED])
    lines, _ = failed(emend("verify"))
    assert lines[0].startswith("FAILED article 1, version 2:")


def roll_back_version_3(db) -> None:
    """Delete version 3, the correction it applied, its publish point and its notice."""
    [(version_id,)] = db.execute("select id from versions where article_id = 1 and number = 3")
    db.execute("delete from notices where publication_id in (select id from publications where version_id = ?)",
               [version_id])
    db.execute("delete from publications where version_id = ?", [version_id])
    db.execute("delete from corrections where applied_version_id = ?", [version_id])
    db.execute("delete from version_additions where version_id = ?", [version_id])
    db.execute("delete from versions where id = ?", [version_id])


def test_a_rolled_back_version_with_the_heads_reset_is_caught_by_the_receipts(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        roll_back_version_3(db)
        reseal(db, 1)
    assert emend("verify")[:2] == (0, "ok\n")
    assert json.loads(emend("log", "1", "--json")[1])[-1]["number"] == 2

    lines, err = failed(emend("verify", "--against", newsroom["receipts.json"]))
    assert lines == ["FAILED article 1, version 3: the version is gone from the history (rolled back); "
                     f"'{newsroom['receipts.json']}' records it"]
    assert "article 1, version 3" in err


def test_a_rolled_back_version_with_the_heads_left_alone_is_caught_by_verify_alone(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        roll_back_version_3(db)
    lines, _ = failed(emend("verify"))
    assert lines[0].startswith("FAILED article 1, version 2: the latest versions do not match the article's recorded head")


def unpublish_version_3(db) -> None:
    db.execute("delete from notices where publication_id = (select max(id) from publications)")
    db.execute("delete from publications where id = (select max(id) from publications)")


def test_an_unpublished_version_with_the_record_head_recomputed_is_caught_by_the_receipts(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        unpublish_version_3(db)
        reseal(db, 1)
    assert emend("verify")[:2] == (0, "ok\n")
    assert [r["version"] for r in json.loads(emend("receipts", "--json")[1])] == [2]

    lines, err = failed(emend("verify", "--against", newsroom["receipts.json"]))
    assert lines == [f"FAILED article 1, version 3: the version is no longer published (unpublished); "
                     f"'{newsroom['receipts.json']}' records its publication"]
    lines, _ = failed(emend("verify", "--against", newsroom["notice.jsonld"]))
    assert lines[0].startswith("FAILED article 1, version 3: the version is no longer published (unpublished)")


def test_an_unpublished_version_with_the_record_head_left_alone_is_caught_by_verify_alone(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        unpublish_version_3(db)
    lines, _ = failed(emend("verify"))
    assert lines[0].startswith("FAILED article 1: its newest publish point or notice is missing")


def test_a_changed_title_with_every_hash_recomputed_is_caught_by_the_receipts(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        db.execute("update articles set title = 'Harbour bridge stays shut', created_at = ? where id = 1", [BACKDATED])
        reseal(db, 1)
    assert emend("verify")[:2] == (0, "ok\n")

    lines, _ = failed(emend("verify", "--against", newsroom["receipts.json"]))
    assert lines[0].startswith("FAILED article 1, version 2: the article's title and created_at no longer match")
    assert "(its identity was rewritten)" in lines[0]


def test_a_changed_title_alone_is_caught_by_verify_alone(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        db.execute("update articles set title = 'Harbour bridge stays shut' where id = 1")
    lines, _ = failed(emend("verify"))
    assert lines[0].startswith("FAILED article 1, version 1: its metadata or the article's title, source or import "
                               "time were changed")


def test_an_article_deleted_outright_is_caught_by_the_receipts(emend, newsroom, db_path):
    with unguarded(db_path) as db:
        for table in ("notices", "publications", "corrections", "version_additions", "versions", "articles"):
            db.execute(f"delete from {table}")
    assert emend("verify")[:2] == (0, "ok\n")
    lines, _ = failed(emend("verify", "--against", newsroom["receipts.json"]))
    assert lines[0].startswith("FAILED article 1, version 2: the article is gone from the history (deleted)")


@pytest.mark.parametrize("content", [
    "Just some notes about the bridge.",
    '{"headline": "a JSON-LD notice without Emend\'s identifiers"}',
    '[{"format": "emend-receipt/1", "article": 1, "version": 2, "chain_sha256": "not a hash"}]',
    '{"unfinished": ',
    "<html><body><aside class='correction-notice' data-emend-article='one'></aside></body></html>",
    "<![if gte mso 9]><p>Word's HTML</p>",
])
def test_a_file_that_holds_no_readable_emend_record_is_refused_in_one_line(emend, newsroom, tmp_path, content):
    garbage = tmp_path / "garbage.txt"
    garbage.write_text(content, encoding="utf-8")
    code, out, err = emend("verify", "--against", newsroom["receipts.json"], garbage)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "'" + str(garbage) + "'" in err and "Traceback" not in err
    assert emend("verify", "--against", newsroom["receipts.json"])[:2] == (0, "ok\n")


def test_a_missing_too_large_or_undecodable_file_is_refused_in_one_line(emend, newsroom, tmp_path):
    large = tmp_path / "large.json"
    large.write_bytes(b" " * (5 * 1024 * 1024 + 1))
    undecodable = tmp_path / "latin1.html"
    undecodable.write_bytes("<aside data-emend-article='1'>caf\xe9</aside>".encode("latin-1"))
    for path, says in ((tmp_path / "nowhere.json", "does not exist"), (tmp_path, "is a folder"),
                       (large, "too large"), (undecodable, "not UTF-8")):
        code, out, err = emend("verify", "--against", path)
        assert (code, out) == (2, ""), err
        assert len(err.splitlines()) == 1 and says in err


def test_receipts_of_a_history_with_nothing_published_are_an_empty_list(emend, sample_path):
    emend("import", sample_path, "--title", "Harbour bridge reopens")
    assert emend("receipts", "--json")[:2] == (0, "[]\n")
    assert emend("receipts")[:2] == (0, "")


def test_no_receipts_are_issued_for_a_history_that_does_not_verify(emend, newsroom, db_path):
    """A receipt vouches for the record: one made after a naive edit would bless the edit."""
    with unguarded(db_path) as db:
        rewrite_texts(db, 1, 2, "84,000 vehicles", "94,000 vehicles")
    code, out, err = emend("receipts", "--json")
    assert code == 1 and out == ""
    assert "does not verify" in err and err.count("\n") == 1


@pytest.mark.parametrize("content", [
    '[{"format": "emend-receipt/1", "article": 9223372036854775808, "version": 2}]',
    '[{"format": "emend-receipt/1", "article": ' + "9" * 5000 + ', "version": 2}]',
    '{"@type": "NewsArticle", "identifier": [{"@type": "PropertyValue", "name": "emend-article", '
    '"value": "9223372036854775808"}, {"@type": "PropertyValue", "name": "emend-version", "value": "2"}, '
    '{"@type": "PropertyValue", "name": "emend-chain-sha256", "value": "' + "a" * 64 + '"}]}',
    '<aside data-emend-article="' + "9" * 5000 + '" data-emend-version="2" data-emend-chain-sha256="'
    + "a" * 64 + '"></aside>',
], ids=["2^63", "5000 digits", "json-ld 2^63", "html 5000 digits"])
def test_numbers_no_history_can_hold_are_refused_in_one_line(emend, newsroom, tmp_path, content):
    odd = tmp_path / "odd.json"
    odd.write_text(content, encoding="utf-8")
    code, _, err = emend("verify", "--against", odd)
    assert code == 2 and err.count("\n") == 1 and "internal error" not in err, err


def test_a_rewritten_notice_wording_is_caught_by_the_published_notice_itself(emend, newsroom, db_path):
    """Only the words change, every hash recomputed: the published JSON-LD and page still hold the old words."""
    with unguarded(db_path) as db:
        db.execute("update notices set text = replace(text, ?, ?), notice_json = replace(notice_json, ?, ?)",
                   [TRAFFIC_NOTE, FORGED_NOTE, TRAFFIC_NOTE, FORGED_NOTE])
        reseal(db, 1)
    assert emend("verify")[:2] == (0, "ok\n")
    assert FORGED_NOTE in emend("notice", "1")[1]
    for notice in ("notice.jsonld", "notice.html", "page.html"):
        lines, _ = failed(emend("verify", "--against", newsroom[notice]))
        assert any("its wording was rewritten" in line for line in lines), (notice, lines)


def test_a_page_published_before_a_revised_wording_still_verifies(emend, newsroom, db_path):
    """Revising a notice supersedes it, and the first wording stays on record, as readers saw it."""
    from db import publishing
    from db.history import History

    with History.open(db_path, create=False) as history:
        newest = publishing.notices(history, 1)[-1]
        revised = newest.text.replace("Clarification:", "Clarification: To be precise,", 1)
        publishing.revise_notice(history, newest.id, revised, author="Desk")
    assert "To be precise" in emend("notice", "1")[1]
    assert emend("verify", "--against", newsroom["notice.jsonld"], newsroom["page.html"])[:2] == (0, "ok\n")
