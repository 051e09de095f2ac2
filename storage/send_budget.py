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

from dataclasses import dataclass
from typing import Final

from sqlalchemy import delete, func, or_, update
from sqlalchemy import select as sql_select
from sqlmodel import Session, col, select

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


def take_place(
    session: Session,
    owner: str,
    *,
    interactive: bool,
    chat_id: int | None = None,
    limit: int = DEFAULT_LIMIT,
    chat_limit: int = DEFAULT_CHAT_LIMIT,
) -> Place:
    """A place for one message (to ``chat_id``, if a private chat), or when to ask again."""
    row = {"name": BUDGET_NAME, "interactive_wanted_until": 0.0}
    insert_unless_exists(session, SendBudget, row)
    budget = session.exec(
        select(SendBudget).where(SendBudget.name == BUDGET_NAME).with_for_update()
    ).one()
    now = database_now(session)
    if not interactive and budget.interactive_wanted_until > now:
        return Place(None, min(budget.interactive_wanted_until - now, INTERACTIVE_CLAIM_SECONDS))
    session.execute(
        delete(SendSlot).where(
            or_(
                col(SendSlot.answered_at) <= now - WINDOW_SECONDS,
                (col(SendSlot.answered_at).is_(None))
                & (col(SendSlot.taken_at) <= now - IN_FLIGHT_STALE_SECONDS),
            )
        )
    )
    in_chat = col(SendSlot.chat_id) == chat_id
    held, first_free_at, held_in_chat, first_free_in_chat = session.execute(
        sql_select(
            func.count(col(SendSlot.id)),
            func.min(col(SendSlot.answered_at)),
            func.count(col(SendSlot.id)).filter(in_chat),
            func.min(col(SendSlot.answered_at)).filter(in_chat),
        )
    ).one()
    if chat_id is not None and held_in_chat >= chat_limit:
        # This chat's own limit: wait for it, without holding back anyone else.
        return Place(None, _retry_in(first_free_in_chat, now), chat_full=True)
    if held < limit:
        if interactive and budget.interactive_wanted_until > now:
            budget.interactive_wanted_until = 0.0  # served; bulk may go again
            session.add(budget)
        slot = SendSlot(owner=owner, chat_id=chat_id, taken_at=now)
        session.add(slot)
        session.flush()
        assert slot.id is not None
        return Place(slot.id)
    if interactive:
        budget.interactive_wanted_until = now + INTERACTIVE_CLAIM_SECONDS
        session.add(budget)
    return Place(None, _retry_in(first_free_at, now))


def _retry_in(first_free_at: float | None, now: float) -> float:
    if first_free_at is None:  # every place is still in flight
        return IN_FLIGHT_RETRY_SECONDS
    return max(first_free_at + WINDOW_SECONDS - now, 0.001)


def give_back(session: Session, slot_id: int, *, sent: bool) -> None:
    """After the answer (``sent``: the request went out), or without sending at all."""
    if sent:
        session.execute(
            update(SendSlot)
            .where(col(SendSlot.id) == slot_id)
            .values(answered_at=database_now(session))
        )
    else:
        session.execute(delete(SendSlot).where(col(SendSlot.id) == slot_id))
