"""Violence in its particular forms, and regional threats (safety7).

Rules per language, ``violence``:

- ``belt``: "the thing with the belt", "lo del cinturón", "с ремнём" ("my belt broke"
  stays quiet);
- ``slap`` (fr): Quebec "il m'a sacré une claque";
- ``stiege`` (de): Austrian "die Stiege runtergschmissen";
- ``under_water``: held my head under water;
- ``hidden``: pinches, bites + where it doesn't show ("my baby bites me" stays quiet);
- ``squeezed`` (not es, whose grab family reads it): squeezed my arm till it went
  purple;
- ``rib``: a rib that still hurts + afraid to go to the doctor (a rib after training,
  "need to see a doctor", stays quiet);
- ``pet_next``: kicked the dog + you're next, I'm next.

``threat``: ``regional``: "il va me faire la peau" (a mosquito stays quiet), Austrian
"wenn du gehst, dann kracht's" (a mother about tidying stays quiet), Swiss "er bringt
mi um".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_BELT: Final = {
    "en": r"\bthe (?:thing|business|stuff) with (?:the|his) belt\b|\bthe belt thing\b"
    r"|\b(?:took|takes|used|uses) (?:off )?(?:the|his) belt (?:on|to) me\b",
    "de": r"\bdas (?:mit dem|mitm) gurtel\b|\bmit dem gurtel (?:\w+ )?(?:geschlagen|verprugelt"
    r"|versohlt)\b",
    "es": r"\blo del cinturon\b|\bcon el cinturon (?:me )?(?:pego|pega|dio|da)\b",
    "fr": r"\b(?:le coup|lhistoire|le truc) de la ceinture\b|\ba coups de ceinture\b",
    "pt": r"\b(?:historia|coisa|lance) do cinto\b|\b(?:com o|de) cinto (?:me )?(?:bateu|bate)\b",
    "ru": r"\b(?:опять|снова|было) (?:было )?с ремнем\b|\bремнем (?:бил|бьет|отхлестал|лупит)\b",
}

# Quebec French: "sacrer une claque" is to hit hard.
_SLAP: Final = {
    "fr": r"\b(?:ma|me|mas|mont) (?:\w+ )?sacre(?:r)? (?:une|un|des) (?:claques?|volees?|coups?"
    r"|mornifles?|taloches?)\b",
}

# Austrian "Stiege" for the stairs, which the older families did not list.
_STIEGE: Final = {
    "de": r"\b(?:die )?stiege (?:\w+ )?(?:runter|hinunter|obe|abi)(?:ge|g)?(?:schmissen|stossen"
    r"|stessn|worfen|schubst)\b",
}

_UNDER_WATER: Final = {
    "en": r"\b(?:held|holds|pushed|shoved|forced|kept) my (?:head|face) (?:down )?under"
    r" (?:the )?water\b",
    "de": r"\b(?:meinen|mein) kopf unter (?:das |dem )?wasser (?:gedruckt|gehalten|getaucht)\b"
    r"|\b(?:druckt|druckte|hielt|halt|tauchte) meinen kopf unter (?:\w+ )?wasser\b",
    "es": r"\b(?:me )?(?:hundio|hunde|metio|mete|sumergio|sostuvo|aguanto) la cabeza (?:bajo"
    r"|en|dentro del?) (?:el )?agua\b",
    "fr": r"\b(?:maintenu|tenu|plonge|enfonce|mis|maintient|tient) (?:\w+ )?la tete sous"
    r" (?:leau|l eau)\b",
    "pt": r"\b(?:segurou|enfiou|afundou|segura|afunda) (?:a )?(?:minha )?cabeca (?:debaixo"
    r"|embaixo|dentro) (?:dagua|da agua|de agua)\b",
    "ru": r"\b(?:держал|окунал|опустил|засунул|держит) (?:мою |мне )?голову под вод\w*\b",
}

_HIDDEN: Final = {
    "en": then(
        r"(?:pinches|bites|pinched|bit) me",
        r"where (?:nobody|no one|people) (?:can |could |will )?(?:see|sees|notice)"
        r"|where it (?:doesnt|wont|does not) show",
        within=3,
    ),
    "de": then(
        r"(?:kneift|beisst|zwickt|kniff|biss)",
        r"wo man (?:es )?nicht sieht|wo mans nicht sieht|wo es (?:keiner|niemand) sieht",
        within=3,
    ),
    "es": then(
        r"(?:pellizca|muerde|pellizco|mordio)",
        r"donde no se ve|donde nadie (?:ve|lo ve)",
        within=3,
    ),
    "fr": then(
        r"(?:pince|mord|pincee|mordue)",
        r"(?:la )?ou (?:ca|ce) (?:ne )?se voit pas|ou personne (?:ne )?voit",
        within=3,
    ),
    "pt": then(
        r"(?:belisca|morde|beliscou|mordeu)",
        r"onde (?:nao|ninguem) (?:aparece|ve)",
        within=3,
    ),
    "ru": then(
        r"(?:щиплет|кусает|щипал|кусал)",
        r"(?:там )?где не видно|где никто не видит",
        within=3,
    ),
}

_SQUEEZED: Final = {
    "en": then(
        r"(?:he|my \w+) (?:squeezed|gripped|grabbed|twisted|crushed) my (?:arm|wrist|hand)",
        r"(?:purple|blue|black and blue)",
        within=6,
    ),
    "de": r"\b(?:meinen|den) arm (?:\w+ )?(?:gequetscht|gedruckt|zugedruckt) bis (?:er )?"
    r"(?:\w+ )?(?:lila|blau)\b",
    "fr": r"\b(?:serre|broye|tordu) le (?:bras|poignet) jusqua ce quil (?:devienne|soit)"
    r" (?:violet|bleu)\b",
    "pt": r"\bapertou (?:o )?(?:meu )?(?:braco|pulso) ate ficar (?:roxo|azul)\b",
    "ru": r"\bсжал (?:мне |мою )?(?:руку|запястье) до (?:синяка|синяков|синевы)\b",
}

_RIB: Final = {
    "en": then(
        r"(?:my )?ribs? (?:still )?(?:hurts?|aches?)",
        r"(?:scared|afraid|dont dare|too scared) (?:to )?(?:go )?(?:to )?(?:see )?(?:the |a )?"
        r"(?:doctor|gp|hospital|er)",
        within=6,
    ),
    "de": then(
        r"(?:rippe|rippen) (?:tut|tun) (?:\w+ ){0,2}weh|rippe schmerzt",
        r"trau mich nicht (?:zum|zu einem) arzt|angst (?:zum|vor dem) arzt",
        within=5,
    ),
    "es": then(
        r"me duele (?:una|la) costilla|me duelen las costillas",
        r"(?:me da )?miedo (?:de )?ir al (?:medico|hospital)|no me animo a ir al medico",
        within=6,
    ),
    "fr": then(
        r"mal a (?:une|la) cote|(?:ma|une) cote me fait mal|mal aux cotes",
        r"peur daller (?:chez le medecin|a lhopital|aux urgences)",
        within=6,
    ),
    "pt": then(
        r"(?:minha )?costela (?:ainda )?doi|dor na costela",
        r"medo de ir (?:ao|no) (?:medico|hospital|pronto socorro)",
        within=6,
    ),
    "ru": then(
        r"ребро (?:\w+ ){0,3}болит|болит ребро",
        r"боюсь (?:идти )?(?:к врачу|в больницу|в травмпункт)",
        within=5,
    ),
}

_PET_NEXT: Final = {
    "en": then(
        r"(?:kicked|hit|threw|hurt|strangled) (?:the|my|our) (?:dog|cat|puppy|kitten)",
        r"(?:i|id|i would|youre|you are|youll|you will) (?:be )?next",
        within=6,
    ),
    "de": then(
        r"(?:den|die|unseren|unsere|meinen|meine) (?:hund|katze) (?:\w+ )?(?:getreten"
        r"|geschlagen)",
        r"(?:du bist|ich bin|ich sei|ich ware|du wirst) (?:die |der )?nachste",
        within=6,
    ),
    "es": then(
        r"(?:pateo|golpeo|le pego) al (?:perro|gato)",
        r"(?:yo )?(?:soy|sos|eres) (?:la|el) proxim[ao]",
        within=6,
    ),
    "fr": then(
        r"(?:frappe|tape|donne un coup de pied a|donne des coups de pied a) (?:le|au) (?:chien"
        r"|chat)",
        r"(?:jetais|je suis|tu es|tu seras|je serais|jserais) la prochaine",
        within=8,
    ),
    "pt": then(
        r"(?:chutou o|bateu no|chutou a) (?:cachorro|gato|cachorra|gata)",
        r"(?:eu )?(?:sou|voce e|voce vai ser) (?:a|o) proxim[ao]",
        within=6,
    ),
    "ru": then(
        r"(?:пнул|ударил|избил) (?:\w+ )?(?:собаку|кота|кошку)",
        r"(?:я|ты) (?:буду )?следующ\w*",
        within=6,
    ),
}

_REGIONAL: Final = {
    "de": r"\bwenn (?:du|i|ich) (?:gehst|geh|gehe|mich verlasst|abhaust|dich trennst|zur polizei"
    r" gehst|ausziehst|ausziag)(?: \w+)?"
    r" (?:dann )?krachts\b|\ber (?:\w+ )?bringt mi um\b|\ber het gseit er bringt mi um\b",
    "fr": r"\b(?:va|allait|veut|voulait|vais) me faire la peau\b",
}

FAMILIES: Final = families(
    "harm_forms",
    "violence",
    {
        "belt": _BELT,
        "slap": _SLAP,
        "stiege": _STIEGE,
        "under_water": _UNDER_WATER,
        "hidden": _HIDDEN,
        "squeezed": _SQUEEZED,
        "rib": _RIB,
        "pet_next": _PET_NEXT,
    },
) + families("harm_forms", "threat", {"regional": _REGIONAL})
