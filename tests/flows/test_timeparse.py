"""Time zones and clock times as people type them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.timeparse import (
    describe_zone,
    format_offset,
    parse_local_time,
    parse_timezone,
    zone_for,
)

# --- parse_timezone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE/BERLIN ", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america/new_york", "America/New_York"),
        ("America / New York", "America/New_York"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        ("Pacific/Kiritimati", "Pacific/Kiritimati"),
        ("america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_iana_names_any_case_spaces_or_underscores(text: str, expected: str) -> None:
    assert parse_timezone(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin", "Europe/Berlin"),
        ("london", "Europe/London"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("Kolkata", "Asia/Kolkata"),
        ("Tokyo", "Asia/Tokyo"),
        ("Kiritimati", "Pacific/Kiritimati"),
        # An old alias of the same place is not an ambiguity: the specific name wins.
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_city_alone(text: str, expected: str) -> None:
    assert parse_timezone(text) == expected


@pytest.mark.parametrize("text", ["West", "North", "Atlantis", "Springfield", "Europe/Atlantis"])
def test_ambiguous_or_unknown_city_is_none(text: str) -> None:
    assert parse_timezone(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+05:30", "UTC+05:30"),
        ("+0530", "UTC+05:30"),
        ("+530", "UTC+05:30"),
        ("-3", "UTC-03:00"),
        ("−3", "UTC-03:00"),  # unicode minus
        ("UTC+2", "UTC+02:00"),
        ("utc +2", "UTC+02:00"),
        ("GMT-04:00", "UTC-04:00"),
        ("gmt+5:45", "UTC+05:45"),
        ("+14", "UTC+14:00"),
        ("UTC-12:00", "UTC-12:00"),
        ("+00:00", "UTC"),
        ("-0", "UTC"),
    ],
)
def test_offsets(text: str, expected: str) -> None:
    assert parse_timezone(text) == expected


@pytest.mark.parametrize(
    "text", ["+14:15", "-12:30", "+15", "-13", "+05:20", "+05:60", "UTC+", "+", "5:30", "+123:00"]
)
def test_offsets_out_of_range_or_malformed(text: str) -> None:
    assert parse_timezone(text) is None


@pytest.mark.parametrize("text", ["UTC", "utc", "GMT", "Z", "z", "Zulu", "Etc/UTC"])
def test_utc_words(text: str) -> None:
    assert parse_timezone(text) == "UTC"


@pytest.mark.parametrize("text", ["", "   ", "hello there", "20:00", "Europe/", "/", "x" * 500])
def test_nonsense_is_none(text: str) -> None:
    assert parse_timezone(text) is None


@given(st.text())
def test_parse_timezone_never_raises_and_result_is_usable(text: str) -> None:
    result = parse_timezone(text)
    if result is not None:
        zone_for(result)  # whatever it accepts, zone_for understands


@given(
    sign=st.sampled_from(["+", "-"]),
    hours=st.integers(0, 14),
    minutes=st.sampled_from([0, 15, 30, 45]),
    prefix=st.sampled_from(["", "UTC", "GMT", "utc ", "gmt"]),
    colon=st.booleans(),
)
def test_all_offsets_in_range_round_trip(
    sign: str, hours: int, minutes: int, prefix: str, colon: bool
) -> None:
    total = (hours * 60 + minutes) * (1 if sign == "+" else -1)
    text = f"{prefix}{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"
    result = parse_timezone(text)
    if -12 * 60 <= total <= 14 * 60:
        assert result is not None
        zone = zone_for(result)
        assert zone.utcoffset(datetime(2026, 6, 1)) == timedelta(minutes=total)
        if total != 0:
            assert result == f"UTC{sign}{hours:02d}:{minutes:02d}"
    else:
        assert result is None


def test_every_iana_name_round_trips_in_lower_case() -> None:
    from zoneinfo import available_timezones

    for name in available_timezones():
        if name in {"Factory", "localtime", "posixrules"}:
            continue
        result = parse_timezone(name.lower().replace("_", " "))
        if result is None or result == "UTC":
            # Only names people type for UTC itself collapse to "UTC".
            assert result == "UTC", name
            continue
        assert result == name


# --- zone_for -----------------------------------------------------------------


def test_zone_for_iana_is_zoneinfo() -> None:
    zone = zone_for("Europe/Berlin")
    assert isinstance(zone, ZoneInfo)
    assert zone.utcoffset(datetime(2026, 1, 15)) == timedelta(hours=1)
    assert zone.utcoffset(datetime(2026, 7, 15)) == timedelta(hours=2)


def test_zone_for_fixed_offset() -> None:
    assert zone_for("UTC+05:30") == timezone(timedelta(hours=5, minutes=30))
    assert zone_for("UTC-03:00") == timezone(timedelta(hours=-3))
    assert zone_for("UTC").utcoffset(datetime(2026, 1, 1)) == timedelta(0)


@pytest.mark.parametrize(
    "name", ["", "Mars/Olympus", "europe/berlin", "UTC+15:00", "UTC+5", "UTC+05:99", "../etc"]
)
def test_zone_for_unknown_raises_value_error(name: str) -> None:
    with pytest.raises(ValueError):
        zone_for(name)


# --- parse_local_time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20:00", time(20, 0)),
        ("8:05", time(8, 5)),
        ("08:05", time(8, 5)),
        ("0800", time(8, 0)),
        ("2359", time(23, 59)),
        ("20", time(20, 0)),
        ("8pm", time(20, 0)),
        ("8 pm", time(20, 0)),
        ("8 PM", time(20, 0)),
        ("8:30pm", time(20, 30)),
        ("8:30 p.m.", time(20, 30)),
        ("8am", time(8, 0)),
        ("8.30", time(8, 30)),
        ("20.30", time(20, 30)),
        ("12am", time(0, 0)),
        ("12:15am", time(0, 15)),
        ("12pm", time(12, 0)),
        ("noon", time(12, 0)),
        ("Midnight", time(0, 0)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
    ],
)
def test_local_times(text: str, expected: time) -> None:
    assert parse_local_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24:00",
        "25",
        "12:60",
        "13pm",
        "0am",
        "0pm",
        "8:5",
        "tomorrow",
        "",
        "8:30:00:00",
        "-1",
        "٨pm",
    ],
)
def test_invalid_local_times(text: str) -> None:
    assert parse_local_time(text) is None


@given(st.text())
def test_parse_local_time_never_raises(text: str) -> None:
    result = parse_local_time(text)
    assert result is None or isinstance(result, time)


@given(st.integers(0, 23), st.integers(0, 59))
def test_hh_mm_round_trip(hour: int, minute: int) -> None:
    value = time(hour, minute)
    assert parse_local_time(value.strftime("%H:%M")) == value
    assert parse_local_time(f"{hour}:{minute:02d}") == value
    assert parse_local_time(value.strftime("%H%M")) == value
    twelve = value.strftime("%I:%M%p").lower()
    assert parse_local_time(twelve) == value


# --- describing zones ---------------------------------------------------------


def test_format_offset() -> None:
    assert format_offset(timedelta(hours=5, minutes=30)) == "UTC+05:30"
    assert format_offset(timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
    assert format_offset(timedelta(0)) == "UTC+00:00"
    assert format_offset(None) == "UTC+00:00"


def test_describe_zone_follows_dst() -> None:
    winter = datetime(2026, 1, 10, 12, tzinfo=UTC)
    summer = datetime(2026, 7, 10, 12, tzinfo=UTC)
    assert describe_zone("Europe/Berlin", winter) == "Europe/Berlin (UTC+01:00)"
    assert describe_zone("Europe/Berlin", summer) == "Europe/Berlin (UTC+02:00)"
    assert describe_zone("America/New_York", winter) == "America/New_York (UTC-05:00)"
    assert describe_zone("Asia/Kolkata", summer) == "Asia/Kolkata (UTC+05:30)"
    assert describe_zone("Pacific/Kiritimati", summer) == "Pacific/Kiritimati (UTC+14:00)"
    assert describe_zone("UTC+05:30", summer) == "UTC+05:30"
    assert describe_zone("UTC", summer) == "UTC"


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "pt", "ru"])
@pytest.mark.parametrize(("text", "clock"), [("20h", time(20)), ("8h", time(8)), ("0h", time(0))])
def test_an_hour_written_with_h_is_read_in_every_language(
    language: str, text: str, clock: time
) -> None:
    assert parse_local_time(text, language) == clock


@pytest.mark.parametrize("text", ["24h", "h", "20h3", "20hh"])
def test_a_malformed_hour_with_h_is_refused(text: str) -> None:
    assert parse_local_time(text, "pt") is None
