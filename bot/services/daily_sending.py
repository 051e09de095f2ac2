"""Daily prompts, third stage: a delivery as a send queue (``send_policy``).

Nothing here waits on Telegram: the sender (``bot/sending.py``) claims one
delivery, :func:`prepare` re-checks it and renders the prompt, the sender sends
it with no transaction open and ``send_policy.settle`` records the outcome, with
:meth:`DailyQueue.sent` for what is particular to prompts (the message id, a nudge).

Life of a delivery (``storage.sending`` statuses, and two of the daily's own)::

    due schedule ─plan_deliveries─▶ pending ─claim─▶ sending ─▶ sent
    prepare re-checks first: paused, unpaired, deleted, blocked → cancelled;
                             more than 3 hours late → dropped
    sent ─ Snooze ─▶ pending (at the snooze time);  sent ─ Skip today ─▶ skipped

Everything else (retries, rate limits, timeouts, blocked, crashes) is the
rule book of ``send_policy``, the same as for the outbox.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.services.daily_group import group_prompt_message
from bot.services.daily_schedule import GRACE, NUDGE_DELAY, is_paused
from bot.services.languages import speaking_to
from bot.services.send_policy import Outgoing, SendQueue
from flows import daily as flow
from flows import daily_timing
from flows.content.prompts import PROMPTS_BY_KEY
from storage import daily as store
from storage.models import Couple, GroupChat, PromptDelivery
from storage.users import get_user, partner_of


def _why_not_send(session: Session, delivery: PromptDelivery, now: datetime) -> str | None:
    """Re-check right before sending: pause, unpair, /deletedata, block, group changes."""
    if daily_timing.is_due(delivery.due_at, now, GRACE) == "drop":
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


def prepare(
    session: Session, delivery: PromptDelivery, now: datetime, bot_username: str = ""
) -> Outgoing | None:
    """The prompt for a delivery just claimed, or None if it should no longer go out.

    Cancels it (for good) if the person paused, unpaired, deleted their data or
    blocked the bot since it was planned, or drops it if it is too late.
    """
    prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
    reason = _why_not_send(session, delivery, now) or (store.FAILED if prompt is None else None)
    if reason is not None or prompt is None:
        store.set_status(session, delivery, reason or store.FAILED)
        return None
    if delivery.user_id is not None:
        user = get_user(session, delivery.user_id)
        assert user is not None
        partner = partner_of(session, user)
        first = partner is not None and not store.had_private_delivery_before(
            session, user_id=user.id, couple_id=partner.couple_id or 0, delivery_id=delivery.id or 0
        )
        with speaking_to(session, user.id):
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
        # One post for both: in the language of the partner who came first.
        couple = session.get(Couple, delivery.couple_id)
        with speaking_to(session, couple.first_user_id if couple else None):
            reply = group_prompt_message(prompt, delivery.token, bot_username)
        chat_id = group.chat_id
    return Outgoing(id=delivery.id or 0, chat_id=chat_id, reply=reply, attempts=delivery.attempts)


class DailyQueue(SendQueue[PromptDelivery]):
    name = "daily"
    model = PromptDelivery

    def __init__(self, bot_username: str = "") -> None:
        # The group post's "Answer privately" link needs the bot's name.
        self.bot_username = bot_username

    def outgoing(self, session: Session, row: PromptDelivery, now: datetime) -> Outgoing | None:
        return prepare(session, row, now, self.bot_username)

    def sent(
        self, session: Session, row: PromptDelivery, message_id: int | None, now: datetime
    ) -> None:
        row.message_id = message_id
        session.add(row)
        # The partner answered before this prompt reached me: one nudge, an hour on.
        if row.user_id is not None and row.nudged_at is None:
            user = get_user(session, row.user_id)
            partner = partner_of(session, user) if user is not None else None
            if partner is not None and store.shared_answer_of(
                session, day_id=row.day_id, user_id=partner.id
            ):
                row.nudge_due_at = now + NUDGE_DELAY

    def follows_migration(self, row: PromptDelivery) -> bool:
        return row.group_id is not None


DAILY = DailyQueue()
