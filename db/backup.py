"""Back up a history with SQLite's online backup API, then verify the copy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from corrections.errors import InputError
from db.errors import DatabaseError
from db.records import VerifyReport


def backup_history(history, destination: str | os.PathLike) -> VerifyReport:
    """Copy the open history to `destination` (a new file, or an older backup to replace).

    The copy is written beside the destination and renamed into place only once it has been
    verified, so a failed backup never leaves a half-written file where a good one was.
    """
    from db.history import History

    destination = Path(destination).expanduser()
    if destination.is_dir():
        raise InputError(f"{destination} is a folder; give the backup a file name")
    if history.path is not None and destination.resolve() == Path(history.path).resolve():
        raise InputError("the backup must go to another file than the history itself")
    if not destination.parent.is_dir():
        raise InputError(f"the folder {destination.parent} does not exist")
    partial = destination.with_name(destination.name + ".partial")
    try:
        target = sqlite3.connect(partial)
        try:
            history.db.conn.backup(target)
        finally:
            target.close()
        with History.open(partial, create=False) as copy:
            report = copy.verify()
        if not report.ok:
            raise DatabaseError(f"the backup does not verify: {report.problems[0]}")
        os.replace(partial, destination)
    except sqlite3.Error as error:
        raise DatabaseError(f"the backup to {destination} failed: {error}") from None
    except OSError as error:
        raise DatabaseError(f"the backup to {destination} failed: {error.strerror or error}") from None
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return report
