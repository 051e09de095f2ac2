"""The saved state of each user's guided conversation.

The row is read and written inside one unit of work; ``version`` makes a
concurrent writer (another process) fail loudly instead of losing a step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col

from storage.conflicts import insert_unless_exists
from storage.models import Conversation

# Where a conversation remembers which partner its previews were written for
# (bot/services/conversation.py binds sends to it; erasure scrubs it).
PARTNER_KEY = "_partner_id"


class ConcurrentUpdateError(RuntimeError):
    """Someone else saved this conversation since we read it."""


@dataclass(frozen=True)
class SavedConversation:
    state: dict[str, Any]
    version: int
    updated_at: datetime


def load_conversation(session: Session, user_id: int) -> SavedConversation | None:
    row = session.get(Conversation, user_id)
    if row is None:
        return None
    return SavedConversation(json.loads(row.state), row.version, row.updated_at)


def save_conversation(
    session: Session,
    user_id: int,
    state: dict[str, Any] | None,
    *,
    expected_version: int | None,
    now: datetime,
) -> None:
    """Write the new state (``None`` ends the conversation), checking the version read."""
    if state is None:
        if expected_version is not None:
            result = session.execute(
                delete(Conversation).where(
                    col(Conversation.user_id) == user_id,
                    col(Conversation.version) == expected_version,
                )
            )
            _check(result.rowcount)  # type: ignore[attr-defined]
        return
    encoded = json.dumps(state, ensure_ascii=False)
    if expected_version is None:
        # Another process may be starting one for the same person at this moment:
        # the unique key decides, and the loser hears it as a concurrent update.
        row = {"user_id": user_id, "state": encoded, "version": 1, "updated_at": now}
        if not insert_unless_exists(session, Conversation, row):
            raise ConcurrentUpdateError(user_id)
        return
    result = session.execute(
        update(Conversation)
        .where(
            col(Conversation.user_id) == user_id,
            col(Conversation.version) == expected_version,
        )
        .values(state=encoded, version=expected_version + 1, updated_at=now)
    )
    _check(result.rowcount)  # type: ignore[attr-defined]


def _check(rowcount: int) -> None:
    if rowcount != 1:
        raise ConcurrentUpdateError("conversation changed since it was read")
