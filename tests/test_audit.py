"""Auditing an article: timeline, blame, what readers saw, search, the report and the log."""

import csv
import io
import json

import pytest

from corrections.audit_report import render_audit_html
from corrections.clock import format_utc
from db import audit, publishing
from db.search import search

V1 = "The mayor opened the bridge on Monday.\n\nIt cost 184 million pounds.\n"
V2 = "The mayor opened the old bridge on Monday.\n\nIt cost 184 million pounds.\n"
V3 = "The mayor opened the old bridge on Monday.\n\nIt cost 148 million pounds.\n"
V4 = "The mayor opened the bridge on Monday.\n\nIt cost 148 million pounds, the council said.\n"


@pytest.fixture
def four_versions(history, monkeypatch):
    """v1 imported, v2 adds "old", v3 corrects the cost, v4 removes "old" again and adds a source."""
    clock = iter(format_utc(__import__("datetime").datetime(2026, 11, 24, 9 + i, 0)) for i in range(20))
    monkeypatch.setattr("db.history.utc_now", lambda: next(clock))
    monkeypatch.setattr("db.publishing.utc_now", lambda: next(clock))
    article = history.import_article(V1, title="Bridge", author="Ana")
    history.save_version(article.id, message="add old", author="Ben", text=V2)
    history.add_correction(article.id, kind="correction", quote="184 million", replacement="148 million",
                           author="Cy", public_note="The bridge cost 148 million pounds, not 184 million.")
    history.save_version(article.id, message="cost", author="Cy")
    publishing.publish(history, article.id, author="Desk")
    history.save_version(article.id, message="source", author="Dee", text=V4)
    return article.id


def test_blame_names_the_version_of_every_word(history, four_versions):
    spans = audit.blame_article(history, four_versions)
    assert "".join(s.text for s in spans) == V4
    by_text = [(s.text, s.version) for s in spans]
    assert by_text == [
        ("The mayor opened the bridge on Monday.\n\nIt cost ", 1),
        ("148 ", 3),
        ("million pounds", 1),
        (", the council said", 4),
        (".\n", 1),
    ]
    assert spans[1].start == V4.index("148") and spans[1].end == V4.index("million")
    assert spans[1].note.startswith("Correction: The bridge cost 148")


def test_blame_of_an_older_version(history, four_versions):
    spans = audit.blame_article(history, four_versions, 2)
    assert [(s.text, s.version) for s in spans if s.version == 2] == [("old ", 2)]


def test_a_word_deleted_then_restored_keeps_its_first_author(history):
    article = history.import_article(V1, title="T", author="Ana")
    history.save_version(article.id, message="vandal", author="Vic", text="Nothing to see here.\n")
    history.save_version(article.id, message="revert", author="Rex", text=V1)
    spans = audit.blame_article(history, article.id)
    assert {(s.version, s.author) for s in spans} == {(1, "Ana")}


def test_the_timeline_shows_corrections_publish_points_and_notices(history, four_versions):
    entries = audit.timeline(history, four_versions)
    assert [e.version.number for e in entries] == [1, 2, 3, 4]
    assert [c.kind.value for c in entries[2].corrections] == ["correction"]
    assert entries[2].published_at and entries[2].notices[0].text.startswith("Correction: The bridge cost")
    assert entries[3].published_at is None


def test_trivial_versions_can_be_left_out(history):
    article = history.import_article(V1, title="T", author="A")
    history.save_version(article.id, message="spacing", author="A", text=V1.replace("Monday.", "Monday ."))
    history.save_version(article.id, message="words", author="A", text=V2)
    kept = audit.timeline(history, article.id, skip_trivial=True)
    assert [e.version.number for e in kept] == [1, 3]


def test_as_published_at_shows_what_readers_saw_then(history, four_versions):
    before = audit.as_published_at(history, four_versions, "2026-11-24T09:30")
    assert before.version == 1 and before.text == V1 and before.notices == ()
    after = audit.as_published_at(history, four_versions, "2026-11-24T23:00")
    assert after.version == 3 and after.text == V3
    assert [n.text.split("\n")[0] for n in after.notices] == [
        "Correction: The bridge cost 148 million pounds, not 184 million."]
    with pytest.raises(Exception, match="not yet in the history"):
        audit.as_published_at(history, four_versions, "2020-01-01")


def test_search_finds_words_in_old_versions_and_in_notes(history, four_versions):
    other = history.import_article("A story about NATO membership.\n", title="Other", author="A")
    history.add_correction(other.id, kind="correction", quote="NATO", replacement="the EU", author="A",
                           internal_note="reader email from Oslo")
    old_word = search(history.db, "old bridge")
    assert [(h.article_id, h.version, h.source) for h in old_word] == [(four_versions, 2, "text")]
    assert "[old]" in old_word[0].snippet
    assert {h.source for h in search(history.db, "NATO")} == {"text", "correction"}
    assert search(history.db, "Oslo")[0].correction_id is not None
    assert [h.version for h in search(history.db, "184 million") if h.source == "text"] == [1]
    assert [h.source for h in search(history.db, 'NATO" (membership')] == ["text"]
    assert search(history.db, "   ") == []


def test_the_corrections_log_and_views(history, four_versions):
    rows = list(csv.DictReader(io.StringIO(audit.corrections_log_csv(history))))
    assert len(rows) == 1 and rows[0]["quote"] == "184 million" and rows[0]["applied_in_version"] == "3"
    views = set(history.db.view_names())
    assert {"corrections_log", "versions_log", "notices_log"} <= views
    published = [r for r in history.db.query("select * from versions_log") if r["published_at"]]
    assert [r["number"] for r in published] == [3]


def test_the_audit_report_contains_every_version(history, four_versions):
    html = render_audit_html(audit.audit_data(history, four_versions))
    for number in (1, 2, 3, 4):
        assert f"<h2>Version {number}:" in html
    assert "History verified" in html and "<del>184</del>" in html or "<del>184 </del>" in html


def test_audit_and_search_from_the_command_line(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(V1, encoding="utf-8")
    cli("import", article)
    cli("correct", "1", "--quote", "184 million", "--replace", "148 million", "--kind", "correction",
        "--note", "It cost 148 million pounds.")
    cli("save", "1", "-m", "cost")
    spans = json.loads(cli("blame", "1", "--json")[1])
    assert {"start", "end", "text", "version"} <= set(spans[0])
    assert [s["version"] for s in spans if "148" in s["text"]] == [2]
    hits = json.loads(cli("search", "184", "--json")[1])
    assert {h["source"] for h in hits} == {"text", "correction"}
    code, out, _ = cli("export-log")
    assert code == 0 and out.startswith("correction,article,title")
    report = tmp_path / "audit.html"
    assert cli("audit", "1", "-o", report)[0] == 0 and "Version 2" in report.read_text(encoding="utf-8")
    code, out, err = cli("show", "1", "--at", "2999-01-01T00:00")
    assert code == 0 and out == V1 and "version 1" in err
    assert cli("show", "1", "--at", "yesterday")[0] == 2


def test_the_audit_report_as_pdf(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(V1, encoding="utf-8")
    cli("import", article)
    pdf = tmp_path / "audit.pdf"
    code, _, err = cli("audit", "1", "--format", "pdf", "-o", pdf)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_audit_report_into_a_missing_folder_is_refused(cli, sample_path, tmp_path):
    cli("import", sample_path)
    code, out, err = cli("audit", "1", "-o", tmp_path / "nowhere" / "report.html")
    assert (code, out) == (2, "")
    assert "does not exist" in err and not (tmp_path / "nowhere").exists()
