"""Times of day in the person's own zone: typed times, fixed clock times, wording.

The clock is passed in (``now``, an aware UTC datetime); every instant returned
is UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, tzinfo

from flows.content import common as txt
from flows.model import Person
from flows.timeparse import parse_local_time, zone_for

_DAY_WORDS = re.compile(r"\b(today|tonight|this evening|tomorrow|tmrw|tmr)\b", re.IGNORECASE)


def local_zone(person: Person) -> tzinfo:
    try:
        return zone_for(person.timezone)
    except ValueError:
        return UTC


def resolve_time(text: str, person: Person, now: datetime) -> datetime | str:
    """A typed time of day, today or tomorrow in the person's zone, as a UTC instant.

    Without a day word a time already past today means tomorrow. Returns the
    message to show instead when the text is not a usable time.
    """
    words = {w.lower() for w in _DAY_WORDS.findall(text)}
    clock = parse_local_time(_DAY_WORDS.sub(" ", text).strip())
    if clock is None:
        return txt.TIME_UNREADABLE
    zone = local_zone(person)
    local_now = now.astimezone(zone)
    tomorrow = bool(words & {"tomorrow", "tmrw", "tmr"})
    day = local_now.date() + timedelta(days=1 if tomorrow else 0)
    candidate = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=zone)
    if candidate <= local_now:
        if words:
            return txt.TIME_PASSED
        candidate = datetime.combine(
            day + timedelta(days=1), clock.replace(tzinfo=None), tzinfo=zone
        )
    return candidate.astimezone(UTC)


def at_local(person: Person, now: datetime, clock: time, days_ahead: int) -> datetime:
    """``clock`` on the day ``days_ahead`` after today in the person's zone, in UTC."""
    zone = local_zone(person)
    day = now.astimezone(zone).date() + timedelta(days=days_ahead)
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def describe_when(at: datetime, person: Person, now: datetime) -> str:
    """``today at 21:30`` / ``tomorrow at 09:00`` in the person's zone."""
    zone = local_zone(person)
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return txt.TODAY_AT.format(time=clock)
    if local.date() == today + timedelta(days=1):
        return txt.TOMORROW_AT.format(time=clock)
    return txt.ON_DAY_AT.format(day=f"{local.day} {local:%b}", time=clock)
