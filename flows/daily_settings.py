"""Reading and describing the daily-prompt settings: days, weekly time, pauses,
clock times, and the settings line.

Pure: plain strings in, weekdays (0=Mon … 6=Sun), ``"HH:MM"`` strings, day counts
and texts out; moments are aware UTC datetimes passed in. How weekdays are stored
(a bit mask) is storage's business, not this module's.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Final, Literal

from flows.content import daily as texts
from flows.daily import require_aware
from flows.model import Button, Keyboard, Reply
from flows.timeparse import parse_local_time, zone_for

EVERY_DAY: Final = frozenset(range(7))
WEEKDAYS: Final = frozenset(range(5))
WEEKENDS: Final = frozenset({5, 6})

DAY_WORDS: Final = {
    **{name.lower(): index for index, name in enumerate(texts.DAY_NAMES)},
    **{name[:3].lower(): index for index, name in enumerate(texts.DAY_NAMES)},
    "tues": 1,
    "wednes": 2,
    "thur": 3,
    "thurs": 3,
}
# Typed presets, and the short names the /days buttons carry ("dp:days:wkd").
DAY_PRESETS: Final = {
    "all": EVERY_DAY,
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "daily": EVERY_DAY,
    "wkd": WEEKDAYS,
    "weekdays": WEEKDAYS,
    "wke": WEEKENDS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
}
DAYS_CALLBACK_PREFIX: Final = "dp:days:"
# The choices the /days buttons offer ("x" is Not now).
DAYS_BUTTON_CHOICES: Final = ("all", "wkd", "wke")


def clock_time(text: str | None) -> time | None:
    """ "HH:MM" as stored (24-hour, zero-padded) → a time; anything else → None."""
    if not text or not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", text):
        return None
    hour, minute = int(text[:2]), int(text[3:])
    return time(hour, minute) if hour < 24 else None


def describe_days(days: frozenset[int]) -> str:
    """ "every day", "weekdays", "weekends", or "Mon, Wed and Fri"."""
    if days == EVERY_DAY:
        return texts.DAYS_EVERY
    if days == WEEKDAYS:
        return texts.DAYS_WEEKDAYS
    if days == WEEKENDS:
        return texts.DAYS_WEEKENDS
    names = [texts.DAY_NAMES[d][:3] for d in sorted(days)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def parse_days(text: str) -> frozenset[int] | None:
    """ "every day", "weekdays", "weekends" or day names ("mon wed fri") → weekdays."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").replace(" and ", " ").split())
    if cleaned in DAY_PRESETS:
        return DAY_PRESETS[cleaned]
    days: set[int] = set()
    for word in cleaned.split():
        day = DAY_WORDS.get(word.rstrip("s")) if word not in DAY_WORDS else DAY_WORDS[word]
        if day is None:
            return None
        days.add(day)
    return frozenset(days) if days else None


def parse_weekly(text: str) -> tuple[int, str] | None:
    """ "sunday 19:00", "sun 7pm", "19:00 sunday" → (weekday, "HH:MM")."""
    words = text.strip().lower().replace(",", " ").split()
    days = [DAY_WORDS[w] for w in words if w in DAY_WORDS]
    rest = " ".join(w for w in words if w not in DAY_WORDS)
    if len(days) != 1:
        return None
    at = parse_local_time(rest) if rest else time(19, 0)
    if at is None:
        return None
    return days[0], f"{at.hour:02d}:{at.minute:02d}"


def parse_weekly_card(text: str) -> bool | None:
    """ "card off" / "card on" (also "picture", "no card") → whether the card is wanted;
    None if the words are not about the card."""
    words = text.strip().lower().split()
    if not words or words[0] not in ("card", "picture", "image", "no"):
        return None
    rest = set(words[1:])
    if words[0] == "no" and rest & {"card", "picture", "image"}:
        return False
    if rest & {"off", "no", "stop", "false", "0"}:
        return False
    if rest & {"on", "yes", "start", "true", "1"}:
        return True
    return None


def days_menu() -> Reply:
    """The buttons of a bare /days."""
    rows: Keyboard = (
        (
            Button(texts.DAYS_EVERY_LABEL, f"{DAYS_CALLBACK_PREFIX}all"),
            Button(texts.DAYS_WEEKDAYS_LABEL, f"{DAYS_CALLBACK_PREFIX}wkd"),
            Button(texts.DAYS_WEEKENDS_LABEL, f"{DAYS_CALLBACK_PREFIX}wke"),
        ),
        (Button(texts.NOT_NOW_LABEL, f"{DAYS_CALLBACK_PREFIX}x"),),
    )
    return Reply(texts.DAYS_QUESTION, buttons=rows)


# --- pauses ----------------------------------------------------------------------

MAX_PAUSE_DAYS: Final = 60
UNTIL_RESUME: Final = "until_resume"


def pause_until(days: int | None, now_utc: datetime) -> datetime | None:
    """End of a pause of ``days`` days from now, or ``None`` for "until /resume".

    Raises ``ValueError`` for days outside 1..60.
    """
    require_aware(now_utc, "now_utc")
    if days is None:
        return None
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise ValueError(f"pause must be 1..{MAX_PAUSE_DAYS} days")
    return now_utc + timedelta(days=days)


_NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "few": 3,
    "a few": 3,
}
# Number words that mean a count of days on their own ("/pause three").
_BARE_NUMBER_WORDS: Final = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_UNIT_DAYS: Final = {
    "": 1,
    "d": 1,
    "day": 1,
    "days": 1,
    "w": 7,
    "wk": 7,
    "wks": 7,
    "week": 7,
    "weeks": 7,
    "fortnight": 14,
    "fortnights": 14,
}
_PAUSE_RE: Final = re.compile(
    r"^(?:for\s+)?(?P<num>[0-9]{1,3}|a couple of|a couple|a few|[a-z]+)?\s*(?P<unit>[a-z]*)$",
    re.ASCII,
)
_INDEFINITE: Final = frozenset({"", "until resume", "until /resume", "indefinitely", "for now"})


def parse_pause_days(text: str) -> int | Literal["until_resume"] | None:
    """Read the argument of ``/pause``.

    * nothing (or "indefinitely", "until resume") → ``"until_resume"``;
    * ``"3"``, ``"3 days"``, ``"3d"``, ``"a week"``, ``"2 weeks"``, ``"a fortnight"``,
      ``"tomorrow"`` → whole days, 1..60;
    * anything else, including 0 or more than 60 days → ``None``, so the bot can
      answer with :data:`flows.content.daily.PAUSE_INVALID`.

    Never raises.
    """
    if not isinstance(text, str) or len(text) > 40:
        return None
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _INDEFINITE:
        return UNTIL_RESUME
    if cleaned in ("tomorrow", "today", "a day", "for a day"):
        return 1
    if cleaned in ("fortnight", "a fortnight", "for a fortnight"):
        return 14
    if cleaned in ("week", "a week", "for a week", "one week"):
        return 7
    match = _PAUSE_RE.match(cleaned)
    if match is None:
        return None
    num_text, unit = match.group("num"), match.group("unit")
    if num_text is None:
        return None
    if num_text.isdigit():
        number = int(num_text)
    elif num_text in _NUMBER_WORDS and (unit or num_text in _BARE_NUMBER_WORDS):
        number = _NUMBER_WORDS[num_text]
    else:
        return None
    if unit not in _UNIT_DAYS:
        return None
    total = number * _UNIT_DAYS[unit]
    return total if 1 <= total <= MAX_PAUSE_DAYS else None


# --- describing moments and settings ----------------------------------------------------


def describe_local(instant_utc: datetime, zone: str) -> str:
    """``"Tue 26 Nov, 20:00"`` on the wall clock of ``zone`` (English, 24-hour)."""
    require_aware(instant_utc, "instant_utc")
    local = instant_utc.astimezone(zone_for(zone))
    weekday = texts.WEEKDAY_ABBR[local.weekday()]
    month = texts.MONTH_ABBR[local.month - 1]
    return f"{weekday} {local.day} {month}, {local.hour:02d}:{local.minute:02d}"


def describe_next(instant_utc: datetime, zone: str) -> str:
    """``"Tue 26 Nov, 20:00 (Europe/Berlin)"``: a delivery in the user's local time."""
    return f"{describe_local(instant_utc, zone)} ({zone})"


def settings_line(
    next_utc: datetime | None,
    zone: str,
    *,
    paused: bool = False,
    paused_until_utc: datetime | None = None,
) -> str:
    """The settings line about daily prompts.

    ``"Next prompt: Tue 26 Nov, 20:00 (Europe/Berlin)"``; while paused,
    ``"Prompts paused until Thu 28 Nov, 09:15."`` or, with no end date,
    ``"Prompts paused until you /resume."``; with no next delivery at all,
    ``"Daily prompts are off."``.
    """
    if paused:
        if paused_until_utc is None:
            return texts.SETTINGS_PAUSED
        return texts.SETTINGS_PAUSED_FOR.format(when=describe_local(paused_until_utc, zone))
    if next_utc is None:
        return texts.SETTINGS_OFF
    return texts.SETTINGS_NEXT.format(when=describe_next(next_utc, zone))


def pause_message(until_utc: datetime | None, zone: str) -> Reply:
    """Confirms /pause, with its end in local time, or "until you send /resume"."""
    if until_utc is None:
        return Reply(text=texts.PAUSED_UNTIL_RESUME)
    return Reply(text=texts.PAUSED_FOR.format(when=describe_local(until_utc, zone)))


def resume_message(next_utc: datetime, zone: str) -> Reply:
    """Confirms /resume with the next delivery in local time."""
    return Reply(text=texts.RESUMED.format(when=describe_next(next_utc, zone)))
