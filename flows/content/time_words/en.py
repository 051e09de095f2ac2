"""English time words (see model.py for what each field is)."""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.content.time_words.model import TimeWords, names

COMPLETE: Final = True

WORDS: Final = TimeWords(
    today=frozenset({"today", "tdy"}),
    tonight=frozenset({"tonight", "tonite"}),
    tomorrow=frozenset({"tomorrow", "tmrw", "tmr", "tomorow", "tommorow"}),
    weekdays=names(
        (0, ("monday", "mon")),
        (1, ("tuesday", "tue", "tues")),
        (2, ("wednesday", "wed", "weds", "wednes")),
        (3, ("thursday", "thu", "thur", "thurs")),
        (4, ("friday", "fri")),
        (5, ("saturday", "sat")),
        (6, ("sunday", "sun")),
    ),
    months=names(
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
    clock_words={"noon": time(12), "midday": time(12), "midnight": time(0)},
    hour_words=frozenset({"o'clock", "oclock"}),
    day_presets={
        "every day": "all",
        "everyday": "all",
        "daily": "all",
        "weekdays": "wkd",
        "weekends": "wke",
        "weekend": "wke",
    },
    list_joiners=frozenset({"and"}),
    pause_indefinite=frozenset({"until resume", "until /resume", "indefinitely", "for now"}),
    pause_phrases={
        "tomorrow": 1,
        "today": 1,
        "a day": 1,
        "for a day": 1,
        "fortnight": 14,
        "a fortnight": 14,
        "for a fortnight": 14,
        "week": 7,
        "a week": 7,
        "for a week": 7,
        "one week": 7,
    },
    pause_fillers=frozenset({"for"}),
    number_words={
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
    },
    bare_number_words=frozenset(
        {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    ),
    unit_days={
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
    },
)
