"""What the planner sends after downtime: the next instant after the last one handled,
skipping over anything more than the grace late (``daily_schedule.following``)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from bot.services.daily_schedule import GRACE, following
from flows.daily_timing import is_due, next_delivery

EVERY_DAY = frozenset(range(7))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def missed(last: datetime, now: datetime) -> datetime | None:
    """The instant the planner would send right now after ``last`` was handled, if any."""

    def berlin_20h(after: datetime) -> datetime:
        return next_delivery(time(20), "Europe/Berlin", EVERY_DAY, after)

    candidate = following(last, now, berlin_20h)
    assert candidate is not None
    return candidate if is_due(candidate, now, GRACE) == "send" else None


def test_a_prompt_missed_while_down_is_sent_within_three_hours_only() -> None:
    last = utc(2026, 3, 1, 19)  # 1 March 20:00 Berlin was handled
    # Down until 2 March 22:59 Berlin: the 20:00 one is 2h59 late, still sent.
    assert missed(last, utc(2026, 3, 2, 21, 59)) == utc(2026, 3, 2, 19)
    # Down until 23:01 Berlin: dropped quietly.
    assert missed(last, utc(2026, 3, 2, 22, 1)) is None
    # Down for days: only the most recent one can qualify, older ones are dropped.
    assert missed(last, utc(2026, 3, 5, 20)) == utc(2026, 3, 5, 19)
    # Nothing missed: the next one is still ahead.
    assert missed(last, utc(2026, 3, 2, 12)) is None
    # Already handled today's: nothing to send again.
    assert missed(utc(2026, 3, 2, 19), utc(2026, 3, 2, 20)) is None


def test_after_a_long_downtime_the_next_instant_is_not_in_the_past() -> None:
    last = utc(2026, 3, 1, 19)
    now = utc(2026, 3, 9, 12)

    def berlin_20h(after: datetime) -> datetime:
        return next_delivery(time(20), "Europe/Berlin", EVERY_DAY, after)

    assert following(last, now, berlin_20h) == utc(2026, 3, 9, 19)
