"""If something happens to me, it was him (safety7, ``threat``).

One rule per language, ``named``: if something happens to me, if I end up hurt + it was
him, my husband, my boyfriend, my ex ("if something happens to me, call my sister"
stays quiet).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_PARTNER: Final = {
    "en": r"(?:him|he did it|my (?:husband|boyfriend|ex|partner|fiance|bf))",
    "de": r"(?:er|ers|er es|mein (?:mann|freund|ex|partner|verlobter))",
    "es": r"(?:el|mi (?:marido|esposo|novio|ex|pareja))",
    "fr": r"(?:lui|mon (?:mari|copain|ex|conjoint|chum|compagnon))",
    "pt": r"(?:ele|(?:o )?meu (?:marido|namorado|ex|companheiro))",
    "ru": r"(?:он|это он|(?:мой )?(?:муж|парень|бывший|сожитель))",
}

_NAMED: Final = {
    "en": then(
        r"if (?:something|anything) (?:bad )?(?:happens|ever happens|should happen) to me"
        r"|if i (?:end up|turn up|get) (?:hurt|dead|missing)",
        r"(?:you know )?it was " + _PARTNER["en"] + r"\b",
        within=2,
    ),
    "de": then(
        r"(?:falls|wenn) mir (?:\w+ )?(?:was|etwas) (?:passiert|zustosst|zustoßt)",
        r"(?:dann )?(?:war|wars) (?:es )?" + _PARTNER["de"] + r"(?: es)?\b",
        within=2,
    ),
    "es": then(
        r"si (?:me pasa|me llega a pasar|me sucede) algo|si (?:aparezco|me encuentran)"
        r" (?:muerta|golpeada|herida)",
        r"(?:fue|ha sido) " + _PARTNER["es"] + r"\b",
        within=2,
    ),
    "fr": then(
        r"(?:sil|si jamais il) (?:marrive|me arrive) (?:quelque chose|malheur|un truc)"
        r"|si on me (?:retrouve|trouve) (?:morte|blessee)",
        r"(?:cest|cetait|ce sera) " + _PARTNER["fr"] + r"\b",
        within=2,
    ),
    "pt": then(
        r"se (?:algo|alguma coisa) (?:me )?acontecer(?: comigo)?|se acontecer (?:algo|alguma"
        r" coisa) comigo|se eu (?:aparecer|for encontrada) (?:machucada|morta|ferida)",
        r"(?:foi|vai ter sido) " + _PARTNER["pt"] + r"\b",
        within=2,
    ),
    "ru": then(
        r"если (?:со мной )?что(?: то| нибудь)? (?:случится|произойдет)(?: со мной)?"
        r"|если меня найдут (?:мертвой|мертвым|избитой)",
        r"(?:знайте что |знай что )?(?:это (?:сделал |был )?|виноват )" + _PARTNER["ru"] + r"\b",
        within=2,
    ),
}

FAMILIES: Final = families("it_was_him", "threat", {"named": _NAMED})
