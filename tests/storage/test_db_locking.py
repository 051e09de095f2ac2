"""The unit of work under another writer: it waits for the lock, then gives up cleanly.

Another process (or a long transaction in this one) can hold SQLite's write lock
for longer than the driver's busy timeout. A unit of work retries its start with
backoff for up to ``LOCK_WAIT_SECONDS``, and its body never runs more than once.
On PostgreSQL the same allowance is the connection's ``lock_timeout``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import select

import storage.db
from storage.db import WouldWait, create_db_engine, run_without_waiting, unit_of_work
from storage.models import User
from tests.db_lock import LockHolder

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite's own wait per attempt, shortened so a lock can outlast it quickly.
    monkeypatch.setattr(storage.db, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def quick_engine(short_busy_timeout: None, database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    yield engine
    engine.dispose()


def _user(user_id: int) -> User:
    return User(id=user_id, first_name="Ana", timezone="UTC", created_at=NOW, updated_at=NOW)


def _add_user(engine: Engine, user_id: int) -> int:
    """A unit of work that writes; returns how many times its body ran."""
    runs = 0
    with unit_of_work(engine) as session:
        runs += 1
        session.add(_user(user_id))
    return runs


def _users(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(User)).one()


def test_a_write_outlasting_the_busy_timeout_still_succeeds(
    quick_engine: Engine, database_url: str
) -> None:
    # The lock is held three times longer than SQLite waits on its own.
    with LockHolder(database_url, 0.6) as holder:
        runs = _add_user(quick_engine, 1)
        finished = time.monotonic()
    assert runs == 1
    assert finished >= holder.released_at
    assert _users(quick_engine) == 1


@pytest.mark.sqlite_only("SQLite's busy wait and retries at BEGIN; see the PostgreSQL test below")
def test_after_the_lock_wait_it_gives_up_and_writes_nothing(
    quick_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.db, "LOCK_WAIT_SECONDS", 0.7)
    body_ran = False
    with LockHolder(database_url, 2.0):
        started = time.monotonic()
        with (
            pytest.raises(OperationalError, match="database is locked"),
            unit_of_work(quick_engine) as session,
        ):
            body_ran = True
            session.add(_user(1))
        waited = time.monotonic() - started
    # The lock is taken before the body runs: nothing of it ran, nothing was written.
    assert not body_ran
    # It kept trying for the whole allowance, then stopped well before the lock ended.
    assert 0.7 <= waited < 1.9
    assert _users(quick_engine) == 0


def test_postgres_gives_up_after_the_lock_wait_and_writes_nothing(
    postgres_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL takes locks as statements run, not at BEGIN: the unit's body runs, its
    write waits ``LOCK_WAIT_SECONDS`` (lock_timeout) and the whole unit is rolled back."""
    monkeypatch.setattr(storage.db, "LOCK_WAIT_SECONDS", 0.7)
    engine = create_db_engine(postgres_database)
    try:
        with LockHolder(postgres_database, 2.0):
            started = time.monotonic()
            with (
                pytest.raises(OperationalError, match="lock timeout"),
                unit_of_work(engine) as session,
            ):
                session.add(_user(1))
                session.add(_user(2))
            waited = time.monotonic() - started
        assert 0.7 <= waited < 1.9
        assert _users(engine) == 0
    finally:
        engine.dispose()


def test_other_errors_are_not_retried(quick_engine: Engine) -> None:
    _add_user(quick_engine, 1)
    started = time.monotonic()
    # SQLite: "UNIQUE constraint failed"; PostgreSQL: "violates unique constraint".
    with pytest.raises(IntegrityError, match=r"(?i)unique constraint"):
        _add_user(quick_engine, 1)
    assert time.monotonic() - started < 0.5


def test_units_of_work_from_many_threads_share_the_engine(database_url: str) -> None:
    engine = create_db_engine(database_url, pool_size=4)
    try:
        assert isinstance(engine.pool, QueuePool) and engine.pool.size() == 4
        # Sixteen threads writing at once: each waits its turn at the lock, none fails.
        with ThreadPoolExecutor(max_workers=16) as pool:
            runs = list(pool.map(lambda i: _add_user(engine, i), range(1, 41)))
        assert runs == [1] * 40
        assert _users(engine) == 40
    finally:
        engine.dispose()


def test_an_in_memory_database_keeps_one_connection_per_thread() -> None:
    engine = create_db_engine("sqlite://")
    try:
        assert not isinstance(engine.pool, QueuePool)
    finally:
        engine.dispose()


@pytest.mark.sqlite_only("SQLite's one write lock; PostgreSQL never runs units on the loop")
def test_without_waiting_a_locked_first_unit_gives_way_at_once_and_does_nothing(
    quick_engine: Engine, database_url: str
) -> None:
    body_ran = False

    def call() -> None:
        nonlocal body_ran
        with unit_of_work(quick_engine) as session:
            body_ran = True
            session.add(_user(1))

    with LockHolder(database_url, 2.0):
        started = time.monotonic()
        with pytest.raises(WouldWait):
            run_without_waiting(call)
        gave_way = time.monotonic() - started
    # Not SQLite's busy wait (0.2 s here), not the retries: refused on the spot.
    assert gave_way < 0.15
    assert not body_ran
    assert _users(quick_engine) == 0
    # The connection is back to waiting as usual for the next unit of work.
    with LockHolder(database_url, 0.5) as holder:
        _add_user(quick_engine, 2)
        assert time.monotonic() >= holder.released_at


@pytest.mark.sqlite_only("SQLite's one write lock; PostgreSQL never runs units on the loop")
def test_without_waiting_a_later_unit_waits_as_usual(
    quick_engine: Engine, database_url: str
) -> None:
    """After a unit committed, the call cannot start again: the next unit waits."""
    holder = LockHolder(database_url, 0.5)

    def call() -> int:
        _add_user(quick_engine, 1)
        holder.__enter__()  # another process takes the lock between the two units
        return _add_user(quick_engine, 2)

    try:
        assert run_without_waiting(call) == 1
        assert time.monotonic() >= holder.released_at > 0
    finally:
        holder.__exit__(None, None, None)
    assert _users(quick_engine) == 2


def test_without_waiting_a_free_database_is_written_once(quick_engine: Engine) -> None:
    assert run_without_waiting(_add_user, quick_engine, 1) == 1
    assert _users(quick_engine) == 1
