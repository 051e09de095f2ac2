"""One week of a couple (or a person alone), as the rows the weekly look back reads.

Three indexed queries per couple: reflections by author (``ix_reflection_user_id``),
relays by sender (``ix_relay_sender_id``) and prompt days by owner and date (the
unique ``(couple_id, local_date)`` / ``(user_id, local_date)`` indexes). What the
rows mean (which steps a reflection shows) is decided in ``flows.week_facts``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from storage.models import PromptAnswer, PromptDay, Reflection, Relay


@dataclass(frozen=True)
class ReflectionRow:
    kind: str
    user_id: int
    created_at: datetime
    summary: Mapping[str, Any]


@dataclass(frozen=True)
class RelayRow:
    id: int
    kind: str
    created_at: datetime
    answered_at: datetime | None
    verdict: str | None


@dataclass(frozen=True)
class WeekRows:
    reflections: tuple[ReflectionRow, ...]
    relays: tuple[RelayRow, ...]
    # Local dates whose daily question every one of the people answered.
    daily_dates: frozenset[date]


def week_rows(
    session: Session,
    *,
    people: Sequence[int],
    couple_id: int | None,
    start: datetime,
    end: datetime,
    first: date,
    last: date,
) -> WeekRows:
    """What ``people`` (a couple's two members, or one person alone) did in ``[start, end)``.

    ``start`` and ``end`` are aware UTC instants, ``first`` and ``last`` the local
    dates they span. ``couple_id`` selects the couple's daily questions (answered by
    both); without it, the person's own journal days.
    """
    reflections = session.exec(
        select(Reflection)
        .where(
            col(Reflection.user_id).in_(people),
            col(Reflection.created_at) >= start,
            col(Reflection.created_at) < end,
        )
        .order_by(col(Reflection.created_at), col(Reflection.id))
    )
    relays = session.exec(
        select(Relay)
        .where(
            col(Relay.sender_id).in_(people),
            col(Relay.recipient_id).in_(people),
            or_(
                and_(col(Relay.created_at) >= start, col(Relay.created_at) < end),
                and_(col(Relay.answered_at) >= start, col(Relay.answered_at) < end),
            ),
        )
        .order_by(col(Relay.created_at), col(Relay.id))
    )
    return WeekRows(
        reflections=tuple(
            ReflectionRow(r.kind, r.user_id, _aware(r.created_at), _summary(r.summary))
            for r in reflections
        ),
        relays=tuple(
            RelayRow(
                r.id or 0,
                r.kind,
                _aware(r.created_at),
                _aware(r.answered_at) if r.answered_at is not None else None,
                r.verdict,
            )
            for r in relays
        ),
        daily_dates=_daily_days(
            session, people=people, couple_id=couple_id, first=first, last=last
        ),
    )


def _daily_days(
    session: Session, *, people: Sequence[int], couple_id: int | None, first: date, last: date
) -> frozenset[date]:
    """Local dates whose daily question was answered by every one of ``people``."""
    owner = (
        col(PromptDay.couple_id) == couple_id
        if couple_id is not None
        else col(PromptDay.user_id).in_(people)
    )
    rows = session.exec(
        select(col(PromptDay.local_date))
        .join(PromptAnswer, col(PromptAnswer.day_id) == col(PromptDay.id))
        .where(
            owner,
            col(PromptDay.local_date) >= first,
            col(PromptDay.local_date) <= last,
            col(PromptAnswer.user_id).in_(people),
        )
        .group_by(col(PromptDay.id), col(PromptDay.local_date))
        .having(func.count(func.distinct(PromptAnswer.user_id)) >= len(set(people)))
    )
    return frozenset(rows)


def _summary(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _aware(instant: datetime) -> datetime:
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
