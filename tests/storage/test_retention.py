"""The retention purge on a real SQLite file, with the fake clock: what goes, what stays,
in batches, and through indexes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, func
from sqlmodel import Session, select

from bot.runtime import Runtime
from bot.services.retention import DELIVERIES_AT_LEAST, purge_expired
from bot.settings import Settings
from storage import invites, outbox, retention
from storage.conversations import load_conversation, save_conversation
from storage.db import unit_of_work
from storage.models import (
    GroupChat,
    Invite,
    Outbox,
    PromptAnswer,
    PromptDay,
    PromptDelivery,
    Reflection,
    Relay,
)
from storage.reflections import add_reflection
from storage.relays import add_relay
from storage.users import upsert_user
from tests.conftest import FakeClock
from tests.query_plans import plan_of

DAY = timedelta(days=1)


def _runtime(engine: Engine, clock: FakeClock, **settings: Any) -> Runtime:
    return Runtime(
        settings=Settings(_env_file=None, **settings),  # type: ignore[call-arg]
        engine=engine,
        clock=clock,
    )


def _people(session: Session, clock: FakeClock) -> None:
    for user_id, name in ((1, "Ana"), (2, "Ben")):
        upsert_user(
            session,
            user_id=user_id,
            first_name=name,
            username=None,
            default_timezone="UTC",
            now=clock(),
        )


def _count(session: Session, model: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model)).one())


def _set_status(session: Session, row_id: int, status: str) -> None:
    row = session.get(Outbox, row_id)
    assert row is not None
    row.status = status
    session.add(row)


def test_finished_messages_go_after_the_period_queued_ones_stay(
    engine: Engine, clock: FakeClock
) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        for status in (outbox.SENT, outbox.FAILED, outbox.CANCELLED, outbox.UNKNOWN):
            for age in (31, 29):
                row_id = outbox.enqueue(
                    session,
                    chat_id=1,
                    kind="k",
                    text=f"{status} {age}",
                    due_at=now - age * DAY,
                    now=now,
                )
                _set_status(session, row_id, status)
        # Still to go out, however old: a message is never lost to the purge.
        outbox.enqueue(session, chat_id=1, kind="k", text="pending", due_at=now - 40 * DAY, now=now)
        claimed = outbox.enqueue(
            session, chat_id=1, kind="k", text="sending", due_at=now - 40 * DAY, now=now
        )
        _set_status(session, claimed, outbox.SENDING)
    with unit_of_work(engine) as session:
        assert retention.outbox_finished_before(session, before=now - 30 * DAY, limit=100) == 4
    with unit_of_work(engine) as session:
        left = sorted(session.exec(select(Outbox.text)).all())
    assert left == sorted(
        ["pending", "sending"] + [f"{s} 29" for s in ("sent", "failed", "cancelled", "unknown")]
    )


def test_invites_conversations_and_left_groups_go_after_the_period(
    engine: Engine, clock: FakeClock
) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        _people(session, clock)
        old, _ = invites.create_invite(
            session, inviter_id=1, now=now - 40 * DAY, lifetime=timedelta(hours=72)
        )
        invites.mark_used(session, old, user_id=2, now=now - 39 * DAY)
        invites.create_invite(
            session, inviter_id=2, now=now - 20 * DAY, lifetime=timedelta(hours=72)
        )
        save_conversation(session, 1, {"flow": "moment"}, expected_version=None, now=now - 31 * DAY)
        save_conversation(session, 2, {"flow": "moment"}, expected_version=None, now=now - 29 * DAY)
        session.add(
            GroupChat(chat_id=-1, title="Gone", bot_present=False, updated_at=now - 31 * DAY)
        )
        session.add(GroupChat(chat_id=-2, title="Here", updated_at=now - 31 * DAY))
    cutoff = now - 30 * DAY
    with unit_of_work(engine) as session:
        assert retention.invites_expired_before(session, before=cutoff, limit=100) == 1
        assert retention.conversations_idle_since(session, before=cutoff, limit=100) == 1
        assert retention.groups_left_before(session, before=cutoff, limit=100) == 1
    with unit_of_work(engine) as session:
        assert [i.inviter_id for i in session.exec(select(Invite))] == [2]
        assert load_conversation(session, 1) is None and load_conversation(session, 2) is not None
        assert [g.title for g in session.exec(select(GroupChat))] == ["Here"]


def _delivery_on(session: Session, day: PromptDay, user_id: int, token: str) -> None:
    scheduled = clock_midday(day.local_date)
    session.add(
        PromptDelivery(
            token=token,
            user_id=user_id,
            day_id=day.id or 0,
            local_date=day.local_date,
            prompt_key=day.prompt_key,
            scheduled_at=scheduled,
            due_at=scheduled,
            created_at=scheduled,
        )
    )


def clock_midday(when: date) -> datetime:
    return datetime.combine(when, time(12), tzinfo=UTC)


def test_the_service_keeps_what_history_playbook_and_daily_need(
    engine: Engine, clock: FakeClock
) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        _people(session, clock)
        add_reflection(session, user_id=1, kind="moment_support", summary={}, now=now - 400 * DAY)
        add_relay(
            session, kind="checkin", sender_id=1, recipient_id=2, text="?", now=now - 400 * DAY
        )
        for days_ago in (400, 31, 20):
            day = PromptDay(
                user_id=1,
                local_date=(now - days_ago * DAY).date(),
                prompt_key="read-01",
                created_at=now,
            )
            session.add(day)
            session.flush()
            _delivery_on(session, day, 1, f"t{days_ago}")
            session.add(PromptAnswer(day_id=day.id or 0, user_id=1, text="mine", answered_at=now))
    # A retention shorter than the no-repeat window still keeps a month of deliveries.
    report = purge_expired(_runtime(engine, clock, retention_days=7))
    assert report.deleted["daily_deliveries"] == 1
    with unit_of_work(engine) as session:
        kept = sorted(d.local_date for d in session.exec(select(PromptDelivery)))
        assert kept == [(now - 31 * DAY).date(), (now - 20 * DAY).date()]
        assert (now - DELIVERIES_AT_LEAST).date() < kept[0]
        assert _count(session, PromptDay) == 3 and _count(session, PromptAnswer) == 3
        assert _count(session, Reflection) == 1 and _count(session, Relay) == 1


def test_the_service_purges_in_short_batches_until_done(engine: Engine, clock: FakeClock) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        for index in range(25):
            row_id = outbox.enqueue(
                session, chat_id=1, kind="k", text=str(index), due_at=now - 40 * DAY, now=now
            )
            _set_status(session, row_id, outbox.SENT)
    report = purge_expired(_runtime(engine, clock), batch=10)
    assert report.deleted["outbox"] == 25
    with unit_of_work(engine) as session:
        assert _count(session, Outbox) == 0
    # Nothing more to do: a second run deletes nothing.
    assert purge_expired(_runtime(engine, clock)).total == 0


PURGES = [
    retention.outbox_finished_before,
    retention.invites_expired_before,
    retention.conversations_idle_since,
    retention.deliveries_scheduled_before,
]


@pytest.mark.parametrize("purge", PURGES, ids=lambda p: p.__name__)
def test_each_purge_walks_an_index_not_the_whole_table(
    engine: Engine, clock: FakeClock, purge: Any
) -> None:
    """The plan of the statement the purge runs: a range of an index, never the table."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.startswith("DELETE"):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        with Session(engine) as session:
            purge(session, before=clock(), limit=10)
            session.rollback()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(seen) == 1
    statement, params = seen[0]
    with engine.connect() as connection:
        plan = plan_of(connection, statement, params)
    assert plan.full_scans == (), plan.text
    assert plan.indexes, plan.text
