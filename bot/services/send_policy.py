"""One rule book for everything the bot sends on its own: outbox rows and daily prompts.

The sender (``bot/sending.py``) claims one row with :func:`claim_next`, sends it
with no transaction open, sorts Telegram's answer into an :class:`Outcome` and
records it with :func:`settle`. What each outcome does to the row is decided
here, once, for both queues; a :class:`SendQueue` only says how its rows become
messages and what else happens when one is sent, blocked or follows a group.

At most once: a message that may have reached Telegram is never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final, Generic, Literal

from sqlmodel import Session

from bot.runtime import Runtime
from flows.model import Reply
from flows.weekly import WeeklyCard
from storage import sending
from storage.db import unit_of_work
from storage.groups import migrate_group
from storage.outbox import move_pending
from storage.sending import Sendable
from storage.users import mark_unreachable

# Failures that surely never reached Telegram are retried with growing pauses...
MAX_ATTEMPTS: Final = 5
BACKOFF_BASE: Final = timedelta(seconds=5)
# ...and a claim older than this belongs to a process that died mid-send.
STALE_CLAIM: Final = timedelta(minutes=10)
# Rows one claim may pass over (cancelled or dropped on the re-check) before it
# commits and says so (PASSED_OVER), so that no transaction grows long.
CLAIM_SCAN: Final = 50
PASSED_OVER: Final = "passed over"
# Telegram's limit for one group: 20 messages a minute. The sender keeps under it itself
# (a group reveal or weekly look back among many never meets a 429 for its group).
GROUP_MAX_SENDS: Final = 20
GROUP_WINDOW: Final = timedelta(minutes=1)


class Outcome(StrEnum):
    """How one send went, as far as the bot can know."""

    SENT = "sent"
    # Surely not delivered: never left the process, no connection, or Telegram
    # answered with a server error. Again later, with growing pauses.
    NOT_DELIVERED = "not delivered"
    # No answer (timeout, dropped connection, a bug mid-send): it may have arrived.
    MAY_HAVE_ARRIVED = "may have arrived"
    RATE_LIMITED = "rate limited"  # again after Telegram's retry_after
    BLOCKED = "blocked"  # the person blocked the bot (or it left the group)
    CHAT_MIGRATED = "chat migrated"  # a group became a supergroup: follow it
    REFUSED = "refused"  # Telegram will not take it as it is (bad request)


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float = 0.0
    new_chat_id: int | None = None
    # For the log: Telegram's description or the error's name, never the message text.
    reason: str = ""


@dataclass(frozen=True)
class Outgoing:
    """A claimed row (now ``sending``): send ``reply`` to ``chat_id``."""

    id: int
    chat_id: int
    reply: Reply
    attempts: int
    # A weekly card, drawn just before sending (off the claim's transaction) and sent
    # as a photo with ``reply.text`` as its caption.
    card: WeeklyCard | None = None


def group_pause(recent: Sequence[datetime], now: datetime) -> datetime | None:
    """When one more message may go to a group that had messages sent at ``recent`` (any
    order); None if it may go now. The window slides: room comes back as the oldest of
    the last :data:`GROUP_MAX_SENDS` leaves it."""
    window = sorted((at for at in recent if at > now - GROUP_WINDOW), reverse=True)
    if len(window) < GROUP_MAX_SENDS:
        return None
    return window[GROUP_MAX_SENDS - 1] + GROUP_WINDOW


def retry_delay(attempts: int) -> timedelta | None:
    """The pause before the next try after ``attempts`` undelivered ones, None to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    pause: timedelta = BACKOFF_BASE * 2 ** max(0, attempts - 1)
    return pause


class SendQueue(Generic[Sendable]):
    """What differs between the queues; everything else is the rule book above.

    Each hook runs inside the unit of work of a claim or a settle.
    """

    name: str
    model: type[Sendable]

    def outgoing(self, session: Session, row: Sendable, now: datetime) -> Outgoing | None:
        """The message for a row just claimed, or None after giving it a final status
        (it should no longer go out)."""
        raise NotImplementedError

    def settle_sent(
        self, session: Session, item: Outgoing, message_id: int | None, now: datetime
    ) -> bool:
        """Record ``item`` as sent without loading its row, if this queue can (the most
        common settle, in plain statements); False to take the row path (:meth:`sent`)."""
        return False

    def sent(self, session: Session, row: Sendable, message_id: int | None, now: datetime) -> None:
        """After the row was marked sent."""

    def blocked(self, session: Session, row: Sendable, now: datetime) -> None:
        """After the row failed and its chat was marked unreachable."""

    def follows_migration(self, row: Sendable) -> bool:
        """Whether the row goes to the group's new id when its chat migrates."""
        return True


def claim_next(rt: Runtime, queue: SendQueue[Sendable]) -> Outgoing | Literal["passed over"] | None:
    """Take the next due row of ``queue`` for sending; None when none is due,
    :data:`PASSED_OVER` when the rows looked at were not to be sent (ask again)."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        for _ in range(CLAIM_SCAN):
            claimed = sending.claim_due(session, queue.model, now=now, limit=1)
            if not claimed:
                return None
            item = queue.outgoing(session, claimed[0], now)
            if item is not None:
                return item
        return PASSED_OVER


def settle(rt: Runtime, queue: SendQueue[Sendable], item: Outgoing, verdict: Verdict) -> None:
    """Record how sending ``item`` went."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        if verdict.outcome is Outcome.SENT and queue.settle_sent(
            session, item, verdict.message_id, now
        ):
            return
        row = session.get(queue.model, item.id, with_for_update=True)
        if row is None:  # deleted meanwhile (/deletedata)
            return
        match verdict.outcome:
            case Outcome.SENT:
                sending.finish(session, row, sending.SENT, now=now)
                queue.sent(session, row, verdict.message_id, now)
            case Outcome.RATE_LIMITED:
                sending.requeue(session, row, due_at=now + timedelta(seconds=verdict.retry_after))
            case Outcome.NOT_DELIVERED:
                delay = retry_delay(row.attempts)
                if delay is None:
                    sending.finish(session, row, sending.FAILED, now=now)
                else:
                    sending.requeue(session, row, due_at=now + delay)
            case Outcome.MAY_HAVE_ARRIVED:
                sending.finish(session, row, sending.UNKNOWN, now=now)
            case Outcome.BLOCKED:
                sending.finish(session, row, sending.FAILED, now=now)
                mark_unreachable(session, item.chat_id, now)
                queue.blocked(session, row, now)
            case Outcome.CHAT_MIGRATED:
                if verdict.new_chat_id is None or not queue.follows_migration(row):
                    sending.finish(session, row, sending.FAILED, now=now)
                    return
                # Due again at once; the pending outbox rows (this one too) and the
                # group's link follow the new id.
                sending.requeue(session, row, due_at=now)
                session.flush()
                follow_migration(
                    session, old_chat_id=item.chat_id, new_chat_id=verdict.new_chat_id, now=now
                )
            case Outcome.REFUSED:
                sending.finish(session, row, sending.FAILED, now=now)


def follow_migration(
    session: Session, *, old_chat_id: int, new_chat_id: int, now: datetime
) -> None:
    """The group became a supergroup: its link and the messages waiting for it follow."""
    migrate_group(session, old_chat_id=old_chat_id, new_chat_id=new_chat_id, now=now)
    move_pending(session, old_chat_id=old_chat_id, new_chat_id=new_chat_id)


def expire_stale_claims(rt: Runtime, queue: SendQueue[Sendable]) -> int:
    """Rows a dead process left ``sending``: recorded as maybe sent, never resent."""
    with unit_of_work(rt.engine) as session:
        return sending.expire_stale_claims(
            session, queue.model, claimed_before=rt.clock() - STALE_CLAIM
        )
