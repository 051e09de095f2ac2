"""Shared fixtures: a migrated, empty database per test (SQLite, and PostgreSQL when a
server is given) and a controllable clock.

Every test that uses ``database_url`` (or ``engine``, or the e2e ``bot``) runs twice:
``[sqlite]`` on a new file, ``[postgres]`` on a PostgreSQL database. The PostgreSQL
variants need ``COUPLEBOT_TEST_POSTGRES_URL``, the URL of a user allowed to create
databases (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``); without
it they are skipped, so a machine without a server still passes. With
``COUPLEBOT_REQUIRE_POSTGRES=1`` (``.ci/run``) a missing server is an error instead.
A test about SQLite itself says so with ``@pytest.mark.sqlite_only(reason)``.

PostgreSQL: the schema is migrated once per session into a database of this pytest
process; each test gets it emptied (every row deleted, ids restarting at 1, any
connection an earlier test left open ended). The migration tests get brand-new
empty databases. Databases are named after the URL's database plus ``_t<pid>_``,
so ``.ci/run`` (and the next session here) can drop what a killed run left behind.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, Engine, Integer, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table on the metadata)
from storage.db import create_db_engine, database_url_of
from storage.migrate import upgrade

POSTGRES_URL_ENV = "COUPLEBOT_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "COUPLEBOT_REQUIRE_POSTGRES"
NO_POSTGRES = (
    f"PostgreSQL variant: set {POSTGRES_URL_ENV} to an admin URL, e.g. "
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about SQLite itself; its [postgres] variant is skipped",
    )
    config.addinivalue_line(
        "markers",
        "postgres_only(reason): the test is about PostgreSQL itself; its [sqlite] variant is"
        " skipped",
    )


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 18, 0, tzinfo=UTC))


class PostgresDatabases:
    """The test databases of this pytest process on one PostgreSQL server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = database_url_of(admin_url)
        self.base = re.sub(r"\W", "_", self.admin_url.database or "couplebot")[:30]
        # <base>_t<pid>_...: unique per pytest process, recognisable by .ci/run's cleanup.
        self.prefix = f"{self.base}_t{os.getpid()}"
        self.shared = f"{self.prefix}_shared"
        self._numbers = itertools.count(1)
        # AUTOCOMMIT: CREATE and DROP DATABASE cannot run inside a transaction.
        self._admin = create_engine(
            self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._shared_engine: Engine | None = None

    def url_of(self, name: str) -> str:
        url: URL = self.admin_url.set(database=name)
        return url.render_as_string(hide_password=False)

    def _run(self, statement: str, **params: object) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement), params)

    def drop_leftovers(self) -> None:
        """Databases of earlier runs on this machine whose pytest was killed."""
        pattern = re.compile(rf"{re.escape(self.base)}_t(\d+)_")
        with self._admin.connect() as connection:
            names = connection.execute(text("SELECT datname FROM pg_database")).scalars().all()
        for name in names:
            found = pattern.match(name)
            if found is not None and not _process_alive(int(found.group(1))):
                self.drop(name)

    def create_shared(self) -> None:
        """The database the tests share, migrated to head once."""
        self.drop(self.shared)
        self._run(f'CREATE DATABASE "{self.shared}"')
        upgrade(self.url_of(self.shared))
        self._shared_engine = create_engine(self.url_of(self.shared), poolclass=NullPool)

    def fresh_shared(self) -> str:
        """The shared database as a fresh migration leaves it: no rows, ids from 1.

        Connections an earlier test left open are ended first (as DROP DATABASE …
        WITH (FORCE) would), so nothing of it can write in this test.
        """
        assert self._shared_engine is not None
        self._run(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = :name AND pid <> pg_backend_pid()",
            name=self.shared,
        )
        with self._shared_engine.begin() as connection:
            connection.exec_driver_sql(_EMPTY_EVERY_TABLE)
        return self.url_of(self.shared)

    @contextmanager
    def refusing_connections(self, database_url: str) -> Iterator[None]:
        """The database turns everyone away (and drops who is connected) meanwhile."""
        name = make_url(database_url).database
        self._run(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        try:
            self._run(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND pid <> pg_backend_pid()",
                name=name,
            )
            yield
        finally:
            self._run(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

    def new_empty_database(self) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop(self, name: str) -> None:
        # FORCE: connections a test left open (an engine never disposed) do not keep it.
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._shared_engine is not None:
            self._shared_engine.dispose()
        self.drop(self.shared)
        self._admin.dispose()


def _empty_every_table() -> str:
    """DELETE every row (children first) and restart the id sequences, in one round trip.

    Not a database per test (``CREATE DATABASE … TEMPLATE``): on the shared CI machine
    that took 0.6–1.2 s a test, this takes a few milliseconds. Not TRUNCATE either:
    ~0.4 s, it makes new files for every table.
    """
    tables = list(reversed(SQLModel.metadata.sorted_tables))
    statements = [f'DELETE FROM "{table.name}"' for table in tables]
    statements += [
        f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), 1, false)"
        for table in tables
        if "id" in table.c
        and table.c.id.primary_key
        and isinstance(table.c.id.type, Integer)
        and not isinstance(table.c.id.type, BigInteger)
    ]
    return "; ".join(statements)


_EMPTY_EVERY_TABLE = _empty_every_table()


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def postgres_admin_url() -> str | None:
    return os.environ.get(POSTGRES_URL_ENV) or None


def skip_or_fail_without_postgres() -> None:
    """No server given: skip the PostgreSQL variant, unless the run requires it."""
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_URL_ENV} is not set", pytrace=False)
    pytest.skip(NO_POSTGRES)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresDatabases]:
    """The PostgreSQL server of this run, with the migrated template in place."""
    admin_url = postgres_admin_url()
    if admin_url is None:
        skip_or_fail_without_postgres()
        raise AssertionError("unreachable")
    databases = PostgresDatabases(admin_url)
    databases.drop_leftovers()
    databases.create_shared()
    yield databases
    databases.close()


@pytest.fixture
def postgres_database(postgres: PostgresDatabases) -> str:
    """A migrated PostgreSQL database with no rows, for one test; its URL."""
    return postgres.fresh_shared()


@pytest.fixture
def empty_postgres_database(postgres: PostgresDatabases) -> Iterator[str]:
    """A new PostgreSQL database with no tables at all (for the migrations); its URL."""
    name = postgres.new_empty_database()
    yield postgres.url_of(name)
    postgres.drop(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on; the [postgres] variant of a ``sqlite_only``
    test (and the [sqlite] one of a ``postgres_only`` test) is skipped with the marker's
    reason."""
    name: str = request.param
    other = "postgres_only" if name == "sqlite" else "sqlite_only"
    marker = request.node.get_closest_marker(other)
    if marker is not None:
        label = "PostgreSQL only" if name == "sqlite" else "SQLite only"
        pytest.skip(f"{label}: {marker.args[0] if marker.args else 'about that database'}")
    return name


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "postgres":
        url: str = request.getfixturevalue("postgres_database")
        return url
    url = f"sqlite:///{tmp_path / 'couplebot.sqlite3'}"
    upgrade(url)
    return url


@pytest.fixture
def empty_database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database with nothing in it yet, for the migrations to build."""
    if backend == "postgres":
        url: str = request.getfixturevalue("empty_postgres_database")
        return url
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    yield engine
    engine.dispose()
