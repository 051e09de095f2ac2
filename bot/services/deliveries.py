"""The outbox as a send queue: how a queued row becomes a message, and who is told
when it cannot be delivered. Claiming, retries and statuses are ``send_policy``'s."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.daily_planning import WEEKLY_CARD_KIND
from bot.services.languages import speaking_to
from bot.services.send_policy import GROUP_WINDOW, Outgoing, SendQueue, group_pause
from flows.content import common as common_text
from flows.content import onboarding as text
from flows.model import Button, Reply
from flows.text import esc
from flows.weekly import card_from_json
from storage import outbox, sending
from storage.db import unit_of_work
from storage.models import Outbox
from storage.users import get_user, mark_unreachable


class OutboxQueue(SendQueue[Outbox]):
    name = "outbox"
    model = Outbox

    def outgoing(self, session: Session, row: Outbox, now: datetime) -> Outgoing | None:
        if row.chat_id < 0 and _group_is_full(session, row, now):
            return None
        if row.kind == WEEKLY_CARD_KIND:
            try:
                card, caption = card_from_json(row.text)
            except (KeyError, TypeError, ValueError):
                sending.finish(session, row, sending.FAILED, now=now)
                return None
            return Outgoing(
                id=row.id or 0,
                chat_id=row.chat_id,
                reply=Reply(text=caption),
                attempts=row.attempts,
                card=card,
            )
        buttons = tuple(
            tuple(Button(str(b["label"]), str(b["data"])) for b in line)
            for line in outbox.decode_buttons(row)
            if line
        )
        return Outgoing(
            id=row.id or 0,
            chat_id=row.chat_id,
            reply=Reply(text=row.text, buttons=buttons),
            attempts=row.attempts,
        )

    def settle_sent(
        self, session: Session, item: Outgoing, message_id: int | None, now: datetime
    ) -> bool:
        outbox.mark_sent(session, item.id, now)
        return True

    def blocked(self, session: Session, row: Outbox, now: datetime) -> None:
        """Keep the row and tell the sender, once per sender, recipient and day."""
        sender_id = row.sender_id
        key = f"undeliverable:{sender_id}:{row.chat_id}:{now.date().isoformat()}"
        if sender_id is None or outbox.has_dedupe_key(session, key):
            return
        recipient = get_user(session, row.chat_id)
        with speaking_to(session, sender_id):
            name = recipient.first_name if recipient is not None else common_text.YOUR_PARTNER
            told = text.UNDELIVERABLE.format(partner=esc(name))
        crisis_guard.queue(
            session,
            chat_id=sender_id,
            kind="undeliverable",
            text=told,
            due_at=now,
            now=now,
            subject_user_id=row.chat_id,
            dedupe_key=key,
        )


def _group_is_full(session: Session, row: Outbox, now: datetime) -> bool:
    """A group had its minute's worth of messages: the row waits (not a try) until there
    is room, and the claim moves on to other rows."""
    recent = outbox.claimed_since(session, row.chat_id, since=now - GROUP_WINDOW, excluding=row.id)
    until = group_pause(recent, now)
    if until is None:
        return False
    row.attempts = max(0, row.attempts - 1)
    sending.requeue(session, row, due_at=until)
    return True


OUTBOX = OutboxQueue()


def mark_user_unreachable(rt: Runtime, user_id: int) -> None:
    with unit_of_work(rt.engine) as session:
        mark_unreachable(session, user_id, rt.clock())
