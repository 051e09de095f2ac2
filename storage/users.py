"""Repository functions for users. Each takes a session; none commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from storage.conflicts import insert_unless_exists
from storage.models import DailyCouple, GroupChat, User


def get_user(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def upsert_user(
    session: Session,
    *,
    user_id: int,
    first_name: str,
    username: str | None,
    default_timezone: str,
    now: datetime,
    language: str | None = None,
) -> tuple[User, bool]:
    """Create the user on first contact, refresh their name later. Returns (user, created).

    ``language`` is what they read the bot in, from their Telegram settings: kept on
    first contact only (after that they choose with /language).
    """
    user = session.get(User, user_id)
    if user is None:
        fresh = User(
            id=user_id,
            first_name=first_name[:128],
            username=username,
            timezone=default_timezone,
            language=language,
            created_at=now,
            updated_at=now,
        )
        # Inserted at once (rows that point at the user may follow in this unit), and
        # only if another process did not create them a moment ago (PostgreSQL).
        created = insert_unless_exists(session, User, fresh.model_dump())
        user = session.get(User, user_id)
        assert user is not None
        if created:
            return user, True
    if user.first_name != first_name[:128] or user.username != username or not user.reachable:
        user.first_name = first_name[:128]
        user.username = username
        # Writing to us again means they have unblocked the bot.
        user.reachable = True
        user.updated_at = now
        session.add(user)
    return user, False


def set_language(session: Session, user: User, language: str, now: datetime) -> None:
    user.language = language
    user.updated_at = now
    session.add(user)


# A plain statement on the unit's connection: asked for every message written to
# someone else (the partner), where the ORM's query machinery cost more than the read.
_LANGUAGE = select(col(User.language)).where(col(User.id) == bindparam("user_id"))


def language_of(session: Session, user_id: int) -> str | None:
    """The language a person reads the bot in, None if not known (or no such person)."""
    session.flush()  # a language set earlier in this unit is read back, as autoflush would
    language: str | None = (
        session.connection().execute(_LANGUAGE, {"user_id": user_id}).scalar_one_or_none()
    )
    return language


def mark_unreachable(session: Session, user_id: int, now: datetime) -> None:
    user = session.get(User, user_id)
    if user is not None and user.reachable:
        user.reachable = False
        user.updated_at = now
        session.add(user)


def save_user(session: Session, user: User, now: datetime) -> None:
    user.updated_at = now
    session.add(user)


def partner_of(session: Session, user: User) -> User | None:
    """The other member of the user's current couple, if any."""
    if user.couple_id is None:
        return None
    return session.exec(
        select(User).where(User.couple_id == user.couple_id, col(User.id) != user.id)
    ).first()


@dataclass(frozen=True)
class PartnerBrief:
    """What a conversation step needs of the partner: who, and whether the couple
    chose to have posts in their group (/groupprompts on, the bot still there)."""

    id: int
    first_name: str
    shared_group: bool


# Built once, run as one plain statement on the unit's connection: every update of a
# conversation asks this, and two ORM queries cost more than the rest of the step's
# SQL together (docs/benchmarks.md). Same rows as partner_of and group_mode_groups.
_GROUP_POSTS = (
    select(col(GroupChat.id))
    .join(DailyCouple, col(DailyCouple.couple_id) == col(GroupChat.couple_id))
    .where(
        col(GroupChat.couple_id) == bindparam("couple_id"),
        col(GroupChat.bot_present),
        col(DailyCouple.group_prompts),
    )
    .exists()
)
_PARTNER_BRIEF = (
    select(col(User.id), col(User.first_name), _GROUP_POSTS.label("shared_group"))
    .where(col(User.couple_id) == bindparam("couple_id"), col(User.id) != bindparam("user_id"))
    .limit(1)
)


def partner_brief(session: Session, user: User) -> PartnerBrief | None:
    """The partner of the user's current couple, if any, in brief (see :class:`PartnerBrief`)."""
    if user.couple_id is None:
        return None
    row = (
        session.connection()
        .execute(_PARTNER_BRIEF, {"couple_id": user.couple_id, "user_id": user.id})
        .first()
    )
    if row is None:
        return None
    return PartnerBrief(row.id, row.first_name, bool(row.shared_group))


def delete_user(session: Session, user_id: int) -> None:
    user = session.get(User, user_id)
    if user is not None:
        session.delete(user)
