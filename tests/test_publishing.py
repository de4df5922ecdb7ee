"""Publishing a corrected version with its notice; notices are part of the record."""

import json
import sqlite3

import pytest

from corrections.errors import InputError
from db import publishing
from db.history import History


@pytest.fixture
def corrected(history, sample_text):
    article = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
    history.add_correction(article.id, kind="correction", quote="48,000 vehicles", replacement="84,000 vehicles",
                           author="Ana", public_note="An earlier version of this article misstated the bridge's "
                           "daily traffic. It is 84,000 vehicles, not 48,000.")
    history.add_correction(article.id, kind="clarification", quote="opened in 1932", replacement="first opened in 1932",
                           author="Ana")
    history.save_version(article.id, message="Corrections", author="Ana")
    return article


def test_publishing_stores_a_notice_with_the_exact_spans(history, corrected):
    draft = publishing.draft(history, corrected.id)
    publication, notice = publishing.publish(history, corrected.id, author="Desk")
    assert publication.version_number == 2
    assert notice.text == draft.text
    assert notice.text.startswith("Correction: An earlier version of this article misstated the bridge's daily")
    assert "Clarification: " in notice.text
    old, new = history.text(corrected.id, 1), history.text(corrected.id, 2)
    for span in notice.spans:
        assert old[span["before"]["start"]:span["before"]["end"]] == span["before"]["text"]
        assert new[span["after"]["start"]:span["after"]["end"]] == span["after"]["text"]
    assert {s["correction"] for s in notice.spans} == {1, 2}


def test_a_notice_survives_a_restart_unchanged(db_path, sample_text):
    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="T", author="A")
        history.add_correction(article.id, kind="update", quote="from Wednesday", replacement="from Thursday",
                               author="A")
        history.save_version(article.id, message="m", author="A")
        _, notice = publishing.publish(history, article.id, author="A")
    with History.open(db_path) as history:
        again = publishing.notices(history, article.id)
        assert [n.text for n in again] == [notice.text]
        assert again[0].notice == notice.notice
        assert history.verify().ok


def test_published_notices_cannot_change_and_revisions_supersede_them(history, corrected):
    _, notice = publishing.publish(history, corrected.id, author="Desk")
    with pytest.raises(sqlite3.IntegrityError):
        history.db.execute("update notices set text = 'nothing happened'")
    revised_text = notice.text.replace("daily traffic", "average daily traffic")
    revised = publishing.revise_notice(history, notice.id, revised_text, author="Desk")
    assert revised.supersedes_id == notice.id and revised.text == revised_text
    assert [n.id for n in publishing.notices(history, corrected.id)] == [revised.id]
    assert len(publishing.notices(history, corrected.id, include_superseded=True)) == 2
    with pytest.raises(InputError, match="label"):
        publishing.revise_notice(history, revised.id, "We fixed it.\n\nCorrected today", author="Desk")


def test_publishing_twice_and_notices_without_corrections_are_refused(history, corrected):
    publishing.publish(history, corrected.id, author="Desk")
    with pytest.raises(InputError, match="version 2 is already published"):
        publishing.publish(history, corrected.id, author="Desk")
    assert publishing.draft(history, corrected.id) is None


def test_tampering_with_a_notice_is_caught(db_path, sample_text):
    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="T", author="A")
        history.add_correction(article.id, kind="correction", quote="1932", replacement="1934", author="A")
        history.save_version(article.id, message="m", author="A")
        publishing.publish(history, article.id, author="A")
    conn = sqlite3.connect(db_path)
    conn.execute("drop trigger notices_no_update")
    conn.execute("update notices set text = 'Update: nothing to see.'")
    conn.commit()
    conn.close()
    with History.open(db_path) as history:
        problems = history.verify().problems
    assert problems and "notice 1" in problems[0].message


def test_notice_from_the_command_line_in_every_format(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('The minister said "<script>alert(1)</script>" at 3 p.m. on Tuesday.\n', encoding="utf-8")
    cli("import", article, "--title", 'Minister "quoted" <b>')
    assert cli("correct", "1", "--quote", "Tuesday", "--replace", "Wednesday", "--kind", "correction",
               "--note", 'He spoke on "Wednesday" <not> Tuesday.')[0] == 0
    cli("save", "1", "-m", "day")
    code, out, err = cli("notice", "1")
    assert code == 0 and "draft" in err
    assert out.startswith('Correction: He spoke on "Wednesday" <not> Tuesday.')
    assert cli("publish", "1")[1].startswith("published version 2")

    html = cli("notice", "1", "--format", "html")[1]
    assert "<not>" not in html and "&lt;not&gt;" in html
    data = json.loads(cli("notice", "1", "--format", "jsonld")[1])
    assert data["@type"] == "NewsArticle" and data["headline"] == 'Minister "quoted" <b>'
    assert data["correction"][0]["@type"] == "CorrectionComment"
    assert "datePublished" in data["correction"][0] and "dateModified" in data
    assert "</script>" not in cli("notice", "1", "--format", "jsonld")[1]
    newsml = cli("notice", "1", "--format", "newsml")[1]
    assert 'qcode="sig:correction"' in newsml and "edNote" in newsml and "&lt;not&gt;" in newsml
    page = cli("notice", "1", "--format", "html", "--with-article")[1]
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert cli("notice", "1", "--format", "md")[1].startswith("**Correction:**")
