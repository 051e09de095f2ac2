"""German time words (see model.py for what each field is): "morgen 20 Uhr", "Sa 19:00"."""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.content.time_words.model import TimeWords, names

COMPLETE: Final = True

WORDS: Final = TimeWords(
    today=frozenset({"heute"}),
    tonight=frozenset({"heuteabend"}),
    tomorrow=frozenset({"morgen", "morgn"}),
    weekdays=names(
        (0, ("montag", "mo", "mon", "montags")),
        (1, ("dienstag", "di", "die", "dienstags")),
        (2, ("mittwoch", "mi", "mittwochs")),
        (3, ("donnerstag", "do", "don", "donnerstags")),
        (4, ("freitag", "fr", "fre", "freitags")),
        (5, ("samstag", "sa", "sonnabend", "samstags")),
        (6, ("sonntag", "so", "sonntags")),
    ),
    months=names(
        (1, ("januar", "jan", "jänner")),
        (2, ("februar", "feb")),
        (3, ("märz", "mär", "maerz")),
        (4, ("april", "apr")),
        (5, ("mai",)),
        (6, ("juni", "jun")),
        (7, ("juli", "jul")),
        (8, ("august", "aug")),
        (9, ("september", "sep", "sept")),
        (10, ("oktober", "okt")),
        (11, ("november", "nov")),
        (12, ("dezember", "dez")),
    ),
    next_words=frozenset({"nächsten", "nächster", "nächste", "naechsten", "kommenden"}),
    this_words=frozenset({"diesen", "dieser", "diese"}),
    later_parts=frozenset({"nachmittag", "nachmittags", "abend", "abends", "nacht", "nachts"}),
    earlier_parts=frozenset({"morgens", "früh", "vormittag", "vormittags"}),
    articles=frozenset({"den", "am", "dem"}),
    fillers=frozenset({"um", "ab", "an", "gegen", "im", "in", "des", "von", "zum"}),
    ordinal_suffixes=(),
    am=frozenset(),
    pm=frozenset(),
    clock_words={"mittag": time(12), "mittags": time(12), "mitternacht": time(0)},
    hour_words=frozenset({"uhr", "h"}),
    day_presets={
        "jeden tag": "all",
        "täglich": "all",
        "alle tage": "all",
        "werktags": "wkd",
        "wochentags": "wkd",
        "unter der woche": "wkd",
        "am wochenende": "wke",
        "wochenende": "wke",
        "wochenenden": "wke",
    },
    list_joiners=frozenset({"und"}),
    pause_indefinite=frozenset({"bis auf weiteres", "bis /resume", "unbegrenzt", "erstmal"}),
    pause_phrases={
        "morgen": 1,
        "heute": 1,
        "einen tag": 1,
        "eine woche": 7,
        "woche": 7,
        "für eine woche": 7,
        "zwei wochen": 14,
    },
    pause_fillers=frozenset({"für"}),
    number_words={
        "ein": 1,
        "eine": 1,
        "einen": 1,
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "paar": 2,
        "ein paar": 3,
    },
    bare_number_words=frozenset(
        {"eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"}
    ),
    unit_days={
        "": 1,
        "t": 1,
        "tag": 1,
        "tage": 1,
        "tagen": 1,
        "w": 7,
        "wo": 7,
        "woche": 7,
        "wochen": 7,
    },
)
