"""Engine set-up (SQLite pragmas, or a PostgreSQL pool) and the unit of work.

SQLite (the default) takes one writer at a time: every unit of work starts with
``BEGIN IMMEDIATE`` and so runs as if alone. PostgreSQL runs units of work side by
side at READ COMMITTED (see ``POSTGRES_ISOLATION``); what keeps them correct there
is written next to each statement that needs it: unique constraints with
``INSERT … ON CONFLICT DO NOTHING``, updates that check the status or version they
read, row locks on rows read to decide a write, and ``FOR UPDATE SKIP LOCKED``
claims.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import os
import random
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# How long SQLite itself waits for another writer's lock (its busy handler) per attempt.
BUSY_TIMEOUT_MS = 5_000
# How long a unit of work keeps trying for the write lock in all, before giving up.
LOCK_WAIT_SECONDS = 15.0
# Connections kept open per engine when the caller does not say (see pool_size below).
DEFAULT_POOL_SIZE = 5

# PostgreSQL's own default, said out loud. Why not REPEATABLE READ or SERIALIZABLE:
# they report a conflict as an error for the caller to retry, and a unit of work is a
# ``with`` block whose body cannot be replayed. They would also break two patterns
# this code relies on: a claim meeting a row another process just claimed must skip
# it (SKIP LOCKED re-checks the row's newest version at READ COMMITTED, a snapshot
# would fail instead), and ``INSERT … ON CONFLICT DO NOTHING`` followed by reading
# the row the other process inserted (only a fresh snapshot per statement sees it).
POSTGRES_ISOLATION = "READ COMMITTED"
# Seconds to wait for the server to accept a connection before failing the unit.
POSTGRES_CONNECT_TIMEOUT = 10


def create_db_engine(database_url: str, *, pool_size: int = DEFAULT_POOL_SIZE) -> Engine:
    """Create the engine; for SQLite also make the folder and set the pragmas.

    ``pool_size``: how many threads may hold a connection at once (the bot runs its
    units of work in a small thread pool); as many again may be opened for a moment.
    """
    url = database_url_of(database_url)
    if url.get_backend_name() == "postgresql":
        return _postgres_engine(url, pool_size)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        make_private(Path(url.database))
    # hide_parameters: an error message must never carry what people typed.
    engine = create_engine(
        database_url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, **_thread_connect_args(url)},
        hide_parameters=True,
        **_thread_pool_args(url, pool_size),
    )
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def database_url_of(database_url: str) -> URL:
    """The URL to connect with: a bare ``postgresql://`` means psycopg 3, the driver
    installed (SQLAlchemy's default for it is psycopg2)."""
    url = make_url(database_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def is_postgres(database_url: str) -> bool:
    """PostgreSQL, where several instances may share the database."""
    return database_url_of(database_url).get_backend_name() == "postgresql"


def _postgres_engine(url: URL, pool_size: int) -> Engine:
    return create_engine(
        url,
        isolation_level=POSTGRES_ISOLATION,
        # hide_parameters: an error message must never carry what people typed.
        hide_parameters=True,
        pool_size=pool_size,
        max_overflow=pool_size,
        # A connection the server closed (restart, failover) is replaced, not handed out.
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": POSTGRES_CONNECT_TIMEOUT,
            "application_name": "couplebot",
            # As on SQLite, a unit of work waits this long for another's lock, then
            # fails whole (rolled back) instead of hanging a worker thread for ever.
            "options": f"-c lock_timeout={int(LOCK_WAIT_SECONDS * 1000)}",
        },
    )


# Only the bot's own user may read what couples wrote.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
# SQLite's companions of the database file; it gives -wal and -shm the database
# file's own mode when it creates them, so a 0600 database keeps them 0600.
SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def make_private(database: Path) -> None:
    """Create the folders (0700) and the database file (0600) before SQLite does.

    Folders that already exist are left as they are (the path may be under a
    shared one such as /tmp); the database files, if they exist, are tightened.
    """
    missing = [p for p in (database.parent, *database.parent.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        # mkdir's mode is filtered by the umask: set it exactly.
        os.chmod(folder, PRIVATE_DIR)
    if not database.exists():
        # O_EXCL: another process creating it at the same moment keeps its own.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    for suffix in SQLITE_SUFFIXES:
        path = database.with_name(database.name + suffix)
        try:
            if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE:
                os.chmod(path, PRIVATE_FILE)
        except FileNotFoundError:
            continue
        except PermissionError:
            log.warning("cannot make %s private (owned by another user)", path.name)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten with zeros, not left in free pages of the
        # file: /deletedata and the retention purge really remove the words.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Take the write lock up front: two processes never deadlock upgrading
        # a read lock, they wait on busy_timeout instead. Straight on the driver's
        # connection: SQLAlchemy's statement machinery cost a third of an empty unit of
        # work (docs/benchmarks.md). Its errors are wrapped as SQLAlchemy would.
        driver = conn.connection.driver_connection
        try:
            if _must_not_wait():
                _begin_without_waiting(driver)
            else:
                driver.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise OperationalError("BEGIN IMMEDIATE", None, exc) from exc


def _begin_without_waiting(driver: sqlite3.Connection) -> None:
    # SQLite's busy handler off for this one statement: taken or refused at once.
    driver.execute("PRAGMA busy_timeout=0")
    try:
        driver.execute("BEGIN IMMEDIATE")
    finally:
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _is_sqlite_file(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def _thread_connect_args(url: URL) -> dict[str, Any]:
    # Each connection is used by one thread at a time (the pool hands it out), so the
    # driver's same-thread check can go. SQLAlchemy 2 already does this for files; it is
    # said here so that no change of default can bring it back.
    return {"check_same_thread": False} if _is_sqlite_file(url) else {}


def _thread_pool_args(url: URL, pool_size: int) -> dict[str, Any]:
    # A queue of connections shared by the worker threads. (":memory:" keeps SQLAlchemy's
    # one-connection-per-thread pool: each connection there is a database of its own.)
    if not _is_sqlite_file(url):
        return {}
    return {"poolclass": QueuePool, "pool_size": pool_size, "max_overflow": pool_size}


def _is_lock_error(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _begin(session: Session) -> None:
    """Start the transaction, waiting (in this thread) while another writer holds the lock.

    Every transaction starts with ``BEGIN IMMEDIATE`` (see ``_on_begin``), so the write
    lock is taken here, before the caller's code runs, and nothing later in the unit
    can be refused for a lock. A refusal after SQLite's own busy wait is retried with
    jittered backoff until ``LOCK_WAIT_SECONDS`` have passed (plus the busy wait of the
    last attempt): the unit has done nothing yet, so trying again cannot do anything
    twice.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    attempt = 0
    while True:
        try:
            session.connection()
            return
        except OperationalError as exc:
            if not _is_lock_error(exc):
                raise
            session.rollback()
            if _must_not_wait():
                raise WouldWait from exc
            attempt += 1
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                log.warning("database still locked after %s attempts; giving up", attempt)
                raise
            log.info("database locked by another writer; trying again (attempt %s)", attempt + 1)
            # Jittered, growing pauses: writers that waited together do not retry together.
            time.sleep(min(random.uniform(0.05, 0.25) * attempt, remaining))


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One transaction: commits once at the end, rolls back on any error.

    Blocks while another writer holds the database (see :func:`_begin`): call it from a
    worker thread, not from the event loop.

    On PostgreSQL nothing is locked at BEGIN; rows are locked as statements reach them,
    each wait bounded by ``lock_timeout``. The body is never retried (a ``with`` block
    cannot be replayed, and at READ COMMITTED no serialization failures arise). A
    deadlock, which PostgreSQL breaks by failing one of the two, rolls that unit back
    whole like any error; the claims avoid them (SKIP LOCKED never waits, batched
    inserts go in key order).
    """
    with Session(engine, expire_on_commit=False) as session:
        _begin(session)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
    call = _WITHOUT_WAITING.get()
    if call is not None:
        call.committed += 1


class WouldWait(BaseException):
    """A call run with :func:`run_without_waiting` met another writer's lock before its
    first unit of work did anything: nothing happened, run the whole call again where
    waiting is harmless (a worker thread).

    A ``BaseException``, like ``CancelledError``: a use case's ``except Exception``
    around its work must not take it for a database failure and answer with an apology.
    """


@dataclass
class _CallWithoutWaiting:
    # Units of work this call has committed: after the first, it cannot start again.
    committed: int = 0


_WITHOUT_WAITING: contextvars.ContextVar[_CallWithoutWaiting | None] = contextvars.ContextVar(
    "couplebot_without_waiting", default=None
)


def run_without_waiting(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)``, whose first unit of work takes SQLite's write lock at once
    or raises :class:`WouldWait` (rolled back: nothing was done).

    For a call on the event loop, where waiting seconds for another process's lock would
    freeze every chat. Only the first unit can give way like this: once one has
    committed, the call cannot be run again from the start, so a later unit waits as
    usual (only while another process writes between two units of one call; the bot's
    own worker threads are kept apart by the caller, bot/workers.py). ``fn`` must not
    act outside the database before its first unit of work.
    """
    token = _WITHOUT_WAITING.set(_CallWithoutWaiting())
    try:
        return fn(*args, **kwargs)
    finally:
        _WITHOUT_WAITING.reset(token)


def _must_not_wait() -> bool:
    call = _WITHOUT_WAITING.get()
    return call is not None and not call.committed


def runs_on_loop(database_url: str) -> bool:
    """Whether short units of work may run on the event loop: a SQLite file, where a
    statement is a call into a library on local disk (PostgreSQL's are network round
    trips, and ``:memory:`` is a database per thread)."""
    return _is_sqlite_file(database_url_of(database_url))
