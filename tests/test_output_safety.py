"""No output can destroy the history: every file Emend writes goes through one atomic writer that
refuses the history (and whatever resolves to it) and never replaces a file unless told to."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from corrections.files import OutputRefused, atomic_output, write_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


OUTPUTS = [
    ("export", "1", "--format", "txt"),
    ("export", "1", "--format", "html"),
    ("export", "1", "--format", "docx"),
    ("export-log",),
    ("audit", "1"),
    ("audit", "1", "--format", "pdf"),
]


@pytest.mark.parametrize("command", OUTPUTS, ids=lambda c: " ".join(c))
def test_no_output_command_can_write_over_the_history(cli, db_path, corrected, command):
    before = digest(db_path)
    for flags in ([], ["--force"]):
        code, out, err = cli("--db", db_path, *command, "-o", db_path, *flags)
        assert code == 2, (out, err)
        assert "is the history itself" in err and err.count("\n") == 1
    assert digest(db_path) == before
    corrected()


@pytest.mark.parametrize("command", OUTPUTS[:1] + OUTPUTS[3:5], ids=lambda c: " ".join(c))
def test_a_link_to_the_history_or_its_wal_is_refused_too(cli, db_path, corrected, command, tmp_path):
    symlink, hardlink = tmp_path / "link.txt", tmp_path / "hard.txt"
    symlink.symlink_to(db_path)
    os.link(db_path, hardlink)
    wal_link = tmp_path / "wal.txt"
    wal_link.symlink_to(db_path.with_name(db_path.name + "-wal"))
    for target in (symlink, hardlink, wal_link, db_path.with_name(db_path.name + "-journal")):
        code, _, err = cli("--db", db_path, *command, "-o", target, "--force")
        assert code == 2 and "is the history itself" in err, (target, err)
    corrected()


def test_backup_refuses_the_history_and_an_existing_file_unless_forced(cli, db_path, corrected, tmp_path):
    other = tmp_path / "other.sqlite"
    assert cli("--db", other, "import", db_path.parent / "nothing.txt")[0] == 2  # no such file: nothing made
    assert cli("--db", other, "import", Path(__file__))[0] == 0
    other_before = digest(other)

    for target in (db_path, tmp_path / "link.sqlite"):
        if target.name == "link.sqlite":
            target.symlink_to(db_path)
        code, _, err = cli("--db", db_path, "backup", target, "--force")
        assert code == 2 and "is the history itself" in err

    code, _, err = cli("--db", db_path, "backup", other)
    assert code == 2 and "already exists; use --force" in err
    assert digest(other) == other_before

    code, out, err = cli("--db", db_path, "backup", other, "--force")
    assert code == 0, err
    assert cli("--db", other, "verify")[0] == 0
    assert "Harbour bridge reopens" in cli("--db", other, "list")[1]
    corrected()


def test_an_existing_output_file_is_kept_unless_forced(cli, db_path, corrected, tmp_path):
    keep = tmp_path / "keep.txt"
    keep.write_text("an editor's notes\n", encoding="utf-8")
    for command in [("export", "1", "--format", "txt"), ("export-log",), ("audit", "1")]:
        code, _, err = cli("--db", db_path, *command, "-o", keep)
        assert code == 2 and "already exists; use --force" in err
        assert keep.read_text(encoding="utf-8") == "an editor's notes\n"
    code, out, err = cli("--db", db_path, "export", "1", "-o", keep, "--force")
    assert code == 0, err
    assert "84,000 vehicles" in keep.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path):
    keep = tmp_path / "keep.txt"
    keep.write_text("the old report\n", encoding="utf-8")

    class Full(Exception):
        pass

    with pytest.raises(Full):
        with atomic_output(keep, force=True) as partial:
            partial.write_bytes(b"half a rep")
            raise Full  # the disk filled up, the PDF writer failed, the process was interrupted
    assert keep.read_text(encoding="utf-8") == "the old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_a_full_disk_is_a_clear_refusal_and_the_old_file_survives(tmp_path):
    """/dev/full fails every write with ENOSPC, as a full disk does."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    keep = tmp_path / "keep.txt"
    keep.write_text("kept\n", encoding="utf-8")
    with pytest.raises(OutputRefused, match="disk is full"):
        with atomic_output(keep, force=True) as partial:
            with open("/dev/full", "wb") as full:
                full.write(b"x" * 65536)
                full.flush()
            partial.write_bytes(b"never reached")
    assert keep.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("where", ["missing folder", "a folder", "a device", "a loop"])
def test_impossible_output_paths_exit_2_with_one_line(cli, db_path, corrected, tmp_path, where):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    target = {"missing folder": tmp_path / "nowhere" / "x.txt", "a folder": tmp_path, "a device": Path("/dev/null"),
              "a loop": loop}[where]
    for command in [("export-log",), ("audit", "1"), ("backup",)]:
        args = ("--db", db_path, *command, target) if command == ("backup",) else \
            ("--db", db_path, *command, "-o", target)
        code, out, err = cli(*args)
        assert code == 2, (command, out, err)
        assert err.startswith("emend: ") and err.count("\n") == 1
    corrected()


def test_a_read_only_file_system_is_a_clear_refusal(cli, db_path, corrected, tmp_path):
    """/proc accepts no new files: the writer says so instead of failing with a traceback."""
    code, _, err = cli("--db", db_path, "export-log", "-o", "/proc/emend-log.csv")
    assert code == 2 and err.count("\n") == 1
    corrected()


def test_exporting_into_a_folder_never_replaces_a_file(cli, db_path, corrected, sample_path, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for title in ("..", ".", "CON", "con"):
        assert cli("--db", db_path, "import", sample_path, "--title", title, "--again")[0] == 0
    written = []
    for article in ("2", "3", "4", "5", "5"):
        code, out, err = cli("--db", db_path, "export", article, "-o", folder)
        assert code == 0, err
        written.append(Path(out.strip()))
    assert len(set(written)) == 5 and all(p.parent == folder for p in written)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert {p.name for p in written} >= {"article-2.txt", "article-3.txt", "article-4.txt", "article-5.txt",
                                         "article-5-2.txt"}


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    previous = os.umask(0o022)
    try:
        written = write_file(tmp_path / "notice.txt", b"Correction: ...\n")
    finally:
        os.umask(previous)
    assert written.read_bytes() == b"Correction: ...\n"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644  # readable by the newsroom, as any new file
    written.chmod(0o600)
    write_file(written, b"Revised\n", force=True)
    assert written.read_bytes() == b"Revised\n" and stat.S_IMODE(written.stat().st_mode) == 0o600


ROOT = Path(__file__).resolve().parent.parent
EMEND = f"PYTHONPATH={ROOT} QT_QPA_PLATFORM=offscreen {sys.executable} -m desktop.cli"
"""The command line as a shell inside a mount namespace runs it."""


def with_tmpfs(folder: Path, options: str, script: str) -> subprocess.CompletedProcess:
    """Run `script` with a tmpfs mounted (`options`) on `folder`, in a private mount namespace so nothing
    outside sees it. Needs root and unshare(1): skipped elsewhere, a failure in CI."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("mounting a file system needs root and unshare(1)")
    folder.mkdir(exist_ok=True)
    done = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o {options} tmpfs {folder} || exit 99; "
                           + script], capture_output=True, text=True, timeout=300)
    if done.returncode == 99:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must be able to mount a tmpfs: {done.stderr}")
        pytest.skip(f"this machine cannot mount a tmpfs: {done.stderr.strip()}")
    return done


def test_an_output_on_a_read_only_mount_is_refused_and_the_history_untouched(db_path, corrected, tmp_path):
    """A real read-only file system: a tmpfs mounted read-only."""
    dvd = tmp_path / "dvd"
    done = with_tmpfs(dvd, "ro", f"for command in 'export 1 -o {dvd}/a.txt' 'export-log -o {dvd}/log.csv' "
                                 f"'backup {dvd}/copy.sqlite'; do {EMEND} --db {db_path} $command; "
                                 "echo \"exit=$?\"; done")
    assert done.stdout.count("exit=2") == 3, (done.stdout, done.stderr)
    assert done.stderr.count("read-only") == 3 and "Traceback" not in done.stderr
    corrected()


CRASHED_SAVE = """
import os, sys
from db.history import History
history = History.open(sys.argv[1], create=False)
history.db.execute("PRAGMA wal_autocheckpoint = 0")
history.add_correction(1, kind="correction", quote="84,000 vehicles", replacement="85,000 vehicles",
                       public_note="Saved just before the crash.", author="Night desk")
history.save_version(1, message="saved before the crash", author="Night desk")
os._exit(0)
"""
"""A window that saved version 3 and was killed: the save is committed, but only in the -wal."""


def crash_after_saving(db_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CRASHED_SAVE, str(db_path)], cwd=db_path.parent,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0


def test_a_history_reached_through_a_link_keeps_its_wal_safe_and_read(cli, db_path, corrected, tmp_path):
    crash_after_saving(db_path)
    other = tmp_path / "other"
    other.mkdir()
    symlink, hardlink = other / "link.sqlite", tmp_path / "hard.sqlite"
    symlink.symlink_to(db_path)
    os.link(db_path, hardlink)
    wal = db_path.with_name(db_path.name + "-wal")
    wal_before = digest(wal)
    for reached_as in (symlink, hardlink):
        code, _, err = cli("--db", reached_as, "export-log", "-o", wal, "--force")
        assert code == 2 and "history" in err, err
    assert digest(wal) == wal_before

    code, out, _ = cli("--db", symlink, "log", "1")
    assert code == 0 and "saved before the crash" in out  # the saves in the real file's -wal are read
    code, out, err = cli("--db", symlink, "backup", tmp_path / "copy.sqlite")
    assert code == 0 and "3 versions" in out, err
    assert "saved before the crash" in cli("--db", tmp_path / "copy.sqlite", "log", "1")[1]
    corrected()


def test_replacing_an_old_backup_never_replays_its_leftover_wal_over_the_new_copy(cli, db_path, corrected, tmp_path):
    backup = tmp_path / "backup.sqlite"
    assert cli("--db", db_path, "backup", backup)[0] == 0
    crash_after_saving(backup)  # someone opened the old backup and wrote to it; its -wal is left behind
    assert cli("--db", db_path, "correct", "1", "--quote", "Monday morning", "--replace", "Tuesday morning",
               "--note", "The bridge reopened on Tuesday.")[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "the real version 3")[0] == 0

    code, _, err = cli("--db", db_path, "backup", backup, "--force")
    assert code == 0, err
    log = cli("--db", backup, "log", "1")[1]
    assert "the real version 3" in log and "saved before the crash" not in log
    assert cli("--db", backup, "verify")[0] == 0


def test_a_pdf_that_could_not_be_written_whole_leaves_the_old_one(db_path, corrected, tmp_path):
    """A tmpfs of 64 KB, nearly full: Qt's PDF writer fails quietly, the writer notices."""
    disk = tmp_path / "disk"
    audit = f"{EMEND} --db {db_path} audit 1 --format pdf -o {disk}/r.pdf"
    done = with_tmpfs(disk, "size=64k", f"{audit} && cp {disk}/r.pdf {tmp_path}/first.pdf && "
                                        f"dd if=/dev/zero of={disk}/filler bs=1k count=20 2>/dev/null; "
                                        f"{audit} --force; echo \"exit=$?\"; "
                                        f"cmp {disk}/r.pdf {tmp_path}/first.pdf && echo same; ls -a {disk}")
    assert (tmp_path / "first.pdf").exists(), done.stderr
    assert "exit=2" in done.stdout, (done.stdout, done.stderr)
    assert "same" in done.stdout and ".partial" not in done.stdout
    corrected()


def test_import_refuses_an_empty_file_where_a_history_was(cli, sample_path, tmp_path):
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(b"")
    code, _, err = cli("--db", truncated, "import", sample_path)
    assert code == 2 and "empty" in err
    assert truncated.stat().st_size == 0


def test_a_terminated_command_leaves_no_half_written_file(tmp_path):
    """SIGTERM (a closed terminal sends SIGHUP) unwinds like an interrupt: the temporary file goes."""
    import signal

    from desktop.cli import _Stopped, _stopped_cleanly

    keep = tmp_path / "report.pdf"
    keep.write_bytes(b"%PDF- the old report %%EOF")
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(_Stopped):
        with _stopped_cleanly():
            with atomic_output(keep, force=True) as partial:
                partial.write_bytes(b"%PDF- half")
                os.kill(os.getpid(), signal.SIGTERM)
                signal.pause()  # the handler raises before this returns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert keep.read_bytes() == b"%PDF- the old report %%EOF"
    assert signal.getsignal(signal.SIGTERM) == before  # the handler was this command's only
