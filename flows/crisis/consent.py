"""Sex without consent said without the word (safety5, ``sexual``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``asleep``: he did it + while I was asleep (English and Portuguese; the others
  have it in ``near_harm`` ``despite``);
- ``drunk``: too drunk to speak + he still did it;
- ``owed``: I owe him sex;
- ``wife``: I'm his wife + even when it hurts, I can't say no;
- ``give_in``: he pressures me + until I give in.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_ASLEEP: Final = {
    "en": then(
        r"(?:he|she) (?:\w+ )?(?:did it|does it|had sex with me|has sex with me|touches me"
        r"|touched me|started|kept going)",
        r"(?:while|when) i (?:was|am|m|were) (?:asleep|sleeping|passed out|unconscious|out cold)",
        within=2,
    ),
    "pt": then(
        r"ele (?:\w+ )?(?:fez|transou comigo|continuou|faz|me tocou|abusou)",
        r"enquanto eu (?:dormia|estava dormindo|tava dormindo|durmo|estava apagada|tava apagada)",
        within=2,
    ),
}

_TOO_DRUNK: Final = {
    "en": r"too (?:drunk|wasted|out of it|high|sleepy)|passed out|blackout drunk",
    "de": r"zu (?:betrunken|besoffen|dicht|müde)|bewusstlos|weggetreten",
    "es": r"demasiado (?:borracha|borracho|tomada|drogada|dormida)|inconsciente|desmayada"
    r"|muy borracha",
    "fr": r"trop (?:saoule|soule|bourree|ivre|defoncee|droguee|endormie)|inconsciente|evanouie",
    "pt": r"(?:bebada|chapada|drogada) demais|muito bebada|desmaiada|apagada|inconsciente",
    "ru": r"слишком пьян\w*|без сознания|в отключке|отключилась|пьяная в хлам",
}
_DID_IT_ANYWAY: Final = {
    "en": r"(?:he|she) (?:\w+ )?(?:still did it|did it anyway|did it regardless|had sex with me"
    r"|kept going|didnt stop|went ahead)",
    "de": r"er (?:\w+ ){0,3}(?:trotzdem|einfach weiter|weitergemacht|nicht aufgehört)",
    "es": r"lo hizo(?: igual| de todas formas| de todos modos)?|siguio|no paro|igual lo hizo",
    "fr": r"il (?:\w+ )?(?:la fait|a continue|ne sest pas arrete)(?: quand meme| malgre tout)?",
    "pt": r"ele (?:\w+ )?(?:fez mesmo assim|fez assim mesmo|fez|continuou|nao parou)",
    "ru": r"он (?:\w+ )?(?:всё равно|все равно|продолжал|сделал|не остановился)",
}

_OWED: Final = {
    "en": r"\bi (?:\w+ )?owe (?:him|her|them) (?:sex|my body|intimacy|blowjobs?)\b",
    "de": r"\b(?:ich )?schulde ihm (?:\w+ )?(?:sex|meinen körper)\b|\bihm sex schulde\b",
    "es": r"\b(?:le )?debo (?:\w+ )?sexo\b|\ble debo mi cuerpo\b",
    "fr": r"\bje lui dois (?:\w+ )?(?:du sexe|mon corps|le sexe)\b",
    "pt": r"\b(?:eu )?devo (?:\w+ )?sexo\b|\bdevo (?:meu corpo|transar)\b",
    "ru": r"\bдолжна ему (?:\w+ )?секс\w*|\bдолжна (?:ему )?(?:спать с ним|давать)\b",
}

_WIFE: Final = {
    "en": r"im his wife|i am his wife|as his wife|im married to him|were married",
    "de": r"seine frau|mit ihm verheiratet|als ehefrau|als seine frau",
    "es": r"soy su (?:esposa|mujer)|como su (?:esposa|mujer)|estamos casados",
    "fr": r"je suis sa femme|en tant que sa femme|on est maries",
    "pt": r"sou (?:a )?(?:esposa|mulher) dele|como esposa dele|somos casados",
    "ru": r"я его жена|я ему жена|как жена|мы женаты",
}
_NO_CHOICE: Final = {
    "en": r"i have to let him|i have to sleep with him|i cant say no|i cant refuse"
    r"|even (?:when|if) it hurts|even when i dont want to|its my duty",
    "de": r"auch wenn es weh tut|auch wenns weh tut|auch wenn ich nicht will|darf nicht nein"
    r"|kann nicht nein|eheliche pflicht",
    "es": r"aunque me duela|aunque no quiera|aunque duela|no puedo decir que no|no me puedo"
    r" negar|es mi obligacion",
    "fr": r"meme quand ca fait mal|meme si ca fait mal|meme si je veux pas|meme quand je veux"
    r" pas|je peux pas dire non|devoir conjugal",
    "pt": r"mesmo doendo|mesmo quando doi|mesmo que doa|mesmo sem querer|nao posso dizer nao"
    r"|nao posso negar",
    "ru": r"даже когда больно|даже если больно|даже когда не хочу|не могу отказать|не имею"
    r" права отказать|супружеский долг",
}

_PRESSURE: Final = {
    # Not "keeps pushing me to apply": pushing is encouragement as often as not.
    "en": r"pressur\w+|keeps on at me|wont stop (?:asking|begging)|guilt trips me|guilts me",
    "de": r"drängt|drängelt|bedrängt|setzt mich unter druck|bettelt|nervt",
    "es": r"insiste|presiona|me presiona|me ruega|no para de insistir",
    "fr": r"insiste|me harcele|me met la pression|me supplie",
    "pt": r"insiste|pressiona|me pressiona|implora|enche o saco",
    "ru": r"давит|дожимает|уговаривает|настаивает|ноет",
}
_UNTIL_I_GIVE_IN: Final = {
    "en": r"until i (?:give in|cave|say yes|let him|agree|give up)",
    "de": r"(?:bis|solange bis) ich (?:nachgebe|ja sage|einwillige|mitmache|es zulasse)",
    "es": r"hasta que (?:cedo|acepto|le digo que si|me dejo|accedo)",
    "fr": r"jusqua ce que je (?:cede|dise oui|accepte|me laisse faire)",
    "pt": r"ate eu (?:ceder|aceitar|deixar|dizer sim|topar)",
    "ru": r"пока (?:я )?не (?:сдамся|соглашусь|уступлю|сдаюсь)",
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "consent",
    "sexual",
    {
        "asleep": _ASLEEP,
        "drunk": {c: then(_TOO_DRUNK[c], _DID_IT_ANYWAY[c], within=8) for c in _CODES},
        "owed": _OWED,
        "wife": {c: near(_WIFE[c], _NO_CHOICE[c], within=6) for c in _CODES},
        "give_in": {c: then(_PRESSURE[c], _UNTIL_I_GIVE_IN[c], within=4) for c in _CODES},
    },
)
