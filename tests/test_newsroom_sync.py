"""Two editors, one newsroom record: clone, import, sync, rebase, conflict, rewrite caught (issue 15)."""

from __future__ import annotations

import pytest

from db.history import History
from db.sync import settings
from db.sync.engine import sync
from tests.newsroom.helpers import ARTICLE, laptop, make_newsroom




def log(history, article_id):
    return [v.to_json() for v in history.versions(article_id)]


def test_two_editors_correct_different_passages_offline_and_both_keep_their_work(room, tmp_path):
    a = laptop(tmp_path, "a", room.add("ana"))
    b = laptop(tmp_path, "b", room.add("ben"))
    article = a.import_article(ARTICLE, title="Council approves harbour bridge repairs", author="Ana")
    assert sync(a).line() == "pushed 1, pulled 0, conflicts 0"
    assert sync(b).line() == "pushed 0, pulled 1, conflicts 0"
    b_id = b.articles()[0].id
    assert b.text(b_id) == ARTICLE

    a.add_correction(article.id, kind="correction", quote="Kowalsky", replacement="Kowalska", author="Ana",
                     public_note="Her name was misspelled.")
    a.save_version(article.id, message="Fix name", author="Ana")
    b.add_correction(b_id, kind="correction", quote="48,000", replacement="84,000", author="Ben",
                     public_note="The traffic figure was wrong.")
    b.save_version(b_id, message="Fix traffic figure", author="Ben")

    assert sync(a).line() == "pushed 1, pulled 0, conflicts 0"
    assert sync(b).line() == "pushed 1, pulled 1, conflicts 0"
    assert sync(a).line() == "pushed 0, pulled 1, conflicts 0"
    assert sync(b).line() == "pushed 0, pulled 0, conflicts 0"

    assert log(a, article.id) == log(b, b_id)
    latest = b.text(b_id)
    assert "Kowalska" in latest and "84,000" in latest
    rebased = b.versions(b_id)[-1]
    assert rebased.author == "Ben" and rebased.message == "Fix traffic figure" and rebased.rebased_from
    assert rebased.pushed_by == room.user("ben") and rebased.received_at
    assert a.verify().ok and b.verify().ok
    set_aside = b.db.execute("select number, reason from set_aside_versions").fetchall()
    assert set_aside == [(2, "rebased onto version 2 as version 3")]
    [applied] = [c for c in b.corrections(b_id) if c.applied_version == 3]
    assert applied.quote == "48,000" and applied.replacement == "84,000"


def test_both_change_the_same_passage_the_second_sync_stops_and_nothing_is_lost(room, tmp_path):
    a = laptop(tmp_path, "a", room.add("ana"))
    b = laptop(tmp_path, "b", room.add("ben"))
    article = a.import_article(ARTICLE, title="Bridge", author="Ana")
    sync(a), sync(b)
    b_id = b.articles()[0].id
    a.save_version(article.id, text=ARTICLE.replace("Eastern", "eastern"), message="Style", author="Ana")
    b.save_version(b_id, text=ARTICLE.replace("Eastern", "Western"), message="Wrong side", author="Ben")
    sync(a)
    result = sync(b)
    assert result.line() == "pushed 0, pulled 0, conflicts 1"
    [conflict] = result.conflicts
    assert conflict.article_id == b_id and conflict.theirs_number == 2 and conflict.mine_numbers == (2,)
    assert [(c.theirs, c.mine) for c in conflict.conflicts] == [("eastern", "Western")]
    assert "Western" in b.text(b_id) and b.latest(b_id).number == 2  # B's version is still there
    assert settings.conflicts(b.db)[conflict.article_uid]["theirs"] == 2


def test_a_version_rewritten_after_it_was_synced_is_refused(room, tmp_path):
    from db.server.errors import ChainRefused
    from tests.forger import reseal, rewrite_texts, unguarded

    b = laptop(tmp_path, "b", room.add("ben"))
    article = b.import_article(ARTICLE, title="Bridge", author="Ben")
    b.save_version(article.id, text=ARTICLE.replace("48,000", "84,000"), message="Figure", author="Ben")
    sync(b)
    b.close()
    with unguarded(tmp_path / "b.sqlite") as db:
        rewrite_texts(db, article.id, 2, "84,000", "94,000")
        reseal(db, article.id)
    b = History.open(tmp_path / "b.sqlite")
    assert b.verify().ok  # every hash recomputed: the file alone cannot tell
    b.save_version(article.id, text=b.text(article.id) + "\nMore.\n", message="More", author="Ben")
    with pytest.raises(ChainRefused, match="version 2: this history no longer matches the newsroom record"):
        sync(b)
    from db.sync.witness import verify_remote
    report = verify_remote(b)
    assert not report.ok and "chain hash differs" in str(report.problems[0])


def test_the_audit_names_who_pushed_each_synced_version_and_when_the_server_received_it(room, tmp_path):
    from desktop.application.outputs import audit_report

    a = laptop(tmp_path, "a", room.add("ana"))
    article = a.import_article(ARTICLE, title="Bridge", author="Ana")
    a.save_version(article.id, text=ARTICLE.replace("48,000", "84,000"), message="Figure", author="Ana")
    _, before = audit_report(a, article.id)
    assert "to the newsroom record by" not in before
    sync(a)
    _, after = audit_report(a, article.id)
    received = a.versions(article.id)[1].received_at
    assert f"to the newsroom record by <bdi>{room.user('ana')}</bdi>, received {received}" in after


def corrected_on_two_laptops(room, tmp_path):
    """Ana's article with a saved correction (version 2), synced to Ana's and Ben's laptops."""
    a = laptop(tmp_path, "a", room.add("ana"))
    b = laptop(tmp_path, "b", room.add("ben"))
    article = a.import_article(ARTICLE, title="Bridge", author="Ana")
    a.add_correction(article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana",
                     public_note="The figure was wrong.")
    a.save_version(article.id, message="Figure", author="Ana")
    sync(a), sync(b)
    return a, b, article, b.articles()[0].id


def test_a_publish_point_made_offline_on_a_synced_version_is_pushed_and_newer_versions_pulled(room, tmp_path):
    from db.publishing import publications, publish

    a, b, article, b_id = corrected_on_two_laptops(room, tmp_path)
    b.save_version(b_id, text=b.text(b_id).replace("town hall", "city hall"), message="Venue", author="Ben")
    sync(b)
    publish(a, article.id, 2, author="Ana")  # offline, on version 2, while the server has version 3
    assert sync(a).line() == "pushed 2, pulled 1, conflicts 0"  # the publish point and its notice
    assert sync(b).line() == "pushed 0, pulled 2, conflicts 0"
    assert a.verify().ok and b.verify().ok
    assert [p.version_number for p in publications(b, b_id)] == [2]


def test_two_publications_made_apart_are_a_conflict_and_nothing_is_lost(room, tmp_path):
    from db.publishing import publications, publish

    a, b, article, b_id = corrected_on_two_laptops(room, tmp_path)
    publish(a, article.id, author="Ana")
    publish(b, b_id, author="Ben")
    sync(a)
    result = sync(b)
    assert result.line() == "pushed 0, pulled 0, conflicts 1"
    [conflict] = result.conflicts
    assert "publish points cannot be" in conflict.reason
    assert b.verify().ok
    from db.sync.resolve import resolve

    assert resolve(b, b_id, conflict.theirs_text, author="Ben") is None  # keep theirs: Ana's publication stands
    assert sync(b).line() == "pushed 0, pulled 0, conflicts 0"
    assert [p.published_by for p in publications(b, b_id)] == ["Ana"]
    kept = b.db.execute("select table_name, reason from set_aside_records order by rowid").fetchall()
    assert [t for t, _ in kept] == ["notices", "publications"] and b.verify().ok


def test_the_server_refuses_a_publish_point_that_would_fork_the_record_even_from_a_client_that_does_not_ask(
        room, tmp_path):
    from db.publishing import publish
    from db.server.connection import connect
    from db.server.errors import ChainRefused
    from db.sync import local_rows, server_rows

    a, b, article, b_id = corrected_on_two_laptops(room, tmp_path)
    publish(a, article.id, author="Ana")
    publish(b, b_id, author="Ben")
    sync(a)
    conn = connect(settings.remote_url(b.db), autocommit=True)
    try:
        with pytest.raises(ChainRefused, match="chain of publish points and notices"):
            server_rows.push(conn, [local_rows.outgoing(b.db, b_id)])
    finally:
        conn.close()


def test_saving_on_a_version_a_sync_replaced_is_refused_not_written_over_the_colleague_s(room, tmp_path):
    from db.errors import ConflictError
    from db.sync.resolve import resolve

    a = laptop(tmp_path, "a", room.add("ana"))
    b = laptop(tmp_path, "b", room.add("ben"))
    article = a.import_article(ARTICLE, title="Bridge", author="Ana")
    sync(a), sync(b)
    b_id = b.articles()[0].id
    a.save_version(article.id, text=ARTICLE.replace("Eastern", "eastern"), message="Style", author="Ana")
    b.save_version(b_id, text=ARTICLE.replace("Eastern", "Western"), message="Side", author="Ben")
    started = b.latest(b_id)  # what B's window shows, with unsaved typing on top
    sync(a)
    [conflict] = sync(b).conflicts
    resolve(b, b_id, conflict.theirs_text, author="Ben")  # elsewhere: `emend merge --theirs`
    assert b.latest(b_id).number == started.number == 2
    with pytest.raises(ConflictError, match="replaced by the newsroom's in a sync"):
        b.save_version(b_id, text=ARTICLE.replace("Eastern", "Western") + "More.\n", message="More", author="Ben",
                       expected_parent=started)
    assert "eastern" in b.text(b_id)


def test_a_publication_waiting_for_sign_off_holds_back_nothing_else(postgres, tmp_path):
    from db.publishing import publish
    from db.sync.signoff import APPROVED, decide

    room = make_newsroom(postgres, require_signoff=True)
    a = History.open(tmp_path / "a.sqlite")  # a history that published before it joined the newsroom
    article = a.import_article(ARTICLE, title="Bridge", author="Ana")
    a.add_correction(article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana",
                     public_note="The figure was wrong.")
    a.save_version(article.id, message="Figure", author="Ana")
    publish(a, article.id, author="Ana")
    other = a.import_article("A second story.\n", title="Other", author="Ana")
    with a.transaction():
        settings.set_remote_url(a.db, room.add("ana"))
    result = sync(a)
    assert result.line() == "pushed 3, pulled 0, conflicts 0"  # both articles' versions went; the publication waits
    assert len(result.notes) == 1 and "stays here until a standards editor approves that version" in result.notes[0]
    assert a.versions(other.id)[0].pushed_by == room.user("ana")
    s = laptop(tmp_path, "s", room.add("sam", role="standards"))
    sync(s)
    s_id = next(x.id for x in s.articles() if x.title == "Bridge")
    decide(s, s_id, 2, APPROVED)
    result = sync(a)
    assert result.line() == "pushed 2, pulled 0, conflicts 0" and not result.notes
    assert a.verify().ok
