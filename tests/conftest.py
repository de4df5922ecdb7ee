"""Shared fixtures: every test gets its own history database and its own settings folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from corrections.errors import EmendError  # noqa: E402
from resources import read_text, sample_article_path  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Keep tests away from the user's database, preferences and author name.

    QSettings caches its folder per process, so it is pointed at this test's folder explicitly.
    """
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("EMEND_DB", str(tmp_path / "history.sqlite"))
    monkeypatch.setenv("EMEND_AUTHOR", "Test Editor")
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster (tests/postgres_cluster.py) shared by the session's tests; each
    test that needs a clean database creates its own with `postgres.create_database(name)`.

    Where the server binaries are missing the tests skip saying what to install, except in CI
    (CI=true), where that fails the run: the server tests must never silently not run there."""
    from tests.postgres_cluster import PostgresCluster, PostgresUnavailable

    try:
        cluster = PostgresCluster()
    except PostgresUnavailable as unavailable:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"the PostgreSQL tests cannot run: {unavailable}", pytrace=False)
        pytest.skip(f"the PostgreSQL tests need a PostgreSQL server: {unavailable}")
    with cluster:
        yield cluster


@pytest.fixture
def room(postgres):
    """A newsroom database on the throwaway cluster, set up by `server init` (tests/newsroom/helpers.py)."""
    from tests.newsroom.helpers import make_newsroom

    return make_newsroom(postgres)


@pytest.fixture
def article_file(tmp_path):
    """The newsroom tests' article (tests/newsroom/helpers.ARTICLE) as a text file to import."""
    from tests.newsroom.helpers import ARTICLE

    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "history.sqlite"


@pytest.fixture
def history(db_path):
    from db.history import History

    with History.open(db_path) as opened:
        yield opened


@pytest.fixture
def sample_text() -> str:
    return read_text("samples/harbour-bridge.txt")


@pytest.fixture
def sample_path():
    return sample_article_path()


@pytest.fixture
def cli(capsys):
    """Run `emend ARGS...` in-process; returns (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def corrected(cli, sample_path, db_path):
    """A history whose article 1 has a saved correction (version 2), ready to publish; calling the
    fixture's value asserts that the history still verifies."""
    assert cli("--db", db_path, "import", sample_path, "--title", "Harbour bridge reopens")[0] == 0
    assert cli("--db", db_path, "correct", "1", "--quote", "48,000 vehicles", "--replace", "84,000 vehicles",
               "--note", "An earlier version misstated the traffic.")[0] == 0
    assert cli("--db", db_path, "save", "1", "-m", "Traffic figure")[0] == 0

    def intact() -> None:
        code, out, err = cli("--db", db_path, "verify")
        assert (code, out) == (0, "ok\n"), err

    return intact


__all__ = ["EmendError"]
