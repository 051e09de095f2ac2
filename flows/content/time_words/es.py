"""Spanish time words (see model.py for what each field is): "mañana a las 8", "sáb 19:00".

"mar" is Tuesday (martes), as the bot abbreviates it; March is only "marzo".
"esta noche" needs no word of its own: "esta" changes nothing, "noche" means evening.
"mañana" is always tomorrow (the parser cannot also read it as "morning").
"""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.content.time_words.model import TimeWords, names

COMPLETE: Final = True

WORDS: Final = TimeWords(
    today=frozenset({"hoy"}),
    tonight=frozenset(),
    tomorrow=frozenset({"mañana", "manana", "mñn"}),
    weekdays=names(
        (0, ("lunes", "lun", "lu")),
        (1, ("martes", "mar", "ma")),
        (2, ("miércoles", "miercoles", "mié", "mie", "mi", "x")),
        (3, ("jueves", "jue", "ju")),
        (4, ("viernes", "vie", "vi")),
        (5, ("sábado", "sabado", "sábados", "sabados", "sáb", "sab", "sa")),
        (6, ("domingo", "domingos", "dom", "do")),
    ),
    months=names(
        (1, ("enero", "ene")),
        (2, ("febrero", "feb")),
        (3, ("marzo",)),
        (4, ("abril", "abr")),
        (5, ("mayo", "may")),
        (6, ("junio", "jun")),
        (7, ("julio", "jul")),
        (8, ("agosto", "ago")),
        (9, ("septiembre", "setiembre", "sep", "sept", "set")),
        (10, ("octubre", "oct")),
        (11, ("noviembre", "nov")),
        (12, ("diciembre", "dic")),
    ),
    next_words=frozenset({"próximo", "proximo", "próxima", "proxima", "siguiente"}),
    this_words=frozenset({"este", "esta"}),
    later_parts=frozenset({"tarde", "tardes", "noche", "noches"}),
    earlier_parts=frozenset({"madrugada", "temprano"}),
    articles=frozenset({"el", "los"}),
    fillers=frozenset(
        {
            "a",
            "al",
            "la",
            "las",
            "de",
            "del",
            "en",
            "por",
            "hacia",
            "sobre",
            "desde",
            "que",
            "viene",
            "dentro",
        }
    ),
    ordinal_suffixes=(),
    am=frozenset(),
    pm=frozenset(),
    clock_words={"mediodía": time(12), "mediodia": time(12), "medianoche": time(0)},
    hour_words=frozenset({"h", "hs", "hrs", "horas"}),
    day_presets={
        "todos los días": "all",
        "todos los dias": "all",
        "cada día": "all",
        "cada dia": "all",
        "a diario": "all",
        "diario": "all",
        "entre semana": "wkd",
        "días laborables": "wkd",
        "dias laborables": "wkd",
        "laborables": "wkd",
        "de lunes a viernes": "wkd",
        "fines de semana": "wke",
        "los fines de semana": "wke",
        "fin de semana": "wke",
        "el fin de semana": "wke",
        "finde": "wke",
        "lun-vie": "wkd",
        "lun–vie": "wkd",
        "sáb-dom": "wke",
        "sáb–dom": "wke",
        "sab-dom": "wke",
    },
    list_joiners=frozenset({"y", "e"}),
    pause_indefinite=frozenset(
        {"hasta /resume", "hasta resume", "indefinidamente", "por ahora", "hasta nuevo aviso"}
    ),
    pause_phrases={
        "mañana": 1,
        "manana": 1,
        "hoy": 1,
        "un día": 1,
        "un dia": 1,
        "semana": 7,
        "una semana": 7,
        "por una semana": 7,
        "quincena": 14,
        "una quincena": 14,
        "quince días": 14,
        "quince dias": 14,
        "dos semanas": 14,
    },
    pause_fillers=frozenset({"por", "durante"}),
    number_words={
        "un": 1,
        "una": 1,
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "par": 2,
        "un par": 2,
        "un par de": 2,
        "unos": 3,
        "unos pocos": 3,
        "algunos": 3,
        "pocos": 3,
    },
    bare_number_words=frozenset(
        {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}
    ),
    unit_days={
        "": 1,
        "d": 1,
        "día": 1,
        "dia": 1,
        "días": 1,
        "dias": 1,
        "s": 7,
        "sem": 7,
        "semana": 7,
        "semanas": 7,
        "quincena": 14,
        "quincenas": 14,
    },
)
