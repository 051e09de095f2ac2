"""Sex without consent in the forms round 5 did not list (safety6, ``sexual``).

Rules per language:

- ``asleep``: sex with me while I was asleep (German, Spanish, French, Russian; English
  and Portuguese are in ``consent``);
- ``woke_up``: got me drunk + I woke up with him on top of me;
- ``marriage``: he does it when I say no + says that's marriage, a wife's duty;
- ``held_down``: he holds me down and does it anyway;
- ``liked_it``: afterwards he says I liked it, wanted it.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_ASLEEP: Final = {
    "de": then(
        r"er (?:\w+ )?(?:hatte sex mit mir|hat mit mir geschlafen|hat sex mit mir|macht es"
        r"|hat es gemacht|fasst mich an|hat mich angefasst)",
        r"(?:während|als|wahrend) ich (?:\w+ )?(?:geschlafen|schlief|schlafe|bewusstlos)",
        within=2,
    ),
    "es": then(
        r"(?:tuvo|tiene) sexo conmigo|me lo hizo|me toco|abuso de mi",
        r"mientras (?:yo )?(?:dormia|estaba dormida|duermo)",
        within=2,
    ),
    "fr": then(
        r"(?:il )?(?:a couche avec moi|ma touchee?|ma prise|ma baisee|la fait|le fait"
        r"|a abuse de moi)",
        r"pendant que je (?:dormais|dors|etais endormie)",
        within=2,
    ),
    "ru": then(
        r"(?:занимался|занимается) (?:со мной )?сексом|(?:трогал|трогает|взял) меня|спал со мной",
        r"пока я (?:спала|сплю|была без сознания)",
        within=3,
    ),
}

_WOKE_UP: Final = {
    "en": then(
        r"(?:got|made) me (?:really |so )?(?:drunk|wasted|high)",
        r"(?:woke up|came to) (?:with him|and he was) (?:on top|inside|undressing)",
        within=3,
    ),
    "de": then(
        r"(?:hat mich|mich) (?:\w+ )?(?:betrunken gemacht|abgefüllt)",
        r"(?:aufgewacht|wach geworden) (?:\w+ ){0,2}(?:auf mir|er lag auf mir|in mir)",
        within=4,
    ),
    "es": then(
        r"me emborracho|me hizo tomar",
        r"me desperte (?:\w+ )?con el encima|me desperte y (?:el )?estaba encima",
        within=3,
    ),
    "fr": then(
        r"(?:ma|me) (?:fait boire|saoulee|soulee)",
        r"reveillee? avec lui (?:sur moi|dessus)|reveillee? et il etait sur moi",
        within=4,
    ),
    "pt": then(
        r"me (?:embebedou|deixou bebada|fez beber)",
        r"acordei com ele (?:em cima|por cima)",
        within=3,
    ),
    "ru": then(
        r"(?:напоил|споил) меня",
        r"проснулась (?:а )?(?:он )?(?:на мне|сверху)",
        within=3,
    ),
}

_MARRIAGE: Final = {
    "en": then(
        r"(?:does it|did it|has sex with me|makes me) (?:even )?(?:when|if) i (?:say|said) no",
        r"(?:thats|that is|its) (?:what )?(?:marriage|a wifes duty|my duty|what wives do)",
        within=4,
    ),
    "de": then(
        r"(?:macht|machte) es (?:\w+ )?auch wenn ich nein sage",
        r"das (?:ist|sei) (?:eben |halt )?(?:ehe|die ehe|meine pflicht)",
        within=4,
    ),
    "es": then(
        r"lo hace aunque (?:le )?(?:diga|digo) que no",
        r"(?:eso|asi) es el matrimonio|es mi (?:deber|obligacion) de esposa",
        within=4,
    ),
    "fr": then(
        r"le fait (?:meme )?quand je dis non",
        r"cest (?:ca )?le mariage|cest mon devoir",
        within=4,
    ),
    "pt": then(
        r"faz mesmo quando eu digo (?:nao|não)",
        r"casamento e assim|e (?:meu|o meu) dever de esposa",
        within=4,
    ),
    "ru": then(
        r"делает это (?:даже )?когда я говорю нет",
        r"(?:это|так) (?:и есть )?брак|супружеский долг",
        within=4,
    ),
}

# English "holds me down" is already ``en.violence``.
_HELD_DOWN: Final = {
    "de": r"\ber hält mich (?:\w+ )?fest und (?:macht|tut) es (?:trotzdem|einfach)\b",
    "es": r"\bme (?:sujeta|sujeto|agarra|inmoviliza) (?:\w+ )?y lo hace (?:igual"
    r"|de todas formas)\b",
    "fr": r"\bil me (?:tient|maintient|bloque) (?:\w+ )?et (?:il )?le fait quand meme\b"
    r"|\bil me force (?:quand|des que|lorsque) (?:il a bu|il est saoul|il est bourre|il rentre)\b",
    "pt": r"\bele me segura (?:\w+ )?e faz (?:mesmo assim|assim mesmo)\b",
    "ru": r"\bон (?:держит|прижимает) меня (?:\w+ )?и (?:все равно|всё равно) (?:делает|берет)\b",
}

_LIKED_IT: Final = {
    "en": r"\b(?:afterwards |after )?(?:he|she) (?:says|said|tells me|told me) i (?:liked it"
    r"|wanted it|enjoyed it|asked for it)(?=$| but| even| when i| although| though| after)",
    "de": r"\ber (?:sagt|meint|behauptet) (?:\w+ )?(?:es hätte mir gefallen|ich wollte es"
    r"|ich hätte es gewollt)\b",
    "es": r"\b(?:dice|dijo) que (?:a mi )?me gusto\b|\b(?:dice|dijo) que yo (?:lo )?queria\b",
    "fr": r"\bil (?:dit|a dit) que (?:jai aime|jen avais envie|je lai cherche)\b",
    "pt": r"\bele (?:diz|disse) que eu (?:gostei|queria|pedi)\b",
    "ru": r"\bон (?:говорит|сказал) что мне (?:понравилось|самой хотелось)\b",
}

FAMILIES: Final = families(
    "unconsented",
    "sexual",
    {
        "asleep": _ASLEEP,
        "woke_up": _WOKE_UP,
        "marriage": _MARRIAGE,
        "held_down": _HELD_DOWN,
        "liked_it": _LIKED_IT,
    },
)
