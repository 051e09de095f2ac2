"""Forgetting a person completely (/deletedata), in one place.

Every row that holds the person's id, quotes their words or names them goes:
deleted when it is theirs, scrubbed when it belongs to someone else (the
partner's couple row, conversation and reflections). The daily tables cascade
from the user row. ``tests/storage/test_erasure.py`` checks every table of the
metadata, so a table added later without a rule here fails it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from storage import chat_turns
from storage.conversations import PARTNER_KEY
from storage.models import (
    Conversation,
    Couple,
    GroupChat,
    Invite,
    Outbox,
    Reflection,
    Relay,
    User,
)
from storage.users import delete_user

# What a scrubbed conversation says its partner was: no real Telegram id is 0,
# so a preview written for the erased person can never be sent to anyone.
GONE = 0

# Keys in a conversation's context that hold the partner's first name.
_NAME_KEYS = frozenset({"asker_name", "from_name", "partner_name"})


@dataclass
class Erased:
    """What erasing left for the caller to do."""

    # People whose queued "X ended your connection" was withdrawn because it names
    # the erased person, or whose couple the erasing itself ended: they still deserve to
    # hear that it ended, without the name.
    untold: set[int] = field(default_factory=set)


def erase_user(session: Session, user_id: int) -> Erased:
    """Delete or scrub every row about ``user_id``.

    End their current couple first (and tell the partner): that is the caller's.
    """
    erased = Erased()
    # Their invites first: someone accepting one at this moment holds it (locked), and
    # what the accepting queues and pairs must be there for the rest of this to find.
    session.execute(delete(Invite).where(col(Invite.inviter_id) == user_id))
    session.execute(update(Invite).where(col(Invite.used_by_id) == user_id).values(used_by_id=None))
    user = session.get(User, user_id)
    first_name = user.first_name if user is not None else None
    erased.untold = _erase_outbox(session, user_id)
    chat_turns.forget_chat(session, user_id)  # a private chat's id is its user's
    session.execute(
        delete(Relay).where(
            or_(col(Relay.sender_id) == user_id, col(Relay.recipient_id) == user_id)
        )
    )
    session.execute(delete(Reflection).where(col(Reflection.user_id) == user_id))
    session.execute(delete(Conversation).where(col(Conversation.user_id) == user_id))
    for couple in _couples_of(session, user_id):
        ended_here = couple.ended_at is None
        partner_id = _scrub_couple(session, couple, user_id)
        if partner_id is not None and ended_here:
            # A couple the caller did not end: made after it looked (an invite accepted at
            # that moment, PostgreSQL). The partner hears it ended, without the name.
            erased.untold.add(partner_id)
        if partner_id is not None:
            _scrub_conversation(session, partner_id, user_id, first_name)
            _scrub_reflections(session, partner_id, couple, first_name)
    # Prompt days, deliveries, answers and the schedule cascade (ON DELETE CASCADE).
    delete_user(session, user_id)
    session.flush()
    return erased


def _erase_outbox(session: Session, user_id: int) -> set[int]:
    """Every queued or sent message to, from or about the person, in any chat."""
    about = or_(
        col(Outbox.chat_id) == user_id,
        col(Outbox.sender_id) == user_id,
        col(Outbox.subject_user_id) == user_id,
    )
    untold = set(
        session.exec(
            select(Outbox.chat_id).where(
                about,
                col(Outbox.kind) == "unpaired",
                col(Outbox.status) == "pending",
                col(Outbox.chat_id) != user_id,
            )
        )
    )
    session.execute(delete(Outbox).where(about))
    return untold


def _couples_of(session: Session, user_id: int) -> list[Couple]:
    """Locked and read afresh: the partner may be erasing (or ending the couple) at the
    same moment (PostgreSQL), and whether the row goes depends on what they left of it."""
    return list(
        session.exec(
            select(Couple)
            .where(or_(col(Couple.first_user_id) == user_id, col(Couple.second_user_id) == user_id))
            .order_by(col(Couple.id))
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    )


def _scrub_couple(session: Session, couple: Couple, user_id: int) -> int | None:
    """Blank the person in the couple row; returns the other member's id.

    The row stays while the partner is there: their daily days and answers
    belong to it.
    """
    if couple.first_user_id == user_id:
        couple.first_user_id, partner_id = None, couple.second_user_id
    else:
        couple.second_user_id, partner_id = None, couple.first_user_id
    if couple.ended_at is None:
        # Not ended by the caller: no one may keep using a half-erased couple.
        couple.ended_at = couple.created_at
        session.execute(update(User).where(col(User.couple_id) == couple.id).values(couple_id=None))
    session.execute(
        update(GroupChat)
        .where(col(GroupChat.couple_id) == couple.id)
        .values(couple_id=None, linked_at=None)
    )
    if couple.first_user_id is None and couple.second_user_id is None:
        # Both have gone: nothing of the couple is anyone's any more (its prompt
        # days and group settings cascade).
        session.delete(couple)
    else:
        session.add(couple)
    return partner_id


def _scrub_conversation(
    session: Session, partner_id: int, user_id: int, first_name: str | None
) -> None:
    """The partner's open conversation keeps their own words, not the erased person's
    id or name; a preview written for the erased person can no longer be sent."""
    row = session.get(Conversation, partner_id)
    if row is None:
        return
    state = json.loads(row.state)
    context = state.get("context")
    if not isinstance(context, dict):
        return
    scrubbed = _scrub_value(context, user_id, first_name)
    if scrubbed == context:
        return
    state["context"] = scrubbed
    row.state = json.dumps(state, ensure_ascii=False)
    # A step of the partner's in flight retries on the scrubbed state.
    row.version += 1
    session.add(row)


def _scrub_value(value: Any, user_id: int, first_name: str | None, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _scrub_value(v, user_id, first_name, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_value(v, user_id, first_name, key) for v in value]
    if key == PARTNER_KEY and value == user_id:
        return GONE
    if isinstance(value, int) and not isinstance(value, bool) and value == user_id:
        return GONE
    if key in _NAME_KEYS and first_name is not None and value == first_name:
        return None
    return value


def _scrub_reflections(
    session: Session, partner_id: int, couple: Couple, first_name: str | None
) -> None:
    """The partner's reflections from their time together keep their words; the
    erased person's name in the "partner" field goes.

    Done in Python, not with the database's JSON functions (which SQLite and
    PostgreSQL spell differently): one person's reflections are few.
    """
    if first_name is None:
        return
    during = [col(Reflection.created_at) >= couple.created_at]
    if couple.ended_at is not None:
        during.append(col(Reflection.created_at) <= couple.ended_at)
    for reflection in session.exec(
        select(Reflection).where(col(Reflection.user_id) == partner_id, *during)
    ):
        try:
            summary = json.loads(reflection.summary)
        except ValueError:
            continue
        if isinstance(summary, dict) and summary.get("partner") == first_name:
            summary["partner"] = None
            reflection.summary = json.dumps(summary, ensure_ascii=False)
            session.add(reflection)
