"""The words people use for days, per language: data for :func:`flows.timeparse.parse_event_time`.

A language is one :class:`DayWords`; adding German or Spanish means adding another
instance here (and its name to :data:`LANGUAGES`), not touching the parser. All
words are lower case; several spellings of one thing are simply several keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class DayWords:
    """One language's words for naming the day (and part of the day) of an event."""

    today: frozenset[str]
    # Today, in the evening: a bare "8" after it means 20:00.
    tonight: frozenset[str]
    tomorrow: frozenset[str]
    # Weekday names and their short forms → 0 (Monday) … 6 (Sunday).
    weekdays: Mapping[str, int]
    # Month names and their short forms → 1 … 12.
    months: Mapping[str, int]
    # "next Friday": the next one, never today.
    next_words: frozenset[str]
    # "this Friday": the same as "Friday".
    this_words: frozenset[str]
    # Parts of the day after noon: a bare "8" with them means 20:00.
    later_parts: frozenset[str]
    # Parts of the day before noon (said, but they change nothing).
    earlier_parts: frozenset[str]
    # Before a day of the month: "the 14th" ("the 14" is a day, not 14:00).
    articles: frozenset[str]
    # Small words that carry no meaning here: "on", "at", "of", …
    fillers: frozenset[str]
    # After a day of the month: "14th".
    ordinal_suffixes: tuple[str, ...]
    # Before an hour: "am" / "pm" written apart ("8 pm").
    am: frozenset[str]
    pm: frozenset[str]

    @property
    def ignored(self) -> frozenset[str]:
        """Words that change nothing on their own: fillers, "this", "morning"."""
        return self.fillers | self.this_words | self.earlier_parts


def _names(*groups: tuple[int, tuple[str, ...]]) -> dict[str, int]:
    return {name: number for number, names in groups for name in names}


ENGLISH: Final = DayWords(
    today=frozenset({"today", "tdy"}),
    tonight=frozenset({"tonight", "tonite"}),
    tomorrow=frozenset({"tomorrow", "tmrw", "tmr", "tomorow", "tommorow"}),
    weekdays=_names(
        (0, ("monday", "mon")),
        (1, ("tuesday", "tue", "tues")),
        (2, ("wednesday", "wed", "weds")),
        (3, ("thursday", "thu", "thur", "thurs")),
        (4, ("friday", "fri")),
        (5, ("saturday", "sat")),
        (6, ("sunday", "sun")),
    ),
    months=_names(
        (1, ("january", "jan")),
        (2, ("february", "feb")),
        (3, ("march", "mar")),
        (4, ("april", "apr")),
        (5, ("may",)),
        (6, ("june", "jun")),
        (7, ("july", "jul")),
        (8, ("august", "aug")),
        (9, ("september", "sep", "sept")),
        (10, ("october", "oct")),
        (11, ("november", "nov")),
        (12, ("december", "dec")),
    ),
    next_words=frozenset({"next"}),
    this_words=frozenset({"this", "coming"}),
    later_parts=frozenset({"afternoon", "evening", "night"}),
    earlier_parts=frozenset({"morning"}),
    articles=frozenset({"the"}),
    fillers=frozenset({"on", "at", "of", "in", "from", "around", "about", "starts", "starting"}),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    am=frozenset({"am", "a.m.", "a.m"}),
    pm=frozenset({"pm", "p.m.", "p.m"}),
)

LANGUAGES: Final[Mapping[str, DayWords]] = {"en": ENGLISH}
