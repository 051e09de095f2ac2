"""Hiding from a raging partner behind a door (safety5, ``fear``).

One rule, ``door``: locked or hiding in a room + he is kicking, smashing, pounding on
the door. "He" is required next to the door: a toddler who locks someone out of the
bathroom or a room someone hides presents in stays quiet.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_HIDING: Final = {
    "en": r"locked (?:myself |ourselves )?in|hiding in|hid in|hiding|barricaded"
    r"|shut (?:myself|ourselves) in|im in the (?:bathroom|bedroom|toilet|closet)",
    "de": r"eingeschlossen|eingesperrt|verbarrikadiert|versteckt|verschanzt",
    "es": r"encerrad[ao]s?|me encerre|nos encerramos|me escondi|escondid[ao]s?|nos escondimos"
    r"|me trance|nos trancamos|trancad[ao]s?",
    "fr": r"enfermee?s?|cachee?s?|barricade\w*|refugiee?s?|planquee?s?",
    "pt": r"trancad[ao]s?|me tranquei|nos trancamos|me escondi|escondid[ao]s?|nos escondemos",
    "ru": r"заперлась|заперся|заперлись|закрылась|закрылись|закрывшись|спряталась|спрятались"
    r"|забаррикадировал\w*",
}
_HE_AT_THE_DOOR: Final = {
    "en": then(
        r"he|hes|she|shes",
        r"kick\w*|smash\w*|pound\w*|bang\w*|break\w*|bash\w*|punch\w*|hammer\w*|ramm\w*"
        r"|trying to break",
        r"door",
        within=3,
    ),
    "de": then(
        r"er",
        r"tritt|hämmert|schlägt|trommelt|rüttelt|bricht|versucht|haut|boxt|wummert",
        r"tür|türe",
        within=3,
    ),
    # Spanish and Portuguese drop "he": the verb must follow "él" or "está" right away,
    # so "el nene golpea la puerta" (the little one) is not him.
    "es": then(
        then(
            r"el|esta",
            r"pateando|patea|rompiendo|rompe|golpeando|golpea|aporrea|aporreando|derribando"
            r"|tirando abajo|forzando",
            within=0,
        ),
        r"(?:la )?puerta",
        within=2,
    ),
    "fr": then(
        r"il",
        # Not "frappe à la porte": that is knocking.
        r"donne des coups|defonce|tape|cogne|enfonce|essaie|tambourine",
        r"(?:la )?porte",
        within=4,
    ),
    "pt": then(
        then(
            r"ele|ta|esta",
            r"chutando|chuta|quebrando|quebra|esmurrando|esmurra|socando|soca|batendo|forcando"
            r"|arrombando|arromba",
            within=0,
        ),
        r"(?:a )?porta",
        within=2,
    ),
    "ru": then(
        r"он",
        # Not "стучит": knocking.
        r"выбивает|ломает|колотит|ломится|пинает|бь[её]т|долбит|вышибает",
        r"двер\w*",
        within=3,
    ),
}

# Hide and seek, and knocking to fetch something or call someone, are play and chores.
_PLAY: Final = (
    r"(?:playing|hide and seek|jugando|escondidas|cache cache|en riant|laughing|esconde esconde"
    r"|brincando|verstecken|spielen|lachend|прятки|играют|играем|смеясь)"
)
_ERRAND: Final = (
    r"(?:to (?:get|ask|say|tell|call|borrow)|pour (?:dire|demander|appeler)|para (?:pedir"
    r"|decir|llamar)|pra (?:pedir|falar|chamar)|um (?:zu fragen|zu sagen)|чтобы (?:позвать"
    r"|спросить|сказать))"
)


def _rule(code: str) -> str:
    hiding = rf"(?:{_HIDING[code]})(?!(?: \w+){{0,6}} {_PLAY}\b)"
    door = rf"(?:{_HE_AT_THE_DOOR[code]})(?!(?: \w+){{0,3}} (?:{_PLAY}|{_ERRAND})\b)"
    return near(hiding, door, within=8)


_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families("hiding", "fear", {"door": {c: _rule(c) for c in _CODES}})
