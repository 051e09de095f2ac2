"""/prepare: when the moment is, read from what the person types or taps.

A real day and time ("Saturday 19:00", "the 14th at 7pm"); a time alone asks which
day, a day alone asks the time, never silently today. See :mod:`flows.prepare`.
"""

from datetime import date, datetime, time, timedelta
from typing import Final

from flows.content import common
from flows.content import prepare as txt
from flows.event_time import parse_event_time
from flows.local_time import (
    at_day,
    describe_day,
    describe_event,
    local_today,
    local_zone,
)
from flows.model import FlowState, Person
from flows.steps import (
    OTHER,
    Ctx,
    Option,
)
from flows.text import esc
from flows.timeparse import parse_local_time

# A plan is for something coming up: further than this is surely a misreading.
FURTHEST: Final = timedelta(days=366)
# The day buttons: today, tomorrow and the five days after.
DAYS_OFFERED: Final = 7


def start_of(state: FlowState) -> datetime | None:
    raw = state.answers.get("p_start")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def _set_start(ctx: Ctx, day: date, clock: time) -> str:
    """Keep the start (or refuse it when it has passed or is far off); on to what's hard."""
    start = at_day(ctx.person, day, clock)
    if start <= ctx.now:
        return ctx.reject(txt.WHEN_PASSED)
    if start - ctx.now > FURTHEST:
        return ctx.reject(txt.WHEN_FAR)
    ctx.answers["p_start"] = start.isoformat()
    # Worded once, when set, so the preview, the plan sent and the reminders agree.
    ctx.answers["p_start_when"] = describe_event(start, ctx.person, ctx.now, on=False)
    ctx.note(txt.SET_FOR.format(when=esc(ctx.answers["p_start_when"])))
    return "p_risk"


def after_when(ctx: Ctx) -> str:
    parsed = parse_event_time(ctx.text, local_today(ctx.person, ctx.now))
    if parsed is None:
        return ctx.reject(txt.WHEN_UNREADABLE)
    ctx.answers["p_asked_on"] = local_today(ctx.person, ctx.now).isoformat()
    if parsed.day is not None and parsed.clock is not None:
        return _set_start(ctx, parsed.day, parsed.clock)
    if parsed.day is not None:
        ctx.answers["p_day"] = parsed.day.isoformat()
        return "p_time"
    assert parsed.clock is not None
    ctx.answers["p_clock"] = parsed.clock.strftime("%H:%M")
    return "p_day"


def _asked_on(state: FlowState) -> date | None:
    raw = state.answers.get("p_asked_on")
    return date.fromisoformat(raw) if isinstance(raw, str) else None


def day_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    """Today, Tomorrow, then "Sat 15"…: days counted from the day the question was asked."""
    first = _asked_on(state)
    if first is None:
        return ()
    found = [Option("d0", txt.TODAY), Option("d1", txt.TOMORROW)]
    for offset in range(2, DAYS_OFFERED):
        day = first + timedelta(days=offset)
        label = txt.DAY_BUTTON.format(weekday=common.WEEKDAYS_SHORT[day.weekday()], day=day.day)
        found.append(Option(f"d{offset}", label))
    return tuple(found)


def day_text(state: FlowState, person: Person) -> str:
    return txt.DAY_Q.format(time=esc(str(state.answers.get("p_clock"))))


def after_day(ctx: Ctx) -> str:
    clock = parse_local_time(str(ctx.answers.get("p_clock") or ""))
    first = _asked_on(ctx.state)
    if clock is None or first is None:
        return "p_when"
    if ctx.value == OTHER:
        parsed = parse_event_time(ctx.text, local_today(ctx.person, ctx.now))
        if parsed is None or parsed.day is None:
            return ctx.reject(txt.DAY_UNREADABLE)
        return _set_start(ctx, parsed.day, parsed.clock or clock)
    return _set_start(ctx, first + timedelta(days=int(ctx.value.removeprefix("d"))), clock)


def time_text(state: FlowState, person: Person) -> str:
    raw = state.answers.get("p_day")
    day = date.fromisoformat(raw) if isinstance(raw, str) else None
    named = esc(_day_name(day, state, person)) if day is not None else ""
    return txt.TIME_Q.format(day=named)


def _day_name(day: date, state: FlowState, person: Person) -> str:
    """The day as the question names it, counted from the day it was asked."""
    first = _asked_on(state) or day
    fake_now = datetime.combine(first, time(12), tzinfo=local_zone(person))
    return describe_day(day, person, fake_now)


def after_time(ctx: Ctx) -> str:
    raw = ctx.answers.get("p_day")
    clock = parse_local_time(ctx.text)
    if not isinstance(raw, str):
        return "p_when"
    if clock is None:
        return ctx.reject(txt.TIME_UNREADABLE)
    return _set_start(ctx, date.fromisoformat(raw), clock)
