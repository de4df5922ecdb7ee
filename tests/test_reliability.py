"""The history under faults: killed processes, two writers at once, backups."""

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db.backup import backup_history
from db.history import History

ROOT = Path(__file__).resolve().parent.parent

SAVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from db.history import History
    history = History.open({path!r})
    article_id = int(sys.argv[1])
    while True:
        number = history.latest(article_id).number + 1
        history.save_version(article_id, message=f"edit {{number}}", author=sys.argv[2],
                             text=f"Paragraph one.\\n\\nThis is edit {{number}} by {{sys.argv[2]}}.\\n")
        print(number, flush=True)
        if len(sys.argv) > 3 and number >= int(sys.argv[3]):
            break
""")


def start_saver(db_path, article_id, author, until=None):
    script = SAVER.format(root=str(ROOT), path=str(db_path))
    args = [sys.executable, "-c", script, str(article_id), author] + ([str(until)] if until else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_during_saves_never_leaves_a_partial_version(db_path):
    with History.open(db_path) as history:
        article = history.import_article("Paragraph one.\n\nFirst text.\n", title="Crash test", author="A")
    rng = random.Random(5)
    for _ in range(12):
        saver = start_saver(db_path, article.id, "A")
        saver.stdout.readline()  # it is saving now
        time.sleep(rng.uniform(0.0, 0.25))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
    with History.open(db_path) as history:
        versions = history.versions(article.id)
        assert len(versions) > 12
        assert [v.number for v in versions] == list(range(1, len(versions) + 1))
        for version in versions[1:]:
            assert history.text(article.id, version.number) == (
                f"Paragraph one.\n\nThis is edit {version.number} by A.\n")
        assert history.verify().ok


def test_two_processes_saving_one_article_lose_nothing(db_path):
    with History.open(db_path) as history:
        article = history.import_article("Paragraph one.\n\nFirst text.\n", title="Race", author="A")
    savers = [start_saver(db_path, article.id, name, until=60) for name in ("Ana", "Ben")]
    for saver in savers:
        _, err = saver.communicate(timeout=120)
        assert saver.returncode == 0, err
        assert "locked" not in err
    with History.open(db_path) as history:
        versions = history.versions(article.id)
        assert [v.number for v in versions] == list(range(1, len(versions) + 1))
        assert all(v.parent_number == v.number - 1 for v in versions[1:])
        assert {v.author for v in versions[1:]} == {"Ana", "Ben"}
        assert history.verify().ok


def test_a_backup_is_a_verified_copy(history, sample_text, tmp_path):
    article = history.import_article(sample_text, title="T", author="A")
    history.add_correction(article.id, kind="correction", quote="1932", replacement="1934", author="A")
    history.save_version(article.id, message="year", author="A")
    target = tmp_path / "backup.sqlite"
    report = backup_history(history, target)
    assert report.ok and report.checked_versions == 2
    with History.open(target) as copy:
        assert copy.text(article.id) == history.text(article.id)
    assert not list(tmp_path.glob("*.partial*"))


def test_backup_refuses_the_history_itself_and_folders(history, db_path, tmp_path):
    with pytest.raises(Exception, match="another file"):
        backup_history(history, db_path)
    with pytest.raises(Exception, match="folder"):
        backup_history(history, tmp_path)


def test_backup_from_the_command_line(cli, sample_path, tmp_path):
    cli("import", sample_path)
    code, out, err = cli("backup", tmp_path / "copy.sqlite")
    assert code == 0, err
    assert "1 article, 1 version" in out
    assert cli("--db", tmp_path / "copy.sqlite", "verify")[:2] == (0, "ok\n")


def test_a_full_disk_is_a_clear_error_and_saves_nothing(history, sample_text):
    from db.errors import DatabaseError

    article = history.import_article(sample_text, title="T", author="A")
    pages = history.db.execute("PRAGMA page_count").fetchone()[0]
    history.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError, match="full"):
        history.save_version(article.id, message="big", author="A", text=sample_text + "x " * 200_000)
    history.db.execute("PRAGMA max_page_count = 1073741823")
    assert [v.number for v in history.versions(article.id)] == [1]
    assert history.verify().ok


def test_a_read_only_history_is_a_clear_error(db_path, sample_text):
    from db.errors import DatabaseError

    with History.open(db_path) as history:
        article = history.import_article(sample_text, title="T", author="A")
    history = History.open(db_path)
    history.db.execute("PRAGMA query_only = ON")
    with pytest.raises(DatabaseError, match="nothing was saved"):
        history.save_version(article.id, message="m", author="A", text=sample_text + "More.\n")
    history.close()


def test_opening_the_history_again_in_one_process_keeps_the_first_connections_locks(tmp_path, sample_text):
    """A background reader opens a second connection while the window's is live. Had opening read the
    file with open() and close(), the process would lose its POSIX locks, and another Emend would
    check-point and delete the WAL the window still writes to: its saves would be lost."""
    path = tmp_path / "shared.sqlite"
    window = History.open(path)
    article = window.import_article(sample_text, title="Shared", author="Desk")
    reader = History.open(path)
    reader.close()
    env = {**os.environ, "EMEND_DB": str(path)}
    other = subprocess.run([sys.executable, "-m", "desktop", "list"], capture_output=True, text=True, env=env)
    assert other.returncode == 0, other.stderr

    window.save_version(article.id, text=sample_text + "\nA later paragraph.\n", author="Desk", message="Added")
    seen = subprocess.run([sys.executable, "-m", "desktop", "log", str(article.id), "--json"],
                          capture_output=True, text=True, env=env)
    assert [v["number"] for v in json.loads(seen.stdout)] == [1, 2]
    window.close()
    assert subprocess.run([sys.executable, "-m", "desktop", "verify"], capture_output=True, text=True,
                          env=env).stdout == "ok\n"
