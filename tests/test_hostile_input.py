"""Hostile input to the command line: devices, pipes, loops, huge numbers and bytes that are not
UTF-8 are each one line and exit 2, and the history still verifies afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIG = str(2**63)


def refused(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == 2, (code, out, err)
    assert err.startswith("emend: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return err


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.fixture
def loop(tmp_path) -> Path:
    path = tmp_path / "loop"
    path.symlink_to(path)
    return path


@pytest.mark.parametrize("option", ["--house-style", "--notice-file"])
@pytest.mark.parametrize("given", ["/dev/zero", "fifo", "loop", "missing", "folder"])
def test_option_files_that_are_not_readable_text_files_are_refused(cli, db_path, corrected, option, given,
                                                                    fifo, loop, tmp_path):
    """/dev/zero once grew the process to 24 GB; a FIFO hung it forever."""
    path = {"/dev/zero": Path("/dev/zero"), "fifo": fifo, "loop": loop, "missing": tmp_path / "nope.txt",
            "folder": tmp_path}[given]
    command = ("publish", "1") if option == "--notice-file" else ("notice", "1", "--draft")
    err = refused(cli("--db", db_path, *command, option, path))
    assert ("notice file" if option == "--notice-file" else "house style file") in err
    assert "published" not in cli("--db", db_path, "log", "1")[1]
    corrected()


def test_a_text_file_given_to_save_is_read_with_the_same_guard(cli, db_path, corrected, fifo):
    for path in (Path("/dev/zero"), fifo):
        refused(cli("--db", db_path, "save", "1", "-m", "From a device", "--text-file", path))
    assert cli("--db", db_path, "log", "1", "--json")[1].count('"number"') == 2
    corrected()


def test_a_notice_file_in_another_encoding_is_its_own_problem_not_damage_to_the_history(
        cli, db_path, corrected, tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_bytes(b"\xff\xfeC\x00o\x00r")  # a UTF-16 byte-order mark, then an odd byte count
    err = refused(cli("--db", db_path, "publish", "1", "--notice-file", notice))
    assert "the notice file" in err and "damaged" not in err and "backup" not in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Correction: caf\xe9".encode("latin-1"))
    err = refused(cli("--db", db_path, "publish", "1", "--notice-file", latin))
    assert "is not UTF-8 text" in err and "damaged" not in err
    corrected()


def test_a_notice_file_saved_by_notepad_as_utf16_is_read(cli, db_path, corrected, tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text("Correction: An earlier version misstated the bridge's traffic.\n\n"
                      "Corrected on December 5, 2026.", encoding="utf-16")
    code, out, err = cli("--db", db_path, "publish", "1", "--notice-file", notice)
    assert code == 0, err
    assert "misstated the bridge's traffic" in out
    corrected()


@pytest.mark.parametrize("args", [
    ("show", "1", BIG), ("diff", "1", "1", BIG), ("restore", "1", BIG), ("withdraw", BIG), ("blame", "1", BIG),
    ("search", "bridge", "--limit", BIG), ("log", BIG), ("show", "99999999999999999999999"), ("export", BIG),
    ("show", "1", "-1"), ("show", "1", "two"), ("log", "²"),
], ids=" ".join)
def test_numbers_out_of_range_are_usage_errors(cli, db_path, corrected, args):
    refused(cli("--db", db_path, *args))
    corrected()


@pytest.mark.parametrize("args", [
    ("import", "FILE", "--title", "\udcffBad"),
    ("correct", "1", "--quote", "48,000", "--replace", "48,001", "--note", "caf\udce9"),
    ("save", "1", "-m", "\udcff"),
    ("log", "\udcff"),
    ("search", "\udcff\udcfe"),
])
def test_text_options_that_are_not_utf8_are_refused(cli, db_path, corrected, sample_path, args):
    """Python hands undecodable argument bytes over as lone surrogates, which cannot be stored."""
    args = tuple(str(sample_path) if a == "FILE" else a for a in args)
    err = refused(cli("--db", db_path, *args))
    assert "not valid UTF-8" in err
    corrected()


def test_undecodable_bytes_from_a_real_shell_are_refused_and_a_file_name_with_them_works(
        db_path, sample_path, tmp_path):
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    command = [os.fsencode(sys.executable), b"-m", b"desktop.cli", b"--db", os.fsencode(db_path)]
    done = subprocess.run(command + [b"import", os.fsencode(sample_path), b"--title", b"\xff\xfe"],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 2 and b"not valid UTF-8" in done.stderr and b"Traceback" not in done.stderr

    odd_name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd_name, "wb") as handle:
        handle.write(sample_path.read_bytes())
    done = subprocess.run(command + [b"import", odd_name], capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    done = subprocess.run(command + [b"export", b"1", b"-o", os.fsencode(tmp_path) + b"/out\xe9.txt"],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(b"/out\xe9.txt")  # the name as given, for a script to use
    assert os.path.exists(os.fsencode(tmp_path) + b"/out\xe9.txt")


def test_a_symlink_loop_is_one_line_wherever_a_path_is_given(cli, db_path, corrected, loop):
    for args in [("import", loop), ("backup", loop), ("publish", "1", "--notice-file", loop),
                 ("audit", "1", "-o", loop), ("export-log", "-o", loop), ("save", "1", "-m", "x", "--text-file", loop)]:
        refused(cli("--db", db_path, *args))
    corrected()


def test_a_fifo_given_to_import_or_as_output_never_blocks(db_path, corrected, fifo):
    """In a separate process with a time limit, so a regression fails instead of hanging the suite."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["import", str(fifo)], ["export-log", "-o", str(fifo)], ["notice", "1", "--house-style", str(fifo)]):
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db_path), *args],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 2, (args, done.stderr)


@pytest.mark.parametrize("args", [
    ("show", "9" * 5000), ("log", "9" * 5000), ("show", "1", "9" * 5000), ("show", "1", "\u0661"),
    ("show", "1", "0_2"), ("show", "1", " 2 "),
    ("export-log", "-o", ""), ("--db", "", "list"), ("show", "1", "--at", ""),
], ids=lambda a: " ".join(x[:12] for x in a))
def test_huge_odd_or_empty_arguments_are_refused_in_one_line(cli, db_path, corrected, args):
    args = args if args[0] == "--db" else ("--db", db_path, *args)
    err = refused(cli(*args))
    assert len(err) < 300  # a 5,000-digit number is not echoed back whole
    corrected()


def test_an_empty_notice_file_is_refused_rather_than_publishing_the_draft(cli, db_path, corrected, tmp_path):
    empty = tmp_path / "notice.txt"
    empty.write_text("\n", encoding="utf-8")
    err = refused(cli("--db", db_path, "publish", "1", "--notice-file", empty))
    assert "is empty" in err
    assert "published" not in cli("--db", db_path, "log", "1")[1]


def test_a_time_pushed_past_the_calendar_by_its_offset_is_refused(cli, db_path, corrected):
    for moment in ("9999-12-31T23:00-05:00", "0001-01-01T00:00+14:00"):
        refused(cli("--db", db_path, "show", "1", "--at", moment))


def test_a_search_of_thousands_of_words_is_refused_rather_than_run_for_minutes(cli, db_path, corrected):
    err = refused(cli("--db", db_path, "search", "a " * 5000))
    assert "at most" in err
    assert cli("--db", db_path, "search", "bridge traffic")[0] == 0


def test_a_file_smaller_than_any_database_is_no_place_to_start_a_history(cli, db_path, sample_path, tmp_path):
    one_byte = tmp_path / "one.sqlite"
    one_byte.write_bytes(b"X")
    refused(cli("--db", one_byte, "import", sample_path))
    assert one_byte.read_bytes() == b"X"


def test_backing_up_a_history_that_does_not_verify_is_a_verification_failure(cli, db_path, corrected, tmp_path):
    from tests.forger import unguarded

    with unguarded(db_path) as db:
        db.execute("update articles set title = 'Rewritten' where id = 1")
    code, _, err = cli("--db", db_path, "backup", tmp_path / "copy.sqlite")
    assert code == 1 and "does not verify" in err and err.count("\n") == 1
    assert not (tmp_path / "copy.sqlite").exists()
