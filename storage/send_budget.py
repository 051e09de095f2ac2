"""Telegram's send budget (about 30 messages a second per bot), shared by every instance.

Counted the way Telegram counts, like ``bot.daily_jobs.Pacer`` but in PostgreSQL: a
send holds a place (a ``send_slot`` row) from just before its request leaves until
``WINDOW_SECONDS`` after its answer came back. Telegram counted it somewhere in
between, so however requests of different instances bunch up on the way, no sliding
second at Telegram's end sees more than ``limit`` of them. The ``send_budget`` row is
locked (``FOR UPDATE``) while a place is taken: instances take places one at a time.

Priority: an instance that has a reply to someone waiting for the bot and finds the
budget full marks ``interactive_wanted_until``; until then bulk sends (daily fan-out,
queued partner messages) take no place, so the next free one goes to the reply.

Why places in the database, not a leader holding a lease for bulk sends: replies are
sent by whichever instance got the update, so they need the same budget as the bulk
sends anyway; a leader would still have to hear about them, and its death would stop
the fan-out until the lease ran out. A place costs two short transactions per message
(about 60 a second at Telegram's limit), and an instance killed mid-send leaves at most
its in-flight places, freed after ``IN_FLIGHT_STALE_SECONDS``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from sqlalchemy import delete, or_, text, update
from sqlmodel import Session, col

from storage.chat_turns import database_now
from storage.conflicts import insert_unless_exists
from storage.models import SendBudget, SendSlot

BUDGET_NAME: Final = "telegram"
DEFAULT_LIMIT: Final = 30
# Telegram also limits one private chat (about one message a second, with short
# bursts); the fake Bot API and these places allow 3 in any second.
DEFAULT_CHAT_LIMIT: Final = 3
# Telegram's window plus a little for the clocks' resolution.
WINDOW_SECONDS: Final = 1.005
# Longer than any request may take (PTB's timeouts are 5 s a phase): a place still
# in flight after this belonged to an instance that died.
IN_FLIGHT_STALE_SECONDS: Final = 12.0
# How long a reply's claim on the next place lasts; the waiting reply renews it.
INTERACTIVE_CLAIM_SECONDS: Final = 0.3
# When the budget is full and nothing has been answered yet: ask again after this.
IN_FLIGHT_RETRY_SECONDS: Final = 0.01


@dataclass(frozen=True)
class Place:
    """``slot_id`` when a place was taken; otherwise when to ask again."""

    slot_id: int | None
    retry_in: float = 0.0
    # Only the one private chat is at its limit (others may send meanwhile).
    chat_full: bool = False


# Statement 2 of taking a place, after statement 1 locked the budget row: count what
# is held (a fresh snapshot at READ COMMITTED, so every place committed before the lock
# was ours is seen) and insert the new place if there is room, in one round trip.
_TAKE = text(
    """
    WITH held AS (
        SELECT count(*) AS places,
               min(answered_at) AS first_free_at,
               count(*) FILTER (WHERE chat_key = :chat_key) AS chat_places,
               min(answered_at) FILTER (WHERE chat_key = :chat_key) AS chat_first_free_at
        FROM send_slot
        WHERE (answered_at IS NULL AND taken_at > :now - :stale)
           OR answered_at > :now - :window
    ), taken AS (
        INSERT INTO send_slot (owner, chat_key, taken_at)
        SELECT :owner, :chat_key, :now FROM held
        WHERE held.places < :limit
          AND (CAST(:chat_key AS BIGINT) IS NULL OR held.chat_places < :chat_limit)
          AND :may_go
        RETURNING id
    )
    SELECT (SELECT id FROM taken), places, first_free_at, chat_places, chat_first_free_at
    FROM held
    """
)


def take_place(
    session: Session,
    owner: str,
    *,
    interactive: bool,
    chat_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    chat_limit: int = DEFAULT_CHAT_LIMIT,
) -> Place:
    """A place for one message (to ``chat_id``, if a private chat), or when to ask again.

    Three statements at most, the budget row locked from the first to the commit.
    """
    locked = session.execute(_LOCK, {"name": BUDGET_NAME}).one_or_none()
    if locked is None:
        insert_unless_exists(
            session, SendBudget, {"name": BUDGET_NAME, "interactive_wanted_until": 0.0}
        )
        locked = session.execute(_LOCK, {"name": BUDGET_NAME}).one()
    wanted_until, now = float(locked[0]), float(locked[1])
    reply_waits = wanted_until > now
    slot_id, places, first_free_at, chat_places, chat_first_free_at = session.execute(
        _TAKE,
        {
            "owner": owner,
            "chat_key": None if chat_id is None else chat_key(chat_id),
            "now": now,
            "stale": IN_FLIGHT_STALE_SECONDS,
            "window": WINDOW_SECONDS,
            "limit": limit,
            "chat_limit": chat_limit,
            "may_go": interactive or not reply_waits,
        },
    ).one()
    if slot_id is not None:
        if interactive and reply_waits:
            _want_next_place(session, 0.0)  # served; bulk may go again
        return Place(int(slot_id))
    if chat_id is not None and chat_places >= chat_limit:
        # This chat's own limit: wait for it, without holding back anyone else.
        return Place(None, _retry_in(chat_first_free_at, now), chat_full=True)
    if not interactive and reply_waits and places < limit:
        return Place(None, min(wanted_until - now, INTERACTIVE_CLAIM_SECONDS))
    if interactive:
        _want_next_place(session, now + INTERACTIVE_CLAIM_SECONDS)
    return Place(None, _retry_in(first_free_at, now))


_LOCK = text(
    "SELECT interactive_wanted_until, extract(epoch FROM clock_timestamp())"
    " FROM send_budget WHERE name = :name FOR UPDATE"
)


def _want_next_place(session: Session, until: float) -> None:
    session.execute(
        update(SendBudget)
        .where(col(SendBudget.name) == BUDGET_NAME)
        .values(interactive_wanted_until=until)
    )


def chat_key(chat_id: int) -> int:
    """What a place records of its chat: enough to count the chat's sends, not its id."""
    digest = hashlib.blake2b(
        str(chat_id).encode(), digest_size=7, person=b"couplebot-chat"
    ).digest()
    return int.from_bytes(digest, "big")


def _retry_in(first_free_at: float | None, now: float) -> float:
    if first_free_at is None:  # every place is still in flight
        return IN_FLIGHT_RETRY_SECONDS
    return max(first_free_at + WINDOW_SECONDS - now, 0.001)


def give_back(session: Session, slot_id: int, *, answered_ago: float | None) -> None:
    """After the answer, ``answered_ago`` seconds ago by the instance's own timer (the
    place then frees when the window has passed since); ``None``: nothing was sent."""
    if answered_ago is None:
        session.execute(delete(SendSlot).where(col(SendSlot.id) == slot_id))
        return
    now = database_now(session)
    session.execute(
        update(SendSlot)
        .where(col(SendSlot.id) == slot_id)
        .values(answered_at=now - max(answered_ago, 0.0))
    )
    # Places that no longer count, cleared here rather than while the budget is locked.
    session.execute(
        delete(SendSlot).where(
            or_(
                col(SendSlot.answered_at) <= now - WINDOW_SECONDS,
                (col(SendSlot.answered_at).is_(None))
                & (col(SendSlot.taken_at) <= now - IN_FLIGHT_STALE_SECONDS),
            )
        )
    )
