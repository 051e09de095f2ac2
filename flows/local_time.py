"""Times of day in the person's own zone: typed times, fixed clock times, wording.

The clock is passed in (``now``, an aware UTC datetime); every instant returned
is UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from flows.content import common as txt
from flows.content.time_words import words_for
from flows.i18n import current_language
from flows.model import Person
from flows.timeparse import parse_local_time, zone_for


def local_zone(person: Person) -> tzinfo:
    try:
        return zone_for(person.timezone)
    except ValueError:
        return UTC


def _day_and_clock(text: str) -> tuple[bool, bool, time] | None:
    """(a day was said, it was tomorrow, the clock time) from "tomorrow 9am", "heute 20 Uhr"."""
    for words in words_for(current_language()):
        day_words = words.today | words.tonight | words.tomorrow
        tokens = text.lower().split()
        # "this evening" says the day as "today" does.
        evening = any(t in words.this_words for t in tokens) and any(
            t in words.later_parts for t in tokens
        )
        rest = [
            t
            for t in tokens
            if t not in day_words and not (evening and t in words.this_words | words.later_parts)
        ]
        clock = parse_local_time(" ".join(rest))
        if clock is not None:
            said = evening or any(t in day_words for t in tokens)
            return said, any(t in words.tomorrow for t in tokens), clock
    return None


def resolve_time(text: str, person: Person, now: datetime) -> datetime | str:
    """A typed time of day, today or tomorrow in the person's zone, as a UTC instant.

    Without a day word a time already past today means tomorrow. Returns the
    message to show instead when the text is not a usable time.
    """
    read = _day_and_clock(text)
    if read is None:
        return txt.TIME_UNREADABLE
    said_day, tomorrow, clock = read
    zone = local_zone(person)
    local_now = now.astimezone(zone)
    day = local_now.date() + timedelta(days=1 if tomorrow else 0)
    candidate = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=zone)
    if candidate <= local_now:
        if said_day:
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


def local_today(person: Person, now: datetime) -> date:
    """Today's date where the person is."""
    return now.astimezone(local_zone(person)).date()


def at_day(person: Person, day: date, clock: time) -> datetime:
    """``clock`` on ``day`` in the person's zone, as a UTC instant.

    A clock time that does not exist that day (a spring-forward gap) is read as
    the zone reads it (an hour later); one that exists twice, as the first.
    """
    return datetime.combine(day, clock, tzinfo=local_zone(person)).astimezone(UTC)


def describe_day(day: date, person: Person, now: datetime) -> str:
    """``today`` / ``tomorrow`` / ``Saturday 15 March`` (the person's today)."""
    today = local_today(person, now)
    if day == today:
        return txt.TODAY
    if day == today + timedelta(days=1):
        return txt.TOMORROW
    return txt.DAY_DATE.format(
        weekday=txt.WEEKDAYS[day.weekday()], day=day.day, month=txt.MONTHS[day.month - 1]
    )


def describe_event(at: datetime, person: Person, now: datetime, *, on: bool = True) -> str:
    """``today at 19:00`` / ``tomorrow at 08:30`` / ``on Saturday 15 March at 19:00``.

    Without ``on``: ``Saturday 15 March at 19:00`` (after "When:").
    """
    local = at.astimezone(local_zone(person))
    day = describe_day(local.date(), person, now)
    relative = day in (txt.TODAY, txt.TOMORROW)
    template = txt.ON_DAY_DATE_AT if on and not relative else txt.AT_DAY
    return template.format(day=day, time=local.strftime("%H:%M"))
