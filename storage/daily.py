"""Repository functions for the daily prompts. Each takes a session; none commits.

The schedule lives here, not in memory: every user with a prompt time has a
``DailySchedule`` row whose indexed ``next_due_at`` says when their next prompt
is due, so finding due prompts is one index range scan however many users
there are. A prompt is claimed by inserting a ``PromptDelivery`` row; its
unique constraints ((user, local date) and (group, local date)) are the lock
that keeps every process and every restart from sending the same day twice.

Several processes may plan and send at once (PostgreSQL): what each takes from a
queue it locks with ``FOR UPDATE SKIP LOCKED`` (due schedules, weekly summaries,
nudges), so the others pass over it instead of doing it again or waiting; a
delivery read to be changed is locked (``FOR UPDATE``), so its changes are made
one after another as on SQLite. SQLite ignores both: its writer lock already
runs one unit of work at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from storage.conflicts import insert_many_unless_exist, insert_unless_exists
from storage.models import (
    DailyCouple,
    DailySchedule,
    GroupChat,
    PromptAnswer,
    PromptDay,
    PromptDelivery,
    User,
)
from storage.sending import CANCELLED, FAILED, PENDING, SENDING, SENT, UNKNOWN, requeue

__all__ = [
    "ANSWERABLE",
    "CANCELLED",
    "DROPPED",
    "FAILED",
    "PENDING",
    "SENDING",
    "SENT",
    "SKIPPED",
    "UNKNOWN",
    "DailyCouple",
    "DailySchedule",
    "PromptAnswer",
    "PromptDay",
    "PromptDelivery",
    "requeue",
]

# Delivery statuses: those of everything sent (storage.sending), and two of their own.
# Cancelled: paused, unpaired, deleted, unreachable or group mode ended before sending.
SKIPPED = "skipped"  # "Skip today" was pressed
DROPPED = "dropped"  # more than the grace period late

# Statuses whose message may be in the chat, so its buttons or replies can be answered.
ANSWERABLE = frozenset({SENT, UNKNOWN})

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
    row = session.get(DailyCouple, couple_id)
    if row is None:
        row = DailyCouple(couple_id=couple_id, group_prompts=on, updated_at=now)
    else:
        row.group_prompts = on
        row.updated_at = now
    session.add(row)
    return row


# --- prompt days ---------------------------------------------------------------------


def note_group_reply(session: Session, couple_id: int, now: datetime) -> bool:
    """Record that the couple was told the group reads typed answers; True the first time."""
    settings = couple_settings(session, couple_id)
    if settings is None or settings.group_reply_noted:
        return False
    settings.group_reply_noted = True
    settings.updated_at = now
    session.add(settings)
    return True


def day_by_id(session: Session, day_id: int) -> PromptDay | None:
    return session.get(PromptDay, day_id)


def shared_answer_of(session: Session, *, day_id: int, user_id: int) -> PromptAnswer | None:
    """The person's answer for the day unless they kept it "just for me" (never revealed)."""
    answer = answer_of(session, day_id=day_id, user_id=user_id)
    return answer if answer is not None and not answer.just_for_me else None


def had_private_delivery_before(
    session: Session, *, user_id: int, couple_id: int, delivery_id: int
) -> bool:
    """Whether the person got a question as part of this couple before this delivery."""
    return (
        session.exec(
            select(PromptDelivery.id).where(
                col(PromptDelivery.user_id) == user_id,
                col(PromptDelivery.couple_id) == couple_id,
                col(PromptDelivery.id) != delivery_id,
                col(PromptDelivery.sent_at).is_not(None),
            )
        ).first()
        is not None
    )


# --- batch reads and writes for the planner (a few statements per batch, not per row) ----


def users_by_id(session: Session, user_ids: Iterable[int]) -> dict[int, User]:
    ids = list(user_ids)
    if not ids:
        return {}
    return {u.id: u for u in session.exec(select(User).where(col(User.id).in_(ids)))}


def members_by_couple(session: Session, couple_ids: Iterable[int]) -> dict[int, list[int]]:
    ids = list(couple_ids)
    members: dict[int, list[int]] = {}
    if not ids:
        return members
    for user_id, couple_id in session.exec(
        select(col(User.id), col(User.couple_id)).where(col(User.couple_id).in_(ids))
    ):
        if couple_id is not None:
            members.setdefault(couple_id, []).append(user_id)
    return members


def group_mode_groups(session: Session, couple_ids: Iterable[int]) -> dict[int, GroupChat]:
    """Couple → its linked group, for the couples that chose prompts in the group."""
    ids = list(couple_ids)
    if not ids:
        return {}
    rows = session.exec(
        select(GroupChat)
        .join(DailyCouple, col(DailyCouple.couple_id) == col(GroupChat.couple_id))
        .where(
            col(GroupChat.couple_id).in_(ids),
            col(GroupChat.bot_present),
            col(DailyCouple.group_prompts),
        )
        .order_by(col(GroupChat.id))
    )
    found: dict[int, GroupChat] = {}
    for group in rows:
        if group.couple_id is not None:
            found.setdefault(group.couple_id, group)
    return found


Owner = tuple[str, int]  # ("c", couple id) or ("u", user id)


def owner_of(day: PromptDay) -> Owner:
    return ("c", day.couple_id) if day.couple_id is not None else ("u", day.user_id or 0)


def days_for(
    session: Session, owners: Iterable[Owner], dates: Iterable[date]
) -> dict[tuple[Owner, date], PromptDay]:
    """Existing prompt days of these owners on these dates."""
    wanted = set(owners)
    couple_ids = [i for kind, i in wanted if kind == "c"]
    user_ids = [i for kind, i in wanted if kind == "u"]
    date_list = sorted(set(dates))
    if not wanted or not date_list:
        return {}
    statement = select(PromptDay).where(
        or_(col(PromptDay.couple_id).in_(couple_ids), col(PromptDay.user_id).in_(user_ids)),
        col(PromptDay.local_date).in_(date_list),
    )
    found = {}
    for day in session.exec(statement):
        if owner_of(day) in wanted:
            found[(owner_of(day), day.local_date)] = day
    return found


def recent_rows(
    session: Session,
    owners: Iterable[Owner],
    member_ids: Iterable[int],
    start: date,
    end: date,
) -> tuple[list[tuple[Owner, str, date]], list[tuple[int, str, date]]]:
    """Prompt days of the owners and deliveries to the members in ``start <= date < end``."""
    wanted = set(owners)
    couple_ids = [i for kind, i in wanted if kind == "c"]
    user_ids = [i for kind, i in wanted if kind == "u"]
    # Plain columns, not PromptDay objects: half a year of history is many rows.
    days: list[tuple[Owner, str, date]] = [
        (("c", couple_id) if couple_id is not None else ("u", user_id or 0), key, when)
        for couple_id, user_id, key, when in session.exec(
            select(
                col(PromptDay.couple_id),
                col(PromptDay.user_id),
                col(PromptDay.prompt_key),
                col(PromptDay.local_date),
            ).where(
                or_(
                    col(PromptDay.couple_id).in_(couple_ids),
                    col(PromptDay.user_id).in_(user_ids),
                ),
                col(PromptDay.local_date) >= start,
                col(PromptDay.local_date) < end,
            )
        )
    ]
    ids = list(member_ids)
    deliveries = [
        (user_id or 0, key, when)
        for user_id, key, when in session.exec(
            select(
                col(PromptDelivery.user_id),
                col(PromptDelivery.prompt_key),
                col(PromptDelivery.local_date),
            ).where(
                col(PromptDelivery.user_id).in_(ids),
                col(PromptDelivery.local_date) >= start,
                col(PromptDelivery.local_date) < end,
            )
        )
    ]
    return days, deliveries


# The unique keys the rows are inserted in (see ``insert_many_unless_exist``).
_DAY_KEY = ("couple_id", "user_id", "local_date")
_DELIVERY_KEY = ("group_id", "user_id", "local_date")


def create_days(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert prompt days; a day someone else recorded first is kept as it is."""
    for chunk in range(0, len(rows), 500):
        insert_many_unless_exist(session, PromptDay, rows[chunk : chunk + 500], order_by=_DAY_KEY)


def claim_many(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert delivery claims; returns how many were new (the others already existed).

    Each row goes to a user or to a group, never both: the unique constraints
    that make a claim a lock are per user and per group.
    """
    if any((row["user_id"] is None) == (row["group_id"] is None) for row in rows):
        raise ValueError("a delivery goes to a user or to a group")
    inserted = 0
    for chunk in range(0, len(rows), 500):
        inserted += insert_many_unless_exist(
            session, PromptDelivery, rows[chunk : chunk + 500], order_by=_DELIVERY_KEY
        )
    return inserted


# --- deliveries ----------------------------------------------------------------------


def get_delivery(session: Session, delivery_id: int) -> PromptDelivery | None:
    """The delivery, locked until the unit of work ends: every caller reads it to change it."""
    return session.get(PromptDelivery, delivery_id, with_for_update=True)


def delivery_by_token(session: Session, token: str) -> PromptDelivery | None:
    """The delivery a button names, locked like :func:`get_delivery`."""
    return session.exec(
        select(PromptDelivery).where(PromptDelivery.token == token).with_for_update()
    ).first()


def set_status(session: Session, delivery: PromptDelivery, status: str) -> None:
    delivery.status = status
    session.add(delivery)


def latest_private_delivery(session: Session, user_id: int) -> PromptDelivery | None:
    """The user's most recent private delivery (by prompt day)."""
    return session.exec(
        select(PromptDelivery)
        .where(col(PromptDelivery.user_id) == user_id)
        .order_by(col(PromptDelivery.local_date).desc())
        .limit(1)
    ).first()


def latest_group_delivery(session: Session, group_id: int) -> PromptDelivery | None:
    return session.exec(
        select(PromptDelivery)
        .where(col(PromptDelivery.group_id) == group_id)
        .order_by(col(PromptDelivery.local_date).desc())
        .limit(1)
    ).first()


def group_delivery_by_message(
    session: Session, *, group_id: int, message_id: int
) -> PromptDelivery | None:
    return session.exec(
        select(PromptDelivery).where(
            col(PromptDelivery.group_id) == group_id, col(PromptDelivery.message_id) == message_id
        )
    ).first()


def private_delivery_for_day(
    session: Session, *, user_id: int, day_id: int
) -> PromptDelivery | None:
    return session.exec(
        select(PromptDelivery).where(
            col(PromptDelivery.user_id) == user_id, col(PromptDelivery.day_id) == day_id
        )
    ).first()


def group_delivery_for_day(session: Session, day_id: int) -> PromptDelivery | None:
    return session.exec(
        select(PromptDelivery).where(
            col(PromptDelivery.day_id) == day_id, col(PromptDelivery.group_id).is_not(None)
        )
    ).first()


def nudges_due(session: Session, *, now: datetime, limit: int) -> list[PromptDelivery]:
    """Deliveries whose nudge is to be decided now, locked: one process decides each."""
    return list(
        session.exec(
            select(PromptDelivery)
            .where(col(PromptDelivery.nudge_due_at) <= now)
            .order_by(col(PromptDelivery.nudge_due_at))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def had_delivery_since(
    session: Session, *, user_id: int, couple_id: int | None, since: date
) -> bool:
    """Whether the user (or their couple's group) got any prompt on or after ``since``."""
    mine = col(PromptDelivery.user_id) == user_id
    condition = mine if couple_id is None else or_(mine, col(PromptDelivery.couple_id) == couple_id)
    return (
        session.exec(
            select(PromptDelivery.id)
            .where(
                condition,
                col(PromptDelivery.local_date) >= since,
                col(PromptDelivery.status).in_(ANSWERABLE | {SKIPPED}),
            )
            .limit(1)
        ).first()
        is not None
    )


# --- answers -------------------------------------------------------------------------


def answer_of(session: Session, *, day_id: int, user_id: int) -> PromptAnswer | None:
    return session.exec(
        select(PromptAnswer).where(
            col(PromptAnswer.day_id) == day_id, col(PromptAnswer.user_id) == user_id
        )
    ).first()


def add_answer(
    session: Session,
    *,
    day_id: int,
    user_id: int,
    text: str,
    now: datetime,
    group_id: int | None = None,
    just_for_me: bool = False,
) -> PromptAnswer | None:
    """Save an answer (``group_id``: given on that group's post; ``just_for_me``: kept in
    the journal, never revealed); None if this person already answered that day."""
    inserted = insert_unless_exists(
        session,
        PromptAnswer,
        {
            "day_id": day_id,
            "user_id": user_id,
            "text": text,
            "group_id": group_id,
            "just_for_me": just_for_me,
            "answered_at": now,
        },
    )
    if not inserted:
        return None
    return answer_of(session, day_id=day_id, user_id=user_id)


def days_both_answered(session: Session, *, couple_id: int, start: date, end: date) -> int:
    """Prompt days of the couple in ``start..end`` that two people answered."""
    answered = (
        select(PromptAnswer.day_id)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(
            col(PromptDay.couple_id) == couple_id,
            col(PromptDay.local_date) >= start,
            col(PromptDay.local_date) <= end,
        )
        .group_by(col(PromptAnswer.day_id))
        .having(func.count(func.distinct(PromptAnswer.user_id)) >= 2)
    )
    return len(list(session.exec(answered)))


def days_answered_by(session: Session, *, user_id: int, start: date, end: date) -> int:
    """Distinct prompt days in ``start..end`` the user answered (journal count)."""
    statement = (
        select(func.count(func.distinct(PromptDay.local_date)))
        .select_from(PromptAnswer)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(
            col(PromptAnswer.user_id) == user_id,
            col(PromptDay.local_date) >= start,
            col(PromptDay.local_date) <= end,
        )
    )
    return int(session.exec(statement).one())


def export_of(session: Session, user_id: int) -> dict[str, Any]:
    """Everything the daily prompts keep about one person, for /export."""
    schedule = session.get(DailySchedule, user_id)
    answers = session.exec(
        select(PromptAnswer, PromptDay)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(col(PromptAnswer.user_id) == user_id)
        .order_by(col(PromptDay.local_date))
    )
    return {
        "schedule": None
        if schedule is None
        else {
            "days": sorted(days_of(schedule.days)),
            "paused": schedule.paused,
            "paused_until": schedule.paused_until.isoformat() if schedule.paused_until else None,
            "weekly_day": schedule.weekly_day,
            "weekly_time": schedule.weekly_time,
            "weekly_card": schedule.weekly_card,
        },
        "answers": [
            {
                "date": day.local_date.isoformat(),
                "prompt": day.prompt_key,
                "answer": answer.text,
                "just_for_me": answer.just_for_me,
                "answered_at": answer.answered_at.isoformat(),
            }
            for answer, day in answers
        ],
    }
