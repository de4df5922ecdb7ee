"""Errors of the history store, each with a message fit to show a user."""

import json
import sqlite3
import zlib

from corrections.errors import EmendError, InputError

DAMAGE_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError, zlib.error, json.JSONDecodeError)
"""What reading a damaged history raises below Emend's own errors: bytes that no longer decode,
pages SQLite cannot read. Callers turn them into CorruptDatabase with `damaged`."""


class DatabaseError(EmendError):
    """The history database cannot be used as it is."""


class NotAnEmendDatabase(DatabaseError):
    """The file is not SQLite, or is SQLite written by another program."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Emend; opening it could damage it."""


class CorruptDatabase(DatabaseError):
    """SQLite's own integrity check failed."""


def damaged(error: BaseException, what: str = "the history") -> "CorruptDatabase":
    """A damage error as a message for a user: what could not be read, and what to do."""
    return CorruptDatabase(f"{what} is damaged and cannot be read ({type(error).__name__}: {error}); "
                           "restore it from a backup")


class NotFound(InputError):
    """No such article, version or correction."""


class ConflictError(EmendError):
    """Someone else saved a newer version of the article since this one was read."""

    def __init__(self, message: str, latest_number: int):
        super().__init__(message)
        self.latest_number = latest_number


class NothingToSave(InputError):
    """A save that would store a version identical to the latest one."""
