"""Threats that name what will happen to the body (safety6, ``threat``).

Rules per language:

- ``outcome``: come back without teeth, he'll snap my neck, "sticht mich ab", bury me
  at the dacha, "next time it'll be your head", Austrian "heit bin i fällig";
- ``you_know``: sharpening a knife or cleaning a gun + "you know I can", or a gun
  pointed at the writer "as a joke".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt
from flows.crisis.rules import families
from flows.crisis.window import then

_OUTCOME: Final = {
    "en": r"\b"
    + alt(
        r"(?:ill|youll|you will|i will|youd|you would|id|i would) (?:\w+ )?(?:come back|end up"
        r"|be) without (?:teeth|your teeth|my teeth|a face)",
        r"(?:hell|he will|hes going to|shell|he would|hed) (?:\w+ )?(?:snap|break|wring)"
        r" (?:my|your) neck",
        r"next time (?:itll|it will|its going to) be (?:your|my) (?:head|face|skull|neck)",
    )
    + r"\b",
    "de": r"\b"
    + alt(
        r"(?:sticht|stech|steche|abstechen|absticht) (?:\w+ ){0,2}(?:mich|dich) ab",
        r"(?:mich|dich) (?:\w+ ){0,2}abstechen",
        r"(?:bricht|brech|breche) (?:mir|dir) (?:\w+ )?(?:das genick|den hals)",
        r"heit bin i fällig|heute bin ich fällig|heut bin i fällig",
        r"(?:kommst|komme|kommt) (?:\w+ ){0,2}ohne zähne",
    )
    + r"\b",
    "es": r"\b"
    + alt(
        r"(?:voy a volver|vas a volver|volves|vuelvo|vas a quedar|voy a quedar|quedas|quedo)"
        r" sin dientes",
        r"(?:me|te) va a (?:enterrar|quebrar el cuello|romper el cuello|partir el cuello)",
        r"(?:amenazo con|va a|dijo que va a) (?:romperme|quebrarme|partirme) (?:las piernas|los"
        r" brazos|la cara|los dientes|el cuello)",
        r"la proxima (?:\w+ )?(?:va a ser|es) (?:tu|mi) (?:cabeza|cara|cuello)",
    )
    + r"\b",
    "fr": r"\b"
    + alt(
        r"(?:revenir|reviens|reviendras|finir) sans (?:dents|tes dents)",
        r"(?:va|vais|allait|vas) (?:me|te) (?:briser|casser|tordre|rompre) (?:la nuque|le cou)",
        r"la prochaine fois (?:\w+ )?(?:ce sera|cest) (?:ta|ma) (?:tete|gueule)",
        r"(?:va|vais) (?:menterrer|tenterrer)",
    )
    + r"\b",
    "pt": r"\b"
    + alt(
        r"(?:voltar|volta|voltaria|ficar) sem (?:dentes|os dentes)",
        r"(?:vai|vou) (?:quebrar|torcer) (?:o )?(?:meu|seu|teu) pescoco",
        r"(?:vai|vou) (?:me|te) enterrar",
        r"(?:ameacou|vai|disse que vai) (?:quebrar|partir) (?:as )?(?:minhas|meus) (?:pernas|bracos"
        r"|dentes|costelas)",
        r"da proxima vez (?:\w+ )?(?:vai ser|e) (?:a )?(?:sua|tua|minha) cabeca",
    )
    + r"\b",
    "ru": r"\b"
    + alt(
        r"(?:вернешься|вернусь|останешься|останусь|придешь) без зубов",
        r"(?:закопает|закопаю|зароет|зарою) (?:меня|тебя)",
        r"(?:свернет|сверну|сломает|сломаю) (?:мне|тебе) (?:шею|шейку)",
        r"в следующий раз (?:\w+ ){0,2}(?:будет|по) (?:твоя |твоей )?голов\w*",
    )
    + r"\b",
}

_YOU_KNOW: Final = {
    "en": then(
        r"(?:sharpening|sharpens|sharpened|cleaning|cleans|loading|loads|pointed|points|waving)"
        r" (?:a|the|his|her) (?:knife|knives|gun|shotgun|rifle|pistol|axe)",
        r"(?:you know i can|you know i could|as a joke|just joking|for a laugh)",
        within=4,
    ),
    "de": then(
        r"(?:schleift|schärft|putzt|reinigt|lädt|richtet) (?:\w+ )?(?:messer|gewehr|waffe"
        r"|pistole|schrotflinte|axt)",
        r"du weisst (?:dass )?ich (?:es )?kann|aus spass|zum spass|im spass",
        within=4,
    ),
    "es": then(
        r"(?:afila|afilaba|limpia|limpiaba|carga|me apunto|me apunta) (?:con )?(?:el|la|su|un|una)"
        r" (?:cuchillo|arma|escopeta|pistola|revolver|machete|fierro)",
        r"sabes que puedo|vos sabes que puedo|en broma|de joda|jodiendo",
        within=4,
    ),
    "fr": then(
        r"(?:aiguise|aiguisait|nettoie|nettoyait|charge|pointe|braque) (?:son|sa|le|la"
        r"|un) (?:\w+ )?"
        r"(?:couteau|fusil|arme|flingue|pistolet|hache)",
        r"tu sais que je peux|pour rire|pour rigoler|en rigolant",
        within=4,
    ),
    "pt": then(
        r"(?:afia|afiava|limpa|limpava|carrega|aponta|apontou) (?:a|o|sua|seu|uma|um) (?:faca|arma"
        r"|espingarda|revolver|pistola|facao)",
        r"(?:voce|vc|tu) sabe que eu (?:consigo|posso)|de brincadeira|brincando",
        within=4,
    ),
    "ru": then(
        r"(?:точит|точил|чистит|чистил|заряжает|направил|навел) (?:\w+ )?(?:нож\w*|ружь\w*"
        r"|пистолет\w*|топор\w*|ствол\w*)",
        r"ты знаешь что я могу|ты же знаешь что я могу|в шутку|шутя|ради шутки",
        within=4,
    ),
}

FAMILIES: Final = families("bodily", "threat", {"outcome": _OUTCOME, "you_know": _YOU_KNOW})
