"""Hearing colleagues' saves as they happen: LISTEN on the newsroom's channel, reconnecting with a growing
pause while the server is away, until told to stop.

The server's triggers NOTIFY `emend_saves` with the article's uid for every version, publication and notice
stored (db/server/schema.py); a front end answers a notification by syncing.
"""

from __future__ import annotations

import threading
from typing import Callable

import psycopg
from psycopg import sql

from db.server.connection import connect, where
from db.server.errors import ServerError, explain
from db.server.schema import NOTIFY_CHANNEL

POLL_SECONDS = 0.5
"""How long one wait for notifications lasts before `stop` is looked at again."""
FIRST_PAUSE, LONGEST_PAUSE = 1.0, 60.0
"""Seconds between attempts to reach a server that went away: doubled after each failure, up to the longest."""
CONNECT_SECONDS = 3
"""How long one attempt to connect may take (libpq waits at least 2)."""


def listen(url: str, stop: threading.Event, *, on_save: Callable[[str], object],
           on_connected: Callable[[], object] = lambda: None,
           on_lost: Callable[[ServerError], object] = lambda error: None) -> None:
    """Call `on_save(article_uid)` for each save on the server at URL until `stop` is set.

    `on_connected` is called each time the listening connection is (re)made, `on_lost` with the one-line
    error each time it fails or drops; between failures the pause grows from FIRST_PAUSE to LONGEST_PAUSE.
    """
    pause = FIRST_PAUSE
    while not stop.is_set():
        try:
            conn = connect(url, autocommit=True, timeout=CONNECT_SECONDS)
        except ServerError as error:
            on_lost(error)
        else:
            try:
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(NOTIFY_CHANNEL)))
                pause = FIRST_PAUSE
                on_connected()
                while not stop.is_set():
                    for notification in conn.notifies(timeout=POLL_SECONDS):
                        on_save(notification.payload)
            except psycopg.Error as error:
                on_lost(explain(error, where(url)))
            finally:
                conn.close()
        if stop.wait(pause):
            return
        pause = min(pause * 2, LONGEST_PAUSE)
