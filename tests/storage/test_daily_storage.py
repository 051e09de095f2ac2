"""Daily-prompt repositories on a real SQLite file: claims, indexes, answers, cascades."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, select
from sqlmodel import Session

from storage import couples, sending
from storage import daily as store
from storage.db import unit_of_work
from storage.models import DailySchedule, PromptAnswer, PromptDay, PromptDelivery, User
from storage.users import delete_user, upsert_user
from tests.conftest import FakeClock
from tests.query_plans import Plan, plan_of

DAY = date(2026, 11, 25)


def _user(session: Session, clock: FakeClock, user_id: int, *, time: str | None = "20:00") -> User:
    user, _ = upsert_user(
        session,
        user_id=user_id,
        first_name=f"U{user_id}",
        username=None,
        default_timezone="Europe/Berlin",
        now=clock(),
    )
    user.prompt_time = time
    user.onboarded = True
    session.add(user)
    session.flush()
    return user


def _day(
    session: Session,
    clock: FakeClock,
    user_id: int | None,
    when: date = DAY,
    key: str = "read-01",
    *,
    couple_id: int | None = None,
) -> PromptDay:
    """Record a prompt day the way the planner does, and read it back."""
    store.create_days(
        session,
        [
            {
                "couple_id": couple_id,
                "user_id": None if couple_id is not None else user_id,
                "local_date": when,
                "prompt_key": key,
                "created_at": clock(),
            }
        ],
    )
    owner: store.Owner = ("c", couple_id) if couple_id is not None else ("u", user_id or 0)
    return store.days_for(session, [owner], [when])[(owner, when)]


def _claim(
    session: Session,
    clock: FakeClock,
    day: PromptDay,
    *,
    user_id: int | None = None,
    group_id: int | None = None,
    token: str = "t",
) -> bool:
    """Claim one delivery the way the planner does; True if it was new."""
    row = {
        "token": token,
        "user_id": user_id,
        "group_id": group_id,
        "couple_id": None,
        "day_id": day.id,
        "local_date": day.local_date,
        "prompt_key": day.prompt_key,
        "scheduled_at": clock(),
        "due_at": clock(),
        "status": store.PENDING,
        "attempts": 0,
        "created_at": clock(),
    }
    return store.claim_many(session, [row]) == 1


def test_a_second_claim_for_the_same_person_and_date_is_refused(
    engine: Engine, clock: FakeClock
) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)
        day = _day(session, clock, 1)
        assert _claim(session, clock, day, user_id=1, token="first")
    # Another process (or a restart) tries the same claim in its own transaction.
    with unit_of_work(engine) as session:
        day = store.days_for(session, [("u", 1)], [DAY])[(("u", 1), DAY)]
        assert not _claim(session, clock, day, user_id=1, token="second")
        assert store.delivery_by_token(session, "second") is None
    with unit_of_work(engine) as session:
        tomorrow = _day(session, clock, 1, DAY + timedelta(days=1), "side-01")
        assert _claim(session, clock, tomorrow, user_id=1, token="third")
    with unit_of_work(engine) as session:
        rows = list(session.exec(select(PromptDelivery)).scalars())  # type: ignore[call-overload]
        assert sorted(r.token for r in rows) == ["first", "third"]


def test_a_group_is_claimed_once_per_date(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)
        day = _day(session, clock, 1)
        assert _claim(session, clock, day, group_id=7, token="g1")
        assert not _claim(session, clock, day, group_id=7, token="g2")
        assert _claim(session, clock, day, group_id=8, token="g3")
        with pytest.raises(ValueError):
            _claim(session, clock, day, user_id=1, group_id=7, token="both")


def test_only_one_process_moves_a_delivery_to_sending(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)
        _claim(session, clock, _day(session, clock, 1), user_id=1)
    with unit_of_work(engine) as session:
        (claimed,) = sending.claim_due(session, PromptDelivery, now=clock(), limit=10)
        delivery_id = claimed.id or 0
    with unit_of_work(engine) as session:
        assert sending.claim_due(session, PromptDelivery, now=clock(), limit=10) == []
    # Left "sending" by a dead process: recorded as unknown, never queued again.
    clock.advance(minutes=11)
    with unit_of_work(engine) as session:
        claimed_before = clock() - timedelta(minutes=10)
        assert (
            sending.expire_stale_claims(session, PromptDelivery, claimed_before=claimed_before) == 1
        )
        delivery = store.get_delivery(session, delivery_id)
        assert delivery is not None and delivery.status == store.UNKNOWN


def test_due_schedules_come_from_the_index_in_order(engine: Engine, clock: FakeClock) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        for user_id, offset in [(1, -5), (2, 10), (3, -60), (4, 0), (5, None)]:
            _user(session, clock, user_id)
            schedule = store.new_schedule(
                session, user_id=user_id, zone="UTC", local_time="20:00", now=now
            )
            schedule.next_due_at = None if offset is None else now + timedelta(minutes=offset)
            session.add(schedule)
    with unit_of_work(engine) as session:
        due = store.due_schedules(session, now=now, limit=10)
        assert [s.user_id for s in due] == [3, 1, 4]
        assert [s.user_id for s in store.due_schedules(session, now=now, limit=2)] == [3, 1]


@contextmanager
def _captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def _plan_of(engine: Engine, call: Callable[[Session], object], table: str) -> Plan:
    """The plan of the query ``call`` runs against ``table``."""
    with _captured(engine) as seen, unit_of_work(engine) as session:
        call(session)
    statement, params = next((s, p) for s, p in seen if f"FROM {table}" in s)
    with engine.connect() as connection:
        return plan_of(connection, statement, params)


def test_the_per_tick_queries_use_indexes(engine: Engine, clock: FakeClock) -> None:
    now = clock()
    with unit_of_work(engine) as session:
        for user_id in range(1, 200):
            _user(session, clock, user_id)
            schedule = store.new_schedule(
                session, user_id=user_id, zone="UTC", local_time="20:00", now=now
            )
            schedule.next_due_at = now + timedelta(minutes=user_id)
            schedule.weekly_due_at = now + timedelta(days=user_id)
            session.add(schedule)
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql("ANALYZE")
    plans = {
        "schedule": _plan_of(
            engine, lambda s: store.due_schedules(s, now=now, limit=500), "daily_schedule"
        ),
        "weekly": _plan_of(
            engine, lambda s: store.weekly_due(s, now=now, limit=500), "daily_schedule"
        ),
        "queue": _plan_of(
            engine,
            lambda s: sending.claim_due(s, PromptDelivery, now=now, limit=1),
            "prompt_delivery",
        ),
        "nudges": _plan_of(
            engine, lambda s: store.nudges_due(s, now=now, limit=100), "prompt_delivery"
        ),
    }
    assert "ix_daily_schedule_next_due_at" in plans["schedule"].indexes, plans
    assert "ix_daily_schedule_weekly_due_at" in plans["weekly"].indexes, plans
    assert "ix_prompt_delivery_status_due_at" in plans["queue"].indexes, plans
    assert "ix_prompt_delivery_nudge_due_at" in plans["nudges"].indexes, plans
    for plan in plans.values():
        assert plan.full_scans == (), plans


def test_answers_are_unique_per_person_and_day(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)
        day = _day(session, clock, 1)
        assert day.id is not None
        first = store.add_answer(session, day_id=day.id, user_id=1, text="yes", now=clock())
        assert first is not None and first.text == "yes"
        assert store.add_answer(session, day_id=day.id, user_id=1, text="no", now=clock()) is None
        answer = store.answer_of(session, day_id=day.id, user_id=1)
        assert answer is not None and answer.text == "yes"


def test_counting_days_both_answered(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        a, b = _user(session, clock, 1), _user(session, clock, 2)
        couple = couples.create_couple(session, a, b, clock())
        assert couple.id is not None
        for offset, who in [(0, (1, 2)), (1, (1,)), (2, (2, 1)), (3, ()), (9, (1, 2))]:
            day = _day(
                session,
                clock,
                None,
                DAY - timedelta(days=offset),
                f"read-0{offset % 9 + 1}",
                couple_id=couple.id,
            )
            for user_id in who:
                store.add_answer(
                    session, day_id=day.id or 0, user_id=user_id, text="x", now=clock()
                )
        start = DAY - timedelta(days=6)
        assert store.days_both_answered(session, couple_id=couple.id, start=start, end=DAY) == 2
        assert store.days_answered_by(session, user_id=1, start=start, end=DAY) == 3


def test_recent_rows_cover_the_couple_and_each_persons_own_deliveries(
    engine: Engine, clock: FakeClock
) -> None:
    with unit_of_work(engine) as session:
        a, b = _user(session, clock, 1), _user(session, clock, 2)
        solo = _day(session, clock, 2, DAY - timedelta(days=10), "side-03")
        _claim(session, clock, solo, user_id=2, token="solo")
        couple = couples.create_couple(session, a, b, clock())
        assert couple.id is not None
        for offset, key in [(1, "read-01"), (29, "read-02"), (31, "read-03"), (0, "read-04")]:
            _day(session, clock, None, DAY - timedelta(days=offset), key, couple_id=couple.id)
        start = DAY - timedelta(days=30)
        days, deliveries = store.recent_rows(session, [("c", couple.id)], [1, 2], start, DAY)
    # The couple's days in [start, DAY) and what each member received (here, alone).
    assert sorted(days) == [
        (("c", couple.id), "read-01", DAY - timedelta(days=1)),
        (("c", couple.id), "read-02", DAY - timedelta(days=29)),
    ]
    assert deliveries == [(2, "side-03", DAY - timedelta(days=10))]


def test_deleting_a_user_deletes_their_daily_rows(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)
        store.new_schedule(session, user_id=1, zone="UTC", local_time="20:00", now=clock())
        day = _day(session, clock, 1)
        _claim(session, clock, day, user_id=1)
        store.add_answer(session, day_id=day.id or 0, user_id=1, text="private", now=clock())
    with unit_of_work(engine) as session:
        delete_user(session, 1)
    with unit_of_work(engine) as session:
        for model in (DailySchedule, PromptDelivery, PromptAnswer):
            assert list(session.exec(select(model)).scalars()) == []  # type: ignore[call-overload]


def test_stale_schedules_are_found(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1)  # no schedule yet
        _user(session, clock, 2)
        store.new_schedule(
            session, user_id=2, zone="Europe/Berlin", local_time="20:00", now=clock()
        )
        _user(session, clock, 3)
        store.new_schedule(
            session, user_id=3, zone="Europe/Berlin", local_time="21:00", now=clock()
        )
        _user(session, clock, 4, time=None)  # no daily time: nothing to schedule
        user = _user(session, clock, 5)
        user.onboarded = False  # not set up, yet something is scheduled
        schedule = store.new_schedule(
            session, user_id=5, zone="Europe/Berlin", local_time="20:00", now=clock()
        )
        schedule.next_due_at = clock()
    with unit_of_work(engine) as session:
        assert sorted(store.stale_schedule_users(session, limit=10)) == [1, 3, 5]


def test_days_mask_round_trip() -> None:
    assert store.days_of(store.mask_of({0, 2, 4})) == frozenset({0, 2, 4})
    assert store.days_of(store.ALL_DAYS) == frozenset(range(7))
    with pytest.raises(ValueError):
        store.mask_of({7})
