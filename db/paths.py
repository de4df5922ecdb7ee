"""Where the history database lives by default; desktop.application.configuration decides between
--db, EMEND_DB, the Preferences choice and this default."""

from __future__ import annotations

from pathlib import Path

import platformdirs

DB_FILENAME = "history.sqlite"


def default_db_path() -> Path:
    """The per-user database in the platform's data directory (e.g. ~/.local/share/Emend)."""
    return Path(platformdirs.user_data_dir("Emend", appauthor=False)) / DB_FILENAME
