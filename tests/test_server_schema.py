"""The newsroom server's schema and what it enforces (issue 15), against a real PostgreSQL cluster
(the session's `postgres` fixture): init and add-user, the grants, the append-only triggers, the
server-set columns, the chain witness, LISTEN/NOTIFY, the sign-off rules, and the one-line errors
for connections that fail.

Roles are cluster-wide and the cluster is shared by the session's tests: each test makes its own
database and its own users, with unique names, while the group roles persist from the first init.
"""

from __future__ import annotations

import threading
import time
import uuid

import psycopg
import pytest
from psycopg import sql

from corrections.errors import InputError
from db.server.admin import add_user, init_server
from db.server.connection import (SERVER_SCHEMA_VERSION, check_schema, connect, display_url, require_signoff,
                                  where)
from db.server.errors import (AlreadyInitialised, AppendOnly, AuthenticationFailed, ChainRefused,
                              NewerServerSchema, NoPrivilege, NoSuchDatabase, NoSuchRole, NotAnEmendServer,
                              NotStandards, SelfApproval, ServerError, SignoffRequired, Unreachable, explain)
from db.server.schema import TABLES


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


class Newsroom:
    """A database of the test cluster set up with `emend server init`, and ways to reach it."""

    def __init__(self, postgres, require_signoff: bool = False):
        self.postgres = postgres
        self.db = postgres.create_database(unique("newsroom"))
        self.url = postgres.uri(self.db)  # the superuser, over TCP with its password
        init_server(self.url, require_signoff=require_signoff)

    def add(self, role: str, password: str | None = None) -> str:
        name = unique(role[:3])
        add_user(self.url, name, role=role, password=password)
        return name

    def connect_as(self, user: str, **options) -> psycopg.Connection:
        """USER's connection through the trusted socket (autocommit unless told otherwise)."""
        options.setdefault("autocommit", True)
        return connect(self.postgres.conninfo(self.db, user=user, via="socket"), **options)

    def owner(self) -> psycopg.Connection:
        return connect(self.url, autocommit=True)


@pytest.fixture
def newsroom(postgres):
    return Newsroom(postgres)


@pytest.fixture
def signoff_newsroom(postgres):
    return Newsroom(postgres, require_signoff=True)


def explained(conn: psycopg.Connection, statement, params=None) -> Exception:
    """The ServerError explain() makes of what STATEMENT raises on CONN."""
    with pytest.raises(psycopg.Error) as raised:
        conn.execute(statement, params)
    return explain(raised.value, where(f"host={conn.info.host} port={conn.info.port}"))


# -- rows of the record -------------------------------------------------------------------------------

def push_article(conn) -> uuid.UUID:
    uid = uuid.uuid4()
    conn.execute("insert into emend.articles (uid, title, created_at) values (%s, 'Harbour bridge reopens', "
                 "'2024-05-01T09:00:00Z')", [uid])
    return uid


def chain(number: int) -> str:
    return f"{number:02d}" * 32


VERSION_SQL = ("insert into emend.versions (uid, article_uid, number, parent_uid, author, created_at, message, "
               "content_sha256, chain_sha256, parent_chain_sha256, text) "
               "values (%s, %s, %s, %s, 'Test Editor', '2024-05-01T10:00:00Z', 'save', 'c0ffee', %s, %s, %s)")


def push_version(conn, article: uuid.UUID, number: int, parent: uuid.UUID | None, *,
                 parent_chain: str | None = None) -> uuid.UUID:
    uid = uuid.uuid4()
    if parent_chain is None:
        parent_chain = chain(number - 1) if number > 1 else ""
    conn.execute(VERSION_SQL, [uid, article, number, parent, chain(number), parent_chain, f"text of v{number}"])
    return uid


def push_correction(conn, article: uuid.UUID, version: uuid.UUID) -> uuid.UUID:
    uid = uuid.uuid4()
    conn.execute("insert into emend.corrections (uid, article_uid, applied_version_uid, kind, quote, start_offset,"
                 " replacement) values (%s, %s, %s, 'correction', '48,000', 10, '84,000')", [uid, article, version])
    return uid


PUBLICATION_SQL = ("insert into emend.publications (uid, article_uid, version_uid, published_at, published_by, "
                   "sha256) values (%s, %s, %s, '2024-05-01T11:00:00Z', 'Test Editor', 'feed')")

APPROVAL_SQL = "insert into emend.approvals (article_uid, version_uid, decision) values (%s, %s, %s)"


def push_publication(conn, article: uuid.UUID, version: uuid.UUID) -> uuid.UUID:
    uid = uuid.uuid4()
    conn.execute(PUBLICATION_SQL, [uid, article, version])
    return uid


def article_with_versions(conn, count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    article = push_article(conn)
    versions: list[uuid.UUID] = []
    for number in range(1, count + 1):
        versions.append(push_version(conn, article, number, versions[-1] if versions else None))
    return article, versions


# -- init ---------------------------------------------------------------------------------------------

def test_init_creates_the_group_roles_the_tables_and_meta(newsroom):
    with newsroom.owner() as conn:
        roles = dict(conn.execute("select rolname, rolcanlogin from pg_roles "
                                  "where rolname in ('emend_editor', 'emend_standards')").fetchall())
        assert roles == {"emend_editor": False, "emend_standards": False}
        assert conn.execute("select pg_has_role('emend_standards', 'emend_editor', 'MEMBER')").fetchone()[0]
        tables = {row[0] for row in conn.execute("select tablename from pg_tables where schemaname = 'emend'")}
        assert tables == set(TABLES)
        meta = dict(conn.execute("select key, value from emend.meta").fetchall())
        assert meta.keys() == {"schema_version", "require_signoff", "server_id"}
        assert meta["schema_version"] == str(SERVER_SCHEMA_VERSION) == "1"
        assert meta["require_signoff"] == "false"
        uuid.UUID(meta["server_id"])
        assert check_schema(conn) == 1
        assert require_signoff(conn) is False
        # The public gets nothing on the schema.
        assert not conn.execute("select has_schema_privilege('public', 'emend', 'USAGE')").fetchone()[0]


def test_init_with_signoff_records_it(signoff_newsroom):
    with signoff_newsroom.owner() as conn:
        assert require_signoff(conn) is True


def test_a_second_init_is_refused_and_changes_nothing(newsroom):
    def state():
        with newsroom.owner() as conn:
            return (conn.execute("select key, value from emend.meta order by key").fetchall(),
                    conn.execute("select count(*) from pg_trigger t join pg_class c on c.oid = t.tgrelid "
                                 "join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'emend'").fetchone(),
                    conn.execute("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                                 "where n.nspname = 'emend'").fetchone())

    before = state()
    with pytest.raises(AlreadyInitialised) as refused:
        init_server(newsroom.url, require_signoff=True)
    assert refused.value.exit_code == 2
    assert str(refused.value) == (f"the database {newsroom.db} at 127.0.0.1:{newsroom.postgres.port} is already "
                                  "an Emend newsroom database; nothing was changed")
    assert state() == before


def test_a_createrole_admin_owning_the_database_can_init_and_add_users(postgres):
    """The deployment the docs suggest: not the superuser, but a role with CREATEROLE that owns the database."""
    admin = unique("admin")
    with postgres.connect(autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} login createrole").format(sql.Identifier(admin)))
    db = postgres.create_database(unique("newsroom"), owner=admin)
    url = postgres.conninfo(db, user=admin, via="socket")
    init_server(url)
    editor = unique("ed")
    assert add_user(url, editor, role="editor", password=None) == f"created login role {editor} in emend_editor"
    with connect(postgres.conninfo(db, user=editor, via="socket"), autocommit=True) as conn:
        article, _ = article_with_versions(conn, 2)
        assert conn.execute("select pushed_by from emend.versions").fetchall() == [(editor,), (editor,)]


def test_init_by_a_role_without_createrole_is_refused_and_leaves_nothing(postgres):
    owner = unique("owner")
    with postgres.connect(autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} login nocreaterole").format(sql.Identifier(owner)))
    db = postgres.create_database(unique("newsroom"), owner=owner)
    with pytest.raises(NoPrivilege) as refused:
        init_server(postgres.conninfo(db, user=owner, via="socket"))
    assert str(refused.value).startswith(f"no privilege: {owner} cannot create roles on the newsroom server at ")
    with postgres.connect(db) as conn:
        assert conn.execute("select count(*) from pg_namespace where nspname = 'emend'").fetchone()[0] == 0


def test_init_in_a_database_the_user_cannot_create_schemas_in_is_no_privilege(postgres):
    admin = unique("admin")
    with postgres.connect(autocommit=True) as conn:
        conn.execute(sql.SQL("create role {} login createrole").format(sql.Identifier(admin)))
    db = postgres.create_database(unique("newsroom"))  # owned by the superuser
    with pytest.raises(NoPrivilege) as refused:
        init_server(postgres.conninfo(db, user=admin, via="socket"))
    assert str(refused.value) == f'no privilege: permission denied for database {db}'


# -- users --------------------------------------------------------------------------------------------

def test_an_editor_added_with_a_password_connects_over_tcp_with_it(newsroom):
    name = unique("ana")
    password = "correct horse: battery/staple"
    assert add_user(newsroom.url, name, role="editor", password=password) == \
        f"created login role {name} in emend_editor"
    url = newsroom.postgres.uri(newsroom.db, user=name, password=password)
    with connect(url) as conn:
        assert check_schema(conn) == 1
        assert conn.execute("select current_user, pg_has_role('emend_standards', 'MEMBER')").fetchone() == (name, False)
        assert conn.execute("select application_name from pg_stat_activity where pid = pg_backend_pid()").fetchone() \
            == ("emend",)
    with newsroom.owner() as conn:
        stored = conn.execute("select rolpassword from pg_authid where rolname = %s", [name]).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and password not in stored
    with pytest.raises(AuthenticationFailed):
        connect(newsroom.postgres.uri(newsroom.db, user=name, password="wrong"))


def test_a_standards_editor_added_without_a_password_connects_through_the_trusted_socket(newsroom):
    name = unique("sam")
    assert add_user(newsroom.url, name, role="standards", password=None) == \
        f"created login role {name} in emend_standards"
    with newsroom.connect_as(name) as conn:
        assert check_schema(conn) == 1
        assert conn.execute("select pg_has_role('emend_standards', 'MEMBER'), pg_has_role('emend_editor', 'MEMBER')"
                            ).fetchone() == (True, True)
    with pytest.raises(AuthenticationFailed) as refused:  # over TCP it needs a password it does not have
        connect(newsroom.postgres.uri(newsroom.db, user=name))
    assert str(refused.value) == (f"the newsroom server at 127.0.0.1:{newsroom.postgres.port} wants a password and "
                                  "none was given (put it in the URL or in ~/.pgpass)")


def test_an_existing_role_is_granted_the_group_and_keeps_its_password(newsroom):
    name = unique("old")
    with newsroom.owner() as conn:
        conn.execute(sql.SQL("create role {} login password 'kept'").format(sql.Identifier(name)))
    assert add_user(newsroom.url, name, role="editor", password="ignored") == \
        f"granted emend_editor to existing role {name} (its password was not changed)"
    assert add_user(newsroom.url, name, role="editor", password=None) == \
        f"{name} is already a member of emend_editor; nothing was changed"
    with connect(newsroom.postgres.uri(newsroom.db, user=name, password="kept")) as conn:
        assert check_schema(conn) == 1


@pytest.mark.parametrize("name, role, password, message", [
    ("ana", "admin", None, "the role must be 'editor' or 'standards', not 'admin'"),
    ("", "editor", None, "a user name cannot be empty"),
    ("pg_ana", "editor", None, "pg_ana is not a possible user name: PostgreSQL keeps names starting with pg_ "
                               "for itself"),
    ("emend_editor", "standards", None, "emend_editor is one of Emend's group roles, not a user"),
    ("a" * 64, "editor", None, f"a user name can be at most 63 bytes long (PostgreSQL would cut it short): "
                               f"{'a' * 64!r}"),
    ("ana", "editor", "secret\n", "the password holds a line break or a NUL character (a password file's last "
                                  "line ending must be left off)"),
])
def test_add_user_refuses_bad_input_before_connecting(name, role, password, message):
    with pytest.raises(InputError) as refused:
        add_user("host=/nonexistent port=1", name, role=role, password=password)
    assert str(refused.value) == message
    assert refused.value.exit_code == 2


def test_add_user_to_a_database_without_the_schema_is_not_an_emend_server(postgres):
    db = postgres.create_database(unique("plain"))
    with pytest.raises(NotAnEmendServer):
        add_user(postgres.uri(db), unique("ana"), role="editor", password=None)


# -- grants and the append-only record ----------------------------------------------------------------

def test_an_editor_inserts_and_selects_but_cannot_update_delete_or_truncate(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        assert conn.execute("select title from emend.articles where uid = %s", [article]).fetchone() == \
            ("Harbour bridge reopens",)
        for statement in ("update emend.articles set title = 'x'", "delete from emend.versions",
                          "truncate emend.versions cascade", "update emend.meta set value = 'true'",
                          "insert into emend.meta values ('x', 'y')", "delete from emend.meta"):
            error = explained(conn, statement)
            assert isinstance(error, NoPrivilege), statement
            assert str(error).startswith("no privilege: permission denied for table "), str(error)
        assert conn.execute("select count(*) from emend.versions").fetchone() == (1,)


def test_not_even_the_owner_can_change_the_record(newsroom):
    with newsroom.owner() as conn:
        article, _ = article_with_versions(conn, 1)
        for statement, table, verb in [("update emend.articles set title = 'x'", "articles", "changed"),
                                       ("delete from emend.versions", "versions", "deleted"),
                                       ("truncate emend.approvals", "approvals", "truncated")]:
            error = explained(conn, statement)
            assert isinstance(error, AppendOnly)
            assert error.exit_code == 2
            assert str(error) == f"Emend's newsroom record is append-only: rows of emend.{table} cannot be {verb}"
        assert conn.execute("select title from emend.articles where uid = %s", [article]).fetchone() == \
            ("Harbour bridge reopens",)


def test_the_server_sets_pushed_by_received_at_and_seq_whatever_the_client_sends(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        first = push_article(conn)
        forged = uuid.uuid4()
        conn.execute("insert into emend.articles (uid, title, created_at, pushed_by, received_at, seq) "
                     "overriding system value values (%s, 't', 'c', 'somebody_else', '2000-01-01', 1)", [forged])
        rows = conn.execute("select uid, pushed_by, received_at > now() - interval '1 minute', seq "
                            "from emend.articles order by seq").fetchall()
    assert [(row[0], row[1], row[2]) for row in rows] == [(first, editor, True), (forged, editor, True)]
    assert rows[1][3] > rows[0][3]


# -- the chain witness --------------------------------------------------------------------------------

def test_versions_that_extend_the_chain_are_accepted(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, versions = article_with_versions(conn, 3)
        assert conn.execute("select number, parent_uid from emend.versions where article_uid = %s order by number",
                            [article]).fetchall() == [(1, None), (2, versions[0]), (3, versions[1])]


def test_a_version_with_the_wrong_parent_chain_is_refused_with_exit_1(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        with pytest.raises(psycopg.Error) as raised:
            push_version(conn, article, 2, v1, parent_chain="ff" * 32)
        assert raised.value.sqlstate == "EM001"
        error = explain(raised.value, "127.0.0.1:5432")
        assert isinstance(error, ChainRefused) and error.exit_code == 1
        assert str(error) == (f"article {article}: version 2 does not extend the newsroom record's chain "
                              f"(the record has version 1, chain {chain(1)[:12]}…)")
        assert conn.execute("select count(*) from emend.versions").fetchone() == (1,)


@pytest.mark.parametrize("number, parent, expected", [
    (3, "head", "version 3 does not extend"),   # a gap
    (1, None, "version 1 does not extend"),      # a second version 1
    (2, "random", "version 2 does not extend"),  # right number and chain, parent not the head
])
def test_gaps_and_wrong_parents_are_refused(newsroom, number, parent, expected):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        parent_uid = {"head": v1, None: None, "random": uuid.uuid4()}[parent]
        with pytest.raises(psycopg.Error) as raised:
            push_version(conn, article, number, parent_uid, parent_chain=chain(1) if number > 1 else "")
        error = explain(raised.value, "here")
        assert isinstance(error, ChainRefused)
        assert str(error).startswith(f"article {article}: {expected}")


def test_a_first_version_must_be_number_1_without_a_parent(newsroom):
    with newsroom.owner() as conn:
        article = push_article(conn)
        error = explained(conn, VERSION_SQL, [uuid.uuid4(), article, 2, None, chain(2), chain(1), "t"])
    assert isinstance(error, ChainRefused)
    assert str(error) == (f"article {article}: version 2 does not extend the newsroom record's chain "
                          "(the record has no version of it yet)")


def test_concurrent_pushes_of_the_same_version_queue_and_the_second_is_refused_by_the_witness(newsroom):
    first_editor, second_editor = newsroom.add("editor"), newsroom.add("editor")
    with newsroom.connect_as(first_editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
    first = newsroom.connect_as(first_editor, autocommit=False)
    second = newsroom.connect_as(second_editor, autocommit=False)
    outcome: dict[str, BaseException | None] = {}

    def push_second():
        try:
            push_version(second, article, 2, v1)
            second.commit()
            outcome["error"] = None
        except BaseException as error:  # noqa: BLE001 - handed to the test's thread
            second.rollback()
            outcome["error"] = error

    try:
        push_version(first, article, 2, v1)  # holds the article's lock until it commits
        thread = threading.Thread(target=push_second)
        thread.start()
        with newsroom.owner() as watcher:
            deadline = time.monotonic() + 10
            while not watcher.execute("select wait_event_type = 'Lock' from pg_stat_activity where pid = %s",
                                      [second.info.backend_pid]).fetchone()[0]:
                assert time.monotonic() < deadline, "the second push did not wait for the first"
                time.sleep(0.02)
        first.commit()
        thread.join(10)
        assert not thread.is_alive()
    finally:
        first.close()
        second.close()
    error = outcome["error"]
    assert isinstance(error, psycopg.Error) and error.sqlstate == "EM001", error
    assert isinstance(explain(error, "here"), ChainRefused)


# -- notifications ------------------------------------------------------------------------------------

def test_saves_publications_and_notices_are_announced_on_emend_saves(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as listener, newsroom.connect_as(editor) as conn:
        listener.execute("listen emend_saves")
        article, (v1,) = article_with_versions(conn, 1)
        heard = list(listener.notifies(timeout=5, stop_after=1))
        assert [(n.channel, n.payload) for n in heard] == [("emend_saves", str(article))]
        publication = push_publication(conn, article, v1)
        assert [n.payload for n in listener.notifies(timeout=5, stop_after=1)] == [str(article)]
        conn.execute("insert into emend.notices (uid, article_uid, publication_uid, created_at, created_by, text, "
                     "notice_json, spans_json, sha256) values (%s, %s, %s, 'c', 'b', 't', '{}', '[]', 's')",
                     [uuid.uuid4(), article, publication])
        assert [n.payload for n in listener.notifies(timeout=5, stop_after=1)] == [str(article)]


def test_a_sign_off_is_announced_too_so_the_editor_hears_of_it_at_once(newsroom):
    editor, reviewer = newsroom.add("editor"), newsroom.add("standards")
    with newsroom.connect_as(editor) as listener, newsroom.connect_as(editor) as conn:
        article, (_, v2) = article_with_versions(conn, 2)
        listener.execute("listen emend_saves")
        with newsroom.connect_as(reviewer) as desk:
            desk.execute(APPROVAL_SQL, [article, v2, "sent_back"])
        assert [n.payload for n in listener.notifies(timeout=5, stop_after=1)] == [str(article)]


# -- sign-off -----------------------------------------------------------------------------------------

def test_without_required_signoff_a_version_publishes_without_approval(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        push_publication(conn, article, v1)


def test_with_required_signoff_publishing_an_unapproved_version_is_refused(signoff_newsroom):
    editor = signoff_newsroom.add("editor")
    with signoff_newsroom.connect_as(editor) as conn:
        article, (v1, v2) = article_with_versions(conn, 2)
        error = explained(conn, PUBLICATION_SQL, [uuid.uuid4(), article, v2])
    assert isinstance(error, SignoffRequired) and error.exit_code == 2
    assert str(error) == f"version 2 of article {article} has not been signed off by a standards editor"


def test_an_editor_cannot_sign_off(signoff_newsroom):
    editor = signoff_newsroom.add("editor")
    with signoff_newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        error = explained(conn, APPROVAL_SQL, [article, v1, "approved"])
    assert isinstance(error, NoPrivilege)
    assert str(error) == "no privilege: permission denied for table approvals"


def test_the_trigger_refuses_a_sign_off_by_a_non_standards_editor_given_the_grant_by_mistake(signoff_newsroom):
    editor = signoff_newsroom.add("editor")
    with signoff_newsroom.owner() as owner:
        owner.execute("grant insert on emend.approvals to emend_editor")
    with signoff_newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        error = explained(conn, APPROVAL_SQL, [article, v1, "approved"])
    assert isinstance(error, NotStandards)
    assert str(error) == f"{editor} is not a standards editor"


def test_a_standards_editor_cannot_sign_off_their_own_corrections_but_another_can(signoff_newsroom):
    newsroom = signoff_newsroom
    editor, author, reviewer = newsroom.add("editor"), newsroom.add("standards"), newsroom.add("standards")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
    with newsroom.connect_as(author) as conn:
        v2 = push_version(conn, article, 2, v1)
        push_correction(conn, article, v2)
        error = explained(conn, APPROVAL_SQL, [article, v2, "approved"])
        assert isinstance(error, SelfApproval) and error.exit_code == 2
        assert str(error) == f"{author} made corrections in this version and cannot sign it off"
        conn.execute(APPROVAL_SQL, [article, v2, "sent_back"])  # withholding it is allowed
    with newsroom.connect_as(reviewer) as conn:
        conn.execute(APPROVAL_SQL, [article, v2, "approved"])
        assert conn.execute("select decision, decided_by from emend.approvals order by seq").fetchall() == \
            [("sent_back", author), ("approved", reviewer)]
    with newsroom.connect_as(editor) as conn:
        push_publication(conn, article, v2)
        v3 = push_version(conn, article, 3, v2)
    with newsroom.connect_as(author) as conn:
        # Their corrections are in version 2, already published: version 3 is no longer their own work.
        conn.execute(APPROVAL_SQL, [article, v3, "approved"])


def test_a_version_sent_back_after_approval_cannot_be_published(signoff_newsroom):
    newsroom = signoff_newsroom
    editor, reviewer = newsroom.add("editor"), newsroom.add("standards")
    with newsroom.connect_as(editor) as conn:
        article, (v1, v2) = article_with_versions(conn, 2)
    with newsroom.connect_as(reviewer) as conn:
        conn.execute(APPROVAL_SQL, [article, v2, "approved"])
        conn.execute(APPROVAL_SQL, [article, v2, "sent_back"])
    with newsroom.connect_as(editor) as conn:
        assert isinstance(explained(conn, PUBLICATION_SQL, [uuid.uuid4(), article, v2]), SignoffRequired)
    with newsroom.connect_as(reviewer) as conn:
        conn.execute(APPROVAL_SQL, [article, v2, "approved"])
    with newsroom.connect_as(editor) as conn:
        push_publication(conn, article, v2)


def test_rows_must_belong_to_the_article_they_name(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
        other = push_article(conn)
        error = explained(conn, PUBLICATION_SQL, [uuid.uuid4(), other, v1])
    assert type(error) is ServerError
    assert "violates foreign key constraint" in str(error)


# -- connecting ---------------------------------------------------------------------------------------

def test_a_closed_port_is_unreachable(postgres):
    from tests.postgres_cluster import free_port

    port = free_port()
    with pytest.raises(Unreachable) as refused:
        connect(f"postgresql://editor@127.0.0.1:{port}/newsroom", timeout=2)
    assert str(refused.value) == f"cannot reach the newsroom server at 127.0.0.1:{port}: Connection refused"
    assert refused.value.exit_code == 2


def test_a_wrong_password_is_authentication_failed(postgres):
    with pytest.raises(AuthenticationFailed) as refused:
        connect(postgres.uri("postgres", password="not it"))
    assert str(refused.value) == f"wrong password for postgres on the newsroom server at 127.0.0.1:{postgres.port}"


def test_an_unknown_user_is_no_such_role_where_the_server_says_so(postgres):
    """Through the trusted socket the server says the role does not exist. Over TCP, scram-sha-256
    answers an unknown user exactly as a wrong password (so strangers cannot probe role names), and
    so does Emend: AuthenticationFailed, not NoSuchRole."""
    ghost = unique("ghost")
    with pytest.raises(NoSuchRole) as refused:
        connect(postgres.uri("postgres", user=ghost, via="socket"))
    assert str(refused.value) == f"no such role {ghost} on the newsroom server at {postgres.socket_dir}:{postgres.port}"
    with pytest.raises(AuthenticationFailed) as refused:
        connect(postgres.uri("postgres", user=ghost, password="anything"))
    assert str(refused.value) == f"wrong password for {ghost} on the newsroom server at 127.0.0.1:{postgres.port}"


def test_an_unknown_database_is_no_such_database(postgres):
    name = unique("nowhere")
    with pytest.raises(NoSuchDatabase) as refused:
        connect(postgres.uri(name))
    assert str(refused.value) == f"no database {name} on the newsroom server at 127.0.0.1:{postgres.port}"


@pytest.mark.parametrize("url, reason", [
    ("newsroom.example.org", 'missing "=" after "newsroom.example.org" in connection info string'),
    ("postgresql://ana@db/news?colour=blue", 'invalid URI query parameter: "colour"'),
])
def test_a_url_psycopg_cannot_parse_is_refused(url, reason):
    with pytest.raises(ServerError) as refused:
        connect(url)
    assert str(refused.value) == f"not a PostgreSQL connection URL or key=value string: {reason}"


def test_a_database_without_the_schema_is_not_an_emend_server(postgres):
    db = postgres.create_database(unique("plain"))
    with connect(postgres.uri(db)) as conn, pytest.raises(NotAnEmendServer) as refused:
        check_schema(conn)
    assert str(refused.value) == (f"the database {db} at 127.0.0.1:{postgres.port} is not an Emend newsroom "
                                  "database; run `emend server init URL` first")


def test_a_login_role_outside_the_groups_has_no_privilege(newsroom):
    stranger = unique("stranger")
    with newsroom.owner() as conn:
        conn.execute(sql.SQL("create role {} login").format(sql.Identifier(stranger)))
    with newsroom.connect_as(stranger) as conn, pytest.raises(NoPrivilege) as refused:
        check_schema(conn)
    assert str(refused.value).startswith(f"no privilege: {stranger} is not an editor in the newsroom database ")


def test_a_newer_server_schema_is_refused(newsroom):
    with newsroom.owner() as conn:
        conn.execute("update emend.meta set value = '99' where key = 'schema_version'")
        with pytest.raises(NewerServerSchema) as refused:
            check_schema(conn)
    assert refused.value.exit_code == 2
    assert str(refused.value) == (f"the newsroom database {newsroom.db} at 127.0.0.1:{newsroom.postgres.port} was "
                                  "set up by a newer Emend (server schema 99, this Emend knows 1); update Emend — "
                                  "nothing was written")


# -- addresses ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("postgresql://ana:pw@db.example.org/news", "db.example.org:5432"),
    ("postgresql://ana@127.0.0.1:6543/news", "127.0.0.1:6543"),
    ("postgresql:///news", "localhost:5432"),
    ("postgresql://ana@/news?host=/run/postgresql&port=5433", "/run/postgresql:5433"),
    ("host=db1,db2 port=5433 dbname=news", "db1:5433,db2:5433"),
    ("postgresql://[::1]:5439/news", "[::1]:5439"),
    ("dbname=news", "localhost:5432"),
])
def test_where_names_host_and_port(url, expected):
    assert where(url) == expected


@pytest.mark.parametrize("url, expected", [
    ("postgresql://ana:s%40cret@db.example.org:5432/news", "postgresql://ana:***@db.example.org:5432/news"),
    ("postgresql://ana@db/news?password=x&sslmode=require", "postgresql://ana@db/news?password=***&sslmode=require"),
    ("postgres://ana@db/news", "postgres://ana@db/news"),
    ("host=db user=ana password='it\\'s secret' dbname=news", "host=db user=ana password=*** dbname=news"),
    ("host=db password=plain sslpassword = key", "host=db password=*** sslpassword = ***"),
])
def test_display_url_hides_passwords(url, expected):
    assert display_url(url) == expected


def test_the_unique_number_backstops_a_pusher_whose_snapshot_missed_the_other_push(newsroom):
    editor = newsroom.add("editor")
    with newsroom.connect_as(editor) as conn:
        article, (v1,) = article_with_versions(conn, 1)
    late = newsroom.connect_as(editor, autocommit=False)
    try:
        late.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        late.execute("select count(*) from emend.versions")  # the snapshot is taken here
        with newsroom.connect_as(editor) as early:
            push_version(early, article, 2, v1)
        with pytest.raises(psycopg.Error) as raised:
            push_version(late, article, 2, v1)
    finally:
        late.close()
    error = explain(raised.value, "here")
    assert isinstance(error, ChainRefused) and error.exit_code == 1
    assert str(error).startswith("another version of this article with the same number reached the newsroom record "
                                 f"first (Key (article_uid, number)=({article}, 2) already exists.)")
