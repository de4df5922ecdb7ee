"""The history store: import, correct, save, restore; every version kept and chained."""

import sqlite3

import pytest

from corrections.correction import Kind, Status
from corrections.errors import AmbiguousPassage, OverlappingCorrections, PassageNotFound
from db.errors import ConflictError, NewerSchemaError, NotAnEmendDatabase, NothingToSave, NotFound
from db.history import History
from db.schema import SCHEMA_VERSION


def test_an_editor_corrects_the_sample_and_saves_version_2(history, sample_text):
    article = history.import_article(sample_text, title="Harbour bridge reopens", author="Ana")
    assert [v.number for v in history.versions(article.id)] == [1]

    correction = history.add_correction(
        article.id, kind="correction", quote="48,000 vehicles", replacement="84,000 vehicles",
        public_note="An earlier version misstated the bridge's daily traffic.", author="Ana",
    )
    assert correction.status is Status.PENDING and correction.base_version == 1
    assert "84,000 vehicles a day" in history.preview(article.id)

    saved = history.save_version(article.id, message="Correct traffic figure", author="Ben")
    assert saved.number == 2 and saved.parent_number == 1 and saved.author == "Ben"
    assert history.text(article.id) == sample_text.replace("48,000 vehicles", "84,000 vehicles")
    assert history.text(article.id, 1) == sample_text
    applied = history.correction(correction.id)
    assert applied.status is Status.APPLIED and applied.applied_version == 2
    assert history.corrections(article.id, Status.PENDING) == []
    assert (-1, "48,000") in history.diff(article.id) and (1, "84,000") in history.diff(article.id)
    assert history.verify().ok


def test_a_pasted_text_is_stored_with_plain_line_ends_no_trailing_spaces_and_single_blank_lines(history):
    pasted = "\ufeffHeadline  \r\n\r\n\r\n\r\nFirst paragraph.\t\r\nSecond line \n\n\n\n\n\nLast \u00a0 \n\n"
    article = history.import_article(pasted, title="T", author="A")
    assert history.text(article.id) == "Headline\n\nFirst paragraph.\nSecond line\n\nLast \u00a0\n"
    history.save_version(article.id, message="m", author="A", text="Headline\n\n\n\nNew  \nbody\r\n")
    assert history.text(article.id) == "Headline\n\nNew\nbody\n"


def test_versions_are_hash_chained(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    history.add_correction(article.id, kind="update", quote="from Wednesday", replacement="from Thursday",
                           author="A")
    history.save_version(article.id, message="m", author="A")
    first, second = history.versions(article.id)
    assert first.chain_sha256 != second.chain_sha256
    assert len(second.content_sha256) == 64


def test_a_failed_save_changes_nothing(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    history.add_correction(article.id, kind="correction", quote="184 million pounds", replacement="x", author="A")
    history.add_correction(article.id, kind="correction", quote="million pounds", replacement="y", author="A")
    with pytest.raises(OverlappingCorrections):
        history.save_version(article.id, message="m", author="A")
    assert [v.number for v in history.versions(article.id)] == [1]
    assert len(history.corrections(article.id, Status.PENDING)) == 2


def test_ambiguous_and_missing_quotes_are_refused(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    with pytest.raises(AmbiguousPassage) as info:
        history.add_correction(article.id, kind="correction", quote="the bridge", replacement="x", author="A")
    assert info.value.count > 1
    with pytest.raises(PassageNotFound):
        history.add_correction(article.id, kind="correction", quote="no such words", replacement="x", author="A")
    assert history.corrections(article.id) == []


def test_a_passage_edited_away_is_reported_at_save(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    history.add_correction(article.id, kind="correction", quote="1932", replacement="1934", author="A")
    with pytest.raises(PassageNotFound):
        history.save_version(article.id, message="m", author="A", text=sample_text.replace("in 1932", "long ago"))
    assert len(history.versions(article.id)) == 1


def test_saving_an_unchanged_text_is_refused(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    with pytest.raises(NothingToSave):
        history.save_version(article.id, message="m", author="A")


def test_restore_stores_a_new_version_equal_to_the_old_one(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    history.save_version(article.id, message="edit", author="A", text=sample_text + "\nA late addition.\n")
    restored = history.restore_version(article.id, 1, author="B")
    assert restored.number == 3 and restored.message == "Restored version 1"
    assert history.text(article.id, 3) == history.text(article.id, 1)
    assert [v.number for v in history.versions(article.id)] == [1, 2, 3]


def test_a_second_editor_saving_from_a_stale_version_gets_a_conflict(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    history.save_version(article.id, message="first", author="A", text=sample_text + "\nMore.\n",
                         expected_parent=1)
    with pytest.raises(ConflictError) as info:
        history.save_version(article.id, message="second", author="B", text=sample_text + "\nOther.\n",
                             expected_parent=1)
    assert info.value.latest_number == 2
    assert len(history.versions(article.id)) == 2


def test_withdrawn_corrections_are_kept_but_not_applied(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    c = history.add_correction(article.id, kind=Kind.CORRECTION, quote="1932", replacement="1934", author="A")
    history.set_correction_status(c.id, Status.WITHDRAWN)
    with pytest.raises(NothingToSave):
        history.save_version(article.id, message="m", author="A")
    assert history.correction(c.id).status is Status.WITHDRAWN


def test_pending_corrections_can_be_edited_but_applied_ones_cannot(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    c = history.add_correction(article.id, kind="correction", quote="1932", replacement="1933", author="A")
    assert history.update_correction(c.id, replacement="1934", kind="clarification").replacement == "1934"
    history.save_version(article.id, message="m", author="A")
    with pytest.raises(Exception, match="only pending"):
        history.update_correction(c.id, public_note="changed afterwards")


def test_history_survives_reopening(db_path, sample_text):
    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="T", author="A")
        history.add_correction(article.id, kind="correction", quote="1932", replacement="1934", author="A")
        history.save_version(article.id, message="m", author="A")
    with History.open(db_path) as again:
        assert [v.number for v in again.versions(article.id)] == [1, 2]
        assert "opened in 1934" in again.text(article.id)
        assert again.verify().ok


def test_a_save_builds_on_what_another_editor_saved_in_between(db_path, sample_text):
    with History.open(db_path) as mine, History.open(db_path) as theirs:
        article = mine.import_article(sample_text, title="T", author="A")
        mine.save_version(article.id, message="mine", author="A", text=sample_text.replace("1932", "1934"))
        second = mine.text(article.id)
        theirs.save_version(article.id, message="theirs", author="B", text=second.replace("Harbour", "Harbor"))
        third = theirs.text(article.id)
        mine.save_version(article.id, message="mine again", author="A", text=third + "\nA late paragraph.\n")
        assert mine.text(article.id, 3) == third
        assert mine.text(article.id, 4) == third + "\nA late paragraph.\n"
        assert theirs.text(article.id, 4) == mine.text(article.id, 4)
        assert mine.verify().ok


def test_unknown_articles_and_versions_are_clear_errors(history, sample_text):
    with pytest.raises(NotFound, match="no article 7"):
        history.versions(7)
    article = history.import_article(sample_text, title="Bridge", author="A")
    with pytest.raises(NotFound, match="no version 9"):
        history.text(article.id, 9)
    assert history.resolve_article("bridge") == article.id


def test_database_settings(history):
    assert history.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert history.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert history.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    with pytest.raises(NotAnEmendDatabase):
        History.open(path)
    assert path.read_bytes() == b"these are my notes, not a database\n" * 10


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnEmendDatabase, match="another program"):
        History.open(path)
    assert sqlite3.connect(path).execute("select name from sqlite_master").fetchall() == [("recipes",)]


def test_a_database_from_a_newer_emend_is_refused(db_path):
    History.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer version of Emend"):
        History.open(db_path)


def test_an_editors_note_without_a_text_change_is_saved_as_a_version(history, sample_text):
    article = history.import_article(sample_text, title="T", author="A")
    note = history.add_correction(article.id, kind="editors-note", quote="Related stories",
                                  replacement="Related stories", author="A",
                                  public_note="This article was updated after publication.")
    saved = history.save_version(article.id, message="note", author="A")
    assert saved.number == 2 and history.text(article.id, 2) == history.text(article.id, 1)
    assert history.correction(note.id).applied_version == 2


def test_an_article_is_found_by_the_bytes_it_was_imported_from(history, sample_text):
    first = history.import_article(sample_text, title="T", author="A", source_sha256="abc")
    assert history.find_article_by_source("abc") == first
    assert history.find_article_by_source("def") is None


def test_restoring_a_version_whose_last_word_a_correction_deleted_gives_back_exactly_that_text(history):
    article = history.import_article("The bridge reopens today. It was closed.\n", title="Bridge", author="Ana")
    history.add_correction(article.id, kind="correction", quote="closed.", replacement="", author="Ana",
                           public_note="It was never closed.")
    saved = history.save_version(article.id, message="Deleted", author="Ana")
    assert history.text(article.id, saved.number) == "The bridge reopens today. It was\n"  # no trailing space kept
    history.save_version(article.id, text="Something else.\n", message="Other", author="Ana", apply_pending=False)
    restored = history.restore_version(article.id, saved.number, author="Ana")
    assert history.text(article.id, restored.number) == history.text(article.id, saved.number)
