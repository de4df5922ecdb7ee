"""Where the history database lives: --db, else EMEND_DB, else the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "history.sqlite"


def default_db_path() -> Path:
    """The per-user database in the platform's data directory (e.g. ~/.local/share/Emend)."""
    return Path(platformdirs.user_data_dir("Emend", appauthor=False)) / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The database the user asked for: an explicit path wins over EMEND_DB over the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("EMEND_DB", "").strip()
    if env:
        return Path(env).expanduser()
    return default_db_path()
