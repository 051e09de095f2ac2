"""What the erasure tests look for: a person's id in any column of any table, and
their words anywhere in the database files on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table on the metadata)


def every_table() -> list[Any]:
    """All tables of the models, so a table added later is checked without anyone
    remembering to add it here."""
    return list(SQLModel.metadata.sorted_tables)


def rows_referring_to(engine: Engine, user_id: int, *names: str) -> list[str]:
    """Every cell that holds ``user_id`` (as a number, or inside text such as JSON or
    a dedupe key) or one of ``names`` (the whole value, or a string inside JSON):
    "table.column = value" lines."""
    found = []
    digits = str(user_id)
    with engine.connect() as connection:
        for table in every_table():
            for row in connection.execute(select(table)).mappings():
                for column, value in row.items():
                    if _refers(value, user_id, digits, names):
                        found.append(f"{table.name}.{column} = {value!r}")
    return found


def rows_containing(engine: Engine, words: str) -> list[str]:
    """Every text cell of every table that contains ``words``."""
    found = []
    with engine.connect() as connection:
        for table in every_table():
            for row in connection.execute(select(table)).mappings():
                found += [
                    f"{table.name}.{column} = {value!r}"
                    for column, value in row.items()
                    if isinstance(value, str) and words in value
                ]
    return found


def _refers(value: Any, user_id: int, digits: str, names: tuple[str, ...]) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return value == user_id
    if isinstance(value, str):
        # A name as a whole value, or as a JSON string inside one.
        return digits in value or any(value == n or f'"{n}"' in value for n in names)
    return False


def database_path(database_url: str) -> Path:
    url = make_url(database_url)
    # Not a file on another database (sqlite3.connect would create an empty one here).
    assert url.get_backend_name() == "sqlite" and url.database, "a SQLite file only"
    return Path(url.database)


def raw_database_bytes(database_url: str) -> bytes:
    """The database file, its WAL and shared memory as they are on disk, after moving
    the WAL into the file (``wal_checkpoint(TRUNCATE)``)."""
    path = database_path(database_url)
    connection = sqlite3.connect(path)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "the checkpoint was blocked: is the bot still running?"
    finally:
        connection.close()
    content = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            content += companion.read_bytes()
    return content
