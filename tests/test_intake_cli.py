"""A reader emails the standards desk about a wrong figure: the correction records who raised it, when, how and
how serious, the log and the audit show it, the Library can be narrowed to it, and the contact reference never
leaves the newsroom (issue 16, item 5)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from corrections.article import sha256_text
from db.history import History
from db.schema import SCHEMA_VERSION
from tests.forger import unguarded

CONTACT = "ticket 4411, j.doe@example.org"
OLD_LOG_COLUMNS = ["correction", "article", "title", "kind", "status", "quote", "replacement", "public_note",
                   "internal_note", "author", "created_at", "recorded_on_version", "applied_in_version", "applied_at",
                   "applied_by"]
"""The corrections log's columns before intake: spreadsheets read them by position."""


@pytest.fixture
def reported(cli, db_path, sample_path):
    """The sample article with a reader's complaint about the traffic figure, recorded and saved as version 2."""
    assert cli("--db", db_path, "import", sample_path, "--title", "Harbour bridge reopens")[0] == 0
    code, out, err = cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
                         "--note", "An earlier version misstated the bridge's daily traffic.",
                         "--raised-by", "reader", "--raised-at", "2026-03-02T08:15", "--channel", "email",
                         "--severity", "significant", "--contact-ref", CONTACT)
    assert (code, err) == (0, "")
    assert cli("--db", db_path, "save", "1", "-m", "Traffic figure")[0] == 0
    return db_path


def test_the_correction_records_who_raised_it_and_the_json_shows_it(cli, reported):
    code, out, _ = cli("--db", reported, "corrections", "1", "--json")

    [shown] = json.loads(out)
    assert code == 0
    assert {name: shown[name] for name in ("raised_by", "raised_at", "channel", "severity", "contact_ref")} == {
        "raised_by": "reader", "raised_at": "2026-03-02T08:15:00.000000Z", "channel": "email",
        "severity": "significant", "contact_ref": CONTACT}


def test_without_intake_options_a_correction_the_desk_found_itself_records_no_intake(cli, db_path, sample_path):
    cli("--db", db_path, "import", sample_path)
    assert cli("--db", db_path, "correct", "1", "--quote", "1932", "--replace", "1934")[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "Monday", "--replace", "Tuesday", "--channel", "phone")[0] == 0

    found, raised = json.loads(cli("--db", db_path, "corrections", "1", "--json")[1])
    assert {found[name] for name in ("raised_by", "raised_at", "channel", "severity", "contact_ref")} == {None}
    assert raised["raised_at"] == raised["created_at"]  # raised by phone: when, unless told, is when it was recorded


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--raised-by", "a passer-by", "unknown raised by 'a passer-by'; choose one of: reader, source, staff, legal, other"),
    ("--severity", "huge", "unknown severity 'huge'; choose one of: minor, significant, legal"),
    ("--raised-at", "last Tuesday", "is not an ISO date or time"),
    ("--raised-at", "2999-01-01", "is in the future"),
    ("--raised-at", "2026-02-30T10:00", "is not an ISO date or time"),
    ("--channel", "email\nphone", "the channel must be one line"),
    ("--contact-ref", "x" * 201, "the contact reference is 201 characters long; keep it to 200"),
    ("--channel", "e\x1bmail", "the channel holds a control character"),
])
def test_a_bad_intake_is_refused_in_one_line_and_nothing_is_recorded(cli, db_path, sample_path, option, value,
                                                                     message):
    cli("--db", db_path, "import", sample_path)

    code, out, err = cli("--db", db_path, "correct", "1", "--quote", "1932", "--replace", "1934", option, value)

    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("emend: ") and message in err
    assert cli("--db", db_path, "corrections", "1", "--json")[1].strip() == "[]"


def test_the_corrections_log_appends_the_intake_columns_after_the_old_ones(cli, reported):
    code, out, _ = cli("--db", reported, "export-log")

    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0
    assert rows[0] == OLD_LOG_COLUMNS + ["raised_by", "raised_at", "channel", "severity", "contact_ref"]
    assert rows[1][:7] == ["1", "1", "Harbour bridge reopens", "correction", "applied", "48,000 vehicles",
                           "84,000 vehicles"]
    assert rows[1][15:] == ["reader", "2026-03-02T08:15:00.000000Z", "email", "significant", CONTACT]


def test_an_intake_that_looks_like_a_formula_stays_text_in_the_log(cli, db_path, sample_path):
    cli("--db", db_path, "import", sample_path)
    assert cli("--db", db_path, "correct", "1", "--quote", "1932", "--replace", "1934",
               "--channel=@SUM(1+1)", '--contact-ref==HYPERLINK("http://evil.example")')[0] == 0

    [row] = csv.DictReader(io.StringIO(cli("--db", db_path, "export-log")[1]))
    assert (row["channel"], row["contact_ref"]) == ("'@SUM(1+1)", "'=HYPERLINK(\"http://evil.example\")")


def test_the_audit_report_says_who_raised_the_correction(cli, reported):
    code, html, _ = cli("--db", reported, "audit", "1")

    assert code == 0
    assert ("raised by reader · on 2026-03-02T08:15:00.000000Z · via <bdi>email</bdi> · severity significant"
            f" · contact ref <bdi>{CONTACT}</bdi> (internal)") in html


def test_the_contact_reference_never_reaches_a_notice_or_an_exported_article(cli, reported, tmp_path):
    assert cli("--db", reported, "publish", "1")[0] == 0
    outputs = {fmt: cli("--db", reported, "notice", "1", "--format", fmt)[1]
               for fmt in ("text", "md", "html", "jsonld", "newsml")}
    outputs["with article"] = cli("--db", reported, "notice", "1", "--format", "html", "--with-article")[1]
    for fmt in ("txt", "md", "html"):
        outputs[f"export {fmt}"] = cli("--db", reported, "export", "1", "--format", fmt, "--with-notice")[1]
    docx = tmp_path / "article.docx"
    assert cli("--db", reported, "export", "1", "-o", docx, "--with-notice")[0] == 0
    with zipfile.ZipFile(docx) as archive:
        outputs["export docx"] = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())

    assert "misstated" in outputs["jsonld"] and "misstated" in outputs["newsml"]
    for name, text in outputs.items():
        assert text and "4411" not in text and "j.doe" not in text, name


def test_the_library_list_narrows_to_articles_with_a_correction_raised_that_way(cli, reported, sample_path):
    cli("--db", reported, "import", sample_path, "--title", "Second story", "--again")
    cli("--db", reported, "correct", "2", "--quote", "1932", "--replace", "1934", "--raised-by", "staff",
        "--severity", "minor")

    def titles(*options):
        code, out, err = cli("--db", reported, "list", "--json", *options)
        assert code == 0, err
        return sorted(row["title"] for row in json.loads(out))

    assert titles() == ["Harbour bridge reopens", "Second story"]
    assert titles("--severity", "significant") == ["Harbour bridge reopens"]
    assert titles("--raised-by", "staff") == ["Second story"]
    assert titles("--severity", "minor", "--raised-by", "reader") == []
    assert cli("--db", reported, "list", "--severity", "grave")[0] == 2


def test_the_chain_protects_who_raised_a_correction(reported):
    with unguarded(reported) as db:
        db.execute("update corrections set severity = 'minor', raised_by = 'staff'")

    with History.open(reported) as history:
        [problem] = history.verify().problems
    assert problem.version_number == 2 and "applied corrections" in problem.message


def test_a_history_made_before_intake_keeps_verifying_and_its_hashes_do_not_move(db_path, sample_text):
    from tests.test_record_chain import legacy_history

    legacy_history(db_path, sample_text)
    with unguarded(db_path) as db:
        before = db.execute("select chain_sha256 from versions order by id").fetchall()

    with History.open(db_path) as history:
        assert history.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert history.verify().ok
        assert history.db.execute("select chain_sha256 from versions order by id").fetchall() == before
        [old] = history.corrections(1)
        assert old.intake.is_empty
        history.add_correction(1, kind="correction", quote="in 1932", replacement="in 1934", author="Ana",
                               intake=None)
        history.save_version(1, message="Year", author="Ana")
        assert history.verify().ok
        assert sha256_text(history.text(1)) == history.latest(1).content_sha256
