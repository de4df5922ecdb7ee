"""`emend correct --kind style`: a silent fix with its reason, in the audit and the corrections log, never in a
notice; `corrections --json` suggests each correction's kind; `notice --check` warns when kind and change
disagree."""

from __future__ import annotations

import csv
import io
import json

import pytest

ARTICLE = """\
Kyiv shifts toward defence as aid stalls

Officials said discussions are underway regarding the transition of their forces from a “failed counteroffensive” \
to more robust defensive positions in Eastern Ukraine.

Meanwhile, the European diplomat in Washington said that the European Union is raising the threat of expediting \
Ukraine’s membership in NATO to enhance its negotiating position with Russia.

Some 48,000 troops were moved to the northern border with Belarus.
"""


@pytest.fixture
def emend(cli, tmp_path, db_path):
    """`emend --db HISTORY ARGS...` on a history holding the article as article 1."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        return cli("--db", db_path, *args)

    assert run("import", article, "--title", "Kyiv shifts toward defence")[0] == 0
    return run


def log_rows(emend) -> list[dict]:
    code, out, _ = emend("export-log")
    assert code == 0
    return list(csv.DictReader(io.StringIO(out)))


def test_a_style_fix_is_published_with_no_notice_and_kept_in_the_log_with_its_reason(emend):
    assert emend("correct", "1", "--kind", "style", "--quote", "Eastern Ukraine", "--replace", "eastern Ukraine")[0] == 0
    assert emend("save", "1", "-m", "House style: compass points")[0] == 0

    code, out, _ = emend("publish", "1")

    assert (code, out) == (0, "published version 2\n")  # no notice printed: none was stored
    code, _, err = emend("notice", "1")
    assert code == 2 and "no corrections to give notice of" in err
    [row] = log_rows(emend)
    assert (row["kind"], row["quote"], row["replacement"], row["applied_in_version"]) == (
        "style", "Eastern Ukraine", "eastern Ukraine", "2")
    assert row["internal_note"] == "Only capital letters (Eastern → eastern)"  # triage's reason, none given
    code, html, _ = emend("audit", "1")
    assert code == 0 and "Style" in html and "Only capital letters (Eastern → eastern)" in html


def test_a_style_fix_beside_a_correction_stays_out_of_the_notice(emend):
    emend("correct", "1", "--kind", "style", "--quote", "Eastern Ukraine", "--replace", "eastern Ukraine",
          "--internal-note", "AP style: lowercase compass points")
    emend("correct", "1", "--quote", "membership in NATO", "--replace", "membership in the European Union")
    emend("save", "1", "-m", "Corrections")

    code, out, _ = emend("publish", "1")

    assert code == 0 and "European Union" in out and "Eastern" not in out
    assert [row["internal_note"] for row in log_rows(emend)] == ["AP style: lowercase compass points", ""]


def test_a_style_fix_takes_no_public_note(emend):
    code, _, err = emend("correct", "1", "--kind", "style", "--quote", "Eastern Ukraine", "--replace",
                         "eastern Ukraine", "--note", "We lowercased a compass point.")

    assert code == 2 and "never shown to readers" in err and "Traceback" not in err


def test_corrections_json_suggests_a_kind_for_each_correction(emend):
    emend("correct", "1", "--quote", "Eastern Ukraine", "--replace", "eastern Ukraine")
    emend("correct", "1", "--quote", "membership in NATO", "--replace", "membership in the European Union")
    emend("correct", "1", "--kind", "style", "--quote", "48,000 troops", "--replace", "84,000 troops",
          "--internal-note", "typo")

    code, out, _ = emend("corrections", "1", "--json")

    assert code == 0
    assert [(c["kind"], c["suggested_kind"]) for c in json.loads(out)] == [
        ("correction", "style"), ("correction", "correction"), ("style", "correction")]


def test_the_notice_check_warns_about_a_style_change_with_a_notice_and_a_substantive_one_without(emend):
    emend("correct", "1", "--quote", "Eastern Ukraine", "--replace", "eastern Ukraine")
    emend("correct", "1", "--kind", "style", "--quote", "48,000 troops", "--replace", "84,000 troops",
          "--internal-note", "typo")
    emend("save", "1", "-m", "Corrections")

    code, _, err = emend("notice", "1", "--check")

    assert code == 0
    warnings = [line.removeprefix("emend: warning: ") for line in err.splitlines() if "warning:" in line]
    assert warnings == [
        "the notice tells readers of Eastern → eastern, a style fix (only capital letters); record it as a style "
        "fix, which needs no notice",
        "48,000 → 84,000 is recorded as a style fix, which readers are never told of, but a number changes; "
        "record it as a correction",
    ]


def test_the_notice_check_warns_even_when_only_a_style_fix_was_saved(emend):
    emend("correct", "1", "--kind", "style", "--quote", "48,000 troops", "--replace", "84,000 troops",
          "--internal-note", "typo")
    emend("save", "1", "-m", "Troops")

    code, _, err = emend("notice", "1", "--check")

    assert code == 2  # still nothing to give notice of, as before
    assert "warning: 48,000 → 84,000 is recorded as a style fix" in err
