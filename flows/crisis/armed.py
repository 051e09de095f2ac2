"""Weapons shown without a threat word (safety7, ``threat``).

Rules per language:

- ``pillow``: a knife laid next to my pillow;
- ``clean``: every argument, fight + takes the pistol, gun out (to clean it);
- ``table`` (de): in every argument he lays his knife on the table;
- ``regret``: a rifle, a gun in the wardrobe + you'll regret it if you leave.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_PILLOW: Final = {
    "en": then(r"(?:knife|blade)", r"(?:beside|next to|under|on) my pillow", within=8),
    "de": then(
        r"(?:messer|klinge)", r"neben mein(?:em)? kissen|unter mein(?:em)? kissen", within=8
    ),
    "es": then(r"(?:cuchillo|navaja)", r"(?:al lado de|junto a|debajo de) mi almohada", within=8),
    "fr": then(r"(?:couteau|lame)", r"(?:a cote de|sous|pres de) mon oreiller", within=8),
    "pt": then(
        r"(?:faca|canivete)", r"(?:do lado do|ao lado do|embaixo do) meu travesseiro", within=8
    ),
    "ru": then(r"(?:нож\w*)", r"(?:рядом с|под) (?:мою |моей )?подушк\w*", within=8),
}

_CLEAN: Final = {
    "en": then(
        r"(?:every|each|whenever we) (?:fight|argument|row|argue)",
        r"(?:takes|gets|pulls|brings) (?:the|his) (?:gun|pistol|revolver|rifle) out",
        within=3,
    ),
    "de": then(
        r"(?:bei jedem|jedes mal beim|wenn wir) (?:streit|streiten)",
        r"(?:holt|nimmt|zieht) er (?:die|seine|das) (?:pistole|waffe|gewehr|knarre)",
        within=3,
    ),
    "es": then(
        r"(?:en cada|cada vez que|cuando) (?:pelea|discusion|peleamos|discutimos)",
        r"saca (?:la|su) (?:pistola|arma|escopeta)",
        within=3,
    ),
    "fr": then(
        r"(?:a chaque|quand on se|chaque fois quon se) (?:dispute|engueule)",
        r"(?:il )?sort (?:le|son) (?:pistolet|flingue|revolver|fusil)",
        within=3,
    ),
    "pt": then(
        r"(?:toda|cada|sempre que a gente) (?:briga|discussao|discute)",
        r"(?:ele )?(?:tira|pega) (?:a|sua) (?:arma|pistola|espingarda)",
        within=3,
    ),
    "ru": then(
        r"(?:на каждой|при каждой|во время|когда мы) (?:ссоре|ссоримся)",
        r"(?:он )?(?:достает|вытаскивает|берет) (?:свой )?(?:пистолет|ружье|ствол)",
        within=3,
    ),
}

_TABLE: Final = {
    "de": then(r"(?:streit|streiten)", r"(?:\w+ )?(?:sein|das) messer auf den tisch", within=3),
}

_REGRET: Final = {
    "en": then(
        r"(?:rifle|gun|shotgun|pistol) in (?:his|the|our) (?:wardrobe|closet|cupboard|drawer)",
        r"(?:ill|i will|youll|you will) regret it if (?:i|you) (?:leave|go)",
        within=6,
    ),
    "de": then(
        r"(?:gewehr|pistole|waffe|flinte) im (?:schrank|kleiderschrank)",
        r"(?:werde|wirst) es bereuen wenn (?:ich|du) (?:gehe|gehst)",
        within=6,
    ),
    "es": then(
        r"(?:escopeta|pistola|arma|rifle) en el (?:ropero|armario|placard)",
        r"me voy a arrepentir si me voy|te vas a arrepentir si te vas",
        within=6,
    ),
    "fr": then(
        r"(?:fusil|pistolet|flingue|arme) dans (?:larmoire|le placard)",
        r"(?:je vais|tu vas) le regretter si (?:je pars|tu pars)",
        within=6,
    ),
    "pt": then(
        r"(?:espingarda|arma|pistola|revolver) no (?:armario|guarda roupa)",
        r"(?:vou|vai) me arrepender se eu (?:for embora|sair)|vai se arrepender se (?:for"
        r" embora|sair)",
        within=6,
    ),
    "ru": then(
        r"в шкафу (?:\w+ )?(?:ружье|пистолет|оружие)",
        r"(?:я |ты )?пожалеешь если уйдешь|я пожалею если уйду",
        within=6,
    ),
}

FAMILIES: Final = families(
    "armed", "threat", {"pillow": _PILLOW, "clean": _CLEAN, "table": _TABLE, "regret": _REGRET}
)
