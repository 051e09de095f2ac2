"""Deleting what has served its purpose: the repository side of the retention purge.

Each function deletes at most ``limit`` rows older than its cutoff and returns
how many it deleted, so the caller can purge in short transactions (the write
lock is never held for long) until a batch comes back short. Every query
walks an index on its cutoff column (``tests/storage/test_retention.py`` checks
the query plans), so a run costs what it deletes, not the size of the table.

What is kept, and why, is in README.md ("Privacy").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Delete, delete
from sqlmodel import Session, col, select

from storage import outbox
from storage.models import Conversation, GroupChat, Invite, Outbox, PromptDelivery

# Rows still on their way out; everything else (sent, failed, cancelled,
# unknown, and any final status added later) has served its purpose.
_IN_FLIGHT = (outbox.PENDING, outbox.SENDING)


def outbox_finished_before(session: Session, *, before: datetime, limit: int) -> int:
    """Queued messages (and their text) that went out, failed or were withdrawn."""
    ids = (
        select(Outbox.id)
        .where(col(Outbox.due_at) < before, col(Outbox.status).not_in(_IN_FLIGHT))
        .limit(limit)
    )
    return _run(session, delete(Outbox).where(col(Outbox.id).in_(ids)))


def invites_expired_before(session: Session, *, before: datetime, limit: int) -> int:
    """Invites that stopped working (used, replaced or expired: ``expires_at`` is
    never later than the moment a link stopped working plus its lifetime)."""
    ids = select(Invite.id).where(col(Invite.expires_at) < before).limit(limit)
    return _run(session, delete(Invite).where(col(Invite.id).in_(ids)))


def conversations_idle_since(session: Session, *, before: datetime, limit: int) -> int:
    """Guided conversations abandoned mid-way (finished ones are deleted at once).

    The condition is said again on the rows deleted: a row the person is answering at
    this moment is waited for and then looked at afresh (PostgreSQL re-checks only
    those conditions, not the subquery that chose it), and now kept.
    """
    idle = col(Conversation.updated_at) < before
    ids = select(Conversation.user_id).where(idle).limit(limit)
    return _run(session, delete(Conversation).where(col(Conversation.user_id).in_(ids), idle))


def deliveries_scheduled_before(session: Session, *, before: datetime, limit: int) -> int:
    """Daily prompt bookkeeping (status, message ids, snoozes). The prompt days and
    answers stay: the history of questions and the person's own journal."""
    ids = select(PromptDelivery.id).where(col(PromptDelivery.scheduled_at) < before).limit(limit)
    return _run(session, delete(PromptDelivery).where(col(PromptDelivery.id).in_(ids)))


def groups_left_before(session: Session, *, before: datetime, limit: int) -> int:
    """Groups the bot was removed from, unlinked, and not heard of since (their title).

    As for conversations, the conditions are said again on the rows deleted: a group the
    bot is added back to at this moment is kept.
    """
    left = (
        col(GroupChat.bot_present).is_(False),
        col(GroupChat.couple_id).is_(None),
        col(GroupChat.updated_at) < before,
    )
    ids = select(GroupChat.id).where(*left).limit(limit)
    return _run(session, delete(GroupChat).where(col(GroupChat.id).in_(ids), *left))


def _run(session: Session, statement: Delete) -> int:
    result: Any = session.execute(statement)
    return int(result.rowcount)
