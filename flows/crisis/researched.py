"""Methods looked up or rehearsed (safety6, ``self_harm``).

Rules per language:

- ``too_many``: how many pills (or a named medicine) are too many + "asking for me";
- ``painless``: looked up / googled + how to make it painless, quick;
- ``over``: on a bridge, at a window or a roof + over the rail, jump + then peace,
  quiet; sat on a window ledge or a roof edge for hours;
- ``in_front``: stepping, throwing oneself in front of a train, driving into a lake,
  a reservoir, a tree + nobody would know, nobody would notice;
- ``car_hit``: if a car hit me + everyone would get a rest, be relieved.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_TOO_MANY: Final = {
    "en": then(
        r"how many (?:\w+ )?(?:pills|tablets|paracetamol|ibuprofen|sleeping pills|painkillers"
        r"|of them)",
        r"(?:too many|is too much|are too much)",
        r"(?:asking for me|for me|asking for myself|not for a friend)",
        within=3,
    ),
    "de": then(
        r"wie viele (?:\w+ )?(?:tabletten|paracetamol|ibuprofen|schlaftabletten|pillen)",
        r"zu viele|zu viel",
        r"frage für mich|für mich gefragt|frag für mich|frage für mich selbst",
        within=3,
    ),
    "es": then(
        r"cuantas (?:\w+ )?(?:pastillas|paracetamol|ibuprofeno|clonazepam|rivotril|pastis)",
        r"son demasiadas|es demasiado|son muchas",
        r"pregunto por mi|es para mi|pregunto para mi",
        within=3,
    ),
    "fr": then(
        r"combien de (?:\w+ )?(?:cachets|comprimes|pilules|doliprane|paracetamol|somniferes)",
        r"cest trop|de trop|cest beaucoup trop",
        r"je demande pour moi|cest pour moi|pour moi",
        within=3,
    ),
    "pt": then(
        r"quant(?:os|as) (?:\w+ )?(?:comprimidos|paracetamol|remedios|pilulas|rivotril)",
        r"e demais|sao demais|e muito",
        r"pergunto por mim|e pra mim|pergunto pra mim",
        within=3,
    ),
    "ru": then(
        r"сколько (?:\w+ )?(?:таблеток|парацетамола|снотворного|феназепама)",
        r"(?:это )?слишком много",
        r"спрашиваю для себя|для себя спрашиваю|это для меня",
        within=3,
    ),
}

_PAINLESS: Final = {
    "en": then(
        r"(?:googled|googling|searched|looked up|read up on|researching)",
        r"how to (?:make it|do it|go) (?:painless|painlessly|quick|quickly|fast)"
        r"|(?:the )?most painless way",
        within=2,
    ),
    "de": then(
        r"(?:gegoogelt|gegooglet|gesucht|recherchiert|nachgelesen)",
        r"wie es schmerzlos (?:geht|ist)|wie es schnell geht|schmerzloseste (?:art|weg)",
        within=2,
    )
    + r"|\b(?:gegoogelt|gegooglet|gesucht) wie es schmerzlos geht\b",
    "es": then(
        r"(?:googlee|busque|investigue)",
        r"como hacerlo (?:sin dolor|rapido|indoloro)|la forma (?:mas )?(?:indolora|rapida)",
        within=2,
    ),
    "fr": then(
        r"(?:googlise|cherche|recherche)",
        r"comment (?:le faire|faire) sans (?:douleur|souffrir)|la facon la (?:plus rapide|moins"
        r" douloureuse)",
        within=2,
    ),
    "pt": then(
        r"(?:pesquisei|googlei|procurei)",
        r"como fazer (?:sem dor|rapido|sem sofrer)|o jeito mais (?:rapido|indolor)",
        within=2,
    ),
    "ru": then(
        r"(?:гуглил\w*|загуглил\w*|искал\w*|читал\w*)",
        r"как (?:сделать )?(?:это )?(?:безболезненно|без боли|быстро и без боли)",
        within=2,
    ),
}

_OVER: Final = {
    "en": near(
        r"on the bridge|at the window|on the roof|on the balcony",
        r"(?:just|simply) over the (?:rail|railing|edge|ledge)|over the (?:rail|railing) and"
        r" then",
        within=5,
    )
    + r"|\b(?:sat|sitting|sit|stood|standing) on the (?:window ledge|windowsill|ledge|edge of the"
    r" roof|roof edge|railing) (?:\w+ )?(?:for hours|all night|for an hour|thinking)\b",
    "de": near(
        r"auf der brücke|am fenster|auf dem dach|auf dem balkon",
        r"(?:einfach )?übers geländer|über das geländer|über die brüstung",
        within=5,
    )
    + r"|\b(?:sass|sitze|saß|stand) (?:\w+ )?(?:auf dem fensterbrett|am dachrand|auf der brüstung)"
    r" (?:\w+ )?(?:stundenlang|die ganze nacht|stunden)\b",
    "es": near(
        r"en el puente|en la ventana|en la terraza|en el balcon",
        r"saltar la baranda|por encima de la baranda|saltar el barandal|tirarme",
        within=5,
    )
    + r"|\b(?:sentad[ao]|me sente|estuve) (?:\w+ )?(?:en el borde de la ventana|en la cornisa"
    r"|en el borde del techo|en la baranda) (?:\w+ )?(?:por horas|horas|toda la noche)\b",
    "fr": near(
        r"sur le pont|a la fenetre|sur le toit|sur le balcon",
        r"(?:juste )?par dessus la rambarde|enjamber la rambarde|par dessus le parapet",
        within=5,
    )
    + r"|\b(?:assise?|suis reste\w*) (?:\w+ )?(?:sur le rebord de la fenetre|au bord du toit"
    r"|sur la rambarde) (?:\w+ )?(?:pendant des heures|des heures|toute la nuit)\b",
    "pt": near(
        r"na ponte|na janela|no telhado|na sacada|no terraco",
        r"(?:so )?pular a (?:grade|mureta|amurada)|por cima da grade",
        within=5,
    )
    + r"|\b(?:sentad[ao]|fiquei) (?:\w+ )?(?:no parapeito|na beira do telhado|na beirada da janela)"
    r" (?:\w+ )?(?:por horas|horas|a noite toda)\b",
    "ru": near(
        r"на мосту|у окна|на крыше|на балконе",
        r"(?:просто )?через перила|перелезть через перила|шагнуть вниз",
        within=5,
    )
    + r"|\b(?:сидел\w*|стоял\w*) (?:\w+ )?(?:на подоконнике|на краю крыши|на перилах) (?:\w+ )?"
    r"(?:часами|несколько часов|всю ночь)\b",
}

# Spanish, French, Portuguese and Russian trains are in the ``self`` families.
_IN_FRONT: Final = {
    "en": then(
        r"(?:step|stepping|stepped|walk|walking|throw myself|jump|jumping) in front of the"
        r" (?:\d+ ){0,2}(?:train|tram|bus|lorry|truck)"
        r"|(?:drive|driving|drove|steer|steering) (?:my car |the car )?(?:into|off) (?:the|a)"
        r" (?:reservoir|lake|river|quarry|tree|cliff)",
        r"nobody would know|no one would know|nobody would notice|and then (?:peace|quiet"
        r"|its over)|(?:keep|kept) thinking",
        within=4,
    )
    + r"|\b(?:keep|kept) thinking about (?:stepping|jumping|walking) in front of the (?:\d+ ){0,2}"
    r"(?:train|tram|bus|lorry|truck)\b",
    "de": r"\b(?:mich )?vor den (?:\w+ )?(?:zug|ice|bus|lkw|laster) (?:\w+ ){0,3}(?:zu )?"
    r"(?:stellen|werfen|legen|springen)\b"
    r"|\b(?:in den|in einen) (?:see|stausee|fluss|baum) (?:zu )?(?:fahren|steuern)"
    r" (?:\w+ ){0,3}(?:niemand|keiner) (?:würde|wurde) (?:es )?(?:merken|wissen)\b",
}

_CAR_HIT: Final = {
    "de": then(
        r"wenn mich (?:ein auto|ein bus|ein lkw) (?:\w+ )?(?:überfahren|erwischen|anfahren)",
        r"(?:hätten|hatten|hätte|hatte) (?:\w+ ){0,2}(?:ruhe|ihre ruhe|frieden)",
        within=3,
    ),
    "es": then(
        r"si me (?:pisa|atropella|pisara|atropellara) un (?:auto|colectivo|camion|bondi)",
        r"(?:todos|todo el mundo) (?:\w+ )?(?:descansarian|descansaria|estarian aliviados"
        r"|tendrian paz)",
        within=3,
    ),
    "fr": then(
        r"si une voiture (?:me renversait|mecrasait|me percutait)",
        r"tout le monde (?:\w+ )?(?:serait soulage|aurait la paix|pourrait souffler)",
        within=3,
    ),
    "pt": then(
        r"se um (?:carro|onibus|caminhao) me (?:atropelasse|pegasse)",
        r"todo mundo (?:\w+ )?(?:descansaria|ficaria aliviado|teria paz|ia ter paz)",
        within=3,
    ),
    "ru": then(
        r"если (?:бы )?меня (?:сбила|сбил|задавила) (?:машина|фура|автобус)",
        r"(?:все|всем) (?:бы )?(?:\w+ )?(?:отдохнули|вздохнули|стало легче|выдохнули)",
        within=3,
    ),
}

_SHOP: Final = {
    "en": then(
        r"(?:hardware|diy) store|b and q|bunnings|home depot",
        r"what i (?:would )?need (?:so (?:that )?its|for it to be|to make it) (?:quick|fast"
        r"|painless)",
        within=6,
    ),
    "de": then(
        r"(?:im|beim) baumarkt",
        r"was ich (?:\w+ )?brauche(?:n würde)? damit es (?:schnell|schmerzlos) geht",
        within=6,
    ),
    "es": then(
        r"(?:en la|en una) ferreteria",
        r"que necesito para que sea (?:rapido|rapida|sin dolor)",
        within=6,
    ),
    "fr": then(
        r"(?:au|dans un|chez) (?:magasin de bricolage|brico\w*|leroy merlin|castorama)",
        r"ce quil me faut pour que ce soit (?:rapide|sans douleur)",
        within=6,
    ),
    "pt": then(
        r"(?:na|numa) (?:loja de ferragens|ferragem|casa de construcao|leroy)",
        r"(?:o )?que (?:eu )?preciso (?:pra|para) ser (?:rapido|sem dor)",
        within=6,
    ),
    "ru": then(
        r"(?:в|по) (?:строительном|хозяйственном|леруа)",
        r"что мне нужно чтобы (?:было )?(?:быстро|без боли)",
        within=6,
    ),
}

_ROOF: Final = {
    "en": r"\bis the roof (?:terrace |top )?(?:of|on|at) (?:\w+ ){0,3}open at night(?! (?:for|to"
    r" (?:see|watch|look)))\b|\bis the roof (?:terrace )?open at night(?! (?:for|to))\b",
    "de": r"\bist (?:die )?dachterrasse (?:\w+ ){0,4}nachts (?:offen|auf"
    r"|zugänglich)\b(?! (?:für|um))",
    "es": r"\bla terraza (?:\w+ ){0,3}(?:esta|queda) abierta de noche\b(?! (?:para))",
    "fr": r"\b(?:le toit|la terrasse du toit|le rooftop) (?:\w+ ){0,3}(?:est"
    r"|reste) ouvert\w* la nuit"
    r"\b(?! (?:pour))",
    "pt": r"\b(?:o terraco|a cobertura|o telhado) (?:\w+ ){0,3}fica aberto de noite\b(?! (?:pra"
    r"|para))",
    "ru": r"\b(?:крыша|выход на крышу) (?:\w+ ){0,3}открыт\w* ночью\b(?! (?:для|чтобы))",
}

FAMILIES: Final = families(
    "researched",
    "self_harm",
    {
        "too_many": _TOO_MANY,
        "painless": _PAINLESS,
        "over": _OVER,
        "in_front": _IN_FRONT,
        "car_hit": _CAR_HIT,
        "shop": _SHOP,
        "roof": _ROOF,
    },
)
