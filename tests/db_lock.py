"""A second connection that holds the database, as another process would.

SQLite: ``BEGIN IMMEDIATE``, its one writer lock; every unit of work of the bot (each
starts with ``BEGIN IMMEDIATE`` too) waits for it. PostgreSQL has no database-wide
lock; the nearest thing is every table locked ``ACCESS EXCLUSIVE`` (as a long
migration would), which stops every unit of work that touches a table.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table on the metadata)
from storage.db import database_url_of


class LockHolder:
    """Holds the database for ``seconds``, in a thread.

    A thread, not a task: the lock is released on time even if the event loop froze.
    Use as ``with LockHolder(url, 2.0) as holder:``; leaving waits for the release.
    """

    def __init__(self, database_url: str, seconds: float) -> None:
        self._url = database_url
        self._seconds = seconds
        self._taken = threading.Event()
        self._released = threading.Event()
        hold: Callable[[], None] = (
            self._hold_postgres
            if make_url(database_url).get_backend_name() == "postgresql"
            else self._hold_sqlite
        )
        self._thread = threading.Thread(target=hold, name="lock-holder")
        # When the lock began to be released (0 until then): see _releasing.
        self.released_at = 0.0

    @property
    def holding(self) -> bool:
        return self._taken.is_set() and not self._released.is_set()

    def _hold_sqlite(self) -> None:
        connection = sqlite3.connect(self._url.removeprefix("sqlite:///"), isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            self._taken.set()
            time.sleep(self._seconds)
            self._releasing()
            connection.execute("COMMIT")
        finally:
            self._releasing()
            self._released.set()
            connection.close()

    def _hold_postgres(self) -> None:
        engine = create_engine(database_url_of(self._url), poolclass=NullPool)
        tables = ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)
        try:
            with engine.connect() as connection, connection.begin():
                connection.exec_driver_sql(f"LOCK TABLE {tables} IN ACCESS EXCLUSIVE MODE")
                self._taken.set()
                time.sleep(self._seconds)
                self._releasing()
        finally:
            self._releasing()
            self._released.set()
            engine.dispose()

    def _releasing(self) -> None:
        # Taken just *before* the release: a writer that waited for the lock finishes
        # after this moment. (Taken after it, a writer woken by the release could
        # finish first; seen once on PostgreSQL, 2 ms apart.)
        if not self.released_at:
            self.released_at = time.monotonic()

    def __enter__(self) -> LockHolder:
        self._thread.start()
        assert self._taken.wait(5), "could not take the lock"
        return self

    def __exit__(self, *_exc: object) -> None:
        self._thread.join()
