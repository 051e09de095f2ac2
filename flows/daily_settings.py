"""Reading and describing the daily-prompt settings: days, weekly time, clock times.

Pure: plain strings in, weekdays (0=Mon … 6=Sun) and ``"HH:MM"`` strings out.
How weekdays are stored (a bit mask) is storage's business, not this module's.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Final

from flows.content import daily as texts
from flows.model import Button, Keyboard, Reply
from flows.timeparse import parse_local_time

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
