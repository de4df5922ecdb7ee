"""The corrections log opened in a spreadsheet shows every note as text: none runs as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from corrections.spreadsheet_cells import inert_cell

HOSTILE = [
    '=HYPERLINK("http://evil.example","click me")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def log_rows(cli, sample_path, db_path, tmp_path):
    """One correction per hostile value (as its replacement and note), under a hostile title and author;
    returns the exported log's rows."""

    def export() -> list[dict]:
        target = tmp_path / "log.csv"
        code, _, err = cli("--db", db_path, "export-log", "-o", target)
        assert code == 0, err
        with open(target, encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    assert cli("--db", db_path, "import", sample_path, "--title", "=1+1 bridge")[0] == 0
    quotes = ["48,000 vehicles", "184 million pounds", "in 1932", "free shuttle bus", "Priya Natarajan", "final safety"]
    for quote, note in zip(quotes, HOSTILE):
        code, _, err = cli("--db", db_path, "correct", "1", "--quote", quote, f"--replace={note}",
                           "--kind", "correction", f"--note={note}", "--author", "@editor")
        assert code == 0, err
    return export()


def test_no_cell_of_the_log_starts_a_formula(log_rows):
    cells = [value for row in log_rows for value in row.values()]

    assert cells and not [value for value in cells if value[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_a_hostile_value_is_still_readable_after_its_leading_quote(log_rows):
    assert [row["replacement"] for row in log_rows] == ["'" + value for value in HOSTILE]
    assert [row["public_note"] for row in log_rows] == ["'" + value.strip() for value in HOSTILE]
    assert {row["title"] for row in log_rows} == {"'=1+1 bridge"}
    assert {row["author"] for row in log_rows} == {"'@editor"}


def test_ordinary_cells_and_numbers_are_left_as_they_are():
    assert inert_cell("An earlier version misstated the traffic.") == "An earlier version misstated the traffic."
    assert inert_cell("It was 2 - 3 days") == "It was 2 - 3 days"
    assert inert_cell(7) == 7 and inert_cell(None) is None


def test_the_log_on_stdout_is_neutralised_too(cli, sample_path, db_path):
    cli("--db", db_path, "import", sample_path)
    cli("--db", db_path, "correct", "1", "--quote", "48,000", "--replace", "84,000", "--note", "=1+1")

    code, out, _ = cli("--db", db_path, "export-log")

    assert code == 0
    assert [row["public_note"] for row in csv.DictReader(io.StringIO(out))] == ["'=1+1"]
