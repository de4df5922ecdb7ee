"""A history archived on read-only media can still be listed, read and audited; saving to it is refused
in one line. The folder is made read-only for real: as root (where file modes do not stop writes) the
`emend` process runs in a private mount namespace with the folder bind-mounted read-only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

READ_ONLY_MOUNT = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" || exit 97; shift; exec "$@"'
"""sh: make folder $1 read-only for this process alone, then run the rest of the arguments."""


def _unavailable(why: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"a read-only mount is needed to test read-only media and CI must run it: {why}")
    pytest.skip(f"cannot make a read-only mount here: {why}")


@pytest.fixture(scope="session")
def read_only_mounts(tmp_path_factory) -> bool:
    """Whether emend runs under a read-only bind mount (as root) rather than on a chmod-ed folder."""
    if os.geteuid() != 0:
        return False
    probe = tmp_path_factory.mktemp("probe")
    if shutil.which("unshare") is None:
        _unavailable("the `unshare` command is not installed")
    result = subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, "sh", str(probe), "touch",
                             str(probe / "written")], capture_output=True, text=True)
    if result.returncode == 0 or (probe / "written").exists():
        _unavailable("the bind mount did not stop a write")
    if result.returncode == 97 or result.stderr.startswith("unshare:"):
        _unavailable(result.stderr.strip() or "unshare -m or mount was refused")
    return True


def emend(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, args)], capture_output=True, text=True,
                          env=env)


@pytest.fixture
def on_read_only_media(read_only_mounts):
    """Run `emend --db FOLDER/history.sqlite ARGS` with FOLDER read-only."""
    def run(folder, *args) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "desktop.cli", "--db", str(folder / "history.sqlite"), *map(str, args)]
        if read_only_mounts:
            return subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, "sh", str(folder), *command],
                                  capture_output=True, text=True)
        modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
        for path in modes:
            path.chmod(0o555 if path == folder else 0o444)
        try:
            return subprocess.run(command, capture_output=True, text=True)
        finally:
            for path, mode in modes.items():
                path.chmod(mode)

    return run


@pytest.fixture
def archive(tmp_path, sample_path):
    """A folder holding only a history: one article, corrected once."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "history.sqlite"
    assert emend("--db", db, "import", sample_path, "--title", "Harbour bridge reopens").returncode == 0
    emend("--db", db, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
          "--note", "An earlier version misstated the bridge's daily traffic.")
    assert emend("--db", db, "save", "1", "-m", "Correct the traffic figure").returncode == 0
    return folder


def on_disk(folder):
    return {path.name: (path.read_bytes(), path.stat().st_mtime_ns) for path in folder.iterdir()}


@pytest.mark.parametrize("command", [["verify"], ["list"], ["log", "1"], ["audit", "1"], ["export-log"]],
                         ids=lambda command: command[0])
def test_an_archived_history_on_read_only_media_can_be_read_and_audited(on_read_only_media, archive, command):
    before = on_disk(archive)

    result = on_read_only_media(archive, *command)

    assert result.returncode == 0, result.stderr
    assert result.stdout
    assert on_disk(archive) == before


def test_verify_on_read_only_media_says_ok(on_read_only_media, archive):
    result = on_read_only_media(archive, "verify")
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


@pytest.mark.parametrize("command", [["correct", "1", "--quote", "Monday", "--replace", "Tuesday"],
                                     ["save", "1", "-m", "Update"]],
                         ids=lambda command: command[0])
def test_saving_to_read_only_media_is_refused_in_one_line(on_read_only_media, archive, command):
    before = on_disk(archive)

    result = on_read_only_media(archive, *command)

    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("emend: ") and len(result.stderr.strip().splitlines()) == 1
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert on_disk(archive) == before


def test_the_last_save_of_a_writer_that_stopped_short_is_read_from_its_wal(on_read_only_media, tmp_path, sample_path):
    """A history copied to an archive while Emend was saving carries its -wal and -shm; the save is in them."""
    folder = tmp_path / "archive"
    folder.mkdir()
    script = textwrap.dedent(f"""
        import os
        from db.history import History
        history = History.open({str(folder / "history.sqlite")!r})
        article = history.import_article(open({str(sample_path)!r}, encoding="utf-8").read(), title="Bridge",
                                         author="Desk")
        history.save_version(article.id, message="Late edit", author="Desk", text="The bridge reopened.\\n")
        os._exit(0)  # stopped before closing: the saves stay in the -wal
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert {"history.sqlite-wal", "history.sqlite-shm"} <= set(os.listdir(folder))
    before = on_disk(folder)

    result = on_read_only_media(folder, "log", "1", "--json")

    assert result.returncode == 0, result.stderr
    assert [entry["message"] for entry in json.loads(result.stdout)] == ["Imported", "Late edit"]
    assert on_read_only_media(folder, "verify").stdout == "ok\n"
    assert on_disk(folder) == before
