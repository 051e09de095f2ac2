"""Partner violence verbs the families did not list (safety5, ``violence``).

One rule per language, ``acts``: a person (he, she, a partner; Spanish and
Portuguese may drop it) + an act on the writer's body: biting, spitting in the face,
putting a cigarette out on an arm, bending a finger back, pressing a hand on the
stove, dragging by the hair, pushing out of the car, throwing a phone at the head.
Acts are named with the body part or object they need, so "he bit my sandwich" or
"the dog bit me" stay quiet.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt
from flows.crisis.lang_en_words import PARTNER_NOUN
from flows.crisis.rules import families

_WHO_EN: Final = alt("he|she|hes|shes", rf"my {PARTNER_NOUN}")
_BODY_EN: Final = (
    r"(?:arm|arms|hand|hands|face|neck|shoulder|leg|lip|ear|back|chest|cheek|finger|fingers"
    r"|thumb|wrist|breast|thigh)"
)

_ACTS: Final = {
    "en": r"\b"
    + _WHO_EN
    + r" (?:\w+ )?"
    + alt(
        rf"(?:bit|bites|has bitten|bit into) (?:me|my {_BODY_EN})",
        r"(?:spat|spits|spit) (?:in|on|at) (?:me|my face|my hair)",
        r"(?:put|puts|stubbed|stubs|pressed|presses|ground|burned|burnt) (?:out )?(?:his|her|a)"
        r" (?:cigarette|cig|fag|joint|lighter)(?: out)? (?:on|into|against) (?:me|my)",
        rf"(?:bent|bends|twisted|twists|wrenched|snapped|yanked) (?:back )?my {_BODY_EN}",
        r"(?:held|holds|pressed|presses|pushed|forced|put|shoved) my (?:hand|arm|face|head"
        r"|fingers)(?: down)? (?:on|onto|against|into|near) (?:the |a )?(?:hob|stove|cooker"
        r"|oven|iron|heater|radiator|hotplate|hot \w+|kettle|pan)",
    )
    + r"\b",
    "de": r"\b(?:er|sie|mein (?:freund|mann|partner|ex)) (?:\w+ ){0,5}"
    + alt(
        r"(?:gebissen|gespuckt|angespuckt|bespuckt)",
        r"(?:zigarette|kippe) (?:\w+ ){0,3}(?:ausgedrückt|ausgemacht)",
        r"(?:finger|daumen|handgelenk|arm) (?:\w+ ){0,2}(?:umgebogen|verdreht|überdehnt)",
        r"(?:hand|arm|gesicht|kopf) (?:\w+ ){0,2}(?:auf|an|gegen) (?:die|den|das) (?:\w+ )?"
        r"(?:herd\w*|ofen|bügeleisen|heizung|heizkörper|kochplatte) (?:\w+ )?gedrückt",
        r"an den haaren (?:\w+ ){0,4}(?:gezogen|gerissen|geschleift|gezerrt)",
        r"aus dem (?:\w+ )?(?:auto|wagen) (?:gestossen|geschubst|geworfen|gezerrt)",
        r"(?:handy|telefon|flasche|glas|teller|tasse|schuh|fernbedienung) (?:\w+ ){0,2}"
        r"(?:an|gegen) (?:den|meinen) kopf (?:geworfen|geschmissen)",
    )
    + r"\b",
    "es": r"(?<!perro )(?<!perra )(?<!gato )(?<!bebe )(?<!nene )(?<!hijo )(?<!hija )\bme "
    + alt(
        r"(?:mordio|muerde|mordia) (?:el|la|los|las|en el|en la) (?:brazo|mano|cara|cuello"
        r"|labio|hombro|pierna|oreja|espalda|pecho|dedo)",
        r"(?:escupio|escupe|escupia) (?:en )?(?:la cara|encima)",
        # "del pelo" is es.violence.grab; the plural "de los pelos" was missing.
        r"(?:arrastro|arrastra|arrastraba|jalo|jala|jaloneo|tiro|agarro) (?:de|por) los"
        r" (?:pelos|cabellos)",
        r"(?:tiro|tira|lanzo|lanza|arrojo|avento) (?:el|su|un|una|la) (?:\w+ )?(?:a|en|contra)"
        r" la cabeza",
        r"(?:apago|apaga|quemo|quema) (?:el|su|un) (?:cigarro|cigarrillo|pucho|encendedor)",
        r"(?:quemo|quema|quemaba) (?:el|la|los|las) (?:brazo|mano|cara|piel|pierna|cuello)"
        r" con (?:el|su|un|la) (?:cigarro|cigarrillo|pucho|encendedor|plancha)",
        r"(?:doblo|dobla|torcio|tuerce|retorcio) (?:el|los) (?:dedo|dedos|pulgar|muñeca)",
        r"(?:puso|pone|apreto|aprieta|presiono|apoyo) (?:la|las) (?:mano|manos|cara) (?:\w+ ){0,2}"
        r"(?:sobre|en|contra) (?:la|el) (?:hornalla|estufa|plancha|hornilla|fogon|horno)",
    )
    + r"\b",
    "fr": r"\b(?:il|elle) (?:\w+ )?"
    + alt(
        r"(?:ma|mont|me) (?:mordu|mordue|mord|crache (?:au visage|a la figure|dessus))",
        r"(?:ma|me) (?:lance|jete|balance|envoye) (?:son|sa|un|une|le|la) (?:\w+ )?(?:a la|sur la"
        r"|dans la) (?:tete|figure|gueule)",
        r"(?:a )?ecrase (?:sa|une|son) (?:cigarette|clope|megot) (?:sur|contre) (?:moi|mon|ma)",
        r"(?:ma|me) (?:tordu|tord|retourne|plie) (?:le|les) (?:doigt|doigts|poignet|pouce)",
        r"(?:a )?(?:appuye|plaque|mis|pose|tenu|maintenu) ma (?:main|tete|figure|joue) (?:\w+ )?"
        r"(?:sur|contre) (?:la|le) (?:plaque|cuisiniere|four|fer|poele|radiateur|gaziniere)",
    )
    + r"\b",
    "pt": r"\b"
    + alt(
        # Pro-drop: a dog, a cat or a baby that bites is named right before the verb.
        r"(?<!cachorro )(?<!cachorra )(?<!gato )(?<!cao )(?<!bebe )(?<!filho )(?<!filha )"
        r"(?:mordeu|morde|mordia) (?:o |a )?(?:meu|minha) (?:braco|mao|cara|rosto|pescoco"
        r"|ombro|labio|orelha|perna|dedo)",
        r"(?:cuspiu|cospe|cuspia) (?:na minha cara|no meu rosto|em mim|na cara)",
        r"(?:jogou|joga|atirou|tacou|arremessou) (?:o|a|um|uma|seu|sua) (?:\w+ )?(?:na minha"
        r"|em minha|contra minha) (?:cabeca|cara)",
        r"(?:apagou|apaga|queimou) (?:o|um|seu) (?:cigarro|isqueiro) (?:no meu|na minha|em mim)",
        r"(?:torceu|torce|dobrou) (?:o )?(?:meu|minha) (?:dedo|dedos|pulso|dedao)",
        r"(?:apertou|aperta|colocou|segurou|encostou) (?:a )?minha (?:mao|cara) (?:no|na"
        r"|contra o|contra a|em cima do) (?:fogao|ferro|chapa|forno|panela)",
    )
    + r"\b",
    "ru": r"\b"
    + alt(
        # Pets and children bite too: named right before the verb.
        r"он (?:\w+ )?(?:укусил|кусает|кусал)|(?<!кот )(?<!кошка )(?<!собака )(?<!пес )"
        r"(?<!щенок )(?<!комар )(?<!малыш )(?<!сын )(?<!ребенок )укусил меня за",
        r"плюнул\w* (?:мне )?(?:в лицо|на меня)|плюет мне в лицо",
        r"(?:вытолкнул|выкинул|выпихнул)\w* меня (?:\w+ ){0,2}из (?:машины|авто\w*)",
        r"(?:кинул|швырнул|бросил|запустил)\w* (?:\w+ )?(?:мне )?в голову",
        r"(?:потушил|тушил|затушил|тушит) (?:\w+ )?(?:сигарет\w*|окурок) (?:об|о|на) (?:мою|мое"
        r"|меня|мне)",
        r"(?:выкрутил|вывернул|заломил|загнул) (?:мне )?(?:палец|пальцы|запястье)",
        r"(?:прижал|прижимал|положил|держал) (?:мою |мне )?(?:руку|ладонь|лицо) (?:к|на)"
        r" (?:плит\w*|утюг\w*|конфорк\w*|батаре\w*)",
    )
    + r"\b",
}

FAMILIES: Final = families("assault", "violence", {"acts": _ACTS})
