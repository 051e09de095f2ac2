"""Daily-prompt rows written for tests through the repository functions the bot uses."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from storage import daily as store
from storage.models import PromptDay, PromptDelivery


def prompt_day(
    session: Session,
    *,
    couple_id: int | None,
    user_id: int | None,
    local_date: date,
    prompt_key: str,
    now: datetime,
) -> PromptDay:
    """The prompt of one day for a couple (or a person alone), as the planner records it."""
    row = {
        "couple_id": couple_id,
        "user_id": user_id,
        "local_date": local_date,
        "prompt_key": prompt_key,
        "created_at": now,
    }
    store.create_days(session, [row])
    owner = (
        col(PromptDay.couple_id) == couple_id
        if couple_id is not None
        else col(PromptDay.user_id) == user_id
    )
    found = session.exec(
        select(PromptDay).where(owner, col(PromptDay.local_date) == local_date)
    ).one()
    return found


def claimed_delivery(
    session: Session,
    *,
    token: str,
    user_id: int | None,
    group_id: int | None,
    couple_id: int | None,
    day: PromptDay,
    scheduled_at: datetime,
    now: datetime,
) -> PromptDelivery:
    """A delivery claimed for sending, as the planner claims it."""
    store.claim_many(
        session,
        [
            {
                "token": token,
                "user_id": user_id,
                "group_id": group_id,
                "couple_id": couple_id,
                "day_id": day.id,
                "local_date": day.local_date,
                "prompt_key": day.prompt_key,
                "scheduled_at": scheduled_at,
                "due_at": scheduled_at,
                "status": store.PENDING,
                "created_at": now,
            }
        ],
    )
    found = store.delivery_by_token(session, token)
    assert found is not None
    return found
