"""Weapons in arguments (safety5, ``threat``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``in_argument``: a gun, shotgun, rifle, machete, knife + when we argue, in the
  middle of a fight ("a gun at the shooting range" has no quarrel);
- ``wont_miss``: next time he won't miss ("won't miss the bus" stays quiet);
- ``stabbed_near``: stabbed, slammed a knife into the table + next to me.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_WEAPON: Final = {
    "en": r"guns?|shotgun|rifle|pistol|revolver|machete|knife|axe|crossbow|hunting knife",
    "de": r"schrotflinte|gewehr|pistole|waffe|knarre|revolver|machete|axt|messer",
    "es": r"escopeta|pistola|arma|rifle|revolver|machete|cuchillo|hacha|fierro",
    "fr": r"fusil|carabine|pistolet|flingue|arme|machette|hache|couteau",
    "pt": r"espingarda|arma|revolver|pistola|rifle|facao|machado|faca|trezoitao",
    "ru": r"ружь\w*|пистолет\w*|травмат\w*|обрез\w*|нож\w*|топор\w*|мачете|ствол",
}
_ARGUING: Final = {
    "en": r"when(?:ever)? we (?:argue|fight|row|have a fight|have an argument)"
    r"|(?:during|in the middle of|mid) (?:an |the |our |a )?(?:argument|fight|row)"
    r"|when(?:ever)? hes (?:angry|mad|drunk)",
    "de": r"wenn wir (?:uns )?streiten|beim streit(?:en)?|im streit|mitten im streit"
    r"|wenn er wütend|wenn er sauer",
    "es": r"cuando (?:discutimos|peleamos|nos peleamos|se enoja)|en (?:plena|medio de la|la)"
    r" (?:pelea|discusion)",
    "fr": r"quand on se (?:dispute|engueule)|pendant (?:la|nos|les|une) (?:dispute|disputes"
    r"|engueulades?)|en pleine (?:dispute|engueulade)|quand il senerve",
    "pt": r"quando a gente briga|quando brigamos|quando discutimos|(?:durante|no meio d)a"
    r" briga|quando ele fica (?:bravo|nervoso)",
    "ru": r"когда мы (?:ругаемся|ссоримся)|во время ссоры|в ссоре|когда он злится"
    r"|посреди ссоры",
}

_WONT_MISS: Final = {
    "en": r"\bnext time (?:\w+ )?(?:he|hell|she|shell) (?:\w+ )?(?:wont|will not|isnt going to"
    r"|is not going to) miss\b(?! (?:the|a|an|my|your|his|her|it|that|this|any|out|us|them"
    r"|you|class|work)\b)",
    "de": r"\b(?:nächstes mal|beim nächsten mal) (?:\w+ ){0,2}(?:trifft er|trifft sie"
    r"|verfehlt er (?:mich )?nicht)\b(?! (?:das|den|die|ins|im)\b)",
    "es": r"\b(?:la )?proxima vez (?:\w+ ){0,2}no (?:va a fallar|falla|fallara|me falla)\b"
    r"(?! (?:el|la|los|un|una|en)\b)",
    "fr": r"\b(?:la )?prochaine fois (?:\w+ ){0,2}(?:ne )?(?:me )?(?:ratera|loupera|manquera)"
    r" (?:pas|plus)\b(?! (?:le|la|les|un|une|son|sa|ses|mon|ma|ce|cette)\b)",
    "pt": r"\b(?:da |na )?proxima vez (?:\w+ ){0,2}nao (?:erra|vai errar|errara)\b"
    r"(?! (?:o|a|os|as|no|na)\b)",
    "ru": r"\bв следующий раз (?:\w+ )?не промахн[её]тся\b(?! мимо\b)",
}

_STAB: Final = {
    "en": then(
        # Not "stuck the knife into the cake": cutting, not a threat.
        r"slammed|stabbed|rammed|plunged|jammed|thrust|buried",
        r"(?:the|a|his|her) (?:knife|blade|scissors|screwdriver)",
        within=1,
    ),
    # German puts "neben mir" between the knife and the table: see FAMILIES.
    "de": r"messer|klinge|schere",
    "es": then(
        r"clavo|clava|enterro|hinco|incrusto",
        r"(?:el|un|su) (?:cuchillo|navaja|cuchilla)",
        within=1,
    ),
    "fr": then(
        r"plante|enfonce|planter|enfonce", r"(?:le|un|son) (?:couteau|lame|ciseaux)", within=1
    ),
    "pt": then(
        r"cravou|enfiou|fincou|espetou", r"(?:a|uma|sua) (?:faca|tesoura|peixeira)", within=1
    ),
    "ru": then(r"воткнул|вонзил|всадил", r"нож\w*|ножниц\w*", within=1),
}
_NEXT_TO_ME: Final = {
    "en": r"(?:right |just )?(?:next to|beside|inches from|by|near) (?:me|my (?:hand|head|face))",
    "de": r"neben mir|neben meine\w*|neben meinen kopf|direkt neben mir",
    "es": r"al lado de (?:mi|mí)|junto a (?:mi|mí)|a centimetros de (?:mi|mí)",
    "fr": r"a cote de (?:moi|ma|mon)|pres de (?:moi|ma|mon)|a quelques centimetres de",
    "pt": r"do meu lado|ao meu lado|perto de mim|do lado da minha|do lado do meu",
    "ru": r"рядом со мной|возле меня|рядом с моей|рядом с моим",
}

_INTO_TABLE_DE: Final = r"in (?:den|die) (?:tisch|wand|tür|tischplatte|arbeitsplatte)"

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "weapon",
    "threat",
    {
        "in_argument": {c: near(_WEAPON[c], _ARGUING[c], within=8) for c in _CODES},
        "wont_miss": _WONT_MISS,
        "stabbed_near": {
            c: near(_STAB[c], _NEXT_TO_ME[c], within=6)
            if c != "de"
            else near(_STAB[c], _NEXT_TO_ME[c], _INTO_TABLE_DE, within=4)
            for c in _CODES
        },
    },
)
