"""Errors of the newsroom server, each with a one-line message fit to show a user, and `explain`,
which turns what psycopg raises into them.

Connection failures carry no SQLSTATE in psycopg (libpq reports them as text), so `explain` reads
the server's English messages for them: a server whose lc_messages is another language gives the
generic "refused the connection" message instead of the precise one. Errors raised inside a session
carry a SQLSTATE and are matched on it.

With scram-sha-256 (or md5) authentication PostgreSQL answers a login as an unknown user exactly as
it answers a wrong password ("password authentication failed for user …", so that a stranger cannot
probe which roles exist): NoSuchRole is only reported where the server says so, which is for
trusted (socket, peer, trust) connections.
"""

from __future__ import annotations

import re

import psycopg

from db.errors import DatabaseError


class ServerError(DatabaseError):
    """The newsroom server cannot be used, or refused what was asked of it."""

    exit_code = 2


class Unreachable(ServerError):
    """Nothing answers at the server's address, or the connection was lost."""


class AuthenticationFailed(ServerError):
    """The server refused the user's credentials (or does not let the user in from here)."""


class NoSuchRole(ServerError):
    """The server has no role of that name (reported only where the server says so)."""


class NoSuchDatabase(ServerError):
    """The server has no database of that name."""


class NoPrivilege(ServerError):
    """The user lacks a privilege the operation needs."""


class NotAnEmendServer(ServerError):
    """The database was never set up with `emend server init`."""


class NewerServerSchema(ServerError):
    """The database was set up by a newer Emend; this one must not write to it."""


class AlreadyInitialised(ServerError):
    """`emend server init` on a database that already holds the newsroom record."""


class AppendOnly(ServerError):
    """An UPDATE, DELETE or TRUNCATE of the newsroom record (SQLSTATE EM000)."""


class ServerBusy(ServerError):
    """The server could not take a push in time: a lock held too long, or a statement that ran out of time."""


class ChainRefused(ServerError):
    """A pushed version does not extend the record's chain for its article (SQLSTATE EM001)."""

    exit_code = 1


class SignoffRequired(ServerError):
    """A publication of a version no standards editor has signed off (SQLSTATE EM002)."""


class SelfApproval(ServerError):
    """A standards editor signing off their own corrections (SQLSTATE EM003)."""


class NotStandards(ServerError):
    """A sign-off by someone who is not a standards editor (SQLSTATE EM004)."""


BY_SQLSTATE: dict[str, type[ServerError]] = {
    "EM000": AppendOnly,
    "EM001": ChainRefused,
    "EM002": SignoffRequired,
    "EM003": SelfApproval,
    "EM004": NotStandards,
}
"""Emend's own SQLSTATEs, raised by the server's triggers (db/server/schema.py)."""

VERSION_NUMBER_CONSTRAINT = "versions_article_number"
"""emend.versions' unique (article_uid, number), the chain witness's backstop for races."""
RECORD_KEYS = frozenset(f"{table}_pkey" for table in ("articles", "versions", "corrections", "publications", "notices"))
"""The record tables' primary keys (their rows' UUIDs)."""

# psycopg's and libpq's wrapping of a failed connection attempt, before the reason itself.
_CONNECTION_PREFIXES = (
    re.compile(r"^connection (?:failed|is bad): "),
    re.compile(r'^connection to server (?:at "[^"]*"(?: \([^)]*\))?, port \S+|on socket "[^"]*") failed: '),
    re.compile(r"^(?:FATAL|ERROR):\s+"),
)
_PASSWORD_FAILED = re.compile(r'password authentication failed for user "(?P<user>[^"]*)"')
_NO_ROLE = re.compile(r'role "(?P<user>[^"]*)" does not exist')
_NO_DATABASE = re.compile(r'database "(?P<name>[^"]*)" does not exist')
_NOT_ACCEPTING = re.compile(r"the database system is (?:shutting down|starting up|in recovery mode|"
                            r"not yet accepting connections|not accepting connections)")
_ON_SOCKET = re.compile(r'connection to server on socket "(?P<socket>[^"]*)" failed')


def first_line(text: object) -> str:
    """The first non-empty line of TEXT, stripped (a message's detail and context lines dropped)."""
    for line in str(text).splitlines():
        if line.strip():
            return line.strip()
    return ""


def _connection_reason(message: str) -> str:
    """The first line of a connection failure without the "connection to server at … failed:" wrapping."""
    reason = first_line(message)
    for prefix in _CONNECTION_PREFIXES:
        reason = prefix.sub("", reason, count=1)
    return reason.strip() or "the connection failed"


def explain(error: BaseException, where: str) -> ServerError:
    """ERROR, raised by psycopg while talking to the newsroom server at WHERE ("HOST:PORT"), as the
    ServerError a user should see. A ServerError is returned as it is."""
    if isinstance(error, ServerError):
        return error
    if not isinstance(error, psycopg.Error):
        reason = first_line(error) or type(error).__name__
        return ServerError(f"the newsroom server at {where} could not be used: {reason}")

    sqlstate = getattr(error, "sqlstate", None)
    primary = getattr(getattr(error, "diag", None), "message_primary", None)
    message = first_line(primary if primary else error)

    if sqlstate in BY_SQLSTATE:
        return BY_SQLSTATE[sqlstate](message)
    if sqlstate == "23505" and getattr(error.diag, "constraint_name", None) == VERSION_NUMBER_CONSTRAINT:
        # The witness's backstop: a pusher whose snapshot (REPEATABLE READ, SERIALIZABLE) could not see
        # the version another pusher committed meanwhile.
        detail = first_line(error.diag.message_detail or "")
        return ChainRefused("another version of this article with the same number reached the newsroom record "
                            f"first{f' ({detail})' if detail else ''}; pull and try again")
    if sqlstate == "23505" and getattr(error.diag, "constraint_name", None) in RECORD_KEYS:
        # The same row pushed twice at once: two syncs of one history (the window's and `emend sync`). The
        # engine tries again, and the next try finds the row on the server and takes its receipt.
        return ChainRefused("a row of this push reached the newsroom record first (another sync of this history "
                            "at the same time?); sync again")
    if sqlstate in ("55P03", "57014"):  # lock_timeout, statement_timeout (db.server.connection.SESSION_LIMITS)
        return ServerBusy(f"the newsroom server at {where} is busy ({message}); nothing was sent — sync again")
    if sqlstate in ("57P01", "57P02", "57P03") or (sqlstate or "").startswith("08"):
        # Shut down, crashed or cut off under a running transaction: the server rolled it back.
        return Unreachable(f"lost the connection to the newsroom server at {where} ({message}); nothing "
                           "unfinished was kept there — sync again")
    if isinstance(error, psycopg.errors.InsufficientPrivilege) or sqlstate == "42501":
        return NoPrivilege(f"no privilege: {message}")
    if sqlstate is None and isinstance(error, psycopg.OperationalError):
        return _explain_connection_failure(str(error), where)
    return ServerError(f"the newsroom server at {where} refused: {message}")


def _explain_connection_failure(text: str, where: str) -> ServerError:
    reason = _connection_reason(text)
    if match := _PASSWORD_FAILED.search(reason):
        return AuthenticationFailed(f"wrong password for {match['user']} on the newsroom server at {where}")
    if match := _NO_ROLE.search(reason):
        return NoSuchRole(f"no such role {match['user']} on the newsroom server at {where}")
    if match := _NO_DATABASE.search(reason):
        return NoSuchDatabase(f"no database {match['name']} on the newsroom server at {where}")
    if "no password supplied" in reason:
        return AuthenticationFailed(f"the newsroom server at {where} wants a password and none was given "
                                    "(put it in the URL or in ~/.pgpass)")
    if "no pg_hba.conf entry" in reason or "authentication failed" in reason:
        return AuthenticationFailed(f"the newsroom server at {where} does not let you in: {reason}")
    if "permission denied" in reason:
        return NoPrivilege(f"no privilege: {reason}")
    if _NOT_ACCEPTING.search(reason):  # going down or coming back (57P03): away for now, as when nothing answers
        return Unreachable(f"cannot reach the newsroom server at {where}: {reason}")
    if "FATAL:" in first_line(text):
        # The server answered and refused for a reason of its own (too many connections, …).
        return ServerError(f"the newsroom server at {where} refused the connection: {reason}")
    if match := _ON_SOCKET.search(first_line(text)):  # no host given: libpq tried its default socket
        reason = f"nothing answers on the socket {match['socket']} ({reason})"
    return Unreachable(f"cannot reach the newsroom server at {where}: {reason}")
