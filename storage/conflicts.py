"""Insert a row unless one with the same unique key exists, on SQLite and PostgreSQL.

``INSERT … ON CONFLICT DO NOTHING`` is how two processes creating the same row
(a claim, a prompt day, a schedule) both succeed and exactly one row results. On
PostgreSQL the second insert waits for the first one's transaction and then does
nothing; at READ COMMITTED the next statement sees the winner's row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def _insert(session: Session, table: Any) -> Any:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # preserve_rowcount: SQLAlchemy only promises rowcount for UPDATE and DELETE;
    # psycopg reports -1 for an INSERT without it.
    return insert(table).on_conflict_do_nothing().execution_options(preserve_rowcount=True)


def insert_unless_exists(session: Session, model: Any, values: dict[str, Any]) -> bool:
    """Insert one row; True if it was inserted, False if its key already existed."""
    result: Any = session.execute(_insert(session, model.__table__).values(**values))
    return bool(result.rowcount)


def insert_many_unless_exist(
    session: Session, model: Any, rows: list[dict[str, Any]], *, order_by: tuple[str, ...]
) -> int:
    """Insert many rows (one statement, executemany); returns how many were new.

    Every row must have the same keys. The rows go in ``order_by`` order (their
    unique key): two processes inserting overlapping batches then wait for each
    other's rows in the same order, so they cannot deadlock.
    """
    if not rows:
        return 0

    def key(row: Mapping[str, Any]) -> tuple[tuple[bool, Any], ...]:
        # (is None, value): Nones sort last and are never compared with values.
        return tuple((row[column] is None, row[column]) for column in order_by)

    result: Any = session.connection().execute(
        _insert(session, model.__table__), sorted(rows, key=key)
    )
    return int(result.rowcount)
