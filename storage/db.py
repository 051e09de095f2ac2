"""Engine set-up: SQLite pragmas on every connection and the unit of work."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, create_engine

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000


def create_db_engine(database_url: str) -> Engine:
    """Create the engine; for SQLite also make the folder and set the pragmas."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        make_private(Path(url.database))
    # hide_parameters: an error message must never carry what people typed.
    engine = create_engine(
        database_url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
    )
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


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
        # a read lock, they wait on busy_timeout instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One transaction: commits once at the end, rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
