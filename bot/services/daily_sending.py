"""Daily prompts, third stage: the bookkeeping around sending one claimed delivery.

Nothing here waits on Telegram: the sender (``bot/daily_jobs.py``) asks
:func:`prepare` for one delivery, sends it with no transaction open, then
reports back with :func:`mark_sent` (or one of the failure functions).

Life of a delivery (``storage.daily`` statuses)::

    due schedule ─plan_deliveries─▶ queued ─prepare─▶ sending ─mark_sent─▶ sent
    prepare re-checks first: paused, unpaired, deleted, blocked → cancelled;
                             more than 3 hours late → dropped
    sending ─ RetryAfter, network error that never reached Telegram ─▶ queued (later)
    sending ─ Forbidden ─▶ failed (and the user is marked unreachable)
    sending ─ timeout, crash (no answer from Telegram) ─▶ unknown, never resent
    sent ─ Snooze ─▶ queued (at the snooze time);  sent ─ Skip today ─▶ skipped

A row is sent only by whoever moved it to ``sending``, so a crash never sends
a prompt twice; the price is that a crash in the middle of one send loses that
one prompt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.daily_group import group_prompt_message
from bot.services.daily_schedule import GRACE, NUDGE_DELAY, is_paused
from flows import daily as flow
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Reply
from storage import daily as store
from storage import groups as group_store
from storage import outbox
from storage.db import unit_of_work
from storage.models import GroupChat, PromptDelivery
from storage.users import get_user, mark_unreachable, partner_of

# A row left "sending" this long belongs to a process that died mid-send.
STUCK_AFTER: Final = timedelta(minutes=10)
# Network errors that surely did not reach Telegram are retried with growing pauses.
MAX_ATTEMPTS: Final = 5
BACKOFF_BASE: Final = timedelta(seconds=5)


@dataclass(frozen=True)
class PromptToSend:
    """A delivery moved to ``sending``: send ``reply`` to ``chat_id`` now."""

    delivery_id: int
    chat_id: int
    reply: Reply
    group: bool
    attempts: int


def due_delivery_ids(rt: Runtime, *, limit: int = 100) -> list[int]:
    with unit_of_work(rt.engine) as session:
        return store.due_delivery_ids(session, now=rt.clock(), limit=limit)


def expire_stuck(rt: Runtime) -> int:
    """Deliveries a dead process left ``sending``: recorded as maybe-sent, never resent."""
    with unit_of_work(rt.engine) as session:
        return store.expire_sending(session, claimed_before=rt.clock() - STUCK_AFTER)


def _why_not_send(session: Session, delivery: PromptDelivery, now: datetime) -> str | None:
    """Re-check right before sending: pause, unpair, /deletedata, block, group changes."""
    if flow.is_due(delivery.due_at, now, GRACE) == "drop":
        return store.DROPPED
    if delivery.user_id is not None:
        user = get_user(session, delivery.user_id)
        if user is None or not user.reachable or not user.onboarded:
            return store.CANCELLED
        if is_paused(store.get_schedule(session, user.id), now):
            return store.CANCELLED
        if delivery.couple_id != user.couple_id:
            return store.CANCELLED
        return None
    group = session.get(GroupChat, delivery.group_id)
    if group is None or not group.bot_present or group.couple_id != delivery.couple_id:
        return store.CANCELLED
    if (
        delivery.couple_id is None
        or store.group_mode_groups(session, [delivery.couple_id]).get(delivery.couple_id) is None
    ):
        return store.CANCELLED
    return None


def prepare(rt: Runtime, delivery_id: int) -> PromptToSend | None:
    """Take one queued delivery for sending, or None if it is not ours to send.

    Cancels it (for good) if the person paused, unpaired, deleted their data or
    blocked the bot since it was claimed, or drops it if it is too late.
    """
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None or delivery.status != store.QUEUED:
            return None
        reason = _why_not_send(session, delivery, now)
        if reason is not None:
            store.set_status(session, delivery, reason)
            return None
        prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
        if prompt is None:
            store.set_status(session, delivery, store.FAILED)
            return None
        if not store.start_sending(session, delivery_id, now=now):
            return None
        if delivery.user_id is not None:
            user = get_user(session, delivery.user_id)
            assert user is not None
            partner = partner_of(session, user)
            first = partner is not None and not store.had_private_delivery_before(
                session, user_id=user.id, couple_id=partner.couple_id or 0, delivery_id=delivery_id
            )
            reply = flow.prompt_message(
                prompt,
                partner.first_name if partner else None,
                delivery.token,
                paired=partner is not None,
                consent=first,
                just_for_me=delivery.just_for_me,
            )
            chat_id = user.id
        else:
            group = session.get(GroupChat, delivery.group_id)
            assert group is not None
            reply = group_prompt_message(prompt, delivery.token, rt.bot_username)
            chat_id = group.chat_id
        return PromptToSend(
            delivery_id=delivery_id,
            chat_id=chat_id,
            reply=reply,
            group=delivery.group_id is not None,
            attempts=delivery.attempts + 1,
        )


def mark_sent(rt: Runtime, delivery_id: int, message_id: int | None) -> None:
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        delivery.status = store.SENT
        delivery.sent_at = now
        delivery.message_id = message_id
        session.add(delivery)
        # The partner answered before this prompt reached me: one nudge, an hour on.
        if delivery.user_id is not None and delivery.nudged_at is None:
            user = get_user(session, delivery.user_id)
            partner = partner_of(session, user) if user is not None else None
            if partner is not None and store.shared_answer_of(
                session, day_id=delivery.day_id, user_id=partner.id
            ):
                delivery.nudge_due_at = now + NUDGE_DELAY


def _finish(rt: Runtime, delivery_id: int, status: str) -> None:
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is not None:
            store.set_status(session, delivery, status)


def retry_after(rt: Runtime, delivery_id: int, seconds: float) -> None:
    """Telegram said wait: the claim stays, the send is due again after ``seconds``."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is not None:
            store.requeue(session, delivery, due_at=rt.clock() + timedelta(seconds=seconds))


def network_error(rt: Runtime, delivery_id: int) -> None:
    """A failure that surely did not reach Telegram: again later, with growing pauses."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        if delivery.attempts >= MAX_ATTEMPTS:
            store.set_status(session, delivery, store.FAILED)
            return
        delay = BACKOFF_BASE * (2 ** max(0, delivery.attempts - 1))
        store.requeue(session, delivery, due_at=rt.clock() + delay)


def maybe_sent(rt: Runtime, delivery_id: int) -> None:
    """No answer from Telegram (timeout): it may have arrived, so it is never resent."""
    _finish(rt, delivery_id, store.UNKNOWN)


def failed(rt: Runtime, delivery_id: int) -> None:
    _finish(rt, delivery_id, store.FAILED)


def blocked(rt: Runtime, delivery_id: int) -> None:
    """Forbidden: the person blocked the bot. Skipped until they write again."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        store.set_status(session, delivery, store.FAILED)
        if delivery.user_id is not None:
            mark_unreachable(session, delivery.user_id, rt.clock())


def group_migrated(rt: Runtime, delivery_id: int, new_chat_id: int) -> None:
    """The group became a supergroup: follow it and send again."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None or delivery.group_id is None:
            return
        group = session.get(GroupChat, delivery.group_id)
        if group is not None:
            old = group.chat_id
            group_store.migrate_group(
                session, old_chat_id=old, new_chat_id=new_chat_id, now=rt.clock()
            )
            outbox.move_pending(session, old_chat_id=old, new_chat_id=new_chat_id)
        store.requeue(session, delivery, due_at=rt.clock())
