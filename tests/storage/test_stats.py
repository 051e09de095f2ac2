"""Monitoring counts on a real SQLite file: what is waiting, and nothing else."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from storage import daily as store
from storage import outbox, stats
from storage.db import unit_of_work
from storage.models import DailySchedule
from storage.users import upsert_user
from tests.conftest import FakeClock
from tests.daily_rows import claimed_delivery, prompt_day


def _user_with_schedule(
    session: Session, clock: FakeClock, user_id: int, due_in: timedelta
) -> None:
    upsert_user(
        session,
        user_id=user_id,
        first_name=f"U{user_id}",
        username=None,
        default_timezone="UTC",
        now=clock(),
    )
    session.flush()
    schedule = DailySchedule(
        user_id=user_id,
        zone="UTC",
        local_time="20:00",
        next_due_at=clock() + due_in,
        updated_at=clock(),
    )
    session.add(schedule)
    session.flush()


def test_outbox_depth_counts_pending_rows_due_now_and_later(
    engine: Engine, clock: FakeClock
) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        for minutes in (-5, 0, 30, 600):
            outbox.enqueue(
                session,
                chat_id=1,
                kind="relay",
                text="x",
                due_at=now + timedelta(minutes=minutes),
                now=now,
            )
        sent = outbox.enqueue(session, chat_id=2, kind="relay", text="x", due_at=now, now=now)
        outbox.finish(session, sent, status=outbox.SENT, now=now)
    with unit_of_work(engine) as session:
        depth = stats.outbox_depth(session, now=now)
    assert depth == stats.OutboxDepth(due=2, later=2)


def test_prompt_backlog_counts_due_schedules_and_queued_deliveries(
    engine: Engine, clock: FakeClock
) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        _user_with_schedule(session, clock, 1, timedelta(minutes=-1))
        _user_with_schedule(session, clock, 2, timedelta(0))
        _user_with_schedule(session, clock, 3, timedelta(hours=2))
        for user_id, status in ((1, store.PENDING), (2, store.SENT), (3, store.PENDING)):
            day = prompt_day(
                session,
                couple_id=None,
                user_id=user_id,
                local_date=date(2026, 11, 25),
                prompt_key="read-01",
                now=now,
            )
            delivery = claimed_delivery(
                session,
                token=f"t{user_id}",
                user_id=user_id,
                group_id=None,
                couple_id=None,
                day=day,
                scheduled_at=now + timedelta(hours=1 if user_id == 3 else 0),
                now=now,
            )
            store.set_status(session, delivery, status)
    with unit_of_work(engine) as session:
        backlog = stats.prompt_backlog(session, now=now)
    # Schedules 1 and 2 are due; only delivery 1 is queued and due (2 went out, 3 is later).
    assert backlog == stats.PromptBacklog(schedules=2, deliveries=1)


def test_ping_answers_on_a_working_database(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        stats.ping(session)
