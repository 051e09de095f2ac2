"""One week of a couple (or a person alone), as plain facts for the weekly look back.

Three indexed queries per couple: reflections by author (``ix_reflection_user_id``),
relays by sender (``ix_relay_sender_id``) and prompt days by owner and date (the
unique ``(couple_id, local_date)`` / ``(user_id, local_date)`` indexes). Nothing
anyone wrote leaves this module: only which steps happened, when, and the preset
key of "what made it hard".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from flows.timeparse import zone_for
from flows.weekly import (
    ACTION,
    CHECKIN,
    READ,
    REINFORCE,
    SIDE,
    DayFacts,
    ReasonNote,
    WeekFacts,
    reason_key,
)
from storage.models import PromptAnswer, PromptDay, Reflection, Relay

# Statuses of a Check In or Reinforce inside a /moment that mean it was done:
# sent, scheduled to go out, or kept (a person alone practising on their own).
DONE: frozenset[str] = frozenset({"sent", "scheduled", "kept"})


def week_facts(
    session: Session,
    *,
    people: Sequence[int],
    couple_id: int | None,
    start: datetime,
    end: datetime,
    zone: str,
) -> WeekFacts:
    """What ``people`` (the couple's two members, or one person alone) did in ``[start, end)``.

    ``start`` and ``end`` are aware UTC instants; days are the local dates in
    ``zone`` from ``start`` up to ``end``. ``couple_id`` selects the couple's
    daily questions (answered by both); without it, the person's own journal days.
    """
    tz = zone_for(zone)
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    steps: dict[date, set[str]] = defaultdict(set)

    def day_of(instant: datetime) -> date:
        aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
        return aware.astimezone(tz).date()

    counts: dict[str, int] = defaultdict(int)
    reasons: list[ReasonNote] = []
    accepted: set[int] = set()

    reflections = session.exec(
        select(Reflection)
        .where(
            col(Reflection.user_id).in_(people),
            col(Reflection.created_at) >= start,
            col(Reflection.created_at) < end,
        )
        .order_by(col(Reflection.created_at), col(Reflection.id))
    )
    for row in reflections:
        summary = _summary(row.summary)
        day = steps[day_of(row.created_at)]
        if row.kind == "moment_support":
            counts["moments"] += 1
            day.update(_support_steps(summary))
            key = reason_key(summary.get("hard"))
            if key is not None:
                reasons.append(ReasonNote(row.user_id, key))
            if isinstance(summary.get("request_id"), int):
                accepted.add(summary["request_id"])
        elif row.kind == "moment_hurt":
            counts["hurt_moments"] += 1
            if summary.get("hurt_what"):
                day.add(READ)
        elif row.kind == "prepare":
            counts["plans"] += 1

    verdicts: list[tuple[datetime, int, str]] = []
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
    for relay in relays:
        sent_now = _within(relay.created_at, start, end)
        if relay.kind == "checkin":
            if sent_now:
                counts["checkins_sent"] += 1
                steps[day_of(relay.created_at)].add(CHECKIN)
            if relay.answered_at is not None and _within(relay.answered_at, start, end):
                verdicts.append((relay.answered_at, relay.id or 0, relay.verdict or "helped"))
        elif relay.kind == "reinforce" and sent_now:
            counts["reinforces_sent"] += 1
            steps[day_of(relay.created_at)].add(REINFORCE)
        elif relay.kind == "request":
            if sent_now:
                counts["requests_sent"] += 1
            if relay.answered_at is not None and _within(relay.answered_at, start, end):
                accepted.add(relay.id or 0)

    answered = _daily_days(session, people=people, couple_id=couple_id, first=first, last=last)
    days = tuple(
        DayFacts(d, frozenset(steps.get(d, ())), d in answered) for d in _dates(first, last)
    )
    return WeekFacts(
        days=days,
        paired=couple_id is not None and len(set(people)) == 2,
        moments=counts["moments"],
        hurt_moments=counts["hurt_moments"],
        plans=counts["plans"],
        checkins_sent=counts["checkins_sent"],
        checkin_verdicts=tuple(verdict for *_, verdict in sorted(verdicts)),
        requests_sent=counts["requests_sent"],
        requests_accepted=len(accepted),
        reinforces_sent=counts["reinforces_sent"],
        reasons=tuple(reasons),
    )


def _daily_days(
    session: Session, *, people: Sequence[int], couple_id: int | None, first: date, last: date
) -> set[date]:
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
    return set(rows)


def _support_steps(summary: dict[str, Any]) -> set[str]:
    """The steps a "have their back" reflection shows were practised."""
    found: set[str] = set()
    if summary.get("what") or summary.get("signals"):
        found.add(READ)
    if summary.get("side"):
        found.add(SIDE)
    if summary.get("action"):
        found.add(ACTION)
    if _done(summary.get("checkin")):
        found.add(CHECKIN)
    if _done(summary.get("reinforce")):
        found.add(REINFORCE)
    return found


def _done(part: Any) -> bool:
    return isinstance(part, dict) and part.get("status") in DONE


def _summary(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _within(instant: datetime, start: datetime, end: datetime) -> bool:
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    return start <= aware < end


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
