"""Repository functions for the answers to daily prompts. Each takes a session; none
commits."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.conflicts import insert_unless_exists
from storage.daily_schedules import days_of
from storage.models import DailySchedule, PromptAnswer, PromptDay


def answer_of(session: Session, *, day_id: int, user_id: int) -> PromptAnswer | None:
    return session.exec(
        select(PromptAnswer).where(
            col(PromptAnswer.day_id) == day_id, col(PromptAnswer.user_id) == user_id
        )
    ).first()


def add_answer(
    session: Session,
    *,
    day_id: int,
    user_id: int,
    text: str,
    now: datetime,
    group_id: int | None = None,
    just_for_me: bool = False,
) -> PromptAnswer | None:
    """Save an answer (``group_id``: given on that group's post; ``just_for_me``: kept in
    the journal, never revealed); None if this person already answered that day."""
    inserted = insert_unless_exists(
        session,
        PromptAnswer,
        {
            "day_id": day_id,
            "user_id": user_id,
            "text": text,
            "group_id": group_id,
            "just_for_me": just_for_me,
            "answered_at": now,
        },
    )
    if not inserted:
        return None
    return answer_of(session, day_id=day_id, user_id=user_id)


def shared_answer_of(session: Session, *, day_id: int, user_id: int) -> PromptAnswer | None:
    """The person's answer for the day unless they kept it "just for me" (never revealed)."""
    answer = answer_of(session, day_id=day_id, user_id=user_id)
    return answer if answer is not None and not answer.just_for_me else None


def days_both_answered(session: Session, *, couple_id: int, start: date, end: date) -> int:
    """Prompt days of the couple in ``start..end`` that two people answered."""
    answered = (
        select(PromptAnswer.day_id)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(
            col(PromptDay.couple_id) == couple_id,
            col(PromptDay.local_date) >= start,
            col(PromptDay.local_date) <= end,
        )
        .group_by(col(PromptAnswer.day_id))
        .having(func.count(func.distinct(PromptAnswer.user_id)) >= 2)
    )
    return len(list(session.exec(answered)))


def days_answered_by(session: Session, *, user_id: int, start: date, end: date) -> int:
    """Distinct prompt days in ``start..end`` the user answered (journal count)."""
    statement = (
        select(func.count(func.distinct(PromptDay.local_date)))
        .select_from(PromptAnswer)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(
            col(PromptAnswer.user_id) == user_id,
            col(PromptDay.local_date) >= start,
            col(PromptDay.local_date) <= end,
        )
    )
    return int(session.exec(statement).one())


def export_of(session: Session, user_id: int) -> dict[str, Any]:
    """Everything the daily prompts keep about one person, for /export."""
    schedule = session.get(DailySchedule, user_id)
    answers = session.exec(
        select(PromptAnswer, PromptDay)
        .join(PromptDay, col(PromptDay.id) == col(PromptAnswer.day_id))
        .where(col(PromptAnswer.user_id) == user_id)
        .order_by(col(PromptDay.local_date))
    )
    return {
        "schedule": None
        if schedule is None
        else {
            "days": sorted(days_of(schedule.days)),
            "paused": schedule.paused,
            "paused_until": schedule.paused_until.isoformat() if schedule.paused_until else None,
            "weekly_day": schedule.weekly_day,
            "weekly_time": schedule.weekly_time,
            "weekly_card": schedule.weekly_card,
        },
        "answers": [
            {
                "date": day.local_date.isoformat(),
                "prompt": day.prompt_key,
                "answer": answer.text,
                "just_for_me": answer.just_for_me,
                "answered_at": answer.answered_at.isoformat(),
            }
            for answer, day in answers
        ],
    }
