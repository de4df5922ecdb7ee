"""A read-only connection to a history file that creates and changes nothing on disk.

A WAL history's readers share its -wal and -shm files. Where a writer left a -wal (or is running),
SQLite reads through it (`mode=ro`): the -wal holds saves the file alone lacks, and the -shm is their
shared index, which SQLite may add or update but which holds no data (the next writer to close removes
both). Where there is no -wal, a `mode=ro` connection would create both and leave them behind, so the
file is read as `immutable=1` instead: in place when its folder is not writable (no writer can run there:
a writer needs its -wal beside the file), else copied into memory and kept only if the file did not
change while it was copied (a save that raced the copy is then read beside its writer).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

WRITER_FILES = ("-wal", "-journal")
"""What a writer (running, or stopped before it cleaned up) leaves beside a history: changes the file alone lacks."""

SNAPSHOT_ATTEMPTS = 3


def connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that can only read `path`; it may be an in-memory copy of it (see the module's note)."""
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        if _writer_left_changes(path):
            return _connect(path, "ro", timeout)
        if not os.access(path.parent, os.W_OK):
            return _connect(path, "ro&immutable=1", timeout)
        snapshot = _snapshot(path, timeout)
        if snapshot is not None:
            return snapshot
    # A writer came and went during every copy: read beside it as it does (SQLite may leave a -wal and -shm).
    return _connect(path, "ro", timeout)


def in_memory(conn: sqlite3.Connection) -> bool:
    """Whether `conn` reads a copy in memory rather than the file."""
    return conn.execute("PRAGMA database_list").fetchone()[2] == ""


def _writer_left_changes(path: Path) -> bool:
    """A -wal or -journal beside the file; in a folder nobody can write to, only one with something in it."""
    writable = os.access(path.parent, os.W_OK)
    for suffix in WRITER_FILES:
        try:
            size = os.stat(f"{path}{suffix}").st_size
        except OSError:
            continue
        if writable or size:
            return True
    return False


def _connect(path: Path, mode: str, timeout: float) -> sqlite3.Connection:
    uri = f"file:{quote(os.fsencode(path.absolute()))}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)


def _state(path: Path) -> tuple:
    status = os.stat(path)
    return status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns


def copy_to_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A copy in memory of the database behind `conn`, which is closed either way."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.backup(memory)
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory


def _snapshot(path: Path, timeout: float) -> sqlite3.Connection | None:
    """The file copied into memory, or None when it changed (or a writer appeared) during the copy."""
    before = _state(path)
    memory = copy_to_memory(_connect(path, "ro&immutable=1", timeout))
    if _state(path) != before or _writer_left_changes(path):
        memory.close()
        return None
    return memory
