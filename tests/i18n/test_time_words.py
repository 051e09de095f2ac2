"""Each language's time words: the same shape everywhere, complete where marked so."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, time

import pytest

from flows import daily_settings, i18n
from flows.content import time_words
from flows.content.time_words.model import TimeWords
from flows.event_time import EventTime, parse_event_time
from flows.timeparse import parse_local_time

# Fields a language may leave empty (German has no "pm", no "14th").
MAY_BE_EMPTY = frozenset({"ordinal_suffixes", "am", "pm", "tonight", "articles", "hour_words"})
WEDNESDAY = date(2025, 3, 12)


def test_every_language_has_its_words() -> None:
    assert set(time_words.LANGUAGES) == set(i18n.LANGUAGES)
    assert all(isinstance(words, TimeWords) for words in time_words.LANGUAGES.values())
    assert {"en", "de"} <= time_words.COMPLETE


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_complete_language_fills_every_key(language: str) -> None:
    if language not in time_words.COMPLETE:
        pytest.skip(f"{language}: time words still a stub (COMPLETE = False)")
    words = time_words.LANGUAGES[language]
    # (A yes/no setting such as ``month_first`` is filled whichever it is.)
    empty = [
        f.name
        for f in fields(words)
        if not isinstance(getattr(words, f.name), bool) and not getattr(words, f.name)
    ]
    assert set(empty) <= MAY_BE_EMPTY, f"{language}: empty {empty}"
    assert set(words.weekdays.values()) == set(range(7))
    assert set(words.months.values()) == set(range(1, 13))
    assert set(words.day_presets.values()) == {"all", "wkd", "wke"}
    assert "" in words.unit_days
    # Every word in lower case, as the parsers compare them.
    for field in fields(words):
        value = getattr(words, field.name)
        keys = value if isinstance(value, frozenset | tuple | dict) else ()
        assert all(key == key.lower() for key in keys), field.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("morgen 20 Uhr", EventTime(date(2025, 3, 13), time(20))),
        ("Samstag um 19:00", EventTime(date(2025, 3, 15), time(19))),
        ("nächsten Mittwoch 18.30", EventTime(date(2025, 3, 19), time(18, 30))),
        ("heute abend um 8", EventTime(date(2025, 3, 12), time(20))),
        ("am 14. März", EventTime(date(2025, 3, 14), None)),
        ("Fr", EventTime(date(2025, 3, 14), None)),
    ],
)
def test_german_event_times(text: str, expected: EventTime) -> None:
    assert parse_event_time(text, WEDNESDAY, "de") == expected


def test_german_clock_words() -> None:
    assert parse_local_time("20 Uhr", "de") == time(20)
    assert parse_local_time("Mitternacht", "de") == time(0)
    assert parse_local_time("8pm", "de") == time(20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mo mi fr", frozenset({0, 2, 4})),
        ("Montags und Freitags", frozenset({0, 4})),
        ("werktags", frozenset(range(5))),
        ("jeden Tag", frozenset(range(7))),
        ("weekends", frozenset({5, 6})),
    ],
)
def test_german_days(text: str, expected: frozenset[int]) -> None:
    with i18n.use_language("de"):
        assert daily_settings.parse_days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3 Tage", 3), ("eine Woche", 7), ("zwei Wochen", 14), ("für 5 Tage", 5), ("drei", 3)],
)
def test_german_pauses(text: str, expected: int) -> None:
    with i18n.use_language("de"):
        assert daily_settings.parse_pause_days(text) == expected


def test_german_weekly_and_the_list_of_days_reads_back() -> None:
    with i18n.use_language("de"):
        assert daily_settings.parse_weekly("Sonntag 19 Uhr") == (6, "19:00")
        days = frozenset({0, 2, 4})
        assert daily_settings.parse_days(daily_settings.describe_days(days)) == days
