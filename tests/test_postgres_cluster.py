"""The test harness for the newsroom server (issue 15) starts a real PostgreSQL server of its own."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from tests.postgres_cluster import PostgresCluster


def fresh_database(cluster: PostgresCluster) -> str:
    return cluster.create_database(f"test_{uuid.uuid4().hex[:12]}")


def test_the_server_is_the_postgresql_of_the_binaries_found(postgres):
    with postgres.connect() as connection:
        version, = connection.execute("select version()").fetchone()
        server_version_num = connection.info.server_version
    assert version.startswith(f"PostgreSQL {postgres.version} "), version
    assert server_version_num // 10000 == postgres.major_version
    assert postgres.major_version >= 15, f"the newsroom server targets PostgreSQL 15 or newer, not {version}"


def test_a_created_database_keeps_a_row_written_to_it(postgres):
    name = fresh_database(postgres)
    with postgres.connect(name) as connection:
        assert connection.execute("select current_database()").fetchone() == (name,)
        connection.execute("create table articles (id integer primary key, headline text not null)")
        connection.execute("insert into articles values (%s, %s)", (1, "Harbour bridge reopens — café’s 84,000"))
    # A new connection, so the row comes from the server and not from the writing session.
    with psycopg.connect(postgres.uri(name)) as connection:
        rows = connection.execute("select id, headline from articles").fetchall()
        encoding, = connection.execute("show server_encoding").fetchone()
    assert rows == [(1, "Harbour bridge reopens — café’s 84,000")]
    assert encoding == "UTF8"


def test_two_connections_see_each_others_committed_rows_only(postgres):
    name = fresh_database(postgres)
    with postgres.connect(name) as first, psycopg.connect(postgres.conninfo(name, via="socket")) as second:
        first.execute("create table versions (number integer primary key, author text)")
        first.commit()

        second.execute("insert into versions values (1, 'second')")
        assert first.execute("select count(*) from versions").fetchone() == (0,)  # not committed yet
        first.commit()
        second.commit()
        assert first.execute("select number, author from versions").fetchall() == [(1, "second")]
        first.commit()

        first.execute("insert into versions values (2, 'first')")
        first.commit()
        assert second.execute("select number, author from versions order by number").fetchall() == [
            (1, "second"), (2, "first")]


def listening_addresses(port: int) -> set[str]:
    """The local addresses of this machine's listening TCP sockets on PORT, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_the_server_listens_on_127_0_0_1_and_its_own_socket_only(postgres):
    with postgres.connect() as connection:
        settings = {name: connection.execute(f"show {name}").fetchone()[0]
                    for name in ("listen_addresses", "unix_socket_directories", "port")}
    assert settings == {"listen_addresses": "127.0.0.1", "unix_socket_directories": str(postgres.socket_dir),
                        "port": str(postgres.port)}
    assert (postgres.socket_dir / f".s.PGSQL.{postgres.port}").is_socket()
    if Path("/proc/net/tcp").exists():  # Linux: what the kernel says is bound, not only what the server says
        assert listening_addresses(postgres.port) == {"0100007F"}  # 127.0.0.1, and no IPv6 or wildcard socket


def test_tcp_connections_need_the_password_the_socket_does_not(postgres):
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres.conninfo(password="not-the-password")).close()
    with psycopg.connect(postgres.uri(via="socket")) as connection:
        assert connection.execute("select current_user").fetchone() == ("postgres",)


def test_leaving_the_block_on_an_error_stops_the_server_and_removes_its_files(postgres):
    cluster = PostgresCluster(postgres.bindir)
    with pytest.raises(ZeroDivisionError):
        with cluster:
            conninfo, base = cluster.conninfo(), cluster.base
            with psycopg.connect(conninfo) as connection:
                assert connection.execute("select 1").fetchone() == (1,)
            1 / 0
    assert not base.exists()
    assert not cluster.running
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(conninfo, connect_timeout=10).close()
    with postgres.connect() as connection:  # the session's own cluster is untouched
        assert connection.execute("select 1").fetchone() == (1,)
