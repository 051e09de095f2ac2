"""Repository functions for users. Each takes a session; none commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy
from sqlalchemy import Exists, bindparam, update
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


class UserFacts(Protocol):
    """What a conversation step reads of a person: a ``User`` row or a :class:`UserBrief`."""

    @property
    def id(self) -> int: ...
    @property
    def first_name(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def couple_id(self) -> int | None: ...


@dataclass(frozen=True)
class UserBrief:
    """The few columns of a user a conversation step needs, read as one plain row."""

    id: int
    first_name: str
    timezone: str
    couple_id: int | None
    pending_setting: str | None

    @classmethod
    def of(cls, user: User) -> UserBrief:
        return cls(user.id, user.first_name, user.timezone, user.couple_id, user.pending_setting)


# Plain statements on the unit's connection: every update of a conversation reads its
# person, and loading the row through the ORM cost more than the rest of the read
# (docs/benchmarks.md). Same checks and writes as upsert_user for someone known.
_ONE_USER = col(User.id) == bindparam("user_id")
# (SQLAlchemy's own select: SQLModel's takes at most four columns.)
# What a brief is read from (also by storage.step_opening), with what refreshing it checks.
BRIEF_COLUMNS = (
    col(User.id),
    col(User.first_name),
    col(User.username),
    col(User.reachable),
    col(User.timezone),
    col(User.couple_id),
    col(User.pending_setting),
)
_BRIEF = sqlalchemy.select(*BRIEF_COLUMNS).where(_ONE_USER)
_REFRESH = update(User).where(_ONE_USER)
_NO_PENDING_SETTING = update(User).where(_ONE_USER).values(pending_setting=None)


def user_brief(session: Session, user_id: int) -> UserBrief | None:
    """A known user in brief (one plain row, not the ORM's object); None if not known."""
    row = session.connection().execute(_BRIEF, {"user_id": user_id}).first()
    if row is None:
        return None
    return UserBrief(row.id, row.first_name, row.timezone, row.couple_id, row.pending_setting)


def refresh_name(
    session: Session,
    *,
    user_id: int,
    known: tuple[str, str | None, bool],
    first_name: str,
    username: str | None,
    now: datetime,
) -> None:
    """Store the name (and mark the person reachable) only if it differs from ``known``
    (first name, username, reachable) as read."""
    name = first_name[:128]
    if known != (name, username, True):
        # Writing to us again means they have unblocked the bot.
        session.connection().execute(
            _REFRESH,
            {
                "user_id": user_id,
                "first_name": name,
                "username": username,
                "reachable": True,
                "updated_at": now,
            },
        )


def clear_pending_setting(session: Session, user_id: int) -> None:
    """No time zone or time question is open any more."""
    session.connection().execute(_NO_PENDING_SETTING, {"user_id": user_id})


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
def group_posts_exist(couple_id: Any) -> Exists:
    """Whether the couple ``couple_id`` (a parameter, or a column of an outer query) has
    posts in its group: /groupprompts on, the bot still there."""
    return (
        select(col(GroupChat.id))
        .join(DailyCouple, col(DailyCouple.couple_id) == col(GroupChat.couple_id))
        .where(
            col(GroupChat.couple_id) == couple_id,
            col(GroupChat.bot_present),
            col(DailyCouple.group_prompts),
        )
        .exists()
    )


_GROUP_POSTS = group_posts_exist(bindparam("couple_id"))
_PARTNER_BRIEF = (
    select(col(User.id), col(User.first_name), _GROUP_POSTS.label("shared_group"))
    .where(col(User.couple_id) == bindparam("couple_id"), col(User.id) != bindparam("user_id"))
    .limit(1)
)


def partner_brief(session: Session, user: UserFacts) -> PartnerBrief | None:
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
