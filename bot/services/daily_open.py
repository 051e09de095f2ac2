"""Which daily question still takes answers, and a partner's own copy of the group's one.

In group mode the question is posted once for both; each partner may still answer
it privately ("Answer privately"), snooze it or skip it for themselves. That is a
private delivery of the same prompt day for that partner (the ``copy``): the
private paths (typed answers, buttons, the sender after a snooze) then work as
for any private question, and an answer given there is revealed privately.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Final

from sqlmodel import Session

from storage import daily as store
from storage.models import PromptDelivery, User

# A prompt takes answers for a day after it was sent (and until a newer one arrives).
OPEN_FOR: Final = timedelta(hours=24)


def sent_time(delivery: PromptDelivery) -> datetime | None:
    return delivery.sent_at or delivery.claimed_at


def is_open(session: Session, delivery: PromptDelivery, now: datetime) -> bool:
    """Still taking answers: its message is out, it is under a day old, nothing newer came."""
    when = sent_time(delivery)
    if delivery.status not in store.ANSWERABLE or when is None or now - when > OPEN_FOR:
        return False
    if delivery.user_id is not None:
        latest = store.latest_private_delivery(session, delivery.user_id)
    else:
        assert delivery.group_id is not None
        latest = store.latest_group_delivery(session, delivery.group_id)
    return latest is None or latest.id == delivery.id or latest.status not in store.ANSWERABLE


def private_copy(
    session: Session, group_delivery: PromptDelivery, user: User, now: datetime
) -> PromptDelivery:
    """``user``'s own delivery of the group's prompt day (made queued if there is none yet;
    the caller sets what it becomes)."""
    day_id = group_delivery.day_id
    existing = store.private_delivery_for_day(session, user_id=user.id, day_id=day_id)
    if existing is not None:
        return existing
    store.claim_many(
        session,
        [
            {
                "token": secrets.token_urlsafe(12),
                "user_id": user.id,
                "group_id": None,
                "couple_id": group_delivery.couple_id,
                "day_id": day_id,
                "local_date": group_delivery.local_date,
                "prompt_key": group_delivery.prompt_key,
                "scheduled_at": group_delivery.scheduled_at,
                "due_at": now,
                "status": store.PENDING,
                "attempts": 0,
                "created_at": now,
            }
        ],
    )
    made = store.private_delivery_for_day(session, user_id=user.id, day_id=day_id)
    assert made is not None
    return made
