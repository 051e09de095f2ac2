"""French time words (see model.py for what each field is): "demain 20h", "sam 19:00"."""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.content.time_words.model import TimeWords, names

COMPLETE: Final = True

# French writes the hour with an "h" glued to it ("20h", "8h"); "20h30" the parser reads
# itself, a bare "20h" is a whole time word.
_HOURS: Final = {f"{hour}h": time(hour) for hour in range(24)} | {
    f"{hour:02d}h": time(hour) for hour in range(10)
}

WORDS: Final = TimeWords(
    today=frozenset({"aujourd'hui", "aujourd’hui", "aujourdhui", "auj", "ajd"}),
    # "ce soir" is two words: "ce" (this) and "soir" (later), so no single word here.
    tonight=frozenset(),
    tomorrow=frozenset({"demain", "dmain"}),
    weekdays=names(
        (0, ("lundi", "lun")),
        (1, ("mardi", "mar")),
        (2, ("mercredi", "mer", "merc")),
        (3, ("jeudi", "jeu")),
        (4, ("vendredi", "ven", "vend")),
        (5, ("samedi", "sam")),
        (6, ("dimanche", "dim")),
    ),
    months=names(
        (1, ("janvier", "janv", "jan")),
        (2, ("février", "fevrier", "févr", "fevr", "fév", "fev")),
        (3, ("mars",)),
        (4, ("avril", "avr")),
        (5, ("mai",)),
        (6, ("juin",)),
        (7, ("juillet", "juil")),
        (8, ("août", "aout")),
        (9, ("septembre", "sept", "sep")),
        (10, ("octobre", "oct")),
        (11, ("novembre", "nov")),
        (12, ("décembre", "decembre", "déc", "dec")),
    ),
    next_words=frozenset({"prochain", "prochaine"}),
    this_words=frozenset({"ce", "cette", "cet"}),
    later_parts=frozenset(
        {"après-midi", "apres-midi", "aprem", "aprèm", "soir", "soirée", "soiree", "nuit"}
    ),
    earlier_parts=frozenset({"matin", "matinée", "matinee"}),
    articles=frozenset({"le"}),
    fillers=frozenset(
        {"à", "a", "vers", "de", "du", "dans", "en", "au", "autour", "environ", "dès", "des"}
    ),
    ordinal_suffixes=("er",),
    am=frozenset(),
    pm=frozenset(),
    clock_words={"midi": time(12), "minuit": time(0)} | _HOURS,
    hour_words=frozenset({"h", "heure", "heures"}),
    day_presets={
        "tous les jours": "all",
        "chaque jour": "all",
        "tlj": "all",
        "en semaine": "wkd",
        "la semaine": "wkd",
        "semaine": "wkd",
        "jours de semaine": "wkd",
        "jours ouvrés": "wkd",
        "week-end": "wke",
        "weekend": "wke",
        "le week-end": "wke",
        "le weekend": "wke",
        "les week-ends": "wke",
        "week-ends": "wke",
    },
    list_joiners=frozenset({"et"}),
    pause_indefinite=frozenset(
        {
            "jusqu'à /resume",
            "jusqu'à nouvel ordre",
            "indéfiniment",
            "pour l'instant",
            "pour le moment",
        }
    ),
    pause_phrases={
        "demain": 1,
        "aujourd'hui": 1,
        "un jour": 1,
        "une journée": 1,
        "une semaine": 7,
        "semaine": 7,
        "pour une semaine": 7,
        "quinze jours": 14,
        "deux semaines": 14,
    },
    pause_fillers=frozenset({"pour", "pendant"}),
    number_words={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "quelques": 3,
    },
    bare_number_words=frozenset(
        {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}
    ),
    unit_days={
        "": 1,
        "j": 1,
        "jour": 1,
        "jours": 1,
        "journée": 1,
        "journées": 1,
        "s": 7,
        "sem": 7,
        "semaine": 7,
        "semaines": 7,
    },
)
