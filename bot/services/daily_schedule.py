"""Daily prompts, first stage of a question's life: when it is due.

Every user with a prompt time has a ``DailySchedule`` row whose indexed
``next_due_at`` (and ``weekly_due_at``) is precomputed here from their time
zone, time, days and pause. :func:`sync_schedule` keeps it in line with the
User row in the same unit of work as a settings change; :func:`reconcile` is
the safety net for changes made without it.

The stages that follow: ``daily_planning`` (claim what is due),
``daily_sending`` (the sender's bookkeeping), ``daily_answers`` (answers and
the reveal), with the settings commands in ``daily_settings``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from sqlmodel import Session

from bot.runtime import Runtime
from flows import daily_timing
from flows.daily_settings import clock_time
from storage import daily as store
from storage.db import unit_of_work
from storage.models import DailySchedule, User
from storage.users import get_user

# A prompt is sent up to this late (after downtime); later ones are dropped quietly.
GRACE: Final = daily_timing.DEFAULT_GRACE
# should_nudge's min_delay: a fair chance to answer alone before the nudge.
NUDGE_DELAY: Final = timedelta(hours=1)
# How many schedules one planning or reconciling transaction handles.
PLAN_BATCH: Final = 500


def is_paused(schedule: DailySchedule | None, now: datetime) -> bool:
    if schedule is None or not schedule.paused:
        return False
    return schedule.paused_until is None or schedule.paused_until > now


def compute_next(schedule: DailySchedule, *, after: datetime) -> datetime | None:
    """The schedule's next delivery strictly after ``after`` (or after its pause)."""
    local_time = clock_time(schedule.local_time)
    days = store.days_of(schedule.days)
    if local_time is None or not days:
        return None
    if schedule.paused:
        if schedule.paused_until is None:
            return None
        after = max(after, schedule.paused_until)
    try:
        return daily_timing.next_delivery(local_time, schedule.zone, days, after)
    except ValueError:
        return None


def next_weekly(schedule: DailySchedule, *, after: datetime) -> datetime | None:
    """The schedule's next weekly summary strictly after ``after``."""
    local_time = clock_time(schedule.weekly_time)
    if local_time is None or not 0 <= schedule.weekly_day <= 6:
        return None
    try:
        return daily_timing.next_delivery(
            local_time, schedule.zone, frozenset({schedule.weekly_day}), after
        )
    except ValueError:
        return None


def following(
    instant: datetime, now: datetime, compute: Callable[[datetime], datetime | None]
) -> datetime | None:
    """The next instant after ``instant``; one more than the grace late is skipped over."""
    candidate = compute(instant)
    if candidate is not None and daily_timing.is_due(candidate, now, GRACE) == "drop":
        candidate = compute(now - GRACE - timedelta(microseconds=1))
    return candidate


def sync_schedule(
    session: Session,
    user: User,
    now: datetime,
    *,
    force: bool = False,
    catch_up: bool = False,
) -> DailySchedule | None:
    """Bring the user's schedule in line with their time zone and prompt time.

    Call it in the same unit of work right after changing ``User.timezone``,
    ``User.prompt_time`` or ``User.onboarded`` (the settings questions). It is
    cheap when nothing changed. Returns the schedule (None: never had one and
    does not want one yet). With ``catch_up`` (a change noticed late), a prompt
    of the new schedule up to 3 hours ago is still due; it is never sent twice
    for the same date, the claim sees to that.
    """
    schedule = store.get_schedule(session, user.id)
    if not user.onboarded or clock_time(user.prompt_time) is None:
        if schedule is not None and (schedule.next_due_at or schedule.weekly_due_at):
            schedule.next_due_at = None
            schedule.weekly_due_at = None
            store.save_schedule(session, schedule, now)
        return schedule
    assert user.prompt_time is not None
    if schedule is None:
        schedule = store.new_schedule(
            session, user_id=user.id, zone=user.timezone, local_time=user.prompt_time, now=now
        )
    elif (
        not force
        and schedule.zone == user.timezone
        and schedule.local_time == user.prompt_time
        and (schedule.next_due_at is not None or schedule.weekly_due_at is not None)
    ):
        return schedule
    schedule.zone = user.timezone
    schedule.local_time = user.prompt_time
    after = now - GRACE if catch_up else now
    schedule.next_due_at = compute_next(schedule, after=after)
    schedule.weekly_due_at = next_weekly(schedule, after=after)
    store.save_schedule(session, schedule, now)
    return schedule


def reconcile(rt: Runtime, *, limit: int = PLAN_BATCH, max_rounds: int = 1000) -> int:
    """Fix schedules that do not match their users' settings (start-up and now and then)."""
    fixed = 0
    for _ in range(max_rounds):
        with unit_of_work(rt.engine) as session:
            now = rt.clock()
            user_ids = store.stale_schedule_users(session, limit=limit)
            for user_id in user_ids:
                user = get_user(session, user_id)
                if user is not None:
                    sync_schedule(session, user, now, catch_up=True)
        fixed += len(user_ids)
        if len(user_ids) < limit:
            break
    return fixed
