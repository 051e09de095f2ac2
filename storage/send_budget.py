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


def take_place(
    session: Session, owner: str, *, interactive: bool, limit: int = DEFAULT_LIMIT
) -> Place:
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
    held, first_free_at = session.execute(
        sql_select(func.count(col(SendSlot.id)), func.min(col(SendSlot.answered_at)))
    ).one()
    if held < limit:
        if interactive and budget.interactive_wanted_until > now:
            budget.interactive_wanted_until = 0.0  # served; bulk may go again
            session.add(budget)
        slot = SendSlot(owner=owner, taken_at=now)
        session.add(slot)
        session.flush()
        assert slot.id is not None
        return Place(slot.id)
    if interactive:
        budget.interactive_wanted_until = now + INTERACTIVE_CLAIM_SECONDS
        session.add(budget)
    if first_free_at is None:
        return Place(None, IN_FLIGHT_RETRY_SECONDS)
    return Place(None, max(first_free_at + WINDOW_SECONDS - now, 0.001))


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
