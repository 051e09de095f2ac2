"""Online backup of the SQLite database, safe while the bot is running.

SQLite's backup API copies a consistent snapshot, the pages still in the WAL
included (copying the ``.sqlite3`` file alone would miss those). In WAL mode
the copy's read transaction does not block the bot's writers.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


def sqlite_path(database_url: str) -> Path:
    """The file behind a ``sqlite:///`` URL; ValueError for anything else."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise ValueError("backup works on a SQLite file; for PostgreSQL use pg_dump")
    return Path(url.database)


def backup_sqlite(database_url: str, target: Path) -> None:
    """Copy the live database to ``target`` (replaced atomically), then check the copy."""
    source_path = sqlite_path(database_url)
    if not source_path.exists():
        raise FileNotFoundError(f"no database at {source_path}")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # mode=ro: a mistyped path never creates an empty database.
    source = sqlite3.connect(source_path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            # One step (pages=-1): one read transaction, so one consistent snapshot.
            source.backup(copy)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()
            # A single file, with no -wal beside it, is what a restore copies back.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    if verdict != ("ok",):
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"the backup failed its integrity check: {verdict}")
    os.replace(partial, target)
