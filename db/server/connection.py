"""Reaching the newsroom server: a connection with Emend's name on it and clear errors, the check that
the database is Emend's and not newer than this Emend, and URLs fit to show (passwords hidden).

A server URL is anything libpq takes: a postgresql:// URI or a key=value string.
"""

from __future__ import annotations

import logging
import math
import re

import psycopg
from psycopg.conninfo import conninfo_to_dict

from db.server.errors import NewerServerSchema, NoPrivilege, NotAnEmendServer, ServerError, explain, first_line

# psycopg logs a rollback that failed on a connection already gone (a sync stopped by SIGTERM mid-push), which
# without a handler reaches stderr through logging's last resort: the ServerError or the stop already says it in
# one line. An application that configures logging still gets these records.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

SERVER_SCHEMA_VERSION = 1
"""The newest server schema this Emend knows (emend.meta's schema_version)."""

APPLICATION_NAME = "emend"
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3,
              "tcp_user_timeout": 60_000}
"""A network that dies silently (a laptop's Wi-Fi gone) shows as a lost connection within about a minute,
not when TCP gives up hours later (ignored on unix sockets)."""
SESSION_LIMITS = "-c lock_timeout=60s -c statement_timeout=300s"
"""A push that another session blocks (or a statement the server cannot finish) gives up with a message instead
of waiting forever; the server rolls the transaction back, so nothing is half-sent."""
DEFAULT_HOST = "localhost"
DEFAULT_PORT = "5432"


def _parse(url: str) -> dict:
    if not isinstance(url, str) or not url.strip():
        raise ServerError("no newsroom server URL given: give a postgresql:// URL or a key=value string")
    try:
        return conninfo_to_dict(url)
    except psycopg.Error as error:
        raise ServerError(f"not a PostgreSQL connection URL or key=value string: {first_line(error)}") from None


def _host_port(hosts: str | None, ports: str | int | None) -> str:
    """"HOST:PORT" (comma-separated for a list of hosts); a socket directory shows as the directory."""
    host_list = (hosts or "").split(",")
    port_list = str(ports or "").split(",")
    if len(port_list) == 1:
        port_list *= len(host_list)
    shown = []
    for index, host in enumerate(host_list):
        host = host.strip() or DEFAULT_HOST
        port = (port_list[index] if index < len(port_list) else "").strip() or DEFAULT_PORT
        if ":" in host and not host.startswith("/"):
            host = f"[{host}]"  # an IPv6 address
        shown.append(f"{host}:{port}")
    return ",".join(shown)


def where(url: str) -> str:
    """Where URL leads, as "HOST:PORT" for messages: "db.example.org:5432", "127.0.0.1:6543",
    "/run/postgresql:5432" for a socket directory; libpq's defaults show as localhost and 5432."""
    params = _parse(url)
    return _host_port(params.get("host") or params.get("hostaddr"), params.get("port"))


def connection_where(conn: psycopg.Connection) -> str:
    """Where an open connection leads, as `where` gives it."""
    return _host_port(conn.info.host, conn.info.port)


_URI = re.compile(r"^(?P<scheme>postgres(?:ql)?://)(?P<netloc>[^/?#]*)(?P<rest>.*)$", re.DOTALL | re.IGNORECASE)
_URI_PASSWORD = re.compile(r"(?i)([?&](?:ssl)?password=)[^&#]*")
_CONNINFO_PASSWORD = re.compile(r"(?i)(?<![\w])((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S*)")


def display_url(url: str) -> str:
    """URL as it may be shown or logged: any password (in a URI's user info, a password= parameter
    or key=value pair, or sslpassword) replaced by ***."""
    match = _URI.match(url)
    if match is None:
        return _CONNINFO_PASSWORD.sub(r"\1***", url)
    netloc = match["netloc"]
    if "@" in netloc:
        userinfo, _, hosts = netloc.rpartition("@")
        if ":" in userinfo:
            netloc = f"{userinfo.partition(':')[0]}:***@{hosts}"
    return match["scheme"] + netloc + _URI_PASSWORD.sub(r"\1***", match["rest"])


def connect(url: str, *, autocommit: bool = False, timeout: float = 5) -> psycopg.Connection:
    """A connection to the newsroom server at URL, as application "emend", giving up after TIMEOUT
    seconds (libpq waits at least 2). Every failure is a ServerError: Unreachable,
    AuthenticationFailed, NoSuchRole, NoSuchDatabase, NoPrivilege, or ServerError for a URL that is
    neither a URI nor a key=value string."""
    place = where(url)
    try:
        return psycopg.connect(url, autocommit=autocommit, application_name=APPLICATION_NAME,
                               connect_timeout=max(1, math.ceil(timeout)), options=SESSION_LIMITS, **KEEPALIVES)
    except psycopg.Error as error:
        raise explain(error, place) from error


def _database(conn: psycopg.Connection) -> str:
    return f"{conn.info.dbname} at {connection_where(conn)}"


def check_schema(conn: psycopg.Connection) -> int:
    """The server schema version of CONN's database, after checking that it is an Emend newsroom
    database (NotAnEmendServer), that this user may read it (NoPrivilege) and that it is not newer
    than this Emend (NewerServerSchema). Runs in CONN's current transaction, if any."""
    try:
        access = conn.execute(
            """select pg_catalog.has_schema_privilege(n.oid, 'USAGE')
                      and pg_catalog.has_table_privilege(c.oid, 'SELECT')
                 from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'emend' and c.relname = 'meta' and c.relkind = 'r'""").fetchone()
        if access is None:
            raise NotAnEmendServer(f"the database {_database(conn)} is not an Emend newsroom database; "
                                   "run `emend server init URL` first")
        if not access[0]:
            raise NoPrivilege(f"no privilege: {conn.info.user} is not an editor in the newsroom database "
                              f"{_database(conn)}; ask its administrator to run `emend server add-user`")
        row = conn.execute("select value from emend.meta where key = 'schema_version'").fetchone()
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error
    try:
        version = int(row[0]) if row is not None else None
    except ValueError:
        version = None
    if version is None or version < 1:
        found = repr(row[0]) if row is not None else "missing"
        raise NotAnEmendServer(f"the database {_database(conn)} is not an Emend newsroom database (its schema "
                               f"version is {found}); run `emend server init URL` first")
    if version > SERVER_SCHEMA_VERSION:
        raise NewerServerSchema(f"the newsroom database {_database(conn)} was set up by a newer Emend (server schema "
                                f"{version}, this Emend knows {SERVER_SCHEMA_VERSION}); update Emend — "
                                "nothing was written")
    return version


def require_signoff(conn: psycopg.Connection) -> bool:
    """Whether this newsroom publishes only versions a standards editor has signed off."""
    try:
        row = conn.execute("select value from emend.meta where key = 'require_signoff'").fetchone()
    except psycopg.Error as error:
        raise explain(error, connection_where(conn)) from error
    return row is not None and row[0] == "true"
