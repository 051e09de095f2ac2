"""Brazilian Portuguese time words (see model.py for what each field is): "amanhã às 20h".

"sexta que vem" is the coming Friday ("que", "vem" change nothing). "seg", "qua",
"sex" are the bot's own abbreviations, so /days reads back what it wrote.
"""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.content.time_words.model import TimeWords, names

COMPLETE: Final = True

WORDS: Final = TimeWords(
    today=frozenset({"hoje", "hj"}),
    tonight=frozenset(),
    tomorrow=frozenset({"amanhã", "amanha", "amn"}),
    weekdays=names(
        (0, ("segunda-feira", "segunda", "segundas", "seg", "2ª", "2a")),
        (1, ("terça-feira", "terca-feira", "terça", "terca", "terças", "ter", "3ª", "3a")),
        (2, ("quarta-feira", "quarta", "quartas", "qua", "4ª", "4a")),
        (3, ("quinta-feira", "quinta", "quintas", "qui", "5ª", "5a")),
        (4, ("sexta-feira", "sexta", "sextas", "sex", "6ª", "6a")),
        (5, ("sábado", "sabado", "sábados", "sabados", "sáb", "sab")),
        (6, ("domingo", "domingos", "dom")),
    ),
    months=names(
        (1, ("janeiro", "jan")),
        (2, ("fevereiro", "fev")),
        (3, ("março", "marco", "mar")),
        (4, ("abril", "abr")),
        (5, ("maio", "mai")),
        (6, ("junho", "jun")),
        (7, ("julho", "jul")),
        (8, ("agosto", "ago")),
        (9, ("setembro", "set")),
        (10, ("outubro", "out")),
        (11, ("novembro", "nov")),
        (12, ("dezembro", "dez")),
    ),
    next_words=frozenset({"próximo", "proximo", "próxima", "proxima"}),
    this_words=frozenset({"este", "esta", "nesse", "nessa", "neste", "nesta"}),
    later_parts=frozenset({"tarde", "noite"}),
    earlier_parts=frozenset({"manhã", "manha", "madrugada", "cedo"}),
    articles=frozenset({"dia", "o", "no"}),
    fillers=frozenset(
        {
            "às",
            "as",
            "a",
            "à",
            "de",
            "da",
            "do",
            "em",
            "na",
            "por",
            "lá",
            "la",
            "pelas",
            "umas",
            "que",
            "vem",
            "daqui",
        }
    ),
    ordinal_suffixes=(),
    am=frozenset(),
    pm=frozenset(),
    clock_words={
        "meio-dia": time(12),
        "meio dia": time(12),
        "meiodia": time(12),
        "meia-noite": time(0),
        "meia noite": time(0),
    },
    hour_words=frozenset({"h", "hs", "hr", "hrs", "horas"}),
    day_presets={
        "todos os dias": "all",
        "todo dia": "all",
        "diariamente": "all",
        "dias úteis": "wkd",
        "dias uteis": "wkd",
        "durante a semana": "wkd",
        "de segunda a sexta": "wkd",
        "fins de semana": "wke",
        "fim de semana": "wke",
        "nos fins de semana": "wke",
        "finais de semana": "wke",
        "final de semana": "wke",
        "seg-sex": "wkd",
        "seg–sex": "wkd",
        "sáb-dom": "wke",
        "sáb–dom": "wke",
        "sab-dom": "wke",
    },
    list_joiners=frozenset({"e"}),
    pause_indefinite=frozenset(
        {"até /resume", "ate /resume", "até resume", "por tempo indeterminado", "por enquanto"}
    ),
    pause_phrases={
        "amanhã": 1,
        "amanha": 1,
        "hoje": 1,
        "um dia": 1,
        "semana": 7,
        "uma semana": 7,
        "por uma semana": 7,
        "quinze dias": 14,
        "duas semanas": 14,
    },
    pause_fillers=frozenset({"por", "durante"}),
    number_words={
        "um": 1,
        "uma": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "tres": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "uns": 3,
        "umas": 3,
        "uns dois": 2,
        "uns poucos": 3,
        "alguns": 3,
        "algumas": 3,
    },
    bare_number_words=frozenset(
        {"um", "dois", "três", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"}
    ),
    unit_days={
        "": 1,
        "d": 1,
        "dia": 1,
        "dias": 1,
        "s": 7,
        "sem": 7,
        "semana": 7,
        "semanas": 7,
    },
)
