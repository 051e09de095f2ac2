"""Repository functions for prompt days and deliveries: the planner's claims.

Each takes a session; none commits. A prompt is claimed by inserting a
``PromptDelivery`` row; its unique constraints ((user, local date) and (group,
local date)) are the lock that keeps every process and every restart from
sending the same day twice (see :mod:`storage.daily`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, or_
from sqlmodel import Session, col, select

from storage.conflicts import insert_many_unless_exist
from storage.couples import lock_couple
from storage.models import DailyCouple, GroupChat, PromptDay, PromptDelivery, User
from storage.sending import SENT, UNKNOWN

# Delivery statuses: those of everything sent (storage.sending), and two of their own.
# Cancelled: paused, unpaired, deleted, unreachable or group mode ended before sending.
SKIPPED = "skipped"  # "Skip today" was pressed
DROPPED = "dropped"  # more than the grace period late

# Statuses whose message may be in the chat, so its buttons or replies can be answered.
ANSWERABLE = frozenset({SENT, UNKNOWN})


# --- prompt days ---------------------------------------------------------------------


def day_by_id(session: Session, day_id: int) -> PromptDay | None:
    return session.get(PromptDay, day_id)


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
    """The delivery a button names, locked like :func:`get_delivery`.

    Its couple is locked first (``storage.couples.lock_couple``), the order every answer
    takes them in: an answer holding its own delivery while waiting for the couple, and
    the partner's answer holding the couple while scheduling a nudge on that delivery,
    would otherwise deadlock (PostgreSQL). A delivery's couple never changes, so it is
    read without a lock.
    """
    couple_id = session.exec(
        select(PromptDelivery.couple_id).where(PromptDelivery.token == token)
    ).first()
    if couple_id is not None:
        lock_couple(session, couple_id)
    return session.exec(
        select(PromptDelivery).where(PromptDelivery.token == token).with_for_update()
    ).first()


def set_status(session: Session, delivery: PromptDelivery, status: str) -> None:
    delivery.status = status
    session.add(delivery)


# Built once (the statements and their cache keys): every typed message in a private
# chat asks whether a daily question is waiting for it.
_LATEST_PRIVATE = (
    select(PromptDelivery)
    .where(col(PromptDelivery.user_id) == bindparam("user_id"))
    .order_by(col(PromptDelivery.local_date).desc())
    .limit(1)
)
_LATEST_IN_GROUP = (
    select(PromptDelivery)
    .where(col(PromptDelivery.group_id) == bindparam("group_id"))
    .order_by(col(PromptDelivery.local_date).desc())
    .limit(1)
)


def latest_private_delivery(session: Session, user_id: int) -> PromptDelivery | None:
    """The user's most recent private delivery (by prompt day)."""
    return session.exec(_LATEST_PRIVATE, params={"user_id": user_id}).first()


def latest_group_delivery(session: Session, group_id: int) -> PromptDelivery | None:
    return session.exec(_LATEST_IN_GROUP, params={"group_id": group_id}).first()


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
