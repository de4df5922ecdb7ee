"""Opening a history database safely: refuse what is not ours, never overwrite it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.errors import DAMAGE_ERRORS, CorruptDatabase, DatabaseError, NewerSchemaError, NotAnEmendDatabase, damaged
from db.read_only import connect_read_only, copy_to_memory, in_memory
from db.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def open_database(path: str | os.PathLike, *, create: bool = True, read_only: bool = False) -> Database:
    """Open (or create) an Emend history database, checked and migrated.

    `create`: a missing path becomes a new history; an empty existing file is refused either way.
    `read_only`: nothing on disk is created or changed (see db.read_only), and an older schema is
    migrated in a copy in memory. Raises a DatabaseError with a clear message for a file that is not
    SQLite, a SQLite database of another program, one from a newer Emend, one failing quick_check,
    and (to write to) a file or folder that cannot be written.
    """
    # SQLite keeps the -wal beside the real file, so a history reached through a symbolic link is
    # opened (and its WAL looked for) where it really is.
    path = Path(os.path.realpath(Path(path).expanduser()))
    exists = os.path.exists(path)  # False, not an error, for a name too long: opening it then says why
    may_start = create and not read_only
    if exists:
        _check_file(path)
        _refuse_empty(path)  # even for an import: a history truncated to nothing is not a place to start anew
        if not read_only:
            _check_writable(path)
    elif not may_start:
        raise DatabaseError(f"no history database at {path} (check --db or EMEND_DB; "
                            "`emend import FILE` starts a new one)")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot create the folder for {path}: {error.strerror}") from None
    conn = None
    try:
        if read_only:
            conn = connect_read_only(path, BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        # No sqlite-utils plugins: the record's connection runs only Emend's code (and starts sooner).
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_identity(db, path, may_start=may_start and not exists)  # before WAL: another program's file is left as it was
        if read_only:
            db = _readable(db)
            conn = db.conn
        else:
            _configure(db)
            migrate(db)
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        if "file is not a database" in str(error) and _not_sqlite(path):
            raise NotAnEmendDatabase(f"{path} is not an Emend history database (not an SQLite file)") from None
        raise _explain(error, path, read_only=read_only) from None
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
    if not path.is_file():
        raise NotAnEmendDatabase(f"{path} is not a regular file (a device or pipe), not an Emend history database")
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"cannot read {path}: permission denied")


def _refuse_empty(path: Path) -> None:
    """An empty file is no history: one truncated to nothing must not pass for an empty record."""
    if path.stat().st_size == 0:
        raise CorruptDatabase(f"{path} is empty (0 bytes) and holds no history; if it was one, it was "
                              "truncated: restore it from a backup")


def _check_writable(path: Path) -> None:
    """Refuse, before SQLite half-opens it, a history whose file or folder cannot be written (read-only media)."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseError(f"{path} is read-only (its file or folder cannot be written); nothing can be saved "
                            "to it (`emend list`, `log` and `verify` can still read it)")


def _readable(db: Database) -> Database:
    """The read-only history itself at the current schema, else a copy in memory migrated to it.

    Writes are refused on either (query_only), so nothing meant for the file lands in the copy.
    """
    if schema_version(db) < SCHEMA_VERSION:
        memory = db.conn if in_memory(db.conn) else copy_to_memory(db.conn)
        db = Database(memory, execute_plugins=False)
        try:
            migrate(db)
        except BaseException:
            memory.close()
            raise
    db.execute("PRAGMA query_only = ON")
    return db


def _not_sqlite(path: Path) -> bool:
    """Whether the file does not start as an SQLite database does (read once SQLite refused it)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and not SQLITE_HEADER.startswith(header)  # a cut-short header is a truncated file


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


def _check_identity(db: Database, path: Path, *, may_start: bool = True) -> None:
    version = schema_version(db)
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = set(db.table_names())
    if version == 0 and not tables:
        if may_start:
            return
        raise CorruptDatabase(f"{path} is an empty SQLite database and holds no history; if it was one, "
                              "restore it from a backup")
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


def _explain(error: sqlite3.DatabaseError, path: Path, *, read_only: bool = False) -> DatabaseError:
    text = str(error)
    if "file is not a database" in text or "malformed" in text:
        return CorruptDatabase(f"{path} is damaged or not a database ({text})")
    if read_only and "unable to open" in text and Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        return DatabaseError(f"cannot read {path} here: changes wait in its -wal file, and its -shm file is missing "
                             "in a folder that cannot be written; copy the history with its -wal to a writable folder")
    if read_only and ("readonly" in text or "read-only" in text):  # a hot -journal: a save cut short, not undone
        return DatabaseError(f"cannot read {path} without changing it: a save was cut short and must be undone "
                             "first; run any command that saves on it (or on a writable copy with its -journal)")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"{path} is read-only; nothing can be saved to it")
    if "unable to open" in text:
        return DatabaseError(f"cannot open {path}: {text}")
    return DatabaseError(f"cannot use {path}: {text}")
