"""Repository functions for the daily schedules and couples' daily settings.

Each takes a session; none commits. Every user with a prompt time has a
``DailySchedule`` row whose indexed ``next_due_at`` says when their next prompt
is due, so finding due prompts is one index range scan however many users
there are. What a planner takes from the queue it locks with ``FOR UPDATE SKIP
LOCKED`` (see :mod:`storage.daily`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from storage.conflicts import insert_unless_exists
from storage.models import DailyCouple, DailySchedule, User

ALL_DAYS = 0b1111111


def mask_of(days: Iterable[int]) -> int:
    """Weekdays (0=Mon … 6=Sun) → the ``DailySchedule.days`` bit mask."""
    mask = 0
    for day in days:
        if not 0 <= day <= 6:
            raise ValueError("weekday must be 0..6")
        mask |= 1 << day
    return mask


def days_of(mask: int) -> frozenset[int]:
    """The ``DailySchedule.days`` bit mask → weekdays (0=Mon … 6=Sun)."""
    return frozenset(day for day in range(7) if mask & (1 << day))


# --- schedules ----------------------------------------------------------------------


def get_schedule(session: Session, user_id: int) -> DailySchedule | None:
    return session.get(DailySchedule, user_id)


def new_schedule(
    session: Session, *, user_id: int, zone: str, local_time: str, now: datetime
) -> DailySchedule:
    """The user's new schedule; if another process created it a moment ago, that one
    (the caller sets its fields either way)."""
    fresh = DailySchedule(user_id=user_id, zone=zone, local_time=local_time, updated_at=now)
    insert_unless_exists(session, DailySchedule, fresh.model_dump())
    schedule = session.get(DailySchedule, user_id)
    assert schedule is not None
    return schedule


def save_schedule(session: Session, schedule: DailySchedule, now: datetime) -> None:
    schedule.updated_at = now
    session.add(schedule)


def due_schedules(session: Session, *, now: datetime, limit: int) -> list[DailySchedule]:
    """Schedules whose next prompt is due, oldest first (range scan on ``next_due_at``).

    Locked for this unit of work: another planner skips them, and once this one
    commits they are no longer due.
    """
    return list(
        session.exec(
            select(DailySchedule)
            .where(col(DailySchedule.next_due_at) <= now)
            .order_by(col(DailySchedule.next_due_at))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def weekly_due(session: Session, *, now: datetime, limit: int) -> list[DailySchedule]:
    """Schedules whose weekly summary is due (range scan on ``weekly_due_at``).

    Locked like :func:`due_schedules`: a summary is queued by one process only.
    """
    return list(
        session.exec(
            select(DailySchedule)
            .where(col(DailySchedule.weekly_due_at) <= now)
            .order_by(col(DailySchedule.weekly_due_at))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def stale_schedule_users(session: Session, *, limit: int) -> list[int]:
    """Users whose schedule does not match their settings (or who have none yet).

    A safety net for settings changed without rescheduling; one pass over the
    user table in SQL, run at start-up and now and then, never per tick.
    """
    wants_prompts = and_(col(User.onboarded), col(User.prompt_time).is_not(None))
    missing_or_changed = or_(
        col(DailySchedule.user_id).is_(None),
        col(DailySchedule.zone) != col(User.timezone),
        col(DailySchedule.local_time) != col(User.prompt_time),
    )
    no_longer_wanted = and_(
        col(DailySchedule.user_id).is_not(None),
        col(DailySchedule.next_due_at).is_not(None),
        or_(col(User.onboarded).is_(False), col(User.prompt_time).is_(None)),
    )
    statement = (
        select(User.id)
        .select_from(User)
        .outerjoin(DailySchedule, col(DailySchedule.user_id) == col(User.id))
        .where(or_(and_(wants_prompts, missing_or_changed), no_longer_wanted))
        .limit(limit)
        # Two processes starting at once each fix their own share.
        .with_for_update(of=User, skip_locked=True)
    )
    return [int(user_id) for user_id in session.exec(statement)]


# --- couples -------------------------------------------------------------------------


def couple_settings(session: Session, couple_id: int) -> DailyCouple | None:
    return session.get(DailyCouple, couple_id)


def set_group_prompts(session: Session, couple_id: int, on: bool, now: datetime) -> DailyCouple:
    """Turn the couple's group posts on or off; their row is made the first time (if the
    partner made it a moment ago, on PostgreSQL, that one: both succeed)."""
    row = session.get(DailyCouple, couple_id)
    if row is None:
        fresh = DailyCouple(couple_id=couple_id, group_prompts=on, updated_at=now)
        insert_unless_exists(session, DailyCouple, fresh.model_dump())
        row = session.get(DailyCouple, couple_id)
        assert row is not None
    row.group_prompts = on
    row.updated_at = now
    session.add(row)
    return row


def note_group_reply(session: Session, couple_id: int, now: datetime) -> bool:
    """Record that the couple was told the group reads typed answers; True the first time."""
    settings = couple_settings(session, couple_id)
    if settings is None or settings.group_reply_noted:
        return False
    settings.group_reply_noted = True
    settings.updated_at = now
    session.add(settings)
    return True
