"""Not wanting to be alive, as people say it in speech, in six languages (safety4).

The older families know the written forms ("je ne veux plus vivre", "не хочу жить").
People drop the negation's first half ("je veux plus être en vie"), name being alive
rather than living ("не хочу больше быть живой", "am Leben sein"), say they have no
wish left to live ("keinen Bock mehr zu leben", "perdi a vontade de viver"), or want
to fall asleep and stay that way. "I could sleep forever" after a long week is not
caught: the wish for an endless sleep counts only with a want or a hope before it,
or with "and never / not wake".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP2, Family, alt

# Words that mean "any more" or "ever again", as typed.
_ANYMORE_EN: Final = r"(?:anymore|any more|any longer|no more|no longer)"

EN = Family(
    "en.self.alive",
    "self_harm",
    (
        r"\b(?:fall|falling|go|going|drift|drifting) (?:to )?(?:asleep|sleep) "
        r"(?:\w+ ){0,2}and (?:just )?(?:stay|staying|remain) (?:asleep|that way|under)\b"
        r"|\b(?:want|wanna|wish|hope|hoping|pray|praying) (?:\w+ ){0,3}(?:to )?(?:stay|remain)"
        r" asleep(?: forever| for ever| for good| and never| permanently|$)"
        r"|\b(?:dont|do not|no longer) (?:want|wanna|wish) to (?:be|stay|keep being) "
        r"(?:alive|here|around|on this earth|in this world) " + _ANYMORE_EN + r"\b"
        r"|\b(?:lost|losing|have no|got no|no) (?:\w+ )?(?:will|wish|desire|reason) (?:left )?to"
        r" (?:live|be alive|stay alive|keep living)\b",
    ),
)

DE = Family(
    "de.self.alive",
    "self_harm",
    (
        r"\b(?:keine|keinen|null) (?:bock|kraft|grund) mehr "
        + alt("zu leben", "auf (?:das |dieses |mein )?leben", "am leben zu sein", "zu existieren")
        + r"|\b(?:will|möchte|mag|wollte) (?:\w+ )?(?:nich|net|ned|nimmer) (?:mehr )?"
        r"(?:leben|am leben sein|existieren|lebendig sein|da sein)\b(?! (?:in|mit|bei|ohne|wie)\b)"
        r"|\b(?:will|möchte|würde gern|wünsch\w*|hoffe) (?:\w+ ){0,3}(?:für immer|ewig|auf ewig)"
        r" (?:schlafen|einschlafen|weg sein)\b"
        r"|\beinschlafen und (?:einfach )?(?:nicht mehr|nie mehr|nimmer|nie wieder) "
        r"(?:aufwachen|wach werden)\b",
    ),
)

ES = Family(
    "es.self.alive",
    "self_harm",
    (
        r"\b(?:ya )?no (?:quiero|tengo ganas de|me dan ganas de|deseo) "
        r"(?:seguir |estar |quedarme )?"
        r"(?:viva|vivo|con vida|en este mundo|existiendo)\b"
        r"|\b(?:se me fueron|perdi|no me quedan|ya no tengo|sin) (?:las )?ganas de vivir\b"
        r"|\b(?:quiero|quisiera|ojala|me gustaria|deseo) (?:\w+ ){0,2}(?:dormir|dormirme|quedarme"
        r" dormida|quedarme dormido) (?:\w+ ){0,2}(?:para siempre|y no despertar|y no volver a"
        r" despertar|y nunca despertar|y ya no despertar)\b",
    ),
)

FR = Family(
    "fr.self.alive",
    "self_harm",
    (
        r"\b(?:veux|voudrais|ai|jai|aurais) (?:\w+ )?(?:plus|pas|jamais) (?:\w+ )?"
        r"(?:envie |la force )?(?:detre|etre|de rester|rester) (?:encore )?en vie\b"
        r"|\b(?:jai|ai) (?:plus|pas) (?:du tout )?(?:envie|la force|le courage) "
        r"(?:de vivre|dexister|de continuer a vivre)\b"
        r"|\b(?:veux|voudrais|j?aimerais|envie de|reve de) (?:\w+ ){0,2}(?:dormir|mendormir) "
        + GAP2
        + r"(?:pour toujours|pour de bon|a jamais|et (?:plus|ne plus|jamais|ne jamais) "
        r"(?:jamais )?me reveiller)\b"
        r"|\brester endormie? (?:pour toujours|pour de bon|a jamais)\b",
    ),
)

PT = Family(
    "pt.self.alive",
    "self_harm",
    (
        r"\b(?:nao|num|n) (?:quero|aguento) (?:mais )?(?:ficar |estar |continuar |seguir )?"
        r"(?:viva|vivo|existindo|existir|com vida|neste mundo|nesse mundo)\b"
        r"|\b(?:perdi|nao tenho mais|sem|acabou|foi embora) (?:a )?vontade de viver\b"
        r"|\b(?:quero|queria|so queria|gostaria de|vontade de) (?:\w+ ){0,2}(?:dormir|apagar) "
        r"(?:\w+ ){0,2}(?:pra sempre|para sempre|e nao acordar|e nunca mais acordar"
        r"|e nao acordar mais)\b",
    ),
)

RU = Family(
    "ru.self.alive",
    "self_harm",
    (
        r"\bне (?:хочу|хочется|хотелось бы) (?:\w+ ){0,2}(?:быть живой|быть живым|оставаться"
        r" живой|оставаться живым|существовать|жить на этом свете)\b"
        r"|\bжить (?:(?:больше|уже|совсем|вообще|прям|просто) ){0,2}(?:не хочу|не хочется|неохота"
        r"|не охота)\b"
        r"|\b(?:неохота|не охота|нет сил|нет желания|пропало желание|расхотелось) (?:\w+ )?жить\b"
        r"|\b(?:уснуть|заснуть|усну|засну|спать|уснуть бы) (?:\w+ )?(?:навсегда|навечно"
        r"|вечным сном)\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)
