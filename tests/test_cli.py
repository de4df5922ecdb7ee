"""The `emend` command line: the contract scripts and newsroom tools rely on."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

import corrections


def test_round_trip_import_correct_save_diff_log_verify(cli, sample_path):
    code, out, err = cli("import", sample_path, "--title", "Harbour bridge reopens", "--author", "Ana")
    assert code == 0, err
    article = out.strip()
    assert article == "1"

    code, out, err = cli("correct", article, "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
                         "--kind", "correction", "--note", "An earlier version misstated the traffic.")
    assert code == 0, err
    assert out.strip() == "1"

    code, out, err = cli("save", article, "-m", "Correct the traffic figure", "--author", "Ben")
    assert (code, out.strip()) == (0, "2"), err

    code, out, _ = cli("diff", article)
    assert code == 0
    assert "[-48,000-]{+84,000+}" in out

    code, out, _ = cli("diff", article, "1", "2", "--format", "json")
    ops = json.loads(out)
    assert {"op": "delete", "text": "48,000"} in ops and {"op": "insert", "text": "84,000"} in ops

    code, out, _ = cli("diff", article, "--format", "html")
    assert "<del" in out and "<ins" in out

    code, out, _ = cli("log", article, "--json")
    log = json.loads(out)
    assert [v["number"] for v in log] == [1, 2]
    assert [v["author"] for v in log] == ["Ana", "Ben"]
    assert {"number", "created_at", "author", "message", "content_sha256"} <= set(log[0])
    assert log[1]["message"] == "Correct the traffic figure"

    code, out, _ = cli("log", article)
    assert out.splitlines()[1].split("\t")[3] == "Correct the traffic figure"

    code, out, _ = cli("show", article, "1")
    story = sample_path.read_text(encoding="utf-8").split("\n\nRelated stories")[0] + "\n"
    assert "48,000 vehicles" in out and out == story  # the sample's related stories and footer left out
    code, out, _ = cli("show", article)
    assert "84,000 vehicles" in out

    assert cli("verify") == (0, "ok\n", "")
    assert cli("verify", article)[0] == 0


def test_author_comes_from_option_then_environment(cli, sample_path, monkeypatch):
    monkeypatch.setenv("EMEND_AUTHOR", "Env Editor")
    cli("import", sample_path)
    cli("import", sample_path, "--author", "Option Editor", "--again")
    assert json.loads(cli("log", "1", "--json")[1])[0]["author"] == "Env Editor"
    assert json.loads(cli("log", "2", "--json")[1])[0]["author"] == "Option Editor"


def test_author_falls_back_to_saved_preference(cli, sample_path, monkeypatch):
    from desktop.preferences import save_author

    monkeypatch.delenv("EMEND_AUTHOR")
    save_author("Preferred Editor")
    cli("import", sample_path)
    assert json.loads(cli("log", "1", "--json")[1])[0]["author"] == "Preferred Editor"


def test_ambiguous_quote_exits_2_saying_how_many(cli, sample_path):
    cli("import", sample_path)
    code, out, err = cli("correct", "1", "--quote", "the bridge", "--replace", "it", "--kind", "correction",
                         "--note", "n")
    assert code == 2 and out == ""
    assert "times" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("correct", "1", "--quote", "no such passage", "--replace", "x", "--kind", "correction",
                       "--note", "n")
    assert code == 2 and "not found" in err


def test_save_from_a_text_file(cli, sample_path, tmp_path):
    cli("import", sample_path)
    new = tmp_path / "new.txt"
    new.write_text(sample_path.read_text(encoding="utf-8").replace("1932", "1934"), encoding="utf-8")
    assert cli("save", "1", "-m", "year", "--text-file", new)[:2] == (0, "2\n")
    assert "[-1932-]{+1934+}" in cli("diff", "1")[1]


@pytest.mark.parametrize("content, why", [
    (None, "missing"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
])
def test_bad_files_exit_2_and_leave_the_database_unchanged(cli, sample_path, tmp_path, content, why):
    cli("import", sample_path)
    before = cli("log", "1", "--json")[1]
    bad = tmp_path / f"bad-{why}.txt"
    if content is not None:
        bad.write_bytes(content)
    code, out, err = cli("import", bad)
    assert code == 2 and out == ""
    assert err.startswith("emend: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert cli("list")[1].count("\n") == 1
    assert cli("log", "1", "--json")[1] == before


def test_invalid_utf8_exits_2_when_utf8_is_required(cli, tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Caf\u00e9 au lait, s'il vous pla\u00eet.\n".encode("latin-1"))
    code, _, err = cli("import", bad, "--encoding", "utf-8")
    assert code == 2 and "UTF-8" in err
    assert cli("list")[1] == ""


def edit_a_saved_version_behind_emends_back(db_path, update: str) -> None:
    """What someone with the sqlite3 shell could do: drop the guard trigger, then change a row."""
    conn = sqlite3.connect(db_path)
    conn.execute("drop trigger versions_no_update")
    conn.execute(update)
    conn.commit()
    conn.close()


def test_verify_names_a_row_edited_with_plain_sql(cli, sample_path, db_path):
    cli("import", sample_path)
    cli("correct", "1", "--quote", "1932", "--replace", "1934", "--kind", "correction", "--note", "Year.")
    cli("save", "1", "-m", "year")
    edit_a_saved_version_behind_emends_back(db_path, "update versions set text = text || 'sneaky' where number = 1")
    code, out, err = cli("verify")
    assert code == 1
    assert "article 1, version 1" in err and "FAILED" in out


def test_usage_errors_exit_2_with_one_line(cli, sample_path):
    code, _, err = cli("log")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = cli("correct", "1", "--quote", "x", "--replace", "y", "--kind", "erratum")
    assert code == 2
    cli("import", sample_path)
    code, _, err = cli("log", "42")
    assert code == 2 and "no article 42" in err


def test_a_mistyped_database_path_is_refused_and_not_created(cli, tmp_path):
    typo = tmp_path / "histroy.sqlite"
    for command in (["list"], ["verify"], ["log", "1"], ["search", "bridge"]):
        code, out, err = cli("--db", typo, *command)
        assert code == 2 and out == ""
        assert err.strip() == (f"emend: no history database at {typo} (check --db or EMEND_DB; "
                               "`emend import FILE` starts a new one)")
    assert not typo.exists()


def test_importing_the_same_file_again_gives_the_article_already_there(cli, sample_path):
    assert cli("import", sample_path)[1].strip() == "1"
    code, out, err = cli("import", sample_path)
    assert (code, out.strip()) == (0, "1")
    assert "already in the history as article 1" in err
    assert cli("import", sample_path, "--again")[1].strip() == "2"
    assert len(cli("list", "--json")[1] and json.loads(cli("list", "--json")[1])) == 2


def test_a_corrupt_database_exits_2_and_is_not_overwritten(cli, db_path):
    db_path.write_bytes(b"not a database at all" * 100)
    code, _, err = cli("list")
    assert code == 2 and "not an Emend history database" in err
    assert db_path.read_bytes() == b"not a database at all" * 100


def test_db_option_overrides_the_environment(cli, sample_path, tmp_path):
    other = tmp_path / "other.sqlite"
    assert cli("--db", other, "import", sample_path)[0] == 0
    assert other.exists()
    assert cli("list")[1] == ""


def test_the_installed_command_prints_its_version_without_a_traceback(tmp_path):
    env = {**os.environ, "EMEND_DB": str(tmp_path / "h.sqlite")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and result.stdout.strip() == f"emend {corrections.__version__}"
    result = subprocess.run([sys.executable, "-m", "desktop", "show", "3"], capture_output=True, text=True, env=env)
    assert result.returncode == 2 and result.stderr.startswith("emend: no history database at ")
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "h.sqlite").exists()


def test_the_history_database_itself_is_refused_as_an_article(cli, sample_path, db_path):
    cli("import", sample_path)
    before = db_path.read_bytes()
    code, out, err = cli("import", db_path)
    assert (code, out) == (2, "")
    assert err.strip() == f"emend: '{db_path}' is the history database itself, not an article"
    assert db_path.read_bytes() == before


def test_bytes_that_no_longer_decode_are_a_damaged_history_not_a_crash(cli, sample_path, db_path):
    cli("import", sample_path)
    cli("correct", "1", "--quote", "Monday", "--replace", "Tuesday", "--kind", "correction", "--note", "Day.")
    cli("save", "1", "-m", "Corrected the day")
    edit_a_saved_version_behind_emends_back(
        db_path, "update versions set message = cast(x'ff00fe' as text) where number = 2")

    code, out, err = cli("verify")
    assert code == 1 and "FAILED article 1" in out and "cannot be read" in out
    for command in (["log", "1"], ["show", "1"], ["diff", "1"]):
        code, out, err = cli(*command)
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert "is damaged and cannot be read" in err and "restore it from a backup" in err
