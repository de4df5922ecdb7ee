"""A correction that changes nothing is refused; a note-only editor's note or update records just its note."""

from __future__ import annotations

import json

import pytest

from corrections.correction import Kind, check_changes_something
from corrections.errors import InputError
from db import publishing

PASSAGE = "48,000 vehicles"


@pytest.fixture
def article(cli, sample_path, db_path):
    """Run `emend --db DB ...` on a history holding the sample article as article 1."""

    def emend(*args):
        return cli("--db", db_path, *args)

    assert emend("import", sample_path, "--title", "Harbour bridge reopens")[0] == 0
    return emend


def refused(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert (code, out) == (2, ""), (code, out, err)
    assert err.startswith("emend: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("kind", ["correction", "clarification"])
@pytest.mark.parametrize("note", ["", "An earlier version misstated the traffic."])
def test_a_correction_whose_replacement_is_its_passage_is_refused_whatever_the_note(article, kind, note):
    err = refused(article("correct", "1", "--quote", PASSAGE, "--replace", PASSAGE, "--kind", kind, "--note", note))

    assert "the replacement is the same as the passage" in err
    assert json.loads(article("corrections", "1", "--json")[1]) == []
    assert "nothing to save" in refused(article("save", "1", "-m", "Nothing"))


@pytest.mark.parametrize("kind", ["editors-note", "update"])
def test_a_note_only_editors_note_or_update_needs_a_public_note(article, kind):
    err = refused(article("correct", "1", "--quote", PASSAGE, "--replace", PASSAGE, "--kind", kind))

    assert "leaves the passage as it is" in err and "public note" in err
    assert json.loads(article("corrections", "1", "--json")[1]) == []


def test_a_note_only_editors_note_keeps_the_text_and_its_notice_is_the_note_alone(article, db_path):
    note = "This article has been updated to note that the council disputes the traffic count."
    assert article("correct", "1", "--quote", PASSAGE, "--replace", PASSAGE, "--kind", "editors-note",
                   "--note", note)[0] == 0
    code, out, err = article("save", "1", "-m", "Editor's note on the traffic count")
    assert (code, out) == (0, "2\n"), err

    assert article("show", "1", "2")[1] == article("show", "1", "1")[1]
    assert json.loads(article("diff", "1", "--format", "json")[1]) == [
        {"op": "equal", "text": article("show", "1", "1")[1]}]
    draft = article("notice", "1", "--draft")[1]
    assert draft.startswith(f"Editor's note: {note}\n")
    assert "misstated" not in draft and draft.count(PASSAGE) == 0
    assert article("verify")[0] == 0


def test_changing_a_pending_correction_into_a_no_op_is_refused_and_leaves_it_as_it_was(history, sample_text):
    article_id = history.import_article(sample_text, title="Bridge", author="Ana").id
    correction = history.add_correction(article_id, kind=Kind.CORRECTION, quote=PASSAGE,
                                        replacement="84,000 vehicles", author="Ana")

    with pytest.raises(InputError, match="the replacement is the same as the passage"):
        history.update_correction(correction.id, replacement=PASSAGE)
    with pytest.raises(InputError, match="write the public note"):
        history.update_correction(correction.id, kind=Kind.UPDATE, replacement=PASSAGE)

    assert history.correction(correction.id).replacement == "84,000 vehicles"
    assert history.correction(correction.id).kind is Kind.CORRECTION


def test_a_note_only_update_can_have_its_internal_note_edited_and_its_public_note_not_emptied(history, sample_text):
    article_id = history.import_article(sample_text, title="Bridge", author="Ana").id
    correction = history.add_correction(article_id, kind=Kind.UPDATE, quote=PASSAGE, replacement=PASSAGE,
                                        public_note="The council now disputes this figure.", author="Ana")

    assert history.update_correction(correction.id, internal_note="Source: council press office").internal_note
    with pytest.raises(InputError, match="write the public note"):
        history.update_correction(correction.id, public_note="")
    assert not history.correction(correction.id).changes_text


def test_the_rule_says_which_amendments_must_change_their_passage():
    check_changes_something(Kind.CORRECTION, "184 million", "148 million", "")
    check_changes_something(Kind.EDITORS_NOTE, "184 million", "184 million", "The figure is disputed.")
    for kind in (Kind.CORRECTION, Kind.CLARIFICATION):
        with pytest.raises(InputError, match="^the replacement is the same as the passage$"):
            check_changes_something(kind, "184 million", "184 million", "It was right all along.")
    with pytest.raises(InputError, match="this update leaves the passage as it is"):
        check_changes_something(Kind.UPDATE, "184 million", "184 million", "  ")


def test_a_note_only_update_published_carries_its_note_as_the_whole_notice(history, sample_text):
    article_id = history.import_article(sample_text, title="Bridge", author="Ana").id
    history.add_correction(article_id, kind=Kind.UPDATE, quote=PASSAGE, replacement=PASSAGE,
                           public_note="Traffic counts resume next month.", author="Ana")
    history.save_version(article_id, message="Update", author="Ana")

    _, stored = publishing.publish(history, article_id, author="Ana")

    assert stored.notice.sections[0].text == "Update: Traffic counts resume next month."


def test_the_audit_report_says_a_note_only_amendment_left_the_text_unchanged(article, tmp_path):
    article("correct", "1", "--quote", PASSAGE, "--replace", PASSAGE, "--kind", "update",
            "--note", "Traffic counts resume next month.")
    article("save", "1", "-m", "Update")
    report = tmp_path / "audit.html"

    assert article("audit", "1", "-o", report)[0] == 0

    html = report.read_text(encoding="utf-8")
    assert "note only on “<bdi>48,000 vehicles</bdi>”, the text unchanged" in html
    assert "” → “<bdi>48,000 vehicles</bdi>”" not in html


def test_a_note_only_version_is_not_hidden_as_trivial_and_lists_as_note_only(cli, db_path, sample_path):
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "48,000 vehicles",
               "--kind", "editors-note", "--note", "The council has since disputed this figure.")[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Editor's note on the traffic figure")[0] == 0
    code, out, _ = cli("--db", db_path, "log", "1", "--skip-trivial")
    assert code == 0 and "Editor's note on the traffic figure" in out
    code, out, _ = cli("--db", db_path, "corrections", "1")
    assert "'48,000 vehicles' (note only)" in out and "->" not in out


@pytest.mark.parametrize("replacement, kind, note", [
    ("full  shutdown.", "correction", "Spacing."),
    (" full shutdown. ", "clarification", ""),
    ("full shutdown.", "editors-note", "Editor's note:"),
    ("full shutdown.", "update", "  Update:  "),
])
def test_an_amendment_readers_would_not_see_is_refused_when_it_is_recorded(cli, db_path, sample_path, replacement,
                                                                              kind, note):
    """Accepted once, such an amendment made every later publish fail: it is refused at the start now."""
    assert cli("--db", db_path, "import", sample_path)[0] == 0
    code, _, err = cli("--db", db_path, "correct", "1", "--quote", "full shutdown.", "--replace", replacement,
                       "--kind", kind, "--note", note)
    assert code == 2 and err.count("\n") == 1, err
    assert cli("--db", db_path, "corrections", "1")[1] == ""


def test_a_spacing_only_amendment_stored_before_does_not_block_publishing(history, sample_text):
    from corrections.correction import Kind
    from db import publishing

    article = history.import_article(sample_text, title="Harbour bridge", author="Ana")
    with history.transaction():  # as an older Emend stored it, before the rule existed
        history.db["corrections"].insert({
            "article_id": article.id, "base_version_id": history.latest(article.id).id, "kind": "correction",
            "quote": "full shutdown.", "prefix": "", "suffix": "", "start_offset": sample_text.index("full shutdown."),
            "replacement": "full  shutdown.", "public_note": "", "internal_note": "", "author": "Ana",
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z", "status": "pending"})
    history.save_version(article.id, message="spacing", author="Ana")
    history.add_correction(article.id, kind=Kind.CORRECTION, quote="48,000 vehicles", replacement="84,000 vehicles",
                           author="Ana")
    history.save_version(article.id, message="traffic", author="Ana")
    _publication, notice = publishing.publish(history, article.id, author="Desk")
    assert notice is not None and "84,000" in notice.text and "shutdown" not in notice.text
