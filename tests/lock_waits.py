"""What the concurrency tests watch for: another unit of work waiting on a row lock."""

from __future__ import annotations

from sqlalchemy import Engine, text


def someone_waits_for_a_lock(engine: Engine) -> bool:
    """Whether any other session of this PostgreSQL database is waiting for a lock."""
    with engine.connect() as connection:
        waiting = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    return bool(waiting)
