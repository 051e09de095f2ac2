"""Sex without consent in the forms round 5 did not list (safety6, ``sexual``).

Rules per language:

- ``asleep``: sex with me while I was asleep (German, Spanish, French, Russian; English
  and Portuguese are in ``consent``);
- ``woke_up``: got me drunk + I woke up with him on top of me;
- ``marriage``: he does it when I say no + says that's marriage, a wife's duty;
- ``held_down``: he holds me down and does it anyway;
- ``liked_it``: afterwards he says I liked it, wanted it;
- ``stop_ignored``: I told him to stop, or said no, and he went on (rounds 8 and 9);
- ``woke_to``: I woke up + he was having sex with me, inside me, touching me (round 9);
- ``forced_bare``: "he forced me" with nothing forced *to* after it: the act itself is
  what was forced (at the end of the message, or before a time, a "no", tears). "She
  forced me to watch that film" has its complement and stays ordinary. Spanish "me
  forzó" is already ``any.sexual.against_no``; Russian "заставил" takes its complement
  anywhere in the sentence, so it is left to the families that name the act.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

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

# What may follow a bare "forced me" (the words normalised: no punctuation or accents).
_FORCED_THEN: Final = {
    "en": r"last night|yesterday|this morning|again|anyway|even though|even when|when i|while i"
    r"|after i|i said no|i told (?:him|her) no|i didnt want|and i (?:said|cried|froze|couldnt)"
    r"|in my sleep|i was (?:asleep|crying|drunk)|it hurt|i begged",
    "de": r"obwohl|als ich|während|wahrend|trotz|gestern|letzte nacht|heute nacht|einfach"
    r"|immer wieder|ich (?:wollte|hab|habe) (?:nicht|nein)|und ich (?:hab|habe) geweint",
    "fr": r"hier|cette nuit|la nuit|encore|quand meme|alors que|pendant que|meme si|malgre"
    r"|jai dit non|javais dit non|je disais non|je voulais pas|je ne voulais pas"
    r"|et jai (?:pleure|dit non)|plusieurs fois",
    "pt": r"ontem|de novo|mesmo (?:assim|eu)|quando eu|enquanto eu|eu disse (?:que )?nao"
    r"|eu nao queria|e eu (?:chorei|disse nao)|a noite|de noite|varias vezes",
    "es": r"le dije que no|aunque|y yo (?:llorando|no queria)|otra vez|anoche|ayer",
    "ru": r"хотя я|я (?:говорила|сказала|просила) (?:нет|не надо)|я не хотела|а я плакала",
}

# ...and what says it was forced *to* something after all ("yesterday to go to his mum's").
_FORCED_TO: Final = {
    "en": "to|into",
    "de": "zu|zum|zur",
    "fr": "a|de",
    "pt": "a(?! noite)|ao|de(?! novo)",
    "es": "a",
    "ru": "к|на|пойти|поехать|сделать|есть|пить|купить|уйти",
}


def _forced_bare(code: str, forced: str, *, at_end: bool = True) -> str:
    """``forced`` with no complement after it, then one of the words above or (``at_end``)
    the end of the message. The words are matched, not looked ahead at: generated
    examples of the pattern (tests/flows/test_safety_prefilter.py) must be able to
    satisfy it."""
    then, to = _FORCED_THEN[code], _FORCED_TO[code]
    bare = forced + r"(?!(?: \w+){0,3} (?:" + to + r")\b)"
    if at_end:
        return bare + r"(?:$| (?:" + then + r")\b)"
    return bare + r" (?:\w+ ){0,2}(?:" + then + r")\b"


_FORCED_BARE: Final = {
    "en": _forced_bare(
        "en",
        r"\b(?:he|she|they|my (?:husband|wife|boyfriend|girlfriend|partner|ex|bf|gf))"
        r" (?:\w+ )?(?:forced|forces) me",
    ),
    "de": _forced_bare(
        "de",
        r"\b(?:(?:er|sie|mein (?:mann|freund|partner|ex)) (?:\w+ )?hat mich"
        r"|hat (?:er|sie|mein (?:mann|freund|partner|ex)) mich) (?:\w+ ){0,3}gezwungen",
    ),
    # Feminine "forcée" only: "il m'a forcé" alone is as often a night out as an assault.
    "fr": _forced_bare(
        "fr",
        r"\b(?:il|ils|mon (?:mari|copain|mec|ex|conjoint|compagnon)) (?:\w+ )?(?:ma|mont)"
        r" forcee",
    ),
    "pt": _forced_bare(
        "pt", r"\b(?:ele|ela|meu (?:marido|namorado|companheiro|ex)) (?:\w+ )?me (?:forcou|forcava)"
    ),
    # "Me obligó" and Russian "заставил" take what was obliged anywhere in the sentence:
    # only before a "no" or a time, never at the end ("…но он меня заставил" is as often
    # a visit to his mother).
    "es": _forced_bare("es", r"\bme (?:obligo|obligaba)", at_end=False),
    "ru": _forced_bare(
        "ru", r"\bон (?:меня )?(?:заставил|принудил|принуждал)(?: меня)?", at_end=False
    ),
}

# Round 8: "I told him to stop" and he went on (only a pause word may come between).
_AGAIN: Final = (
    r"(?: (?:halfway(?: thru| through)?|in the middle|twice|again|several times"
    r"|over and over|more than once|(?:like )?(?:two|three|four|five|many|\d+) times))?"
)
# Round 9: "I said no (three times) and he kept going".
_SAID_NO: Final = {
    "en": r"\bi (?:said|kept saying|told (?:him|her)) no" + _AGAIN + r" (?:and|but) (?:he|she|they)"
    r" (?:just )?(?:kept going|carried on|continued|went on|didnt stop|wouldnt stop|did it anyway)"
    r"(?! on about| on and on| talking)\b",
    "de": r"\bnein gesagt(?: \w+)? (?:und|aber) (?:er|sie) (?:hat )?(?:trotzdem |einfach )?"
    r"(?:weitergemacht|nicht aufgehört|machte weiter)\b",
    "es": r"\ble dije que no(?: (?:varias veces|otra vez|dos veces|mil veces))? (?:y|pero)"
    r" (?:el |ella )?(?:siguio|continuo|no paro|lo hizo igual)\b",
    "fr": r"\bjai dit non(?: (?:plusieurs fois|deux fois|encore|jai dit (?:arrete|stop)))?"
    r" (?:et|mais) (?:il|elle) (?:a continue|continuait|a pas arrete|na pas arrete"
    r"|la fait quand meme)\b(?! a | de )",
    "pt": r"\beu disse (?:que )?nao(?: \w+)? (?:e|mas) (?:ele|ela) (?:continuou|nao parou|seguiu"
    r"|fez mesmo assim)\b",
    "ru": r"\bя (?:говорила|сказала|говорил|сказал) нет(?: (?:два раза|несколько раз|много раз"
    r"|сто раз|просила остановиться))? (?:а|но) (?:он|она) (?:продолжал\w*|не остановил\w*"
    r"|все равно|всё равно)\b(?! \w+(?:ать|ять|ить|еть|уть)\b)",
}

# Round 9: woke up to it (any word order within a few words).
_WOKE: Final = {
    "en": r"woke up|wake up|waking up|came to",
    "de": r"aufgewacht|wach geworden|aufwache|wachte (?:\w+ )?auf",
    "es": r"me desperte|despertarme|me despierto|desperte",
    "fr": r"reveillee?|me reveille|me suis reveillee?",
    "pt": r"acordei|acordar|acordo",
    "ru": r"проснулась|просыпаюсь|проснулся|просыпалась",
}
_ON_ME: Final = {
    "en": r"(?:having|had|has|was having) sex with me|inside me|doing (?:stuff|things) to me"
    r"|undressing me|taking my (?:clothes|pants|knickers) off",
    "de": r"mit mir geschlafen|sex mit mir|in mir|an mir rum|mich ausgezogen|mich anfasst"
    r"|mich angefasst",
    "es": r"teniendo sexo conmigo|dentro de mi|haciendo(?:me)? cosas|haciendomelo|desnudandome"
    r"|tocandome",
    "fr": r"(?:coucher|couchait|couche) avec moi|en moi|me faisait des choses|me deshabillait"
    r"|me touchait",
    "pt": r"(?:transando|tendo relacoes|ter relacoes|fazendo sexo) comigo|dentro de mim"
    r"|me tocando|a tocar me|me despindo",
    "ru": r"(?:спит|спал|занимается|занимался) со мной|со мной (?:спит|спал|занимается"
    r"|занимался)|во мне|раздевал меня|трогал меня"
    r"|трогает меня",
}

_STOP_IGNORED: Final = {
    "en": r"\b(?:told|asked|begged|kept telling|kept asking|was telling) (?:him|her|them) to stop"
    + _AGAIN
    + r" (?:and|but) (?:he|she|they) (?:just )?(?:didnt|wouldnt|did not|would not|kept going"
    r"|carried on|continued|went on)\b",
    "de": r"\b(?:gesagt|gebeten|angefleht) (?:\w+ ){0,2}(?:aufhören|aufzuhören|stopp)"
    r"(?: \w+)? (?:und|aber) (?:er|sie) (?:hat )?(?:einfach |trotzdem )?(?:weitergemacht"
    r"|nicht aufgehört|machte weiter|macht weiter)\b",
    "es": r"\ble (?:dije|pedi|rogue|suplique|decia|pedia) que (?:parara|parase|se detuviera"
    r"|no siguiera|pare|se parara)(?: (?:varias veces|otra vez|dos veces|a la mitad))? (?:y|pero)"
    r" (?:el |ella )?(?:siguio|continuo|no paro|no se detuvo|siguio igual)\b",
    "fr": r"\bje lui (?:ai dit|ai demande|ai supplie|disais|demandais) (?:de )?d? ?arreter"
    r"(?: (?:plusieurs fois|deux fois|encore))? (?:et|mais) (?:il|elle) (?:a continue|continuait"
    r"|a pas arrete|na pas arrete|ne sest pas arrete|sest pas arrete)\b",
    "pt": r"\b(?:pedi|falei|disse|implorei|pedia)(?: lhe)?(?: pra| para)(?: ele| ela)? parar"
    r"(?: (?:varias vezes|de novo|duas vezes))? (?:e|mas) (?:ele|ela) (?:continuou|nao parou"
    r"|seguiu|continuava)\b",
    "ru": r"\b(?:просила|попросила|умоляла|говорила|сказала|просил|попросил) (?:его |ее |её )?"
    r"(?:остановиться|перестать|прекратить) (?:а|но) (?:он|она) (?:продолжал\w*"
    r"|не остановил\w*|не перестал\w*|не прекратил\w*)\b",
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
        "forced_bare": _FORCED_BARE,
        "stop_ignored": _STOP_IGNORED,
        "said_no": _SAID_NO,
        "woke_to": {c: near(_WOKE[c], _ON_ME[c], within=8) for c in _WOKE},
    },
)
