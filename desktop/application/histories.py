"""Opening the history a front end works on, as the configuration names it."""

from __future__ import annotations

import os

from db.errors import DAMAGE_ERRORS, CorruptDatabase, damaged
from db.history import History
from desktop.application.configuration import db_path

__all__ = ["DAMAGE_ERRORS", "CorruptDatabase", "History", "damaged", "is_new_history", "open_history"]


def open_history(db: str | os.PathLike | None = None, *, create: bool = False, read_only: bool = False) -> History:
    """The history at --db / EMEND_DB / the Preferences choice / the default. Only an import (create)
    may start a new one; a read-only open creates and changes no file."""
    return History.open(db_path(db), create=create, read_only=read_only)


def is_new_history(db: str | os.PathLike | None = None) -> bool:
    """Whether opening the history to import would start it: no file (nor a link) is there yet."""
    return not os.path.lexists(os.path.realpath(db_path(db)))
