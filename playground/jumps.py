"""Where the clock's jump buttons go: +1 hour, +1 day, the next daily question, Sunday evening."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func
from sqlmodel import col, select

from storage.db import unit_of_work
from storage.models import DailySchedule

SUNDAY = 6
SUNDAY_EVENING = time(19, 0)
# A due time is reached when the clock shows it; land a moment after, not on the edge.
PAST_THE_MINUTE = timedelta(seconds=5)


class Jump(StrEnum):
    HOUR = "hour"
    DAY = "day"
    QUESTION = "question"
    SUNDAY = "sunday"


class NothingScheduled(Exception):
    """No daily question is planned yet (nobody finished /start)."""


def target(jump: Jump, now: datetime, engine: Engine, zone: ZoneInfo) -> datetime:
    if jump is Jump.HOUR:
        return now + timedelta(hours=1)
    if jump is Jump.DAY:
        return now + timedelta(days=1)
    if jump is Jump.SUNDAY:
        return sunday_evening(now, zone) + PAST_THE_MINUTE
    due = next_daily_question(engine, now)
    if due is None:
        raise NothingScheduled
    return due + PAST_THE_MINUTE


def next_daily_question(engine: Engine, now: datetime) -> datetime | None:
    """The earliest daily question still to come, from the bot's own schedule table."""
    with unit_of_work(engine) as session:
        due = session.exec(
            select(func.min(DailySchedule.next_due_at)).where(col(DailySchedule.next_due_at) > now)
        ).one()
    if due is None:
        return None
    # SQLite hands datetimes back without their zone; the bot stores UTC.
    return due if due.tzinfo is not None else due.replace(tzinfo=UTC)


def sunday_evening(now: datetime, zone: ZoneInfo) -> datetime:
    """The next Sunday 19:00 in ``zone`` (today's, if it is Sunday before 19:00)."""
    local = now.astimezone(zone)
    days = (SUNDAY - local.weekday()) % 7
    evening = datetime.combine(local.date() + timedelta(days=days), SUNDAY_EVENING, zone)
    if evening <= local:
        evening = datetime.combine(local.date() + timedelta(days=7), SUNDAY_EVENING, zone)
    return evening.astimezone(UTC)
