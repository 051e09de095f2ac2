"""The last gate before anything is queued for someone else: crisis text never passes.

Typed text is screened where it arrives (:mod:`flows.text_router`, the command
arguments, the engine), but a path that forgets to must still not relay it. So
every use case queues messages for a partner, a group or later through
:func:`queue`, and partner messages through :func:`add_relay`; both look at the
final text once more. A hit raises :class:`CrisisTextHeldBack` inside the unit
of work, which therefore rolls back whole (nothing of it is stored), and the
error handler sends the person the private safety reply (:func:`private_help`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.daily_safety import crisis_help
from bot.services.outcome import Outcome
from flows.safety import detect_crisis
from storage import outbox, relays
from storage.db import unit_of_work
from storage.outbox import ButtonLike


class CrisisTextHeldBack(Exception):
    """Crisis language reached the outbox gate; carries no text (it is never logged)."""


def refuse_crisis(text: str) -> None:
    """Raise if ``text`` (HTML as queued, or plain) speaks of a crisis."""
    if detect_crisis(html.unescape(text)):
        raise CrisisTextHeldBack


def queue(
    session: Session,
    *,
    chat_id: int,
    kind: str,
    text: str,
    buttons: Sequence[Sequence[ButtonLike]] = (),
    due_at: datetime,
    now: datetime,
    sender_id: int | None = None,
    subject_user_id: int | None = None,
    relay_id: int | None = None,
    dedupe_key: str | None = None,
) -> int:
    """:func:`storage.outbox.enqueue`, after the final crisis check; the row's id."""
    refuse_crisis(text)
    return outbox.enqueue(
        session,
        chat_id=chat_id,
        kind=kind,
        text=text,
        buttons=buttons,
        due_at=due_at,
        now=now,
        sender_id=sender_id,
        subject_user_id=subject_user_id,
        relay_id=relay_id,
        dedupe_key=dedupe_key,
    )


def add_relay(
    session: Session,
    *,
    kind: str,
    sender_id: int,
    recipient_id: int,
    text: str,
    now: datetime,
    to_group_when_accepted: bool = False,
) -> int:
    """:func:`storage.relays.add_relay`, after the final crisis check; the relay's id."""
    refuse_crisis(text)
    return relays.add_relay(
        session,
        kind=kind,
        sender_id=sender_id,
        recipient_id=recipient_id,
        text=text,
        now=now,
        to_group_when_accepted=to_group_when_accepted,
    )


def private_help(rt: Runtime, user_id: int, *, in_group: bool = False) -> Outcome:
    """The safety reply for ``user_id``: to answer in their private chat, or queued there
    from a group. Stores nothing but that reply's own row when queued."""
    with unit_of_work(rt.engine) as session:
        return crisis_help(session, user_id, rt.clock(), in_group=in_group)


def help_for_edit(
    rt: Runtime, user_id: int, text: str, *, in_group: bool = False
) -> Outcome | None:
    """An edited message changes nothing, except that crisis words typed in it get the
    private safety reply, like a fresh message (the words are not kept)."""
    if not detect_crisis(text):
        return None
    return private_help(rt, user_id, in_group=in_group)
