"""Back up a history with SQLite's online backup API, then verify the copy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from corrections.errors import VerificationError
from corrections.files import atomic_output
from corrections.files.reader import resolved
from corrections.files.writer import SIDECARS
from db.errors import DatabaseError
from db.records import VerifyReport


def backup_history(history, destination: str | os.PathLike, *, force: bool = False) -> VerifyReport:
    """Copy the open history to `destination`: a new file, or with `force` an older backup to replace.

    The copy is written beside the destination by the one safe writer and moved into place only
    once it has been verified, so a failed backup never leaves a half-written file where a good one
    was; the history itself (or a link to it) is refused as a destination.
    """
    from db.history import History

    with atomic_output(Path(destination), protect=history.protected_files(), force=force) as partial:
        try:
            target = sqlite3.connect(partial)
            try:
                history.db.conn.backup(target)
            finally:
                target.close()
            with History.open(partial, create=False) as copy:
                report = copy.verify()
        except sqlite3.Error as error:
            raise DatabaseError(f"the backup to {destination} failed: {error}") from None
        finally:
            for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")):
                leftover.unlink(missing_ok=True)
        if not report.ok:
            raise VerificationError(f"the history does not verify, so no backup was made (copy the file itself "
                                    f"to keep it for investigation): {report.problems[0]}")
        _drop_stale_companions(destination)
    return report


def _drop_stale_companions(destination: str | os.PathLike) -> None:
    """An -wal or -shm left beside the file the copy replaces (an older backup that was written to and
    never closed) would be replayed over the new copy when it is opened: it goes before the copy lands."""
    real = resolved(destination)
    for suffix in SIDECARS:
        try:
            real.with_name(real.name + suffix).unlink(missing_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot remove {real.name + suffix} beside the backup: {error.strerror}") from None
