"""The partner's answer to a shared /prepare plan: 👍 Sounds good, or Add my part.

Button data ``pp:<relay>:ok|add`` comes back unchecked: the relay must be a plan
sent to the presser, unanswered, by their partner of now.
"""

from __future__ import annotations

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import conversation, crisis_guard
from bot.services.languages import speaking_to
from bot.services.onboarding import ensure_user
from bot.services.outcome import Outcome, Who
from flows import shared_plan
from flows.callback_data import PlanPress, decode
from flows.content import onboarding as text
from flows.content import prepare as txt
from flows.model import Reply
from flows.text import esc
from storage import relays
from storage.db import unit_of_work
from storage.models import Relay
from storage.users import get_user


def answer(rt: Runtime, who: Who, data: str) -> Outcome:
    """``pp:<relay>:ok`` tells the planner; ``pp:<relay>:add`` opens "your part"."""
    press = decode(data)
    if not isinstance(press, PlanPress) or press.choice not in ("ok", "add"):
        return _stale()
    relay_id, choice = press.relay_id, press.choice
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        relay = relays.get_relay(session, relay_id)
        if relay is None or not _open_for(session, relay, user.id):
            return _stale()
        now = rt.clock()
        relays.answer_relay(session, relay, verdict=choice, note="", now=now)
        planner = get_user(session, relay.sender_id)
        planner_name = planner.first_name if planner is not None else ""
        if choice == "ok":
            with speaking_to(session, relay.sender_id):
                told = txt.PLAN_OK_TOLD.format(name=esc(user.first_name))
            crisis_guard.queue(
                session,
                chat_id=relay.sender_id,
                kind="prepare_ok",
                text=told,
                due_at=now,
                now=now,
                sender_id=user.id,
                relay_id=relay.id,
            )
            chosen = Reply.closing(show_pressed=True)
            return Outcome([chosen, Reply(txt.PLAN_OK_ACK)], queued=True)
        what = shared_plan.what_of(relay.text)
    context = {"relay_id": relay_id, "what": what, "from_name": planner_name}
    started = conversation.start_flow(rt, who, "prepare_part", context)
    started.replies = [Reply.closing(show_pressed=True), *started.replies]
    return started


def _open_for(session: Session, relay: Relay, user_id: int) -> bool:
    """A plan sent to ``user_id``, not answered yet, by the partner they still have."""
    if relay.kind != "prepare" or relay.recipient_id != user_id or relay.answered_at is not None:
        return False
    recipient, sender = get_user(session, relay.recipient_id), get_user(session, relay.sender_id)
    return (
        recipient is not None
        and sender is not None
        and recipient.couple_id is not None
        and recipient.couple_id == sender.couple_id
    )


def _stale() -> Outcome:
    return Outcome([Reply.closing()], notice=text.STALE_BUTTON)
