"""Administering a newsroom server: setting a database up (`init_server`) and letting people in
(`add_user`). Both need a role with CREATEROLE (or the server's superuser); the role that runs
init owns the record's tables and functions, so it should not be anyone's everyday login.

The group roles are cluster-wide: the first init on a cluster creates them, later inits in other
databases of the same cluster use them as they are.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from corrections.errors import InputError
from db.server.connection import SERVER_SCHEMA_VERSION, check_schema, connect, where
from db.server.errors import AlreadyInitialised, NoPrivilege, ServerError, explain
from db.server.schema import EDITOR_ROLE, GROUP_ROLES, SCHEMA_SQL, STANDARDS_ROLE

ROLES = {"editor": EDITOR_ROLE, "standards": STANDARDS_ROLE}
"""add_user's role names and the group role each grants."""

NAME_LIMIT = 63  # bytes: PostgreSQL silently truncates longer identifiers (NAMEDATALEN - 1)


def _lock_init(conn: psycopg.Connection) -> None:
    # Two inits of one database queue here; the second then sees the first's schema.
    conn.execute("select pg_advisory_xact_lock(hashtextextended('emend server init', 0))")


def _require_createrole(conn: psycopg.Connection, place: str, doing: str) -> None:
    row = conn.execute("select rolsuper or rolcreaterole from pg_catalog.pg_roles where rolname = current_user")\
        .fetchone()
    if not (row and row[0]):
        raise NoPrivilege(f"no privilege: {conn.info.user} cannot create roles on the newsroom server at {place}; "
                          f"{doing} as a role with CREATEROLE, or as the server's superuser")


def _role_exists(conn: psycopg.Connection, name: str) -> bool:
    return conn.execute("select exists (select 1 from pg_catalog.pg_roles where rolname = %s)", [name]).fetchone()[0]


def _create_group_roles(conn: psycopg.Connection) -> None:
    for role in GROUP_ROLES:
        if _role_exists(conn, role):
            continue
        try:
            with conn.transaction():  # a savepoint: an init in another database may create it first
                conn.execute(sql.SQL("create role {} nologin").format(sql.Identifier(role)))
        except (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation):
            pass
    # Standards editors push as editors do. Repeating the grant only draws a notice.
    conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(EDITOR_ROLE), sql.Identifier(STANDARDS_ROLE)))


def init_server(url: str, *, require_signoff: bool = False) -> None:
    """Set up the database at URL as a newsroom record: the group roles (if the cluster lacks them),
    the `emend` schema with its tables, triggers and grants, and emend.meta. All in one transaction:
    on any error nothing is left behind. A database that already has the `emend` schema is refused
    with AlreadyInitialised and left as it is."""
    place = where(url)
    with connect(url) as conn:
        try:
            _lock_init(conn)
            existing = conn.execute(
                "select exists (select 1 from pg_catalog.pg_namespace where nspname = 'emend'),"
                " exists (select 1 from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                "          where n.nspname = 'emend' and c.relname = 'meta')").fetchone()
            if existing[1]:
                raise AlreadyInitialised(f"the database {conn.info.dbname} at {place} is already an Emend newsroom "
                                         "database; nothing was changed")
            if existing[0]:
                raise ServerError(f"the database {conn.info.dbname} at {place} already has a schema named emend that "
                                  "Emend did not make; nothing was changed")
            _require_createrole(conn, place, "run `emend server init`")
            _create_group_roles(conn)
            conn.execute(SCHEMA_SQL)
            conn.execute("insert into emend.meta (key, value) values ('schema_version', %s), ('require_signoff', %s),"
                         " ('server_id', gen_random_uuid()::text)",
                         [str(SERVER_SCHEMA_VERSION), "true" if require_signoff else "false"])
        except psycopg.Error as error:
            raise explain(error, place) from error


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise InputError("a user name cannot be empty")
    if name != name.strip() or any(ord(ch) < 32 for ch in name):
        raise InputError(f"a user name cannot start or end with spaces or hold control characters: {name!r}")
    if len(name.encode("utf-8")) > NAME_LIMIT:
        raise InputError(f"a user name can be at most {NAME_LIMIT} bytes long (PostgreSQL would cut it short): "
                         f"{name!r}")
    if name.startswith("pg_"):
        raise InputError(f"{name} is not a possible user name: PostgreSQL keeps names starting with pg_ for itself")
    if name in GROUP_ROLES:
        raise InputError(f"{name} is one of Emend's group roles, not a user")


def _check_password(password: str | None) -> None:
    if password is None:
        return
    if password == "":
        raise InputError("the password is empty; give one, or none to let the user in only where the server "
                         "trusts them without one")
    if any(ch in password for ch in "\n\r\0"):
        raise InputError("the password holds a line break or a NUL character (a password file's last line "
                         "ending must be left off)")


def add_user(url: str, name: str, *, role: str, password: str | None) -> str:
    """Let NAME into the newsroom at URL as an editor or a standards editor (ROLE 'editor' or
    'standards'); returns what it did. A new role gets LOGIN and PASSWORD, if given (hashed by this
    client with the server's password_encryption, so the password itself never reaches the server or
    its logs); without a password it can log in only where pg_hba.conf trusts it. An existing role is
    granted the group and keeps its password and attributes."""
    if role not in ROLES:
        raise InputError(f"the role must be 'editor' or 'standards', not {role!r}")
    _check_name(name)
    _check_password(password)
    group = ROLES[role]
    place = where(url)
    with connect(url) as conn:
        try:
            # libpq asks the server for its password_encryption here: before any transaction opens.
            verifier = (conn.pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"))
                        .decode("ascii") if password is not None else None)
            check_schema(conn)
            _require_createrole(conn, place, "run `emend server add-user`")
            role_row = conn.execute("select rolcanlogin from pg_catalog.pg_roles where rolname = %s",
                                    [name]).fetchone()
            if role_row is None:
                statement = sql.SQL("create role {} login").format(sql.Identifier(name))
                if verifier is not None:
                    statement += sql.SQL(" password {}").format(sql.Literal(verifier))
                statement += sql.SQL(" in role {}").format(sql.Identifier(group))
                conn.execute(statement)
                return f"created login role {name} in {group}"
            member = conn.execute("select pg_has_role(%s, %s, 'MEMBER')", [name, group]).fetchone()[0]
            members = [row[0] for row in conn.execute(
                "select m.rolname from pg_catalog.pg_auth_members a join pg_catalog.pg_roles r on r.oid = a.roleid"
                " join pg_catalog.pg_roles m on m.oid = a.member where r.rolname = %s order by 1", [name])]
            if not role_row[0] and members and not member:
                # Granting the group to a group role would quietly make every member of it an Emend editor.
                shown = ", ".join(members[:3]) + (f" and {len(members) - 3} more" if len(members) > 3 else "")
                raise InputError(f"{name} is a group role (its members: {shown}); granting it {group} would make "
                                 "each of them a member too — add the people one by one; nothing was changed")
            notes = []
            if password is not None:
                notes.append("its password was not changed")
            if not role_row[0]:
                notes.append("it has no LOGIN, so it cannot connect")
            note = f" ({'; '.join(notes)})" if notes else ""
            if member:
                return f"{name} is already a member of {group}; nothing was changed{note}"
            conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(group), sql.Identifier(name)))
            return f"granted {group} to existing role {name}{note}"
        except psycopg.Error as error:
            raise explain(error, place) from error

