"""Opening a history database safely: refuse what is not ours, never overwrite it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.errors import DAMAGE_ERRORS, CorruptDatabase, DatabaseError, NewerSchemaError, NotAnEmendDatabase, damaged
from db.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def open_database(path: str | os.PathLike, *, create: bool = True) -> Database:
    """Open (or create) an Emend history database, checked and migrated.

    Raises a DatabaseError with a clear message for a file that is not SQLite, a SQLite
    database of another program, one from a newer Emend, or one failing quick_check.
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_file(path)
    elif not create:
        raise DatabaseError(f"no history database at {path} (check --db or EMEND_DB; "
                            "`emend import FILE` starts a new one)")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot create the folder for {path}: {error.strerror}") from None
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        # No sqlite-utils plugins: the record's connection runs only Emend's code (and starts sooner).
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_identity(db, path)  # before WAL: another program's file is left exactly as it was
        _configure(db)
        migrate(db)
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        if "file is not a database" in str(error) and _not_sqlite(path):
            raise NotAnEmendDatabase(f"{path} is not an Emend history database (not an SQLite file)") from None
        raise _explain(error, path) from None
    except DatabaseError:
        if conn is not None:
            conn.close()
        raise
    except DAMAGE_ERRORS as error:  # schema or check text that no longer decodes
        if conn is not None:
            conn.close()
        raise damaged(error, str(path)) from None
    return db


def _check_file(path: Path) -> None:
    """Refuse a folder or an unreadable file, without opening the file.

    Closing any handle on a database file drops every POSIX lock this process holds on it,
    including those of SQLite connections still open (a background reader's, another window's);
    another process would then think itself alone, check-point and delete the WAL those
    connections still write to. So the header is read only after SQLite has refused the file.
    """
    if path.is_dir():
        raise NotAnEmendDatabase(f"{path} is a folder, not an Emend history database")
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"cannot read {path}: permission denied")


def _not_sqlite(path: Path) -> bool:
    """Whether the file does not start as an SQLite database does (read once SQLite refused it)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            db.enable_wal()
        except sqlite3.OperationalError as error:
            if "readonly" not in str(error).lower():
                raise
    db.execute("PRAGMA synchronous = FULL")


def _check_identity(db: Database, path: Path) -> None:
    version = schema_version(db)
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = set(db.table_names())
    if version == 0 and not tables:
        return
    if app_id != APPLICATION_ID:
        raise NotAnEmendDatabase(f"{path} is an SQLite database of another program, not an Emend history")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of Emend (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); update Emend to open it"
        )
    result = db.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise CorruptDatabase(f"{path} is damaged (SQLite quick_check: {result}); restore it from a backup")


def _explain(error: sqlite3.DatabaseError, path: Path) -> DatabaseError:
    text = str(error)
    if "file is not a database" in text or "malformed" in text:
        return CorruptDatabase(f"{path} is damaged or not a database ({text})")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"{path} is read-only; nothing can be saved to it")
    if "unable to open" in text:
        return DatabaseError(f"cannot open {path}: {text}")
    return DatabaseError(f"cannot use {path}: {text}")
