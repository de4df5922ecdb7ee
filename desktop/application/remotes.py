"""Whether a history syncs with a newsroom server, answered without loading the server code (psycopg and
the sync engine take a quarter of a second to import), so a window on a history of its own starts as before."""

from __future__ import annotations

from db.history import History
from db.sync import settings


def has_server(history: History) -> bool:
    """Whether the history has a newsroom server to sync with (`emend remote URL` or `emend clone` set one)."""
    return bool(settings.remote_url(history.db))
