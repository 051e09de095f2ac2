"""Understand the time zones and clock times people type.

Everything here is pure: no clock is read, nothing is written. Parsers never
raise; they return ``None`` when they cannot make sense of the text, so the
caller can ask again in plain words.

Zone names produced by :func:`parse_timezone` come in three shapes, and
:func:`zone_for` turns each back into a ``tzinfo``:

* an IANA name in its canonical spelling, e.g. ``"America/New_York"``;
* ``"UTC"`` for UTC itself (also for a zero offset such as ``"+00:00"``);
* a fixed offset ``"UTC+05:30"`` / ``"UTC-03:00"`` (sign, two-digit hours and minutes).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from flows.content.time_words import TimeWords, words_for
from flows.i18n import current_language

__all__ = [
    "describe_zone",
    "format_offset",
    "parse_local_time",
    "parse_timezone",
    "zone_for",
]

# Longest input worth looking at; anything longer is not a zone or a time.
MAX_INPUT_LEN = 64

# Offsets the world actually uses lie in this range (Baker Island to Kiribati).
_MIN_OFFSET_MIN = -12 * 60
_MAX_OFFSET_MIN = 14 * 60

# Names people type for UTC itself, all mapped to "UTC".
_UTC_WORDS = frozenset(
    {
        "utc",
        "gmt",
        "z",
        "zulu",
        "uct",
        "universal",
        "greenwich",
        "gmt0",
        "gmt+0",
        "gmt-0",
        "etc/utc",
        "etc/gmt",
        "etc/uct",
        "etc/universal",
        "etc/zulu",
        "etc/greenwich",
        "etc/gmt0",
        "etc/gmt+0",
        "etc/gmt-0",
    }
)

# Zone names that are not places someone lives in.
_EXCLUDED = frozenset({"Factory", "localtime", "posixrules"})
# Prefixes whose last segment is not a city: legacy region aliases such as
# "Canada/Eastern" or "Australia/North" (still accepted when typed in full).
_NO_CITY_PREFIXES = (
    "Etc/",
    "SystemV/",
    "US/",
    "Brazil/",
    "Canada/",
    "Chile/",
    "Mexico/",
    "posix/",
    "right/",
)
_NO_CITY_WORDS = frozenset({"north", "south", "east", "west", "act", "nsw", "lhi"})

_OFFSET_RE = re.compile(
    r"^(?:(?:utc|gmt)\s*)?([+-])\s*([0-9]{1,2})(?:\s*:?\s*([0-9]{2}))?$",
    re.ASCII,
)
_FIXED_NAME_RE = re.compile(r"^UTC([+-])([0-9]{2}):([0-9]{2})$", re.ASCII)

# Sample instants used to tell whether two same-named zones keep the same clock.
_SAMPLES = tuple(datetime(2026, month, 15, 12, tzinfo=UTC) for month in (1, 4, 7, 10)) + tuple(
    datetime(year, 1, 15, 12, tzinfo=UTC) for year in (1990, 2000, 2010, 2020)
)


@lru_cache(maxsize=1)
def _valid_zone_names() -> frozenset[str]:
    return frozenset(name for name in available_timezones() if name not in _EXCLUDED)


@lru_cache(maxsize=1)
def _lower_map() -> dict[str, str]:
    """Lower-case IANA name → canonical spelling."""
    return {name.lower(): name for name in _valid_zone_names()}


def _same_clock(names: list[str]) -> bool:
    """True when all zones show the same offset at every sample instant."""
    try:
        zones = [ZoneInfo(name) for name in names]
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    for instant in _SAMPLES:
        offsets = {instant.astimezone(zone).utcoffset() for zone in zones}
        if len(offsets) > 1:
            return False
    return True


@lru_cache(maxsize=1)
def _city_map() -> dict[str, str]:
    """Lower-case city (last segment of a zone name) → the one zone it means.

    A city shared by zones that keep different clocks is left out (ambiguous).
    When the only "ambiguity" is an old alias of the same place (for example
    ``America/Buenos_Aires`` and ``America/Argentina/Buenos_Aires``), the longest,
    most specific name wins.
    """
    groups: dict[str, list[str]] = {}
    for name in _valid_zone_names():
        if "/" not in name or name.startswith(_NO_CITY_PREFIXES):
            continue
        city = name.rsplit("/", 1)[1].lower()
        if city in _NO_CITY_WORDS:
            continue
        groups.setdefault(city, []).append(name)
    result: dict[str, str] = {}
    for city, names in groups.items():
        if len(names) == 1:
            result[city] = names[0]
        elif _same_clock(names):
            result[city] = sorted(names, key=lambda n: (-n.count("/"), -len(n), n))[0]
    return result


def _fixed_name(total_minutes: int) -> str:
    if total_minutes == 0:
        return "UTC"
    sign = "+" if total_minutes > 0 else "-"
    hours, minutes = divmod(abs(total_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _parse_offset(text: str) -> str | None:
    match = _OFFSET_RE.match(text)
    if match is None:
        return None
    sign, hours_s, minutes_s = match.groups()
    hours = int(hours_s)
    minutes = int(minutes_s) if minutes_s else 0
    if minutes not in (0, 15, 30, 45):
        return None
    total = hours * 60 + minutes
    if sign == "-":
        total = -total
    if not _MIN_OFFSET_MIN <= total <= _MAX_OFFSET_MIN:
        return None
    return _fixed_name(total)


def parse_timezone(text: str) -> str | None:
    """Read a time zone from what someone typed, or ``None`` if it is not one.

    Accepts, case-insensitively:

    * IANA names with spaces or underscores: ``"europe/berlin"``,
      ``"America/New York"`` → ``"America/New_York"``;
    * a city alone when exactly one zone ends with it: ``"Kolkata"`` → ``"Asia/Kolkata"``;
    * UTC offsets: ``"+05:30"``, ``"-3"``, ``"UTC+2"``, ``"GMT-04:00"``, ``"+0530"``
      → ``"UTC+05:30"`` form, from -12:00 to +14:00 in quarter hours;
    * ``"UTC"``, ``"GMT"``, ``"Z"`` (and a zero offset) → ``"UTC"``.

    Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_LEN:
        return None
    # Unicode minus and dashes count as a minus sign.
    cleaned = text.strip().replace("\u2212", "-").replace("\u2013", "-")
    cleaned = " ".join(cleaned.split()).lower()
    if not cleaned:
        return None
    # "Europe / Berlin" → "europe/berlin"; spaces inside names become underscores.
    cleaned = re.sub(r"\s*/\s*", "/", cleaned)
    if cleaned in _UTC_WORDS:
        return "UTC"
    offset = _parse_offset(cleaned)
    if offset is not None:
        return offset
    key = cleaned.replace(" ", "_")
    canonical = _lower_map().get(key)
    if canonical is not None:
        return canonical
    if "/" not in key:
        return _city_map().get(key)
    return None


@lru_cache(maxsize=512)
def zone_for(name: str) -> tzinfo:
    """Return the ``tzinfo`` for a name produced by :func:`parse_timezone`.

    IANA names give a ``ZoneInfo``; ``"UTC±HH:MM"`` gives a fixed
    ``datetime.timezone``. Raises ``ValueError`` for anything else.
    """
    fixed = _FIXED_NAME_RE.match(name)
    if fixed is not None:
        sign, hours_s, minutes_s = fixed.groups()
        total = int(hours_s) * 60 + int(minutes_s)
        if int(minutes_s) >= 60:
            raise ValueError(f"unknown time zone: {name!r}")
        if sign == "-":
            total = -total
        if not _MIN_OFFSET_MIN <= total <= _MAX_OFFSET_MIN:
            raise ValueError(f"unknown time zone: {name!r}")
        return timezone(timedelta(minutes=total)) if total else ZoneInfo("UTC")
    if name not in _valid_zone_names():
        raise ValueError(f"unknown time zone: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(f"unknown time zone: {name!r}") from exc


_AMPM_RE = re.compile(r"^([0-9]{1,2})(?:[:.h]([0-9]{2}))?\s*([ap])m?$", re.ASCII)
_AMPM_COMPACT_RE = re.compile(r"^([0-9]{1,2})([0-9]{2})\s*([ap])m?$", re.ASCII)
# "20:00", "8.30", "20h30", and "20h" on its own (French and Portuguese write the hour so).
_H24_RE = re.compile(r"^([0-9]{1,2})(?:[:.h]([0-9]{2})|h)?$", re.ASCII)
_H24_COMPACT_RE = re.compile(r"^([0-9]{1,2})([0-9]{2})$", re.ASCII)


def language_words(language: str | None) -> tuple[TimeWords, ...]:
    """The time words to try, in order, for ``language`` (else the current language)."""
    return words_for(language or current_language())


def parse_local_time(text: str, language: str | None = None) -> time | None:
    """Read a clock time, or ``None`` if it is not one. Never raises.

    Accepts ``"20:00"``, ``"8:05"``, ``"0800"``, ``"20"`` (a bare hour, 24-hour clock),
    ``"20h"`` and ``"20h30"``,
    ``"8pm"``, ``"8 pm"``, ``"8:30pm"``, ``"8.30"``, ``"8:30 p.m."``, ``"12am"`` (00:00),
    ``"12pm"`` (12:00), ``"noon"`` and ``"midnight"``; in the person's language too
    (``language``, else the current one): "20 Uhr", "Mitternacht".
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_LEN:
        return None
    cleaned = " ".join(text.strip().lower().split())
    cleaned = cleaned.replace("a.m.", "am").replace("p.m.", "pm")
    cleaned = cleaned.replace("a.m", "am").replace("p.m", "pm")
    for words in language_words(language):
        if cleaned in words.clock_words:
            return words.clock_words[cleaned]
        parts = cleaned.split(" ")
        if len(parts) > 1 and parts[-1] in words.hour_words:
            # "20 uhr", "8 o'clock": the word only says it is an hour.
            cleaned = " ".join(parts[:-1])

    match = _AMPM_RE.match(cleaned) or _AMPM_COMPACT_RE.match(cleaned)
    if match is not None:
        hour = int(match.group(1))
        minute = int(match.group(2) or 0)
        if not 1 <= hour <= 12 or not 0 <= minute <= 59:
            return None
        hour %= 12
        if match.group(3) == "p":
            hour += 12
        return time(hour, minute)

    match = _H24_RE.match(cleaned) or _H24_COMPACT_RE.match(cleaned)
    if match is not None:
        hour = int(match.group(1))
        minute = int(match.group(2) or 0)
        if not 0 <= hour <= 23 or not 0 <= minute <= 59:
            return None
        return time(hour, minute)
    return None


def format_offset(offset: timedelta | None) -> str:
    """``timedelta(hours=5, minutes=30)`` → ``"UTC+05:30"``; ``None`` counts as zero."""
    total = int((offset or timedelta(0)).total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def describe_zone(name: str, now_utc: datetime) -> str:
    """A zone for people to read, with its offset at ``now_utc``.

    ``"Europe/Berlin (UTC+01:00)"`` in winter, ``"Europe/Berlin (UTC+02:00)"`` in
    summer; a fixed offset or UTC is shown as itself (``"UTC+05:30"``, ``"UTC"``).
    A naive ``now_utc`` is read as UTC. Raises ``ValueError`` for an unknown zone.
    """
    zone = zone_for(name)
    if name == "UTC" or _FIXED_NAME_RE.match(name):
        return name
    instant = now_utc if now_utc.tzinfo is not None else now_utc.replace(tzinfo=UTC)
    return f"{name} ({format_offset(instant.astimezone(zone).utcoffset())})"
