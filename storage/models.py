"""SQLModel tables. The database is the truth; nothing here is cached in memory."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    UniqueConstraint,
    false,
    true,
)
from sqlmodel import Field, SQLModel

# Telegram ids exceed 32 bits: every column holding one is BIGINT. SQLite stores
# any integer either way; PostgreSQL's INTEGER would refuse them.


def _id_column(primary_key: bool = False, nullable: bool = False, unique: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(BigInteger, primary_key=primary_key, nullable=nullable, unique=unique)


def _flag(default: bool) -> Column:  # type: ignore[type-arg]
    """A yes/no column added after its table: bulk inserts that leave it out get the default."""
    return Column(
        Boolean, nullable=False, default=default, server_default=true() if default else false()
    )


# Our own row ids (``id`` of most tables) are INTEGER: PostgreSQL refuses to even
# compare one with a larger number, so an id from button data is checked first.
MAX_ROW_ID = 2**31 - 1


def _user_ref(*, nullable: bool = False, index: bool = False) -> Column:  # type: ignore[type-arg]
    """A plain reference to a user (no cascade): the same BIGINT as ``user.id``."""
    return Column(BigInteger, ForeignKey("user.id"), nullable=nullable, index=index)


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
    # The language they read the bot in ("de"); None: not known yet (English).
    language: str | None = Field(default=None, max_length=8)
    created_at: datetime
    updated_at: datetime


class Couple(SQLModel, table=True):
    """Two users who have each other's back. Ended couples stay for history.

    A member who deleted their data is scrubbed to None: the partner's daily
    days and answers still hang off the couple, so the row itself stays.
    """

    id: int | None = Field(default=None, primary_key=True)
    first_user_id: int | None = Field(default=None, sa_column=_id_column(nullable=True))
    second_user_id: int | None = Field(default=None, sa_column=_id_column(nullable=True))
    created_at: datetime
    ended_at: datetime | None = None


class Invite(SQLModel, table=True):
    """A single-use pairing link. Only the SHA-256 of the code is kept."""

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    inviter_id: int = Field(sa_column=_user_ref(index=True))
    created_at: datetime
    # Indexed: the retention purge deletes invites long after they stopped working.
    expires_at: datetime = Field(index=True)
    used_at: datetime | None = None
    # Indexed like every column pointing at another row (migration 0012): deleting that
    # row looks here.
    used_by_id: int | None = Field(default=None, sa_column=_user_ref(nullable=True, index=True))


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
    # Indexed: abandoned conversations are purged after the retention period.
    updated_at: datetime = Field(index=True)


class Outbox(SQLModel, table=True):
    """A message to deliver to someone other than the person who acted.

    Rows are written in the same transaction as the change that caused them and
    claimed before sending, so a crash never sends one twice.
    """

    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        # The retention purge: finished rows older than the cutoff, per status.
        Index("ix_outbox_status_due_at", "status", "due_at"),
        # /deletedata finds every row to, from or about a person.
        Index("ix_outbox_chat_id", "chat_id"),
        Index("ix_outbox_sender_id", "sender_id"),
        Index("ix_outbox_subject_user_id", "subject_user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=_id_column())
    kind: str = Field(max_length=32)
    text: str
    # JSON: [[{"label": ..., "data": ...}, ...], ...]
    buttons: str = Field(default="[]")
    due_at: datetime = Field(index=True)
    # Indexed with due_at (ix_outbox_status_due_at): claiming and the purge.
    status: str = Field(default="pending", max_length=16)
    attempts: int = Field(default=0)
    # For follow-ups that should not go out twice for the same reason.
    dedupe_key: str | None = Field(default=None, max_length=128)
    # Whose words or action this is; told if the message cannot be delivered.
    sender_id: int | None = Field(default=None, sa_column=_id_column(nullable=True))
    # Someone else the text names or quotes (the partner in a reminder, the first
    # answer in a group reveal): /deletedata of that person deletes the row too.
    subject_user_id: int | None = Field(default=None, sa_column=_id_column(nullable=True))
    # The relay this row delivers (a partner message, or a check-in's answer):
    # sending it marks the relay delivered, which is what /export goes by.
    relay_id: int | None = None
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    created_at: datetime


class Reflection(SQLModel, table=True):
    """A finished guided conversation, private to its author."""

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=_user_ref(index=True))
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
    sender_id: int = Field(sa_column=_user_ref(index=True))
    recipient_id: int = Field(sa_column=_user_ref(index=True))
    text: str
    created_at: datetime
    # When the message reached the recipient (None: still queued, withdrawn or failed).
    delivered_at: datetime | None = None
    answered_at: datetime | None = None
    verdict: str | None = Field(default=None, max_length=16)
    note: str | None = None
    # When the answer reached the person who asked.
    answer_delivered_at: datetime | None = None
    # A request whose sender chose "Send to our group": posted there once accepted.
    to_group_when_accepted: bool = Field(default=False, sa_column=_flag(False))


# --- daily prompts -------------------------------------------------------------------
# Every table below belongs to the daily prompts (storage/daily.py). Rows that are
# about one person go with them: ON DELETE CASCADE, so deleting a user deletes their
# schedule, deliveries and answers without anyone having to remember these tables.


def _user_fk(*, nullable: bool = False, primary_key: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(
        BigInteger,
        ForeignKey("user.id", ondelete="CASCADE"),
        nullable=nullable,
        primary_key=primary_key,
    )


class DailySchedule(SQLModel, table=True):
    """When a user's next prompt (and weekly summary) is due, precomputed and indexed.

    ``zone`` and ``local_time`` are the User's time zone and prompt time the
    instants were computed from; a difference from the User row means the
    schedule is stale and is recomputed (see ``storage.daily_schedules.stale_schedule_users``).
    """

    __tablename__ = "daily_schedule"

    user_id: int = Field(sa_column=_user_fk(primary_key=True))
    zone: str = Field(max_length=64)
    local_time: str = Field(max_length=5)
    # Allowed local weekdays as a bit mask: bit 0 = Monday … bit 6 = Sunday.
    days: int = Field(default=0b1111111)
    paused: bool = Field(default=False)
    # With ``paused``: the end of the pause; None = until /resume.
    paused_until: datetime | None = None
    # The next scheduled instant (UTC); None = nothing scheduled (paused, or off).
    next_due_at: datetime | None = Field(default=None, index=True)
    # The scheduled instant of the last delivery that was claimed or dropped.
    last_scheduled_at: datetime | None = None
    weekly_day: int = Field(default=6)
    weekly_time: str = Field(default="19:00", max_length=5)
    weekly_due_at: datetime | None = Field(default=None, index=True)
    # The picture card under the weekly message (/weekly card off turns it off).
    weekly_card: bool = Field(default=True, sa_column=_flag(True))
    updated_at: datetime


class DailyCouple(SQLModel, table=True):
    """A couple's choices about daily prompts: whether they go to the shared group."""

    __tablename__ = "daily_couple"

    couple_id: int = Field(
        sa_column=Column(Integer, ForeignKey("couple.id", ondelete="CASCADE"), primary_key=True)
    )
    group_prompts: bool = Field(default=False)
    # Told once that replies to the group's question are read by the whole group.
    group_reply_noted: bool = Field(default=False, sa_column=_flag(False))
    updated_at: datetime


class PromptDay(SQLModel, table=True):
    """The prompt chosen for one prompt day (local date) of a couple, or of a user alone.

    Exactly one of ``couple_id`` and ``user_id`` is set. Both partners' deliveries
    for the same local date point at the same row, so they get the same prompt.
    """

    __tablename__ = "prompt_day"
    __table_args__ = (
        UniqueConstraint("couple_id", "local_date"),
        UniqueConstraint("user_id", "local_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("couple.id", ondelete="CASCADE"), nullable=True),
    )
    user_id: int | None = Field(default=None, sa_column=_user_fk(nullable=True))
    local_date: date
    prompt_key: str = Field(max_length=32)
    created_at: datetime


class PromptDelivery(SQLModel, table=True):
    """One prompt to one person (or one group) for one local date: the claim.

    The row is inserted and committed before anything is sent; the unique
    constraints make a second claim for the same person (or group) and date
    impossible, whichever process or restart tries. ``status`` moves
    pending → sending → sent (``storage.sending``), and a send is only attempted
    by whoever moved the row to ``sending``; a crash while ``sending`` never
    resends it.
    """

    __tablename__ = "prompt_delivery"
    __table_args__ = (
        UniqueConstraint("user_id", "local_date"),
        UniqueConstraint("group_id", "local_date"),
        Index("ix_prompt_delivery_status_due_at", "status", "due_at"),
        # The retention purge drops deliveries scheduled before the cutoff.
        Index("ix_prompt_delivery_scheduled_at", "scheduled_at"),
        # Deleting a prompt day (its couple or user erased) finds its deliveries.
        Index("ix_prompt_delivery_day_id", "day_id"),
        # A couple's deliveries by date: "had a prompt this week" for the weekly summary.
        Index("ix_prompt_delivery_couple_id_local_date", "couple_id", "local_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Identifies the delivery in button data; carries no authority.
    token: str = Field(max_length=40, unique=True)
    # Private delivery: the user; group delivery: None and ``group_id`` set.
    user_id: int | None = Field(default=None, sa_column=_user_fk(nullable=True))
    # GroupChat.id (not the Telegram chat id, which changes on a supergroup upgrade).
    group_id: int | None = Field(default=None)
    couple_id: int | None = Field(default=None)
    day_id: int = Field(
        sa_column=Column(Integer, ForeignKey("prompt_day.id", ondelete="CASCADE"), nullable=False)
    )
    local_date: date
    prompt_key: str = Field(max_length=32)
    scheduled_at: datetime
    # When to (re)try sending: the scheduled instant, after a snooze or a retry.
    due_at: datetime
    status: str = Field(default="pending", max_length=16)
    attempts: int = Field(default=0)
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    # Telegram's id of the prompt message (group replies are matched by it).
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    skipped_at: datetime | None = None
    # When to consider the one gentle nudge; cleared once decided.
    nudge_due_at: datetime | None = Field(default=None, index=True)
    nudged_at: datetime | None = None
    # "Just for me" was pressed: the answer to this prompt goes to the journal only.
    just_for_me: bool = Field(default=False, sa_column=_flag(False))
    created_at: datetime


class PromptAnswer(SQLModel, table=True):
    """One person's answer to one prompt day. Private until both partners answered."""

    __tablename__ = "prompt_answer"
    __table_args__ = (
        UniqueConstraint("day_id", "user_id"),
        # A person's answers over a week (the summary of someone alone), and erasure.
        Index("ix_prompt_answer_user_id", "user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day_id: int = Field(
        sa_column=Column(Integer, ForeignKey("prompt_day.id", ondelete="CASCADE"), nullable=False)
    )
    user_id: int = Field(sa_column=_user_fk())
    text: str
    # GroupChat.id if it was given on the group's post, None if in the private chat:
    # a reveal goes to the group only when both answers were given there.
    group_id: int | None = Field(default=None)
    # Kept in the person's journal, never revealed (the "Just for me" button).
    just_for_me: bool = Field(default=False, sa_column=_flag(False))
    answered_at: datetime


# --- several instances on PostgreSQL (storage/chat_turns.py, storage/send_budget.py) ---
# Times in these three tables are seconds since the epoch by the database's clock, the
# one clock every instance shares (the bot's own clock may be moved in tests).


class HandledUpdate(SQLModel, table=True):
    """A Telegram update some instance has taken (or is waiting to take) its turn for.

    Unique by ``update_id``: a webhook retry that reaches another instance finds the row
    and is dropped. Rows of one chat also order that chat's updates across instances.
    """

    __tablename__ = "handled_update"
    __table_args__ = (Index("ix_handled_update_chat_id_update_id", "chat_id", "update_id"),)

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chat_id: int = Field(sa_column=_id_column())
    # Which process holds it (random per process start).
    owner: str = Field(max_length=32)
    # waiting (for an earlier update of its chat), started, finished
    state: str = Field(max_length=16)
    touched_at: float = Field(index=True)


class SendBudget(SQLModel, table=True):
    """The one row every instance locks to take a place in Telegram's send budget."""

    __tablename__ = "send_budget"

    name: str = Field(primary_key=True, max_length=32)
    # Until then an instance has a reply to someone waiting: bulk sends hold back.
    interactive_wanted_until: float = Field(default=0.0)


class SendSlot(SQLModel, table=True):
    """A send in flight (``answered_at`` None) or answered within the last window."""

    __tablename__ = "send_slot"

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True))
    owner: str = Field(max_length=32)
    # A private chat's own limit is counted too, by a hash of its id, not the id (None:
    # a group's limit is per process, PTB's).
    chat_key: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    taken_at: float
    answered_at: float | None = None
