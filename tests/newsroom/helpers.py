"""A newsroom on the throwaway cluster: its database set up by `server init`, and editors' login roles."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from db.server.admin import add_user, init_server

_numbers = itertools.count(1)

ARTICLE = """Council approves harbour bridge repairs

The city council voted 7-2 on Tuesday to spend 18.4 million on repairs to the Eastern harbour bridge.

Councillor Maria Kowalsky said the work would start in March and take two years.

The bridge carries 48,000 vehicles a day and was closed twice last winter after cracks were found.

Opponents said the money should go to public transport instead.

A public meeting on the plans is set for next month at the town hall.
"""


@dataclass
class Newsroom:
    """One newsroom database with users (all reached through the trusted socket)."""

    cluster: object
    database: str
    suffix: str

    def url(self, user: str | None = None) -> str:
        name = self.user(user) if user else "postgres"
        return self.cluster.uri(self.database, user=name, via="socket")

    def user(self, name: str) -> str:
        return f"{name}_{self.suffix}"

    def add(self, name: str, role: str = "editor") -> str:
        add_user(self.url(), self.user(name), role=role, password=None)
        return self.url(name)


def make_newsroom(cluster, *, require_signoff: bool = False) -> Newsroom:
    number = next(_numbers)
    suffix = f"n{number}"
    database = cluster.create_database(f"newsroom_{suffix}_{id(cluster) % 10000}")
    room = Newsroom(cluster, database, suffix)
    init_server(room.url(), require_signoff=require_signoff)
    return room


def laptop(tmp_path, name: str, url: str):
    """An editor's local history at tmp_path/NAME.sqlite, pointed at the newsroom at URL."""
    from db.history import History
    from db.sync import settings

    history = History.open(tmp_path / f"{name}.sqlite")
    with history.transaction():
        settings.set_remote_url(history.db, url)
    return history
