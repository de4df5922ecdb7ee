"""A throwaway PostgreSQL cluster for tests (issue 15): `initdb` and `pg_ctl` on a temporary directory.

    with PostgresCluster() as cluster:
        cluster.create_database("newsroom")
        psycopg.connect(cluster.conninfo("newsroom"))

The server listens on a unix socket in its own temporary directory and on a free TCP port bound to
127.0.0.1 only. Socket connections are trusted (the socket's directory is readable by its owner
only); TCP connections need the superuser's password, a random one made for this cluster, which
`conninfo()` and `uri()` carry. fsync is off: the data is thrown away, so durability buys nothing.

PostgreSQL refuses to run as root, so when the tests run as root the cluster is created and run as
the `postgres` system user (through `runuser -u postgres --`), which then owns the temporary
directories. Leaving the `with` block, also on an exception, stops the server and removes them.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

INSTALL_HINT = "install Debian's postgresql package (apt-get install postgresql)"

# Debian's postgresql 15 package, the engine the newsroom server targets; then whatever pg_config or PATH offers.
DEBIAN_BINDIR = Path("/usr/lib/postgresql/15/bin")
SYSTEM_USER = "postgres"  # the user the cluster runs as when the tests run as root
SUPERUSER = "postgres"    # the cluster's own superuser role
COMMAND_TIMEOUT = 120     # seconds: a hung initdb or pg_ctl fails the run instead of hanging it


class PostgresUnavailable(RuntimeError):
    """This machine cannot run a PostgreSQL cluster: the binaries, or the user to run them as, are missing."""


def _has_server_binaries(directory: Path) -> bool:
    return all(os.access(directory / name, os.X_OK) for name in ("initdb", "pg_ctl", "postgres"))


def find_bindir() -> Path:
    """The directory holding initdb, pg_ctl and postgres, or PostgresUnavailable saying what to install."""
    candidates = [DEBIAN_BINDIR]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            result = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            result = None
        if result is not None and result.returncode == 0 and result.stdout.strip():
            candidates.append(Path(result.stdout.strip()))
    # On Debian, PATH's /usr/bin has only pg_wrapper's links (no initdb), so this finds other systems' installs.
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for directory in candidates:
        if _has_server_binaries(directory):
            return directory
    raise PostgresUnavailable(f"PostgreSQL's server binaries (initdb, pg_ctl, postgres) were not found in "
                              f"{', '.join(str(c) for c in dict.fromkeys(candidates))} or on PATH: {INSTALL_HINT}")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (another process may take it before the
    server does; `PostgresCluster` retries with a new port when the bind fails)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _quote_setting(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _quote_conninfo(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class PostgresCluster:
    """A PostgreSQL cluster of its own, started on entering the `with` block and removed on leaving it."""

    def __init__(self, bindir: Path | None = None, start_attempts: int = 3) -> None:
        self.bindir = Path(bindir) if bindir is not None else find_bindir()
        if not _has_server_binaries(self.bindir):
            raise PostgresUnavailable(f"no initdb, pg_ctl and postgres in {self.bindir}: {INSTALL_HINT}")
        self.as_root = os.geteuid() == 0
        self.run_as: pwd.struct_passwd | None = None
        if self.as_root:
            try:
                self.run_as = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                raise PostgresUnavailable(f"PostgreSQL refuses to run as root and there is no {SYSTEM_USER!r} system "
                                          f"user to run it as: {INSTALL_HINT}, which creates it") from None
            if shutil.which("runuser") is None:
                raise PostgresUnavailable("running PostgreSQL as root's tests needs runuser (util-linux) to switch "
                                          f"to the {SYSTEM_USER!r} user")
        self.start_attempts = start_attempts
        self.password = secrets.token_urlsafe(24)
        self.base: Path | None = None
        self.data_dir: Path | None = None
        self.socket_dir: Path | None = None
        self.log_file: Path | None = None
        self.port: int | None = None
        self.running = False

    # -- the server's life ---------------------------------------------------------------------------

    def __enter__(self) -> PostgresCluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        """Create the directories, run initdb, and start the server on a free port."""
        self.base = Path(tempfile.mkdtemp(prefix="emend-pg-"))
        self.data_dir = self.base / "data"
        self.socket_dir = self.base / "socket"
        self.log_file = self.base / "server.log"
        self.socket_dir.mkdir(mode=0o700)
        self.log_file.touch(mode=0o600)
        password_file = self.base / "superuser-password"
        password_file.write_text(self.password + "\n", encoding="utf-8")
        password_file.chmod(0o600)
        if self.run_as is not None:
            for path in (self.base, self.socket_dir, self.log_file, password_file):
                os.chown(path, self.run_as.pw_uid, self.run_as.pw_gid)

        self._run("initdb", "--pgdata", self.data_dir, "--username", SUPERUSER, "--pwfile", password_file,
                  "--encoding", "UTF8", "--locale", "C", "--auth-local", "trust", "--auth-host", "scram-sha-256",
                  "--no-sync")
        password_file.unlink()

        for attempt in range(1, self.start_attempts + 1):
            self.port = free_port()
            self._write_settings()
            started = self._run("pg_ctl", "start", "--pgdata", self.data_dir, "--log", self.log_file,
                                "--wait", "--timeout", "60", check=False)
            if started.returncode == 0:
                self.running = True
                return
            log = self.server_log()
            if attempt < self.start_attempts and "could not bind" in log:
                continue  # another process took the port between free_port() and the server's bind
            raise RuntimeError(f"pg_ctl start failed (exit {started.returncode}):\n{started.stdout}{started.stderr}\n"
                               f"server log:\n{log}")

    def stop(self) -> None:
        """Stop the server (immediate shutdown: the data is thrown away) and remove its directories."""
        try:
            if self.data_dir is not None and (self.data_dir / "postmaster.pid").exists():
                stopped = self._run("pg_ctl", "stop", "--pgdata", self.data_dir, "--mode", "immediate", "--wait",
                                    "--timeout", "60", check=False)
                if stopped.returncode != 0 and (self.data_dir / "postmaster.pid").exists():
                    self._run("pg_ctl", "stop", "--pgdata", self.data_dir, "--mode", "fast", "--wait",
                              "--timeout", "60", check=False)
        finally:
            self.running = False
            if self.base is not None:
                shutil.rmtree(self.base, ignore_errors=True)

    def dump(self, dbname: str) -> Path:
        """`pg_dump -Fc` of a database into the cluster's own directory (the newsroom's backup); the file's path."""
        out = self.base / f"{dbname}.dump"
        self._run("pg_dump", "--format", "custom", "--host", self.socket_dir, "--port", self.port,
                  "--username", SUPERUSER, "--file", out, dbname)
        return out

    def restore(self, dbname: str, dump: Path) -> None:
        """Drop the database and bring it back from a `dump` (a server restored from its backup)."""
        self.drop_database(dbname)
        self.create_database(dbname)
        self._run("pg_restore", "--host", self.socket_dir, "--port", self.port, "--username", SUPERUSER,
                  "--dbname", dbname, dump)

    def restart(self) -> None:
        """Restart the server (fast shutdown: open sessions are cut off, as a server restart cuts off clients)."""
        self._run("pg_ctl", "restart", "--pgdata", self.data_dir, "--mode", "fast", "--wait", "--timeout", "60",
                  "--log", self.log_file)

    def _write_settings(self) -> None:
        settings = {
            "listen_addresses": _quote_setting("127.0.0.1"),
            "port": str(self.port),
            "unix_socket_directories": _quote_setting(str(self.socket_dir)),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        # postgresql.auto.conf is read after postgresql.conf, and rewriting it whole lets a retry change the port.
        lines = ["# Written by tests/postgres_cluster.py"] + [f"{name} = {value}" for name, value in settings.items()]
        auto_conf = self.data_dir / "postgresql.auto.conf"
        auto_conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.run_as is not None:
            os.chown(auto_conf, self.run_as.pw_uid, self.run_as.pw_gid)

    def _run(self, program: str, *arguments, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bindir / program), *(str(a) for a in arguments)]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as.pw_name, "--", *command]
        # The server's own variables (PGDATA, PGPORT, …) from the caller's shell must not steer it elsewhere.
        environment = {name: value for name, value in os.environ.items() if not name.startswith("PG")}
        environment["LC_ALL"] = "C"
        result = subprocess.run(command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT,
                                cwd=self.base, env=environment)
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed (exit {result.returncode}): {' '.join(command)}\n"
                               f"{result.stdout}{result.stderr}")
        return result

    def server_log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace") if self.log_file else ""
        except OSError:
            return ""

    # -- reaching it ---------------------------------------------------------------------------------

    @property
    def version(self) -> str:
        """The binaries' version, as `postgres --version` gives it: "15.18"."""
        result = subprocess.run([str(self.bindir / "postgres"), "--version"], capture_output=True, text=True,
                                timeout=30)
        match = re.search(r"\(PostgreSQL\) (\d+(?:\.\d+)?)", result.stdout)
        if not match:
            raise RuntimeError(f"cannot read the version from `postgres --version`: {result.stdout!r}")
        return match.group(1)

    @property
    def major_version(self) -> int:
        return int(self.version.split(".")[0])

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None,
                 via: str = "tcp") -> str:
        """A libpq key=value connection string: over TCP to 127.0.0.1 (with the superuser's password
        unless another is given), or via="socket" through the unix socket (trusted, no password)."""
        self._require_running()
        parts = {"dbname": dbname, "user": user, "port": str(self.port)}
        if via == "tcp":
            parts["host"] = "127.0.0.1"
            parts["password"] = self.password if password is None and user == SUPERUSER else (password or "")
        elif via == "socket":
            parts["host"] = str(self.socket_dir)
        else:
            raise ValueError(f"via must be 'tcp' or 'socket', not {via!r}")
        return " ".join(f"{key}={_quote_conninfo(value)}" for key, value in parts.items() if value != "")

    def uri(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None,
            via: str = "tcp") -> str:
        """The same as `conninfo()`, as a postgresql:// URI."""
        self._require_running()
        quote = lambda text: urllib.parse.quote(text, safe="")  # noqa: E731
        if via == "tcp":
            secret = self.password if password is None and user == SUPERUSER else password
            credentials = quote(user) + (f":{quote(secret)}" if secret else "")
            return f"postgresql://{credentials}@127.0.0.1:{self.port}/{quote(dbname)}"
        if via == "socket":
            return f"postgresql://{quote(user)}@/{quote(dbname)}?host={quote(str(self.socket_dir))}&port={self.port}"
        raise ValueError(f"via must be 'tcp' or 'socket', not {via!r}")

    def connect(self, dbname: str = "postgres", **options):
        """A psycopg connection as the superuser (keyword options such as autocommit=True pass through)."""
        import psycopg

        return psycopg.connect(self.conninfo(dbname), **options)

    def create_database(self, name: str, owner: str | None = None) -> str:
        """Create database NAME (owned by OWNER if given); returns NAME."""
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner is not None:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        with self.connect(autocommit=True) as connection:
            connection.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.connect(autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def _require_running(self) -> None:
        if not self.running:
            raise RuntimeError("the PostgreSQL cluster is not running (use it inside its `with` block)")
