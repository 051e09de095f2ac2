"""Repository functions for couples and their shared groups."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import Couple, GroupChat, User


def create_couple(session: Session, first: User, second: User, now: datetime) -> Couple:
    couple = Couple(first_user_id=first.id, second_user_id=second.id, created_at=now)
    session.add(couple)
    session.flush()
    first.couple_id = couple.id
    second.couple_id = couple.id
    first.updated_at = second.updated_at = now
    session.add(first)
    session.add(second)
    return couple


def get_couple(session: Session, couple_id: int) -> Couple | None:
    return session.get(Couple, couple_id)


def members_of(session: Session, couple_id: int) -> list[User]:
    return list(
        session.exec(select(User).where(User.couple_id == couple_id).order_by(col(User.id)))
    )


def end_couple(session: Session, couple_id: int, now: datetime) -> list[User]:
    """End the couple: both users are unpaired and its groups unlinked. Returns the members."""
    couple = session.get(Couple, couple_id)
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
    if couple is not None and couple.ended_at is None:
        couple.ended_at = now
        session.add(couple)
    return members
