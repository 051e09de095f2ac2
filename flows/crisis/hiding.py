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
    "es": then(
        r"el|esta",
        r"pateando|patea|rompiendo|rompe|golpeando|golpea|aporrea|aporreando|derribando"
        r"|tirando abajo|forzando",
        r"(?:la )?puerta",
        within=3,
    ),
    "fr": then(
        r"il",
        r"donne des coups|defonce|tape|frappe|cogne|enfonce|essaie|tambourine",
        r"(?:la )?porte",
        within=4,
    ),
    "pt": then(
        r"ele",
        r"chutando|chuta|quebrando|quebra|esmurrando|esmurra|socando|soca|batendo|forcando"
        r"|arrombando|arromba",
        r"(?:a )?porta",
        within=3,
    ),
    "ru": then(
        r"он",
        r"выбивает|ломает|колотит|ломится|пинает|бь[её]т|долбит|стучит|вышибает",
        r"двер\w*",
        within=3,
    ),
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "hiding",
    "fear",
    {"door": {c: near(_HIDING[c], _HE_AT_THE_DOOR[c], within=8) for c in _CODES}},
)
