"""Where the clock's buttons land, across days, weeks and daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from playground.clock import PlaygroundClock
from playground.jumps import Jump, NothingScheduled, next_daily_question, sunday_evening, target
from storage.db import unit_of_work
from storage.models import DailySchedule, User

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Wednesday -> that week's Sunday, 19:00 Berlin (18:00 UTC in winter).
        (datetime(2026, 11, 25, 12, 0, tzinfo=UTC), datetime(2026, 11, 29, 18, 0, tzinfo=UTC)),
        # Sunday before 19:00 -> today; after -> next week.
        (datetime(2026, 11, 29, 17, 0, tzinfo=UTC), datetime(2026, 11, 29, 18, 0, tzinfo=UTC)),
        (datetime(2026, 11, 29, 18, 30, tzinfo=UTC), datetime(2026, 12, 6, 18, 0, tzinfo=UTC)),
        # The Sunday clocks go back: 19:00 is then 18:00 UTC, the day before 17:00 UTC.
        (datetime(2026, 10, 24, 12, 0, tzinfo=UTC), datetime(2026, 10, 25, 18, 0, tzinfo=UTC)),
    ],
)
def test_sunday_evening(now: datetime, expected: datetime) -> None:
    assert sunday_evening(now, BERLIN) == expected


def test_the_clock_only_moves_forward() -> None:
    clock = PlaygroundClock()
    start = clock.now()
    clock.advance(timedelta(days=2))
    assert clock.now() - start >= timedelta(days=2)
    assert clock.timestamp() == pytest.approx(clock.now().timestamp(), abs=1)
    before = clock.now()
    clock.advance_to(before - timedelta(hours=5))
    assert clock.now() >= before
    with pytest.raises(ValueError, match="forward"):
        clock.advance(timedelta(seconds=-1))


def test_next_daily_question_reads_the_bots_schedule(engine: Engine) -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    with pytest.raises(NothingScheduled):
        target(Jump.QUESTION, now, engine, BERLIN)
    with unit_of_work(engine) as session:
        for user_id, due in ((1, now + timedelta(hours=7)), (2, now + timedelta(hours=3))):
            session.add(
                User(id=user_id, first_name="x", timezone="UTC", created_at=now, updated_at=now)
            )
            session.flush()
            session.add(
                DailySchedule(
                    user_id=user_id, zone="UTC", local_time="20:00", next_due_at=due, updated_at=now
                )
            )
    assert next_daily_question(engine, now) == now + timedelta(hours=3)
    landed = target(Jump.QUESTION, now, engine, BERLIN)
    assert timedelta(0) < landed - (now + timedelta(hours=3)) <= timedelta(seconds=10)
    # Already due ones are behind us: the next one after now is the one at +7h.
    assert next_daily_question(engine, now + timedelta(hours=4)) == now + timedelta(hours=7)
    assert target(Jump.DAY, now, engine, BERLIN) == now + timedelta(days=1)
