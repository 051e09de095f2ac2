"""Reading /days and /weekly arguments, and describing days back: pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.content import daily as texts
from flows.daily_settings import (
    DAY_PRESETS,
    DAYS_BUTTON_CHOICES,
    DAYS_CALLBACK_PREFIX,
    EVERY_DAY,
    UNTIL_RESUME,
    clock_time,
    days_menu,
    describe_days,
    describe_next,
    parse_days,
    parse_pause_days,
    parse_weekly,
    pause_message,
    pause_until,
    resume_message,
    settings_line,
)
from flows.daily_timing import next_delivery


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every day", frozenset(range(7))),
        ("  Every   Day ", frozenset(range(7))),
        ("daily", frozenset(range(7))),
        ("weekdays", frozenset(range(5))),
        ("weekends", frozenset({5, 6})),
        ("weekend", frozenset({5, 6})),
        ("mon wed fri", frozenset({0, 2, 4})),
        ("mon, wed and fri", frozenset({0, 2, 4})),
        ("Mondays", frozenset({0})),
        ("tues thurs", frozenset({1, 3})),
        ("sunday saturday", frozenset({5, 6})),
    ],
)
def test_parse_days(text: str, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "someday", "mon someday", "and", "8"])
def test_parse_days_refuses_what_it_cannot_read(text: str) -> None:
    assert parse_days(text) is None


@given(st.text(max_size=60))
def test_parse_days_never_raises_and_only_returns_weekdays(text: str) -> None:
    days = parse_days(text)
    assert days is None or (days and days <= EVERY_DAY)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (frozenset(range(7)), texts.DAYS_EVERY),
        (frozenset(range(5)), texts.DAYS_WEEKDAYS),
        (frozenset({5, 6}), texts.DAYS_WEEKENDS),
        (frozenset({2}), "Wed"),
        (frozenset({0, 2, 4}), "Mon, Wed and Fri"),
        (frozenset({6, 0}), "Mon and Sun"),
    ],
)
def test_describe_days(days: frozenset[int], expected: str) -> None:
    assert describe_days(days) == expected


@given(st.frozensets(st.integers(0, 6), min_size=1))
def test_described_days_read_back_as_the_same_days(days: frozenset[int]) -> None:
    assert parse_days(describe_days(days)) == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sunday 19:00", (6, "19:00")),
        ("sun 7pm", (6, "19:00")),
        ("19:00 sunday", (6, "19:00")),
        ("friday, 18:30", (4, "18:30")),
        ("monday", (0, "19:00")),
    ],
)
def test_parse_weekly(text: str, expected: tuple[int, str]) -> None:
    assert parse_weekly(text) == expected


@pytest.mark.parametrize("text", ["", "19:00", "sunday monday 19:00", "sunday at noonish"])
def test_parse_weekly_refuses_what_it_cannot_read(text: str) -> None:
    assert parse_weekly(text) is None


@given(st.text(max_size=60))
def test_parse_weekly_never_raises(text: str) -> None:
    parsed = parse_weekly(text)
    assert parsed is None or (0 <= parsed[0] <= 6 and clock_time(parsed[1]) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20:00", time(20, 0)), ("00:05", time(0, 5)), ("23:59", time(23, 59))],
)
def test_clock_time_reads_stored_times(text: str, expected: time) -> None:
    assert clock_time(text) == expected


@pytest.mark.parametrize("text", [None, "", "24:00", "8:00", "20:60", "20:00 ", "2000"])
def test_clock_time_refuses_anything_else(text: str | None) -> None:
    assert clock_time(text) is None


def test_days_menu_buttons_are_the_presets_and_not_now() -> None:
    menu = days_menu()
    data = [b.data for row in menu.buttons for b in row]
    assert data == [DAYS_CALLBACK_PREFIX + c for c in (*DAYS_BUTTON_CHOICES, "x")]
    assert all(choice in DAY_PRESETS for choice in DAYS_BUTTON_CHOICES)


# --- pauses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", UNTIL_RESUME),
        ("  ", UNTIL_RESUME),
        ("indefinitely", UNTIL_RESUME),
        ("3", 3),
        ("3 days", 3),
        ("3d", 3),
        ("for 3 days", 3),
        ("1 day", 1),
        ("three", 3),
        ("two weeks", 14),
        ("a week", 7),
        ("A Week", 7),
        ("2 weeks", 14),
        ("a fortnight", 14),
        ("tomorrow", 1),
        ("60", 60),
        ("8 weeks", 56),
    ],
)
def test_parse_pause_days(text: str, expected: int | str) -> None:
    assert parse_pause_days(text) == expected


@pytest.mark.parametrize(
    "text", ["0", "61", "9 weeks", "-3", "abc", "3 months", "days", "1000", "3.5", "a", "٣"]
)
def test_parse_pause_days_invalid_is_none(text: str) -> None:
    assert parse_pause_days(text) is None


@given(st.text())
def test_parse_pause_days_never_raises(text: str) -> None:
    result = parse_pause_days(text)
    assert (
        result is None or result == UNTIL_RESUME or (isinstance(result, int) and 1 <= result <= 60)
    )


def test_pause_until() -> None:
    now = utc(2026, 3, 10, 12)
    assert pause_until(3, now) == utc(2026, 3, 13, 12)
    assert pause_until(None, now) is None
    with pytest.raises(ValueError):
        pause_until(0, now)
    with pytest.raises(ValueError):
        pause_until(61, now)
    # After a pause, the schedule resumes at the first delivery after its end.
    end = pause_until(3, now)
    assert end is not None
    assert next_delivery(time(20), "Europe/Berlin", EVERY_DAY, end) == utc(2026, 3, 13, 19)


def test_pause_and_resume_messages() -> None:
    assert pause_message(None, "Europe/Berlin").text == texts.PAUSED_UNTIL_RESUME
    paused = pause_message(utc(2026, 11, 26, 19), "Europe/Berlin").text
    assert paused.startswith("Paused until Thu 26 Nov, 20:00.")
    assert "/resume" in paused
    resumed = resume_message(utc(2026, 11, 24, 19), "Europe/Berlin").text
    assert resumed == "Welcome back. Next question: Tue 24 Nov, 20:00 (Europe/Berlin)."


# --- describing moments ----------------------------------------------------------------


def test_describe_next_in_local_time() -> None:
    assert describe_next(utc(2026, 11, 24, 19), "Europe/Berlin") == (
        "Tue 24 Nov, 20:00 (Europe/Berlin)"
    )
    assert describe_next(utc(2026, 11, 24, 19), "America/New_York") == (
        "Tue 24 Nov, 14:00 (America/New_York)"
    )
    assert describe_next(utc(2026, 5, 31, 18), "Pacific/Kiritimati") == (
        "Mon 1 Jun, 08:00 (Pacific/Kiritimati)"
    )
    assert describe_next(utc(2026, 3, 29, 14, 30), "UTC+05:30") == "Sun 29 Mar, 20:00 (UTC+05:30)"


def test_settings_line() -> None:
    assert settings_line(utc(2026, 11, 24, 19), "Europe/Berlin") == (
        "Next prompt: Tue 24 Nov, 20:00 (Europe/Berlin)"
    )
    assert settings_line(None, "Europe/Berlin", paused=True) == texts.SETTINGS_PAUSED
    assert settings_line(
        None, "Europe/Berlin", paused=True, paused_until_utc=utc(2026, 11, 26, 8)
    ) == ("Prompts paused until Thu 26 Nov, 09:00.")
    assert settings_line(None, "Europe/Berlin") == texts.SETTINGS_OFF
