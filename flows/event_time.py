"""When an event is, from what people type: "Saturday 19:00", "on the 14th", "next Friday",
"tomorrow 8pm", "in 3 days", "24.12." (in the person's language, then English).

Pure, like :mod:`flows.timeparse`, whose clock times it reads: no clock is read, and
:func:`parse_event_time` never raises (``None`` when it cannot make sense of the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from flows.content.time_words import TimeWords
from flows.timeparse import MAX_INPUT_LEN, language_words, parse_local_time

__all__ = ["EventTime", "parse_event_time"]


@dataclass(frozen=True)
class EventTime:
    """What someone said about when something is: a day, a clock time, or both.

    ``None`` means it was not said: "22:00" has no day (ask which), "Saturday" no time.
    """

    day: date | None
    clock: time | None


class _Unreadable(Exception):
    """A word that is neither a day, a time nor a filler, or two days or times that clash."""


def _next_day_of_month(today: date, number: int) -> date:
    """The next date (today included) whose day of the month is ``number``."""
    year, month = today.year, today.month
    for _ in range(13):
        try:
            found = date(year, month, number)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise _Unreadable


def _next_date(today: date, month: int, number: int) -> date:
    """``number`` ``month`` this year, or next year once it has passed (or does not exist)."""
    for year in range(today.year, today.year + 9):
        try:
            found = date(year, month, number)
        except ValueError:
            continue
        if found >= today:
            return found
    raise _Unreadable


_DAY_NUMBER = re.compile(r"^([0-9]{1,2})([a-z]{2})?$", re.ASCII)
# "12/12", "3/4/2027": a date (never a clock time); "12.12." and "12.12.2026": a date
# written the European way (a bare "12.12" stays a clock time, 12:12).
_SLASHED_DATE = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{2}|[0-9]{4}))?$", re.ASCII)
_DOTTED_DATE = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{2}|[0-9]{4})?$", re.ASCII)
_COUNT = re.compile(r"^[0-9]{1,3}$", re.ASCII)
# "in 3 days", "in two weeks": at most a year ahead.
MAX_DAYS_AHEAD = 366


def _dated(today: date, day: int, month: int, year: int | None) -> date:
    """The date ``day``/``month`` (of ``year``, or the next one from today)."""
    if year is None:
        return _next_date(today, month, day)
    try:
        found = date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        raise _Unreadable from None
    if found < today:
        raise _Unreadable  # an event is ahead, never behind
    return found


class _Reader:
    """Reads the words of one answer, left to right, into a day and a clock time."""

    def __init__(self, words: list[str], today: date, language: TimeWords) -> None:
        self.words = words
        self.today = today
        self.lang = language
        self.day: date | None = None
        self.clock: time | None = None
        # "tonight", "evening": a bare hour is after noon; "8pm" says so itself.
        self.later = False
        self.meridiem = False

    def set_day(self, day: date) -> None:
        if self.day is not None and self.day != day:
            raise _Unreadable
        self.day = day

    def set_clock(self, clock: time) -> None:
        if self.clock is not None and self.clock != clock:
            raise _Unreadable
        self.clock = clock

    def word(self, at: int) -> str:
        return self.words[at] if 0 <= at < len(self.words) else ""

    def month_at(self, at: int) -> tuple[int, int] | None:
        """A month name at ``at``, after an optional "of": (month, index after it)."""
        if self.word(at) in self.lang.fillers:
            at += 1
        month = self.lang.months.get(self.word(at))
        return (month, at + 1) if month is not None else None

    def day_number(self, at: int) -> tuple[int, bool] | None:
        """``14`` or ``14th`` at ``at``: the number, and whether it had an ordinal suffix."""
        match = _DAY_NUMBER.match(self.word(at))
        if match is None:
            return None
        suffix = match.group(2)
        if suffix and suffix not in self.lang.ordinal_suffixes:
            return None
        number = int(match.group(1))
        return (number, bool(suffix)) if 1 <= number <= 31 else None

    def take_time(self, at: int) -> int:
        """Read a clock time at ``at``; returns how many words it took (0: none)."""
        here, after = self.word(at), self.word(at + 1)
        if after in self.lang.am or after in self.lang.pm:
            clock = parse_local_time(f"{here} {'am' if after in self.lang.am else 'pm'}")
            if clock is not None:
                self.set_clock(clock)
                self.meridiem = True
                return 2
        # The words of the language being read first ("19h", "midi"), whatever the current one.
        clock = self.lang.clock_words.get(here) or parse_local_time(here)
        if clock is None:
            return 0
        self.set_clock(clock)
        self.meridiem = self.meridiem or here.endswith(("am", "pm", "a", "p"))
        return 1

    def take_numeric_date(self, at: int) -> int:
        """ "12/12", "24.12.", "3/4/2027": a date; returns the words taken (0: none)."""
        here = self.word(at)
        dotted = _DOTTED_DATE.match(here)
        slashed = _SLASHED_DATE.match(here)
        found = dotted or slashed
        if found is None:
            return 0
        first, second = int(found.group(1)), int(found.group(2))
        year = int(found.group(3)) if found.group(3) else None
        if dotted is None and self.lang.month_first:
            if first != second and first <= 12 and second <= 12:
                raise _Unreadable  # "3/4": the 3rd of April or March 4th? Not guessed.
            if first <= 12 < second:
                first, second = second, first  # "12/25": month first, as written there
        if not (1 <= first <= 31 and 1 <= second <= 12):
            raise _Unreadable
        self.set_day(_dated(self.today, first, second, year))
        return 1

    def take_days_ahead(self, at: int) -> int:
        """ "3 days", "two weeks" (after "in", a filler), or a unit alone after one ("через
        неделю"): a day counted from today. Returns the words taken (0: none)."""
        here, unit = self.word(at), self.word(at + 1)
        count = int(here) if _COUNT.match(here) else self.lang.number_words.get(here)
        taken = 2
        if count is None and len(here) >= 3 and self.word(at - 1) in self.lang.fillers:
            count, unit, taken = 1, here, 1
        days = self.lang.unit_days.get(unit) if unit else None
        if count is None or not days:
            return 0
        ahead = count * days
        if not 0 < ahead <= MAX_DAYS_AHEAD:
            raise _Unreadable
        self.set_day(self.today + timedelta(days=ahead))
        return taken

    def take_day_number(self, at: int, after_article: bool) -> int:
        """ "14th", "the 14", "14 March": a day of the month; returns the words taken (0: none)."""
        number = self.day_number(at)
        month = self.month_at(at + 1)
        if number is None or not (number[1] or after_article or month is not None):
            return 0
        if month is not None:
            self.set_day(_next_date(self.today, month[0], number[0]))
            return month[1] - at
        self.set_day(_next_day_of_month(self.today, number[0]))
        return 1

    def read(self) -> None:
        lang, at = self.lang, 0
        after_next = after_article = False
        while at < len(self.words):
            here = self.words[at]
            was_next, was_article = after_next, after_article
            after_next = here in lang.next_words
            after_article = here in lang.articles
            taken = 1
            if after_next or after_article or here in lang.ignored:
                pass
            elif here in lang.later_parts:
                self.later = True
            elif here in lang.today or here in lang.tonight:
                self.set_day(self.today)
                self.later = self.later or here in lang.tonight
            elif here in lang.tomorrow:
                self.set_day(self.today + timedelta(days=1))
            elif here in lang.weekdays:
                ahead = (lang.weekdays[here] - self.today.weekday()) % 7
                self.set_day(self.today + timedelta(days=7 if was_next and ahead == 0 else ahead))
            elif here in lang.months:
                number = self.day_number(at + 1)
                if number is None:
                    raise _Unreadable
                self.set_day(_next_date(self.today, lang.months[here], number[0]))
                taken = 2
            else:
                taken = (
                    self.take_numeric_date(at)
                    or self.take_days_ahead(at)
                    or self.take_day_number(at, was_article)
                    or self.take_time(at)
                )
                if not taken:
                    raise _Unreadable
            at += taken


def parse_event_time(text: str, today: date, language: str | None = None) -> EventTime | None:
    """Read when something is from what someone typed, or ``None``. Never raises.

    ``today`` is the local date where the person is; days are resolved from it:
    "Saturday" is the coming Saturday (today if it is Saturday), "next Saturday"
    never today, "the 14th" the next 14th, "14 March" / "March 14th" this year or
    next. A bare hour after "tonight" or "evening" is in the evening ("tonight at
    8" is 20:00). Words come from ``language`` (else the current language), then English.
    """
    for words in language_words(language):
        found = _read_event_time(text, today, words)
        if found is not None:
            return found
    return None


def _word(part: str) -> str:
    """A word without the punctuation around it; "24.12." keeps its dot (a date)."""
    part = part.strip("!?")
    return part if _DOTTED_DATE.match(part) else part.strip(".")


def _read_event_time(text: str, today: date, words: TimeWords) -> EventTime | None:
    if not isinstance(text, str) or len(text) > MAX_INPUT_LEN:
        return None
    cleaned = text.strip().lower()
    for dotted, plain in (("a.m.", "am"), ("p.m.", "pm"), ("a.m", "am"), ("p.m", "pm")):
        cleaned = cleaned.replace(dotted, plain)
    parts = [_word(part) for part in re.split(r"[\s,;]+", cleaned)]
    reader = _Reader([part for part in parts if part], today, words)
    try:
        reader.read()
    except _Unreadable:
        return None
    clock = reader.clock
    if clock is not None and reader.later and not reader.meridiem and 1 <= clock.hour <= 11:
        clock = clock.replace(hour=clock.hour + 12)
    if reader.day is None and clock is None:
        return None
    return EventTime(reader.day, clock)
