"""The shape of one language's time words: what the parsers accept ("morgen 20 Uhr").

Each language lives in its own module (``en.py``, ``de.py``, …) with one
:class:`TimeWords` value named ``WORDS``, every field filled, so translators never
edit the same file. All words are lower case; several spellings of one thing are
simply several entries. The parsers read a language's words over English
(:func:`flows.content.time_words.words_for`), so English always works too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Literal

# What a /days preset means: every day, Monday to Friday, Saturday and Sunday.
DayPreset = Literal["all", "wkd", "wke"]


@dataclass(frozen=True)
class TimeWords:
    """One language's words for days, times of day and lengths of a pause."""

    # --- naming the day of an event (/prepare, "send later") ---------------------
    today: frozenset[str]
    # Today, in the evening: a bare "8" after it means 20:00.
    tonight: frozenset[str]
    tomorrow: frozenset[str]
    # Weekday names, short forms and plurals → 0 (Monday) … 6 (Sunday); /days uses them too.
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
    # After a day of the month: "14th" (German "14." is written with a dot).
    ordinal_suffixes: tuple[str, ...]
    # Before an hour: "am" / "pm" written apart ("8 pm"); empty where no one says it.
    am: frozenset[str]
    pm: frozenset[str]

    # --- a clock time ------------------------------------------------------------
    # Whole phrases that are a time: "noon", "midnight".
    clock_words: Mapping[str, time]
    # Words after an hour that only say "o'clock": "20 uhr", "8 o'clock".
    hour_words: frozenset[str]

    # --- /days ---------------------------------------------------------------------
    # Typed presets: "every day" → "all", "weekdays" → "wkd", "weekends" → "wke".
    day_presets: Mapping[str, DayPreset]
    # Joins day names in a list: "mon, wed and fri".
    list_joiners: frozenset[str]

    # --- /pause ----------------------------------------------------------------------
    # Whole answers that mean "until I /resume" ("" is always one).
    pause_indefinite: frozenset[str]
    # Whole answers that are a length: "a week" → 7, "tomorrow" → 1.
    pause_phrases: Mapping[str, int]
    # Words before the length that change nothing: "for 3 days".
    pause_fillers: frozenset[str]
    # Counted words: "three" → 3, "a couple of" → 2 (used with a unit: "a few days").
    number_words: Mapping[str, int]
    # Number words that are a count of days on their own ("/pause three").
    bare_number_words: frozenset[str]
    # Units → days: "day" → 1, "weeks" → 7, "" (no unit) → 1.
    unit_days: Mapping[str, int]

    # --- a date in figures ---------------------------------------------------------
    # "3/4" is month first where the language is written so (US English): read only when
    # it cannot be the other way round ("12/25"). Elsewhere the day comes first.
    month_first: bool = False

    @property
    def ignored(self) -> frozenset[str]:
        """Words that change nothing on their own: fillers, "this", "morning", "o'clock"."""
        return self.fillers | self.this_words | self.earlier_parts | self.hour_words


def names(*groups: tuple[int, tuple[str, ...]]) -> dict[str, int]:
    """``(0, ("monday", "mon"))`` … as one lookup from word to number."""
    return {name: number for number, names in groups for name in names}
