"""SQLModel tables. The database is the truth; nothing here is cached in memory."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

# Telegram ids exceed 32 bits; SQLite stores any integer, but say what we mean
# so a later move to another database keeps working.


def _id_column(primary_key: bool = False, nullable: bool = False, unique: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(BigInteger, primary_key=primary_key, nullable=nullable, unique=unique)


class User(SQLModel, table=True):
    """A person who has talked to the bot in private."""

    id: int = Field(sa_column=_id_column(primary_key=True))
    first_name: str = Field(max_length=128)
    username: str | None = Field(default=None, max_length=64)
    timezone: str = Field(max_length=64)
    # "HH:MM" in the user's own time zone; None until onboarding asks.
    prompt_time: str | None = Field(default=None, max_length=5)
    # Which setting the user is being asked about right now: "timezone", "time" or None.
    pending_setting: str | None = Field(default=None, max_length=16)
    onboarded: bool = Field(default=False)
    couple_id: int | None = Field(default=None, foreign_key="couple.id", index=True)
    # False after Telegram said Forbidden (the user blocked the bot).
    reachable: bool = Field(default=True)
    created_at: datetime
    updated_at: datetime


class Couple(SQLModel, table=True):
    """Two users who have each other's back. Ended couples stay for history."""

    id: int | None = Field(default=None, primary_key=True)
    first_user_id: int = Field(sa_column=_id_column())
    second_user_id: int = Field(sa_column=_id_column())
    created_at: datetime
    ended_at: datetime | None = None


class Invite(SQLModel, table=True):
    """A single-use pairing link. Only the SHA-256 of the code is kept."""

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    inviter_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    used_by_id: int | None = Field(default=None, foreign_key="user.id")


class GroupChat(SQLModel, table=True):
    """A group chat the bot is in, and the couple that shares it (if linked)."""

    __tablename__ = "group_chat"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=_id_column(unique=True))
    title: str = Field(default="", max_length=256)
    couple_id: int | None = Field(default=None, foreign_key="couple.id", index=True)
    bot_present: bool = Field(default=True)
    linked_at: datetime | None = None
    updated_at: datetime


class Conversation(SQLModel, table=True):
    """The guided conversation a user is in, saved after every step.

    ``version`` is bumped on every save and checked on update, so two processes
    (or two updates at once) cannot silently overwrite each other's step.
    """

    user_id: int = Field(sa_column=_id_column(primary_key=True))
    state: str
    version: int = Field(default=1)
    updated_at: datetime


class Outbox(SQLModel, table=True):
    """A message to deliver to someone other than the person who acted.

    Rows are written in the same transaction as the change that caused them and
    claimed before sending, so a crash never sends one twice.
    """

    __table_args__ = (UniqueConstraint("dedupe_key"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=_id_column())
    kind: str = Field(max_length=32)
    text: str
    # JSON: [[{"label": ..., "data": ...}, ...], ...]
    buttons: str = Field(default="[]")
    due_at: datetime = Field(index=True)
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = Field(default=0)
    # For follow-ups that should not go out twice for the same reason.
    dedupe_key: str | None = Field(default=None, max_length=128)
    # Who to tell if the message cannot be delivered.
    sender_id: int | None = Field(default=None, sa_column=_id_column(nullable=True))
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    created_at: datetime


class Reflection(SQLModel, table=True):
    """A finished guided conversation, private to its author."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    kind: str = Field(max_length=32)
    # JSON of the answers, in the author's own words.
    summary: str
    created_at: datetime


class Relay(SQLModel, table=True):
    """Something one partner confirmed for the other: a check-in, a request, a reinforcement.

    A check-in's answer (verdict and note) comes back here and builds the
    recipient's playbook: what helps them, in their own words.
    """

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    sender_id: int = Field(foreign_key="user.id", index=True)
    recipient_id: int = Field(foreign_key="user.id", index=True)
    text: str
    created_at: datetime
    answered_at: datetime | None = None
    verdict: str | None = Field(default=None, max_length=16)
    note: str | None = None
