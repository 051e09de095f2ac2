"""Cutting or burning oneself again (safety6, ``self_harm``).

Rules per language:

- ``again``: one's own cutting, burning or scratching + a relapse word ("again",
  "otra vez", "wieder", "encore", "de novo", "опять", "N months clean"), in either
  order, with a reflexive pronoun before the verb ("hab mich wieder geritzt", "me
  corté otra vez los brazos", "je me suis encore coupée") or a body word after it;
  hair, a finger in the kitchen, the oven or shaving stay quiet;
- ``bled``: scratched or cut one's arms or skin till they bled (a cat that did it is
  not the writer);
- ``burned``: burned oneself with a lighter, a cigarette or a match.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near

_EN_BODY: Final = (
    r"(?:arms?|thighs?|legs?|wrists?|skin|stomach|belly|hips?|forearms?|ankles?|chest)"
)

_AGAIN: Final = {
    "en": near(
        # A pet that scratched is not the writer (the guard follows the verb so the
        # pattern still starts with a literal word for the prefix index).
        r"(?:cut|cutting|slashed|slashing|carved|carving|scratched|scratching|burned|burnt)"
        r"(?<!cat scratched)(?<!dog scratched)(?<!kitten scratched)(?<!puppy scratched)"
        r" (?:myself"
        rf"(?! (?:shaving|on|while|opening))|my {_EN_BODY})",
        r"again|relapsed|relapse|(?:days|weeks|months|years) clean|clean for",
        within=4,
    )
    + r"|\b(?:started|began|back to|went back to) (?:cutting|self harming|harming myself"
    r"|burning myself) again\b",
    "de": r"\b"
    + "(?:"
    + "|".join(
        (
            r"(?:mich|mir) (?:\w+ ){0,3}(?:geritzt|aufgeritzt|die (?:arme|beine|oberschenkel"
            r"|handgelenke|haut) (?:\w+ )?(?:geritzt|zerkratzt))",
            r"(?:wieder|rückfall|clean) (?:\w+ ){0,4}(?:geritzt|ritze|ritzen|ritz)",
            r"wieder (?:\w+ ){0,2}(?:in den|in die) (?:arm|arme|bein|beine|oberschenkel"
            r"|handgelenke?"
            r"|bauch) geschnitten",
        )
    )
    + r")\b",
    "es": r"\bme volvi a (?:quemar|lastimar) (?:el|la|los|las) (?:brazo|brazos|pierna|piernas"
    r"|muñeca|muñecas"
    r"|muslo|muslos|piel|panza)\b|"
    + near(
        r"me (?:corte|cortaba|volvi a cortar|queme|rasguñe|arañe|lastime)"
        r"(?! (?:(?:otra vez|de nuevo|nuevamente) )?(?:el|la|los|las) (?:pelo|flequillo|uñas"
        r"|cabello|dedo|dedos))"
        r"(?! con (?:el|la|un|una) (?:horno|plancha|sarten|olla|aceite|cuchillo de cocina))"
        r"(?! (?:afeitando\w*|cocinando|pelando|con (?:el |un )?papel))",
        r"otra vez|de nuevo|nuevamente|recai\w*"
        r"|(?:dias|semanas|meses|años) (?:limpia|limpio|sin)",
        within=4,
    ),
    "fr": r"\bme suis (?:encore )?(?:recoupee?s?|rescarifiee?s?|rebrulee?s?)\b"
    r"(?! (?:les cheveux|la frange|le doigt|une tranche))|"
    + near(
        r"me suis (?:\w+ )?(?:coupee?s?|scarifiee?s?|griffee?s?|mutilee?s?|tailladee?s?)"
        r"(?! (?:le doigt|les cheveux|en cuisinant|avec le couteau a pain|en me rasant"
        r"|avec une feuille))",
        r"encore|a nouveau|de nouveau|rechute|rechut\w+|les (?:bras|poignets"
        r"|cuisses|jambes)",
        within=4,
    ),
    "pt": r"\b(?:"
    + "|".join(
        (
            r"voltei a (?:me (?:cortar|queimar|ferir|machucar|arranhar)|(?:cortar|queimar|ferir"
            r"|machucar) me)",
            near(
                r"me (?:cortei|queimei|arranhei|machuquei|feri)"
                r"(?! (?:(?:de novo|outra vez|novamente) )?(?:o|a|os|as) (?:cabelo|franja|unhas"
                r"|dedo))"
                r"(?! (?:no|na|com o|com a) (?:forno|ferro|panela|fogao|faca de cozinha))"
                r"(?! (?:fazendo|cozinhando|descascando|no papel|com papel))",
                r"de novo|outra vez|novamente|recai\w*"
                r"|(?:dias|semanas|meses|anos) (?:limpa|limpo|sem)",
                within=4,
            ),
        )
    )
    + r")\b",
    "ru": near(
        r"(?:порезал(?:ась|ся)|резал(?:ась|ся)|порезала (?:себе )?(?:руки|запястья|бедра|ноги"
        r"|вены|кожу)|прижгла себя|прижигала себя|прижег себя|расцарапал\w* (?:себе )?(?:руки"
        r"|кожу|запястья)|режу себя|резать себя|резаться|себя (?:порезал\w*|резал\w*))",
        r"опять|снова|сорвал(?:ась|ся)|срыв|после \d+ (?:дней|недель|месяцев|лет)",
        within=4,
    ),
}

_BLED: Final = {
    "en": r"(?<!cat )(?<!cats )(?<!kitten )(?<!dog )\b(?:scratched|scratching|scratch|cut|picked"
    rf"|dug) (?:at )?(?:myself|my {_EN_BODY}) (?:\w+ ){{0,2}}(?:till|until|til) (?:they|it|i)"
    r" (?:bled|bleed|was bleeding|were bleeding|started bleeding)\b",
    "de": r"\b(?:mich|mir) (?:\w+ ){0,3}(?:blutig gekratzt|blutig geritzt|aufgekratzt bis"
    r" (?:es|sie) blut\w*)\b",
    "es": r"\bme (?:rasguñe|arañe|rasque|corte) (?:\w+ ){0,2}hasta (?:sangrar|que sangr\w+"
    r"|hacerme sangrar)\b",
    "fr": r"\bme suis (?:\w+ )?(?:griffee?s?|grattee?s?) (?:\w+ ){0,2}jusquau sang\b",
    "pt": r"\bme (?:arranhei|cocei|cortei) (?:\w+ ){0,2}ate (?:sangrar|sair sangue)\b",
    "ru": r"\b(?:расцарапал\w*|расчесал\w*|исцарапал\w*) (?:\w+ ){0,2}до крови\b",
}

# English "burned myself" is already an ``en.self`` family.
_BURNED: Final = {
    "de": r"\bmich (?:\w+ ){0,2}mit (?:dem|einem|der|einer|meinem) (?:feuerzeug|zigarette|kippe"
    r"|streichholz) (?:\w+ )?(?:verbrannt|verbrenne)\b",
    "es": r"\bme (?:queme|quemo|quemaba) (?:\w+ )?con (?:el|un|mi|una) (?:encendedor|cigarro"
    r"|cigarrillo|fosforo|yesca|pucho)\b",
    "fr": r"\bme suis (?:\w+ )?brulee?s? (?:\w+ )?(?:avec|a) (?:un|le|mon|une|la|ma) (?:briquet"
    r"|cigarette|clope|allumette)\b",
    "pt": r"\bme (?:queimei|queimo) (?:\w+ )?com (?:o|um|meu|uma|a) (?:isqueiro|cigarro"
    r"|fosforo)\b",
    "ru": r"\b(?:прижгла|прижег|прижигаю|прижигала|обожгла) (?:себя|себе (?:\w+ )?)(?:\w+ )?"
    r"(?:зажигалкой|сигаретой|спичк\w*)\b",
}

FAMILIES: Final = families(
    "relapse", "self_harm", {"again": _AGAIN, "bled": _BLED, "burned": _BURNED}
)
