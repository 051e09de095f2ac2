"""Harm by someone else said in unlisted words: concepts that meet in one window.

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``neck``: squeezing or hands + my neck or throat (``violence``);
- ``weapon``: pulling out or pointing a knife or gun + "when I", "on me" (``threat``);
- ``find_me``: if I leave him + he will find me (``threat``);
- ``kids``: if I go to the police or tell anyone + I never see the children again
  (``threat``);
- ``rage``: shouting or screaming + that he will finish, end, wreck me (``threat``);
- ``despite``: he did it or kept going + although I was crying or said no
  (``sexual``);
- ``refused``: if I don't sleep with him + he gets angry, violent (``sexual``);
- ``hide``: so that nobody sees, to hide + bruises, marks, "what he did"
  (``violence``).

A language has a rule only where its phrase families do not already say the same.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, Kind
from flows.crisis.window import near, then

_SQUEEZE: Final = {
    "de": r"zugedrückt|zudrückt|zudrückte|drückt\w*|hände|händen|hand|würgegriff|zugeschnürt",
    "es": r"apretar|apreto|apreta|apretaba|apretando|manos|mano|agarro|agarraba",
    "en": r"hands|hand|fingers|squeez\w*|press\w* (?:on|down on)|arm (?:round|around)",
}
_NECK: Final = {
    "de": r"hals|kehle|gurgel",
    "es": r"(?:el|mi|del) cuello|(?:la|mi) garganta",
    "en": r"(?:a?round |on |against )?my (?:throat|neck)",
}

_DRAW: Final = {
    "de": r"gezogen|gezückt|rausgeholt|geholt|geschwungen|zog|zückte|holte",
    "es": r"saco|saca|agarro|agarra|me mostro|me apunto con|apunto con|me puso|blandio",
    "fr": r"sorti|sort|sortait|brandi|brandit|pointe|pointé|a pris|prend|saisi",
    "pt": r"puxou|puxa|sacou|pegou|apontou|mostrou|empunhou",
    "ru": r"достал\w*|схватил\w*|выхватил\w*|наставил\w*|взял\w*",
}
_WEAPON: Final = {
    "de": r"messer|küchenmesser|taschenmesser|pistole|waffe|knarre|schere|hammer",
    "es": r"(?:un|el|una|la|su) (?:cuchillo|navaja|pistola|arma|machete|cuchilla|tijeras)",
    "fr": r"(?:un|le|une|la|son|sa) (?:couteau|flingue|pistolet|arme|lame|hachoir|ciseaux)",
    "pt": r"(?:uma|a|um|o|sua|seu) (?:faca|arma|revolver|pistola|canivete|tesoura|facao)",
    "ru": r"нож\w*|пистолет\w*|ружь[её]|оружие|топор\w*|ножниц\w*",
}
_WHEN_I: Final = {
    # Only a quarrel or leaving: "took out the knife when I wanted bread" is cooking.
    "de": r"als ich (?:\w+ )?(?:gesagt|sagte|meinte|nein|gehen|ging|weg|schluss|widersprochen"
    r"|ihn verlassen|gehen wollte)|gegen mich|auf mich",
    "es": r"cuando (?:le )?(?:dije|quise irme|intente irme|trate de irme|le conteste)|contra mi"
    r"|hacia mi",
    "fr": r"quand (?:jai dit|je lui ai dit|jai voulu partir|je suis partie|je lai quitte)"
    r"|sur moi|vers moi|contre moi",
    "pt": r"quando eu (?:disse|falei|quis ir|tentei sair|pedi pra sair)|pra mim|contra mim"
    r"|na minha direcao",
    "ru": r"когда я (?:сказала|сказал|хотела уйти|хотел уйти|собралась|собрался)|на меня",
}

_IF_LEAVE: Final = {
    "de": r"wenn ich (?:ihn|sie|ihm|ihr)? ?(?:verlasse|verlass|gehe|geh|abhaue|weggehe"
    r"|schluss mache|mich trenne)",
    "es": r"si (?:lo|la)? ?(?:dejo|abandono|me voy|me separo|lo termino|termino con el)",
    "fr": r"si je (?:le|la)? ?(?:quitte|pars|men vais|romps)",
    "pt": r"se eu (?:terminar|largar|deixar|for embora|sair de casa|me separar)",
}
_FIND_ME: Final = {
    "de": r"findet (?:er|sie) mich|(?:er|sie) findet mich|(?:er|sie) wird mich finden",
    # Not "me va a buscar": in Spanish that is also "will pick me up".
    "es": r"me (?:va a |iba a )?(?:encontrar|encuentra|encontrara)|va a buscarme hasta"
    r"|me (?:va a )?busca(?:r)? hasta",
    "fr": r"(?:il|elle) me (?:retrouver\w*|trouver\w*)",
    "pt": r"(?:ele|ela) me (?:acha|encontra|acharia|encontraria|vai achar|vai encontrar)",
}

_TELL: Final = {
    "en": r"if i (?:\w+ )?(?:go to|call|tell|ring|phone|report \w+ to) (?:the )?(?:police|cops"
    r"|anyone|anybody|someone|my family|social services)",
    "de": r"wenn ich (?:\w+ ){0,2}(?:zur polizei|die polizei|jemandem|es jemandem|beim jugendamt)",
    "es": r"si (?:voy a la policia|llamo a la policia|denuncio|le cuento a alguien|hablo con"
    r" la policia|le digo a alguien|aviso a la policia)",
    "fr": r"si je (?:vais voir la police|vais a la police|appelle la police|porte plainte|le dis"
    r" a quelquun|en parle a quelquun|previens la police)",
    "pt": r"se eu (?:for na policia|for a policia|for pra policia|chamar a policia|denunciar"
    r"|contar pra alguem|falar com a policia)",
    "ru": r"если (?:я )?(?:пойду|обращусь|заявлю|позвоню|расскажу|сообщу) (?:в полицию"
    r"|кому-нибудь|кому нибудь|кому-то|кому то|в опеку)",
}
_LOSE_KIDS: Final = {
    "en": r"never see (?:the|my|our) (?:kids|children|son|daughter|baby|boys|girls) again"
    r"|take (?:the|my|our) (?:kids|children|baby) away|lose (?:the|my) (?:kids|children)",
    "de": r"(?:die|meine|unsere) kinder (?:\w+ ){0,2}(?:nie wieder|nie mehr|nicht mehr)"
    r"|nimmt (?:er|sie) (?:mir )?die kinder",
    "es": r"no vuelvo a ver a (?:mis|los|nuestros) (?:hijos|niños|ninos)|me quita a (?:los|mis)"
    r" (?:hijos|niños|ninos)|se lleva a (?:los|mis) (?:hijos|niños|ninos)|nunca mas veo a",
    "fr": r"(?:reverrai|verrai) (?:plus |jamais |plus jamais )?(?:les|mes) enfants"
    r"|prendra les enfants|menlevera les enfants",
    "pt": r"(?:nunca mais vejo|nao vejo mais|nunca mais vou ver) (?:meus|os|nossos) (?:filhos"
    r"|criancas)|tira (?:meus|os) filhos",
    "ru": r"детей (?:я )?(?:больше )?не увижу|больше не увижу детей|забер[её]т детей",
}

_SHOUT: Final = {
    "en": r"yell\w*|scream\w*|shout\w*|threaten\w*|texting me|texted me",
    "de": r"schreit|schrie|brüllt|brüllte|droht|drohte|geschrien|gebrüllt",
    "es": r"gritando|grita|gritaba|amenaza|amenazo|me escribio",
}
_WILL_WRECK: Final = {
    "en": r"(?:he|she|they)(?:s|ll|d)? (?:is |will |would )?(?:going to |gonna )?(?:end|finish"
    r"|destroy|wreck|bury|break|smash|fuck up) me",
    "de": r"(?:er|sie) mich (?:\w+ )?(?:fertig ?macht|fertigmacht|fertig machen wird"
    r"|kaputt ?macht|kalt ?macht|platt ?macht|alle macht|abmurkst|absticht)",
    "es": r"me va a (?:reventar|partir la cara|romper la cara|destrozar|hacer mierda|madrear"
    r"|partir la madre|acabar)",
}

_DID_IT: Final = {
    "de": r"es (?:einfach )?gemacht|(?:hat |einfach )weitergemacht|hörte nicht auf"
    r"|hat nicht aufgehört|machte weiter|machte es",
    "es": r"lo hizo|siguio|no paro|lo hizo igual|lo hizo de todos modos",
    "fr": r"la fait|a continue|sest pas arrete|a pas arrete|ne sest pas arrete",
    "pt": r"fez|continuou|nao parou|fez mesmo assim",
    "ru": r"сделал (?:это|сво[её])|продолжал|не остановился|не останавливался",
}
_DESPITE: Final = {
    "de": r"(?:obwohl|während|als) ich (?:\w+ )?(?:geweint|geweint hab|nein gesagt|geschlafen"
    r"|gebettelt|geschrien|stopp gesagt|geweint habe)",
    "es": r"(?:aunque|mientras|cuando) (?:yo )?(?:estaba llorando|lloraba|le dije que no"
    r"|dormia|le pedi que parara|le rogue|estaba dormida)",
    "fr": r"(?:alors que|pendant que|meme si|quand) je (?:pleurais|dormais|disais non"
    r"|lui disais darreter|lai supplie)",
    "pt": r"(?:mesmo|enquanto|quando) (?:eu )?(?:chorando|chorava|dizendo nao|dormindo"
    r"|pedindo pra parar|disse nao|falei que nao)",
    "ru": r"(?:хотя|пока|когда) я (?:плакала|плакал|говорила нет|спала|просила остановиться"
    r"|умоляла|кричала)",
}

_NO_SEX: Final = {
    "en": r"if i (?:dont|do not|wont|refuse to|say no to) (?:sleep with (?:him|her)|have sex|sex"
    r"|do it|give (?:him|her) sex|put out)",
    "de": r"wenn ich (?:nicht mit (?:ihm|ihr) schlafe|keinen sex (?:will|mit ihm|mit ihr)"
    r"|nicht will|nein sage)",
    "es": r"si no (?:me acuesto con el|tengo sexo con el|quiero tener sexo|le doy sexo|quiero"
    r" hacerlo|lo hago)",
    "pt": r"se eu nao (?:transar|dormir|quiser transar|fizer sexo|quiser)",
    "ru": r"если (?:я )?не (?:сплю|буду спать|хочу спать|хочу секса|занимаюсь сексом|даю)"
    r"(?: с ним| ему)?",
}
_ANGRY: Final = {
    "en": r"(?:gets|goes|becomes|turns|gets really|is) (?:really |so |very )?(?:nasty|angry"
    r"|violent|aggressive|mad|scary|rough|mean|furious)|punishes me|hits me",
    "de": r"(?:wird|rastet|flippt) (?:er|sie)? ?(?:\w+ )?(?:fies|wütend|aggressiv|gewalttätig"
    r"|sauer|aus|gemein|grob|handgreiflich)",
    "es": r"(?:se pone|se vuelve) (?:\w+ )?(?:agresivo|violento|furioso|loco|enojado|agresiva)"
    r"|se enoja|se enfada|me pega",
    "pt": r"(?:fica|se torna|me bate) (?:\w+ )?(?:agressivo|violento|bravo|nervoso|furioso)",
    "ru": r"звереет|злится|бесится|становится агрессивн\w*|бь[её]т|ор[её]т|психует",
}

_CONCEAL: Final = {
    "en": r"so (?:that )?(?:nobody|no one|noone|people|ppl|my \w+) (?:can |will |wont |doesnt )?"
    r"(?:sees?|notices?|asks?)|to (?:hide|cover up|cover)|hiding|covering up",
    "de": r"damit (?:keiner|niemand|man|es keiner) (?:\w+ )?(?:sieht|merkt|fragt)|verstecken"
    r"|verdecken|überschminken|abdecken",
    "es": r"para que (?:nadie|no) (?:\w+ )?(?:vea|note|pregunte|se de cuenta)|para tapar"
    r"|para esconder|para ocultar|tapo|escondo",
    "fr": r"pour que (?:personne|on) (?:ne )?(?:voie|remarque|demande)|pour cacher"
    r"|pour planquer|cacher",
    "pt": r"pra ninguem ver|para ninguem ver|pra ninguem perceber|pra esconder|pra disfarcar"
    r"|para esconder",
    "ru": r"чтобы никто не (?:видел|увидел|заметил|спросил)|чтобы скрыть|прячу|скрываю",
}
_EVIDENCE: Final = {
    "en": r"what (?:he|she|they) did|bruises?|marks|scars|cuts|black eye|the marks",
    "de": r"was (?:er|sie) (?:\w+ ){0,3}gemacht|blaue flecken|flecken|narben|schnitte|wunden"
    r"|veilchen|blauen flecken",
    "es": r"lo que me hizo|moretones|moratones|marcas|cicatrices|cortes|el ojo morado",
    "fr": r"ce quil ma fait|ce quelle ma fait|bleus|marques|cicatrices|coupures|traces"
    r"|coquard|oeil au beurre noir",
    "pt": r"o que ele (?:me )?fez|o que ela (?:me )?fez|roxos|hematomas|marcas|cicatrizes"
    r"|cortes|olho roxo",
    "ru": r"что он сделал|что она сделала|синяк\w*|следы|шрам\w*|порез\w*|фингал\w*",
}


def _family(code: str, rule: str, kind: Kind, pattern: str) -> Family:
    return Family(f"{code}.near.{rule}", kind, (pattern,))


def _pairs(
    rule: str, kind: Kind, first: dict[str, str], second: dict[str, str], within: int
) -> tuple[Family, ...]:
    """One family per language that has both concepts, in either order."""
    return tuple(
        _family(code, rule, kind, near(first[code], second[code], within=within))
        for code in first
        if code in second
    )


def _ordered(
    rule: str, kind: Kind, first: dict[str, str], second: dict[str, str], within: int
) -> tuple[Family, ...]:
    """One family per language that has both concepts, the first before the second."""
    return tuple(
        _family(code, rule, kind, then(first[code], second[code], within=within))
        for code in first
        if code in second
    )


FAMILIES: Final[tuple[Family, ...]] = (
    *_pairs("neck", "violence", _SQUEEZE, _NECK, 2),
    *tuple(
        _family(
            code,
            "weapon",
            "threat",
            then(near(_DRAW[code], _WEAPON[code], within=2), _WHEN_I[code], within=4),
        )
        for code in _DRAW
    ),
    *_ordered("find_me", "threat", _IF_LEAVE, _FIND_ME, 4),
    *_pairs("kids", "threat", _TELL, _LOSE_KIDS, 5),
    *_ordered("rage", "threat", _SHOUT, _WILL_WRECK, 2),
    *_ordered("despite", "sexual", _DID_IT, _DESPITE, 4),
    *_ordered("refused", "sexual", _NO_SEX, _ANGRY, 5),
    *_pairs("hide", "violence", _CONCEAL, _EVIDENCE, 4),
)
