"""Commands that only read a history open it read-only: they create and change nothing, and an empty
or truncated file is a failure, never an empty record that verifies."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from db.errors import CorruptDatabase, DatabaseError
from db.history import History

READING = [
    ["verify"], ["list"], ["log", "1"], ["show", "1"], ["diff", "1"], ["blame", "1"], ["search", "bridge"],
    ["notice", "1"], ["corrections", "1"], ["audit", "1"], ["export", "1"], ["export-log"],
]
"""A newsroom's read-only commands on a corrected, published article (backup is tried on its own)."""


@pytest.fixture
def archive(tmp_path, cli, sample_path):
    """A folder holding only a history: one article, corrected once, published."""
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "history.sqlite"
    cli("--db", path, "import", sample_path, "--title", "Harbour bridge reopens")
    cli("--db", path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
        "--note", "An earlier version misstated the bridge's daily traffic.")
    cli("--db", path, "save", "1", "-m", "Correct the traffic figure")
    cli("--db", path, "publish", "1")
    return path


def in_rollback_journal_mode(path):
    """The history as an archiving tool that switched it out of WAL leaves it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def on_disk(path):
    """The history's bytes and modification time, and what else its folder holds."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def one_line(err: str) -> bool:
    return err.startswith("emend: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("journal", ["wal", "rollback"])
@pytest.mark.parametrize("command", READING, ids=lambda command: command[0])
def test_a_read_only_command_leaves_the_history_and_its_folder_exactly_as_they_were(cli, archive, journal, command):
    if journal == "rollback":
        in_rollback_journal_mode(archive)
    before = on_disk(archive)

    code, out, err = cli("--db", archive, *command)

    assert code == 0, err
    assert out
    assert on_disk(archive) == before


def test_a_backup_writes_only_its_copy(cli, archive, tmp_path):
    before = on_disk(archive)
    copy = tmp_path / "backups" / "history-copy.sqlite"
    copy.parent.mkdir()

    code, out, err = cli("--db", archive, "backup", copy)

    assert code == 0, err
    assert on_disk(archive) == before
    assert cli("--db", copy, "verify")[:2] == (0, "ok\n")


def test_verifying_an_empty_file_fails_and_leaves_it_empty(cli, tmp_path):
    empty = tmp_path / "history.sqlite"
    empty.touch()

    code, out, err = cli("--db", empty, "verify")

    assert code == 1
    assert out.startswith("FAILED ") and "empty (0 bytes)" in out
    assert one_line(err) and "verification failed" in err
    assert on_disk(empty) == (b"", empty.stat().st_mtime_ns, ["history.sqlite"])


@pytest.mark.parametrize("command", [["list"], ["log", "1"], ["search", "bridge"], ["export-log"]],
                         ids=lambda command: command[0])
def test_reading_an_empty_file_is_refused_in_one_line(cli, tmp_path, command):
    empty = tmp_path / "history.sqlite"
    empty.touch()

    code, out, err = cli("--db", empty, *command)

    assert (code, out) == (2, "")
    assert one_line(err) and "empty (0 bytes)" in err and "restore it from a backup" in err
    assert empty.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite"]


@pytest.mark.parametrize("command", [["correct", "1", "--quote", "bridge", "--replace", "span"],
                                     ["save", "1", "-m", "Update"], ["publish", "1"]],
                         ids=lambda command: command[0])
def test_a_write_command_refuses_an_empty_file_as_no_history(cli, tmp_path, command):
    empty = tmp_path / "history.sqlite"
    empty.touch()

    code, _, err = cli("--db", empty, *command)

    assert code == 2 and one_line(err) and "holds no history" in err
    assert empty.read_bytes() == b""


def test_an_sqlite_file_without_a_history_is_not_an_empty_record(cli, tmp_path):
    blank = tmp_path / "history.sqlite"
    conn = sqlite3.connect(blank)
    conn.execute("PRAGMA journal_mode = WAL")  # a header and no tables, as `sqlite3 FILE` can leave one
    conn.close()
    before = blank.read_bytes()

    assert cli("--db", blank, "verify")[0] == 1
    code, _, err = cli("--db", blank, "correct", "1", "--quote", "bridge", "--replace", "span")
    assert code == 2 and one_line(err) and "holds no history" in err
    assert blank.read_bytes() == before and len(before) > 0


def test_a_history_cut_short_fails_verification_and_is_left_as_it_was(cli, archive):
    data = archive.read_bytes()
    archive.write_bytes(data[:len(data) // 2])
    before = on_disk(archive)

    code, out, err = cli("--db", archive, "verify")
    assert code == 1 and out.startswith("FAILED ") and one_line(err)
    code, out, err = cli("--db", archive, "log", "1")
    assert (code, out) == (2, "") and one_line(err)
    assert on_disk(archive) == before


def test_a_history_opened_read_only_refuses_every_write_and_keeps_its_bytes(archive):
    before = on_disk(archive)
    with History.open(archive, read_only=True) as history:
        assert history.read_only
        assert [v.number for v in history.versions(1)] == [1, 2]
        with pytest.raises(DatabaseError, match="opened read-only; nothing was saved"):
            history.import_article("Ferry returns\n\nThe ferry returns in May.\n", title="Ferry", author="Desk")
        with pytest.raises(DatabaseError, match="opened read-only"):
            history.save_version(1, message="Edit", author="Desk", text="A new text.\n")
        assert len(history.articles()) == 1
    assert on_disk(archive) == before


def test_opening_read_only_never_makes_a_history_where_none_is(tmp_path):
    missing = tmp_path / "histroy.sqlite"
    with pytest.raises(DatabaseError, match="no history database at"):
        History.open(missing, read_only=True)
    empty = tmp_path / "history.sqlite"
    empty.touch()
    with pytest.raises(CorruptDatabase, match="empty"):
        History.open(empty, read_only=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite"] and empty.read_bytes() == b""


def test_while_a_window_has_the_history_open_a_listing_sees_its_latest_save(cli, archive, sample_path):
    with History.open(archive) as window_history:
        window_history.import_article(sample_path.read_text(encoding="utf-8"), title="Ferry returns", author="Desk")
        sidecars = {p.name: p.read_bytes() for p in archive.parent.iterdir() if p.name != archive.name}
        before = archive.read_bytes(), archive.stat().st_mtime_ns
        assert "history.sqlite-wal" in sidecars

        code, out, err = cli("--db", archive, "list")

        assert code == 0, err
        assert [line.split("\t")[1] for line in out.splitlines()] == ["Ferry returns", "Harbour bridge reopens"]
        assert (archive.read_bytes(), archive.stat().st_mtime_ns) == before
        assert {p.name for p in archive.parent.iterdir() if p.name != archive.name} == set(sidecars)
        assert (archive.parent / "history.sqlite-wal").read_bytes() == sidecars["history.sqlite-wal"]


def test_a_save_cut_short_in_rollback_mode_is_named_and_left_to_be_undone(cli, archive):
    in_rollback_journal_mode(archive)
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(archive)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # changed pages spill into the file before the commit
        conn.execute("BEGIN")
        conn.executemany("insert into articles (title, created_at) values (?, '2024-03-01')", [("x" * 1000,)] * 500)
        os._exit(0)  # the power went mid-import: the -journal holds what the file must get back
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    before = {p.name: p.read_bytes() for p in archive.parent.iterdir()}
    assert "history.sqlite-journal" in before

    code, out, err = cli("--db", archive, "verify")

    assert (code, out) == (2, "")
    assert one_line(err) and "a save was cut short" in err
    assert {p.name: p.read_bytes() for p in archive.parent.iterdir()} == before
