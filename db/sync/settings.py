"""What a local history knows of its newsroom server: the address, whether it asks for sign-off, the
articles waiting for a hand merge. Kept in the history file, so it travels with it."""

from __future__ import annotations

import json

from sqlite_utils import Database

REMOTE, SIGNOFF, CONFLICTS, SERVER_ID = "remote_url", "require_signoff", "conflicts", "server_id"


def _get(db: Database, key: str) -> str | None:
    row = db.execute("select value from sync_settings where key = ?", [key]).fetchone()
    return row[0] if row else None


def _put(db: Database, key: str, value: str) -> None:
    db.execute("insert into sync_settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
               [key, value])


def remote_url(db: Database) -> str | None:
    """The newsroom server this history syncs with (a libpq URI or key=value string), or None."""
    return _get(db, REMOTE)


def set_remote_url(db: Database, url: str) -> None:
    _put(db, REMOTE, url)


def signoff_required(db: Database) -> bool:
    """Whether the server said (at the last sync) that publishing needs a standards editor's sign-off."""
    return _get(db, SIGNOFF) == "true"


def remember_signoff(db: Database, required: bool) -> None:
    _put(db, SIGNOFF, "true" if required else "false")


def conflicts(db: Database) -> dict[str, dict]:
    """Articles (by UUID) whose offline versions clash with colleagues' on the server, as the last sync found."""
    return json.loads(_get(db, CONFLICTS) or "{}")


def remember_conflicts(db: Database, found: dict[str, dict]) -> None:
    _put(db, CONFLICTS, json.dumps(found, sort_keys=True))


def server_id(db: Database) -> str | None:
    """The identity of the newsroom record this history synced with (emend.meta's server_id), or None."""
    return _get(db, SERVER_ID)


def remember_server_id(db: Database, identity: str) -> None:
    _put(db, SERVER_ID, identity)
