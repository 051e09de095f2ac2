"""Where a person's short use case runs: on the event loop when it cannot wait there,
else in a worker thread; jobs always in a thread.

Real SQLite files and real threads; "another process" is a second connection holding
the write lock (tests/db_lock.py).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from bot.workers import WorkerThreads
from storage.db import create_db_engine, runs_on_loop, unit_of_work
from storage.migrate import upgrade
from storage.models import User
from tests.db_lock import LockHolder

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'couplebot.sqlite3'}"
    upgrade(url)
    return url


@pytest.fixture
def engine(sqlite_url: str) -> Iterator[Engine]:
    engine = create_db_engine(sqlite_url)
    yield engine
    engine.dispose()


@pytest.fixture
def workers() -> Iterator[WorkerThreads]:
    pool = WorkerThreads(2, short_on_loop=True)
    yield pool
    pool.shutdown()


class AddUser:
    """A one-unit use case that records the thread of each run and each body run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.threads: list[int] = []
        self.bodies = 0

    def __call__(self, user_id: int) -> int:
        self.threads.append(threading.get_ident())
        with unit_of_work(self.engine) as session:
            self.bodies += 1
            session.add(
                User(id=user_id, first_name="Ana", timezone="UTC", created_at=NOW, updated_at=NOW)
            )
        return user_id


def users(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(User)).one()


def test_only_a_sqlite_file_runs_short_calls_on_the_loop(tmp_path: Path) -> None:
    assert runs_on_loop(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert not runs_on_loop("sqlite:///:memory:")
    assert not runs_on_loop("postgresql+psycopg://postgres@127.0.0.1:5432/test")
    assert not runs_on_loop("postgresql://postgres@127.0.0.1:5432/test")


async def test_a_short_call_on_a_free_database_runs_on_the_loop(
    workers: WorkerThreads, engine: Engine
) -> None:
    add = AddUser(engine)
    assert await workers.run_short(add, 1) == 1
    assert add.threads == [threading.get_ident()]
    assert (workers.on_loop, workers.gave_way) == (1, 0)
    assert users(engine) == 1


async def test_without_the_setting_short_calls_go_to_a_thread(engine: Engine) -> None:
    pool = WorkerThreads(2)
    try:
        add = AddUser(engine)
        await pool.run_short(add, 1)
        assert add.threads and add.threads[0] != threading.get_ident()
        assert pool.on_loop == 0
    finally:
        pool.shutdown()


class HoldsTheLock:
    """A unit of work that holds the write lock in its thread until released."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.started, self.release = threading.Event(), threading.Event()

    def __call__(self) -> str:
        with unit_of_work(self.engine):
            self.started.set()
            self.release.wait(5)
        return "done"


@pytest.mark.parametrize("where", ["run", "run_beside"], ids=["job", "health_check"])
async def test_while_a_thread_works_short_calls_queue_behind_it_in_a_thread(
    workers: WorkerThreads, engine: Engine, where: str
) -> None:
    """A job in the pool, or /healthz and /metrics in threads of their own, may hold the
    write lock: the loop must not wait for it."""
    holder = HoldsTheLock(engine)
    running = asyncio.create_task(getattr(workers, where)(holder))
    await asyncio.to_thread(holder.started.wait, 5)
    add = AddUser(engine)
    short = asyncio.create_task(workers.run_short(add, 1))
    await asyncio.sleep(0.2)
    # The loop is free (this line runs) and the short call waits in a thread.
    assert not short.done()
    assert add.threads and add.threads[0] != threading.get_ident()
    holder.release.set()
    assert await asyncio.wait_for(short, 5) == 1
    assert await running == "done"
    assert (workers.on_loop, workers.behind_thread) == (0, 1)
    # With the thread done, the next short call is back on the loop.
    await workers.run_short(add, 2)
    assert add.threads[-1] == threading.get_ident()
    assert users(engine) == 2


async def test_another_writer_makes_a_short_call_give_way_to_a_thread_once(
    workers: WorkerThreads, engine: Engine, sqlite_url: str
) -> None:
    add = AddUser(engine)
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    beating = asyncio.create_task(heartbeat())
    try:
        with LockHolder(sqlite_url, 1.0) as holder:
            result = await workers.run_short(add, 1)
            after = asyncio.get_running_loop().time()
            assert not holder.holding
    finally:
        beating.cancel()
    assert result == 1
    # Tried on the loop (refused before its body ran), then done once in a thread.
    assert add.threads[0] == threading.get_ident()
    assert len(add.threads) == 2 and add.threads[1] != threading.get_ident()
    assert add.bodies == 1
    assert (workers.on_loop, workers.gave_way) == (0, 1)
    # The loop went on while the other writer held the lock: about 20 beats in a second.
    assert ticks >= 10, f"the loop froze ({ticks} beats, done at {after})"
    assert users(engine) == 1


async def test_an_error_of_a_short_call_reaches_its_caller(
    workers: WorkerThreads, engine: Engine
) -> None:
    add = AddUser(engine)
    await workers.run_short(add, 1)
    with pytest.raises(Exception, match="UNIQUE"):
        await workers.run_short(add, 1)
    assert users(engine) == 1
