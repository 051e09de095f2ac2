"""Whose turn it is in a chat, across instances on PostgreSQL; and each update once.

Any instance may receive any update. Each update takes its chat's turn here before it
is handled and gives it back when done (``handled_update`` rows):

* **Once.** ``update_id`` is the key: a Telegram retry of an update that another
  instance already took is answered ``DUPLICATE`` and dropped (at most once, like
  everything else the bot does).
* **In order.** While an update of a chat is being handled (``started`` within
  ``LEASE_SECONDS``), the chat's other updates wait; among waiting ones the lowest
  ``update_id`` (Telegram numbers updates in the order they happened) goes first.
* Taking a turn is serialised per chat by ``pg_advisory_xact_lock``: two instances
  deciding for the same chat at the same moment do so one after the other, and the lock
  is gone with the short transaction (nothing held while the update is handled).

Why rows and a lease, not a session advisory lock held while handling: a lock held
for the whole update would pin one database connection per chat in progress (32 at
once by default, per instance) and would not order the waiting updates; a version
check with retry cannot order the *replies* (they are sent after the commit). A row
also survives for dedupe, and an instance killed mid-update blocks its chat for at
most the lease.
"""

from __future__ import annotations

import enum
from typing import Final

from sqlalchemy import delete, or_, text, update
from sqlmodel import Session, col, select

from storage.conflicts import insert_unless_exists
from storage.models import HandledUpdate

# An update still being handled after this long (its instance died, or it waits on a
# long send) no longer holds its chat.
LEASE_SECONDS: Final = 30.0
# A waiting update re-asks far more often than this; one not heard of for this long
# (its instance died) stops holding later updates back.
WAITING_FRESH_SECONDS: Final = 2.0
# How long taking or giving back a turn waits for a lock before going without.
TURN_LOCK_TIMEOUT_SECONDS: Final = 0.5
# Rows are kept this long to recognise Telegram's retries, then purged.
KEEP_SECONDS: Final = 24 * 3600.0
# First key of pg_advisory_xact_lock(int, int): this module's locks apart from others.
_LOCK_NAMESPACE: Final = 0x0C0B_7A11


class Turn(enum.Enum):
    GO = "go"
    WAIT = "wait"
    DUPLICATE = "duplicate"


def database_now(session: Session) -> float:
    """Seconds since the epoch by the database's clock (shared by every instance)."""
    return float(session.execute(text("SELECT extract(epoch FROM clock_timestamp())")).scalar_one())


def _lock_key(chat_id: int) -> int:
    # Any int4 will do: two chats sharing a key only take turns deciding.
    return (chat_id % 2**32) - 2**31


def take_turn(session: Session, update_id: int, chat_id: int, owner: str) -> Turn:
    """GO: handle it now (then :func:`finish`); WAIT: ask again shortly; DUPLICATE: drop it."""
    _wait_briefly(session)
    session.execute(
        text("SELECT pg_advisory_xact_lock(:namespace, :key)"),
        {"namespace": _LOCK_NAMESPACE, "key": _lock_key(chat_id)},
    )
    now = database_now(session)
    rows = session.exec(
        select(HandledUpdate).where(
            or_(
                (col(HandledUpdate.chat_id) == chat_id) & (col(HandledUpdate.state) != "finished"),
                col(HandledUpdate.update_id) == update_id,
            )
        )
    ).all()
    mine = next((r for r in rows if r.update_id == update_id), None)
    if mine is not None and (
        mine.state != "waiting"
        or (mine.owner != owner and now - mine.touched_at < WAITING_FRESH_SECONDS)
    ):
        return Turn.DUPLICATE
    blocked = any(
        # This process's own rows never block: its in-memory queue orders its updates
        # of a chat, and the previous one's finish may not have committed yet.
        (r.state == "started" and r.owner != owner and now - r.touched_at < LEASE_SECONDS)
        or (
            r.state == "waiting"
            and r.update_id < update_id
            and now - r.touched_at < WAITING_FRESH_SECONDS
        )
        for r in rows
        if r.update_id != update_id
    )
    state = "waiting" if blocked else "started"
    values = {"owner": owner, "state": state, "touched_at": now}
    if mine is None:
        insert_unless_exists(
            session, HandledUpdate, {"update_id": update_id, "chat_id": chat_id, **values}
        )
    else:
        session.execute(
            update(HandledUpdate).where(col(HandledUpdate.update_id) == update_id).values(**values)
        )
    return Turn.WAIT if blocked else Turn.GO


def finish(session: Session, update_id: int) -> None:
    """The update is handled: its chat's next update may go.

    The chat id is cleared: a finished row only recognises a retry by ``update_id``, and
    keeps no trace of who it was from (``/deletedata`` leaves no id behind).
    """
    _wait_briefly(session)
    session.execute(
        update(HandledUpdate)
        .where(col(HandledUpdate.update_id) == update_id)
        .values(state="finished", chat_id=0, touched_at=database_now(session))
    )


def forget_chat(session: Session, chat_id: int) -> None:
    """``/deletedata``: rows of updates still in progress in the chat go too."""
    session.execute(delete(HandledUpdate).where(col(HandledUpdate.chat_id) == chat_id))


def _wait_briefly(session: Session) -> None:
    # Turns are bookkeeping: when the database is locked (a long migration), an update
    # goes ahead without its turn after this wait rather than freezing every chat.
    session.execute(text(f"SET LOCAL lock_timeout = {int(TURN_LOCK_TIMEOUT_SECONDS * 1000)}"))


def purge_old(session: Session, keep_seconds: float = KEEP_SECONDS) -> int:
    """Forget updates older than Telegram would retry them; returns how many."""
    cutoff = database_now(session) - keep_seconds
    result = session.execute(
        delete(HandledUpdate).where(col(HandledUpdate.touched_at) < cutoff),
        execution_options={"preserve_rowcount": True},
    )
    return int(getattr(result, "rowcount", 0) or 0)
