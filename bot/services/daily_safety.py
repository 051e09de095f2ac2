"""Crisis words typed anywhere in the daily prompts: help in private, nothing kept.

Used by every daily path that takes typed text (answers, group replies, command
arguments). The text itself is never stored, relayed or logged; only the
bot's own safety reply is sent, and only to the person's private chat.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.services.languages import speaking_to
from bot.services.outcome import Outcome
from flows.safety import safety_reply
from storage import outbox
from storage.users import get_user


def crisis_help(session: Session, user_id: int, now: datetime, *, in_group: bool) -> Outcome:
    """The safety reply: straight back in the private chat, or queued to it from a group.

    It names the emergency number of the person's country, as their time zone tells.
    """
    user = get_user(session, user_id)
    with speaking_to(session, user_id):
        reply = safety_reply(None, user.timezone if user is not None else None)
    if not in_group:
        return Outcome([reply])
    outbox.enqueue(
        session,
        chat_id=user_id,
        kind="safety",
        text=reply.text,
        due_at=now,
        now=now,
    )
    return Outcome(queued=True)
