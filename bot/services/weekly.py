"""The week of a couple (or a person alone), read from storage and told as facts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import Session

from flows.timeparse import zone_for
from flows.week_facts import WeekFacts, facts_from
from storage.weekly import week_rows


def week_facts(
    session: Session,
    *,
    people: Sequence[int],
    couple_id: int | None,
    start: datetime,
    end: datetime,
    zone: str,
) -> WeekFacts:
    """What ``people`` did in ``[start, end)``, by local day in ``zone``."""
    tz = zone_for(zone)
    rows = week_rows(
        session,
        people=people,
        couple_id=couple_id,
        start=start,
        end=end,
        first=start.astimezone(tz).date(),
        last=(end - timedelta(microseconds=1)).astimezone(tz).date(),
    )
    return facts_from(
        rows.reflections,
        rows.relays,
        rows.daily_dates,
        start=start,
        end=end,
        zone=zone,
        paired=couple_id is not None and len(set(people)) == 2,
    )
