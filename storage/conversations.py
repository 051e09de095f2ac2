"""The saved state of each user's guided conversation.

The row is read and written inside one unit of work; ``version`` makes a
concurrent writer (another process) fail loudly instead of losing a step.

Read and written with plain SQL statements on the unit's connection, not through
the ORM's identity map: this runs two or three times for every update a person
sends, and the ORM's object tracking was most of its cost (docs/benchmarks.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlmodel import Session, col

from storage.conflicts import insert_unless_exists
from storage.models import Conversation

# Where a conversation remembers which partner its previews were written for
# (bot/services/conversation.py binds sends to it; erasure scrubs it).
PARTNER_KEY = "_partner_id"


class ConcurrentUpdateError(RuntimeError):
    """Someone else saved this conversation since we read it."""


# Built once: their compiled form is cached and reused on every execution.
_ONE_USER = col(Conversation.user_id) == bindparam("for_user")
_THIS_VERSION = col(Conversation.version) == bindparam("expected_version")
_LOAD = select(
    col(Conversation.state), col(Conversation.version), col(Conversation.updated_at)
).where(_ONE_USER)
_SAVE = update(Conversation).where(_ONE_USER, _THIS_VERSION)
_END = delete(Conversation).where(_ONE_USER, _THIS_VERSION)


@dataclass(frozen=True)
class SavedConversation:
    state: dict[str, Any]
    version: int
    updated_at: datetime


def load_conversation(session: Session, user_id: int) -> SavedConversation | None:
    row = session.connection().execute(_LOAD, {"for_user": user_id}).first()
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
            result = session.connection().execute(
                _END, {"for_user": user_id, "expected_version": expected_version}
            )
            _check(result.rowcount)
        return
    encoded = json.dumps(state, ensure_ascii=False)
    if expected_version is None:
        # Another process may be starting one for the same person at this moment:
        # the unique key decides, and the loser hears it as a concurrent update.
        row = {"user_id": user_id, "state": encoded, "version": 1, "updated_at": now}
        if not insert_unless_exists(session, Conversation, row):
            raise ConcurrentUpdateError(user_id)
        return
    result = session.connection().execute(
        _SAVE,
        {
            "for_user": user_id,
            "expected_version": expected_version,
            "state": encoded,
            "version": expected_version + 1,
            "updated_at": now,
        },
    )
    _check(result.rowcount)


def _check(rowcount: int) -> None:
    if rowcount != 1:
        raise ConcurrentUpdateError("conversation changed since it was read")
