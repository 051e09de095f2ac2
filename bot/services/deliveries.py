"""Bookkeeping for queued messages: claim, then record how sending went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.groups import migrated
from flows.content import onboarding as text
from flows.text import esc
from storage import outbox
from storage.db import unit_of_work
from storage.users import get_user, mark_unreachable

# Network errors are retried with growing pauses, then given up on.
MAX_ATTEMPTS = 5
BACKOFF_BASE = timedelta(seconds=5)


@dataclass(frozen=True)
class Claimed:
    id: int
    chat_id: int
    kind: str
    text: str
    buttons: list[list[dict[str, Any]]]
    attempts: int


def claim_due(rt: Runtime, limit: int = 50) -> list[Claimed]:
    with unit_of_work(rt.engine) as session:
        rows = outbox.claim_due(session, now=rt.clock(), limit=limit)
        return [
            Claimed(
                id=row.id or 0,
                chat_id=row.chat_id,
                kind=row.kind,
                text=row.text,
                buttons=outbox.decode_buttons(row),
                attempts=row.attempts,
            )
            for row in rows
        ]


def sent(rt: Runtime, item: Claimed) -> None:
    with unit_of_work(rt.engine) as session:
        outbox.finish(session, item.id, status=outbox.SENT, now=rt.clock())


def retry_after(rt: Runtime, item: Claimed, seconds: float) -> None:
    with unit_of_work(rt.engine) as session:
        outbox.retry_later(session, item.id, due_at=rt.clock() + timedelta(seconds=seconds))


def network_error(rt: Runtime, item: Claimed) -> None:
    """Try again later with backoff; after MAX_ATTEMPTS give up."""
    with unit_of_work(rt.engine) as session:
        if item.attempts >= MAX_ATTEMPTS:
            outbox.finish(session, item.id, status=outbox.FAILED, now=rt.clock())
            return
        delay = BACKOFF_BASE * (2 ** (item.attempts - 1))
        outbox.retry_later(session, item.id, due_at=rt.clock() + delay)


def blocked(rt: Runtime, item: Claimed) -> None:
    """The recipient blocked the bot: mark them, keep the row, tell the sender."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        outbox.finish(session, item.id, status=outbox.FAILED, now=now)
        mark_unreachable(session, item.chat_id, now)
        sender_id = outbox.sender_of(session, item.id)
        # One notice per sender, recipient and day, however many messages bounced.
        key = f"undeliverable:{sender_id}:{item.chat_id}:{now.date().isoformat()}"
        if sender_id is None or outbox.has_dedupe_key(session, key):
            return
        recipient = get_user(session, item.chat_id)
        name = recipient.first_name if recipient is not None else "your partner"
        crisis_guard.queue(
            session,
            chat_id=sender_id,
            kind="undeliverable",
            text=text.UNDELIVERABLE.format(partner=esc(name)),
            due_at=now,
            now=now,
            subject_user_id=item.chat_id,
            dedupe_key=key,
        )


def failed(rt: Runtime, item: Claimed) -> None:
    with unit_of_work(rt.engine) as session:
        outbox.finish(session, item.id, status=outbox.FAILED, now=rt.clock())


def chat_migrated(rt: Runtime, item: Claimed, new_chat_id: int) -> None:
    migrated(rt, old_chat_id=item.chat_id, new_chat_id=new_chat_id)
    with unit_of_work(rt.engine) as session:
        outbox.redirect(session, item.id, chat_id=new_chat_id)


def mark_user_unreachable(rt: Runtime, user_id: int) -> None:
    with unit_of_work(rt.engine) as session:
        mark_unreachable(session, user_id, rt.clock())


# A claim older than this belongs to a process that died mid-send.
STALE_CLAIM = timedelta(minutes=5)


def expire_stale_claims(rt: Runtime) -> int:
    with unit_of_work(rt.engine) as session:
        return outbox.expire_stale_claims(session, claimed_before=rt.clock() - STALE_CLAIM)
