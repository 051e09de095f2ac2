"""Repository functions for couples and their shared groups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy
from sqlalchemy import bindparam, update
from sqlmodel import Session, col, select

from storage.models import Couple, GroupChat, User


class AlreadyPaired(RuntimeError):
    """One of the two joined another couple while this pairing was being decided."""


def create_couple(session: Session, first: User, second: User, now: datetime) -> Couple:
    """Pair two people who are both unpaired, or raise :class:`AlreadyPaired`.

    The check is in the update itself: on PostgreSQL two pairings of the same person
    at the same moment are both decided on rows read before either committed, and
    the second must not silently take the person from the first. (SQLite runs one
    unit of work at a time, so there it cannot happen.)
    """
    couple = Couple(first_user_id=first.id, second_user_id=second.id, created_at=now)
    session.add(couple)
    session.flush()
    # (The ORM brings the two loaded User objects up to date as well.)
    result: Any = session.execute(
        update(User)
        .where(col(User.id).in_([first.id, second.id]), col(User.couple_id).is_(None))
        .values(couple_id=couple.id, updated_at=now)
    )
    if result.rowcount != 2:
        raise AlreadyPaired("a partner was paired by someone else meanwhile")
    return couple


def get_couple(session: Session, couple_id: int) -> Couple | None:
    return session.get(Couple, couple_id)


def lock_couple(session: Session, couple_id: int) -> Couple | None:
    """The couple, locked until the unit of work ends and read afresh (a copy this session
    already holds is brought up to date).

    What both partners may do at the same moment in their own chats (answer the day's
    question, share a result, end the couple) takes this lock before reading what the
    other did: on PostgreSQL the second then waits for the first to commit and sees its
    answer or its ending, instead of deciding on rows read before. (SQLite runs one unit
    of work at a time anyway.) Take it before any delivery lock (``delivery_by_token``).
    """
    return session.exec(
        select(Couple)
        .where(col(Couple.id) == couple_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()


# Built once, run as a plain statement: asked by every step that sends to the partner.
_HOLDS = (
    sqlalchemy.select(col(Couple.ended_at))
    .where(col(Couple.id) == bindparam("couple_id"))
    .with_for_update()
)


def lock_couple_if_current(session: Session, couple_id: int) -> bool:
    """Lock the couple's row as :func:`lock_couple` does; True if it exists and has not
    ended. For a caller that needs only that answer, not the ORM's object."""
    row = session.connection().execute(_HOLDS, {"couple_id": couple_id}).first()
    return row is not None and row.ended_at is None


_LOCK_UNLESS_BUSY = (
    sqlalchemy.select(col(Couple.id))
    .where(col(Couple.id) == bindparam("couple_id"))
    .with_for_update(skip_locked=True)
)


def lock_couple_unless_busy(session: Session, couple_id: int) -> bool:
    """Lock the couple's row if no one holds it; False (at once, never waiting) if another
    unit of work holds it now, or it does not exist. For a job that can decide later:
    taking it after its own row locks, it must not wait on a partner's unit that holds
    the couple and waits for those rows. (SQLite: one unit at a time, always True when
    the couple exists.)"""
    return (
        session.connection().execute(_LOCK_UNLESS_BUSY, {"couple_id": couple_id}).first()
        is not None
    )


def members_of(session: Session, couple_id: int) -> list[User]:
    return list(
        session.exec(select(User).where(User.couple_id == couple_id).order_by(col(User.id)))
    )


def end_couple(session: Session, couple_id: int, now: datetime) -> list[User]:
    """End the couple: both users are unpaired and its groups unlinked. Returns the members;
    none if it had ended already.

    The couple is locked and read afresh first: both partners may end it at the same
    moment (/unpair, /deletedata) on PostgreSQL, and the second, having read the couple
    as it was, must find it ended rather than end it (and tell the other) once more.
    """
    couple = lock_couple(session, couple_id)
    if couple is None or couple.ended_at is not None:
        return []
    members = members_of(session, couple_id)
    for member in members:
        member.couple_id = None
        member.updated_at = now
        session.add(member)
    for group in session.exec(select(GroupChat).where(GroupChat.couple_id == couple_id)):
        group.couple_id = None
        group.linked_at = None
        group.updated_at = now
        session.add(group)
    couple.ended_at = now
    session.add(couple)
    return members
