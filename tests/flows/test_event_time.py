"""When an event is, from what people type: days, dates, times (flows.timeparse)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.content import common as txt
from flows.content.time_words import ENGLISH, LANGUAGES
from flows.event_time import EventTime, parse_event_time
from flows.local_time import at_day, describe_day, describe_event
from flows.model import Person

WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("Saturday 19:00", date(2025, 3, 15), time(19)),
        ("saturday at 7pm", date(2025, 3, 15), time(19)),
        ("Sat, 7 p.m.", date(2025, 3, 15), time(19)),
        ("on the 14th", date(2025, 3, 14), None),
        ("the 14th at 7pm", date(2025, 3, 14), time(19)),
        ("the 3rd", date(2025, 4, 3), None),  # the 3rd of March has passed
        ("the 12th", WEDNESDAY, None),  # today is the 12th
        ("the 31st", date(2025, 3, 31), None),
        ("next Friday", date(2025, 3, 14), None),
        ("next Wednesday", date(2025, 3, 19), None),  # never today
        ("Wednesday", WEDNESDAY, None),  # today
        ("this Sunday 10:30", date(2025, 3, 16), time(10, 30)),
        ("tomorrow 8pm", date(2025, 3, 13), time(20)),
        ("tmrw 8:15 am", date(2025, 3, 13), time(8, 15)),
        ("today", WEDNESDAY, None),
        ("tonight at 8", WEDNESDAY, time(20)),
        ("Saturday evening at 8", date(2025, 3, 15), time(20)),
        ("Saturday morning at 8", date(2025, 3, 15), time(8)),
        ("14 March", date(2025, 3, 14), None),
        ("March 14th at 7 p.m.", date(2025, 3, 14), time(19)),
        ("1st of April, 18:30", date(2025, 4, 1), time(18, 30)),
        ("2 March", date(2026, 3, 2), None),  # passed this year: next year
        ("29 Feb", date(2028, 2, 29), None),
        ("22:00", None, time(22)),
        ("8 pm", None, time(20)),
        ("noon", None, time(12)),
        ("14", None, time(14)),  # a bare number is an hour, unless "the" or a month says day
    ],
)
def test_reads_days_and_times(text: str, day: date | None, clock: time | None) -> None:
    assert parse_event_time(text, WEDNESDAY) == EventTime(day, clock)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "Saturday at my parents'",
        "Saturday Sunday",  # two days
        "8pm 9pm",  # two times
        "feb 30",
        "the 32nd",
        "the 14xx",
        "march",
        "yesterday",
        "25:00",
        "x" * 200,
    ],
)
def test_refuses_what_it_cannot_read(text: str) -> None:
    assert parse_event_time(text, WEDNESDAY) is None


TODAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(st.text(max_size=80), TODAYS)
def test_never_raises_and_never_goes_back_in_time(text: str, today: date) -> None:
    found = parse_event_time(text, today)
    if found is not None:
        assert found.day is not None or found.clock is not None
        assert found.day is None or today <= found.day <= today + timedelta(days=366 * 9)


@given(TODAYS, st.integers(min_value=0, max_value=6), st.times())
def test_a_weekday_and_time_round_trip(today: date, ahead: int, clock: time) -> None:
    day = today + timedelta(days=ahead)
    name = max((n for n, d in ENGLISH.weekdays.items() if d == day.weekday()), key=len)
    clock = clock.replace(second=0, microsecond=0)
    found = parse_event_time(f"{name.title()} {clock:%H:%M}", today)
    assert found == EventTime(day, clock)


@given(TODAYS, st.integers(min_value=0, max_value=360), st.integers(1, 12), st.booleans())
def test_a_date_and_twelve_hour_time_round_trip(
    today: date, ahead: int, hour: int, pm: bool
) -> None:
    day = today + timedelta(days=ahead)
    month = max((n for n, m in ENGLISH.months.items() if m == day.month), key=len)
    said = f"{month.title()} {day.day}th at {hour}{'pm' if pm else 'am'}"
    expected = time((hour % 12) + (12 if pm else 0))
    assert parse_event_time(said, today) == EventTime(day, expected)


@given(TODAYS, st.integers(min_value=1, max_value=31))
def test_the_nth_is_the_next_such_day(today: date, number: int) -> None:
    found = parse_event_time(f"the {number}th", today)
    assert found is not None and found.day is not None and found.clock is None
    assert found.day.day == number and found.day >= today
    # No earlier date from today has that day of the month.
    assert all((today + timedelta(days=k)).day != number for k in range((found.day - today).days))


def test_other_languages_are_data() -> None:
    """Another language is a TimeWords value in its own file: the parser stays the same."""
    assert parse_event_time("Samstag um 19:00", WEDNESDAY, "de") == EventTime(
        date(2025, 3, 15), time(19)
    )
    assert parse_event_time("morgen abends um 8", WEDNESDAY, "de") == EventTime(
        date(2025, 3, 13), time(20)
    )
    assert parse_event_time("am 14. März 20 Uhr", WEDNESDAY, "de") == EventTime(
        date(2025, 3, 14), time(20)
    )
    # English still reads for a German speaker; German is not read for an English one.
    assert parse_event_time("saturday 7pm", WEDNESDAY, "de") == EventTime(
        date(2025, 3, 15), time(19)
    )
    assert parse_event_time("Samstag um 19:00", WEDNESDAY, "en") is None
    assert set(LANGUAGES) == {"en", "de", "es", "fr", "pt", "ru"}


def test_wording_and_instants_in_the_persons_zone() -> None:
    person = Person(1, "Sam", timezone="Europe/Berlin")
    now = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
    saturday = at_day(person, date(2025, 3, 15), time(19))
    assert saturday == datetime(2025, 3, 15, 18, 0, tzinfo=UTC)
    assert describe_event(saturday, person, now) == "on Saturday 15 March at 19:00"
    assert describe_event(saturday, person, now, on=False) == "Saturday 15 March at 19:00"
    assert describe_event(now, person, now) == "today at 18:00"
    assert describe_day(date(2025, 3, 13), person, now) == txt.TOMORROW
    # Across the spring-forward night: 02:30 does not exist in Berlin on 30 March.
    gap = at_day(person, date(2025, 3, 30), time(2, 30))
    assert gap.astimezone(UTC).hour in (0, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [("sexta às 19h", "pt"), ("vendredi à 19h", "fr"), ("viernes a las 19h", "es")],
)
def test_an_hour_written_with_h_is_read_whatever_the_current_language(
    text: str, language: str
) -> None:
    # The current language (the context's) is English here; the words are the person's.
    assert parse_event_time(text, date(2026, 11, 30), language) == EventTime(
        date(2026, 12, 4), time(19)
    )


def test_the_clock_words_of_the_language_read_are_used() -> None:
    # "midi" is French; the current language (the context's) is English here.
    assert parse_event_time("vendredi à midi", date(2026, 11, 30), "fr") == EventTime(
        date(2026, 12, 4), time(12)
    )


@pytest.mark.parametrize(
    ("text", "language", "day", "clock"),
    [
        ("in 3 days", "en", date(2025, 3, 15), None),
        ("in three days", "en", date(2025, 3, 15), None),
        ("in a week at 7pm", "en", date(2025, 3, 19), time(19)),
        ("in 2 weeks", "en", date(2025, 3, 26), None),
        ("in drei Tagen um 20 Uhr", "de", date(2025, 3, 15), time(20)),
        ("dans une semaine à 20h", "fr", date(2025, 3, 19), time(20)),
        ("dentro de 3 días", "es", date(2025, 3, 15), None),
        ("daqui a 3 dias", "pt", date(2025, 3, 15), None),
        ("через 3 дня", "ru", date(2025, 3, 15), None),
        ("через неделю в 19:00", "ru", date(2025, 3, 19), time(19)),
        # Dates in figures: the day first, except month-first English when it must be.
        ("24.12.", "de", date(2025, 12, 24), None),
        ("24.12. um 19 Uhr", "de", date(2025, 12, 24), time(19)),
        ("24.12.2026", "de", date(2026, 12, 24), None),
        ("3/4", "fr", date(2025, 4, 3), None),
        ("14/3", "es", date(2025, 3, 14), None),
        ("1/3", "pt", date(2026, 3, 1), None),  # passed this year: next year
        ("12/25", "en", date(2025, 12, 25), None),
        ("25/12", "en", date(2025, 12, 25), None),
        ("12/12/26", "en", date(2026, 12, 12), None),
        ("12.12", "de", None, time(12, 12)),  # no final dot: a clock time, as before
    ],
)
def test_reads_days_ahead_and_dates_in_figures(
    text: str, language: str, day: date | None, clock: time | None
) -> None:
    assert parse_event_time(text, WEDNESDAY, language) == EventTime(day, clock)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("3/4", "en"),  # the 3rd of April, or March 4th: not guessed
        ("1/1/2020", "en"),  # behind us
        ("31/02", "de"),
        ("13/13", "fr"),
        ("in 400 days", "en"),  # more than a year ahead
        ("in 0 days", "en"),
    ],
)
def test_refuses_dates_it_cannot_be_sure_of(text: str, language: str) -> None:
    assert parse_event_time(text, WEDNESDAY, language) is None


@given(TODAYS, st.integers(min_value=1, max_value=366))
def test_in_n_days_is_n_days_from_today(today: date, ahead: int) -> None:
    assert parse_event_time(f"in {ahead} days", today) == EventTime(
        today + timedelta(days=ahead), None
    )


@given(TODAYS, st.integers(min_value=0, max_value=360))
def test_a_dotted_date_is_the_next_such_date(today: date, ahead: int) -> None:
    day = today + timedelta(days=ahead)
    # Less than a year ahead, so ``day`` is the first such date from today.
    assert parse_event_time(f"{day.day}.{day.month}.", today, "de") == EventTime(day, None)
