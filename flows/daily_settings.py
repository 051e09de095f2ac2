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

from flows.content import common
from flows.content import daily as texts
from flows.content.time_words import DayPreset, TimeWords, words_for
from flows.daily_timing import require_aware
from flows.i18n import current_language
from flows.model import Button, Keyboard, Reply
from flows.timeparse import parse_local_time, zone_for

EVERY_DAY: Final = frozenset(range(7))
WEEKDAYS: Final = frozenset(range(5))
WEEKENDS: Final = frozenset({5, 6})

# The presets by the short names the /days buttons carry ("dp:days:wkd"); the words
# people type for them are in flows/content/time_words (day_presets).
DAY_PRESETS: Final[dict[DayPreset, frozenset[int]]] = {
    "all": EVERY_DAY,
    "wkd": WEEKDAYS,
    "wke": WEEKENDS,
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


def button_preset(choice: str) -> frozenset[int] | None:
    """The days a /days button stands for ("wkd"), or None for anything else."""
    for code, days in DAY_PRESETS.items():
        if choice == code:
            return days
    return None


def describe_days(days: frozenset[int]) -> str:
    """ "every day", "weekdays", "weekends", or "Mon, Wed and Fri"."""
    if days == EVERY_DAY:
        return texts.DAYS_EVERY
    if days == WEEKDAYS:
        return texts.DAYS_WEEKDAYS
    if days == WEEKENDS:
        return texts.DAYS_WEEKENDS
    names = [common.WEEKDAYS_SHORT[d] for d in sorted(days)]
    return (
        names[0]
        if len(names) == 1
        else texts.LIST_SEPARATOR.join(names[:-1]) + texts.LIST_LAST + names[-1]
    )


def parse_days(text: str) -> frozenset[int] | None:
    """ "every day", "weekdays", "weekends" or day names ("mon wed fri") → weekdays."""
    for words in words_for(current_language()):
        days = _read_days(text, words)
        if days is not None:
            return days
    return None


def _read_days(text: str, words: TimeWords) -> frozenset[int] | None:
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    if cleaned in words.day_presets:
        return DAY_PRESETS[words.day_presets[cleaned]]
    days: set[int] = set()
    for word in cleaned.split():
        if word in words.list_joiners:
            continue
        day = words.weekdays.get(word)
        if day is None:
            # "mondays", "montags"
            day = words.weekdays.get(word.rstrip("s"))
        if day is None:
            return None
        days.add(day)
    return frozenset(days) if days else None


def parse_weekly(text: str) -> tuple[int, str] | None:
    """ "sunday 19:00", "sun 7pm", "19:00 sunday" → (weekday, "HH:MM")."""
    for language in words_for(current_language()):
        words = text.strip().lower().replace(",", " ").split()
        days = [language.weekdays[w] for w in words if w in language.weekdays]
        rest = " ".join(w for w in words if w not in language.weekdays)
        if len(days) != 1:
            continue
        at = parse_local_time(rest) if rest else time(19, 0)
        if at is None:
            continue
        return days[0], f"{at.hour:02d}:{at.minute:02d}"
    return None


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


# A count in digits and a unit: "3 days", "3d".
_PAUSE_DIGITS_RE: Final = re.compile(r"^(?P<num>[0-9]{1,3})\s*(?P<unit>[^\W\d_]*)$")


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
    if not cleaned:
        return UNTIL_RESUME
    for words in words_for(current_language()):
        found = _read_pause(cleaned, words)
        if found is not None:
            return found
    return None


def _count_and_unit(cleaned: str, words: TimeWords) -> tuple[int, str] | None:
    """ "3 days" → (3, "days"); "a couple of weeks" → (2, "weeks"); "three" → (3, "")."""
    match = _PAUSE_DIGITS_RE.match(cleaned)
    if match is not None:
        return int(match.group("num")), match.group("unit")
    if cleaned in words.bare_number_words:
        return words.number_words[cleaned], ""
    # The longest number word first: "a couple of" before "a".
    for number_word in sorted(words.number_words, key=len, reverse=True):
        unit = cleaned.removeprefix(number_word + " ")
        if unit != cleaned and unit and " " not in unit:
            return words.number_words[number_word], unit
    return None


def _read_pause(cleaned: str, words: TimeWords) -> int | Literal["until_resume"] | None:
    if cleaned in words.pause_indefinite:
        return UNTIL_RESUME
    if cleaned in words.pause_phrases:
        return words.pause_phrases[cleaned]
    first, _, rest = cleaned.partition(" ")
    if first in words.pause_fillers and rest:
        cleaned = rest
    counted = _count_and_unit(cleaned, words)
    if counted is None:
        return None
    number, unit = counted
    if unit not in words.unit_days:
        return None
    total = number * words.unit_days[unit]
    return total if 1 <= total <= MAX_PAUSE_DAYS else None


# --- describing moments and settings ----------------------------------------------------


def describe_local(instant_utc: datetime, zone: str) -> str:
    """``"Tue 26 Nov, 20:00"`` on the wall clock of ``zone`` (English, 24-hour)."""
    require_aware(instant_utc, "instant_utc")
    local = instant_utc.astimezone(zone_for(zone))
    return texts.LOCAL_MOMENT.format(
        weekday=common.WEEKDAYS_SHORT[local.weekday()],
        day=local.day,
        month=common.MONTHS_SHORT[local.month - 1],
        time=f"{local.hour:02d}:{local.minute:02d}",
    )


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
