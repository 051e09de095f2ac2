"""Shared fixtures: a migrated database per test (SQLite, and PostgreSQL when a server is
given) and a controllable clock.

Every test that uses ``database_url`` (or ``engine``, or the e2e ``bot``) runs twice:
``[sqlite]`` on a fresh file, ``[postgres]`` on a fresh PostgreSQL database. The
PostgreSQL runs need ``COUPLEBOT_TEST_POSTGRES_URL``, an URL of a user allowed to
create databases (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``);
without it they are skipped, so a machine without a server still passes. With
``COUPLEBOT_REQUIRE_POSTGRES=1`` (``.ci/run``) a missing server is an error instead.

The schema is migrated once per session into a template database; each test gets a
copy (``CREATE DATABASE … TEMPLATE``, a few milliseconds) that is dropped after it.
Databases are named after the URL's database, so ``.ci/run`` can drop whatever a
killed run left behind.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

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
    """Creates and drops the test databases on one PostgreSQL server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = database_url_of(admin_url)
        self.base = re.sub(r"\W", "_", self.admin_url.database or "couplebot")[:30]
        # <base>_t<pid>_...: unique per pytest process, recognisable by .ci/run's cleanup.
        self.prefix = f"{self.base}_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        # AUTOCOMMIT: CREATE and DROP DATABASE cannot run inside a transaction.
        self._admin = create_engine(
            self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )

    def url_of(self, name: str) -> str:
        url: URL = self.admin_url.set(database=name)
        return url.render_as_string(hide_password=False)

    def _run(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))

    def drop_leftovers(self) -> None:
        """Databases of earlier runs on this machine whose pytest was killed."""
        pattern = re.compile(rf"{re.escape(self.base)}_t(\d+)_")
        with self._admin.connect() as connection:
            names = connection.execute(text("SELECT datname FROM pg_database")).scalars().all()
        for name in names:
            found = pattern.match(name)
            if found is not None and not _process_alive(int(found.group(1))):
                self.drop(name)

    def create_template(self) -> None:
        """An empty database migrated to head, for every test to copy."""
        self._run(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._run(f'CREATE DATABASE "{self.template}"')
        upgrade(self.url_of(self.template))

    def new_database(self, *, migrated: bool = True) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        template = self.template if migrated else "template0"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        # FORCE: connections a test left open (an engine never disposed) do not keep it.
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self.drop(self.template)
        self._admin.dispose()


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
    databases.create_template()
    yield databases
    databases.close()


@pytest.fixture
def postgres_database(postgres: PostgresDatabases) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test; its URL."""
    name = postgres.new_database()
    yield postgres.url_of(name)
    postgres.drop(name)


@pytest.fixture
def empty_postgres_database(postgres: PostgresDatabases) -> Iterator[str]:
    """A fresh PostgreSQL database with no tables at all; its URL."""
    name = postgres.new_database(migrated=False)
    yield postgres.url_of(name)
    postgres.drop(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on; the [postgres] variant of a ``sqlite_only``
    test is skipped with the marker's reason."""
    name: str = request.param
    marker = request.node.get_closest_marker("sqlite_only")
    if name == "postgres" and marker is not None:
        pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'about SQLite itself'}")
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
