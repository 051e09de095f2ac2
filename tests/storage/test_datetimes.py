"""One rule for instants on both databases: aware datetimes in, aware UTC out.

SQLite has no time zones (the column holds UTC without an offset); PostgreSQL's
``timestamptz`` answers in the session's time zone. ``UTCDateTime`` (every datetime
column) turns both into the same aware UTC value, and refuses naive ones.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import StatementError
from sqlmodel import select

from storage import outbox, sending
from storage.db import unit_of_work
from storage.models import Outbox, User

KOLKATA = timezone(timedelta(hours=5, minutes=30))


@pytest.fixture
def far_from_utc(engine: Engine, backend: str) -> Engine:
    """On PostgreSQL, a session whose own time zone is not UTC (answers come in it)."""
    if backend == "postgres":

        @event.listens_for(engine, "connect")
        def _zone(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET TIME ZONE 'America/New_York'")
            dbapi_connection.commit()

    return engine


def test_an_instant_comes_back_as_the_same_instant_in_utc(far_from_utc: Engine) -> None:
    written = datetime(2026, 11, 25, 23, 30, 15, 123456, tzinfo=KOLKATA)
    with unit_of_work(far_from_utc) as session:
        session.add(
            User(id=1, first_name="Ana", timezone="UTC", created_at=written, updated_at=written)
        )
    with unit_of_work(far_from_utc) as session:
        read = session.exec(select(User.created_at)).one()
    assert read == written
    assert read.tzinfo == UTC and read == datetime(2026, 11, 25, 18, 0, 15, 123456, tzinfo=UTC)


def test_comparisons_in_sql_go_by_the_instant_not_the_wall_clock(far_from_utc: Engine) -> None:
    now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
    with unit_of_work(far_from_utc) as session:
        # 23:00 in Kolkata is 17:30 UTC (due); 17:00 in New York is 22:00 UTC (not due).
        for text, due in (
            ("due", datetime(2026, 11, 25, 23, 0, tzinfo=KOLKATA)),
            ("later", datetime(2026, 11, 25, 17, 0, tzinfo=timezone(timedelta(hours=-5)))),
        ):
            outbox.enqueue(session, chat_id=1, kind="k", text=text, due_at=due, now=now)
    with unit_of_work(far_from_utc) as session:
        claimed = sending.claim_due(session, Outbox, now=now, limit=100)
        assert [row.text for row in claimed] == ["due"]
        assert claimed[0].claimed_at == now and claimed[0].due_at.tzinfo == UTC


def test_a_naive_datetime_is_refused(engine: Engine) -> None:
    naive = datetime(2026, 11, 25, 18, 0)  # naive: the point of the test
    with pytest.raises(StatementError, match="timezone"), unit_of_work(engine) as session:
        session.add(
            User(id=1, first_name="Ana", timezone="UTC", created_at=naive, updated_at=naive)
        )
        session.flush()
    with unit_of_work(engine) as session:
        assert session.exec(select(User)).all() == []
