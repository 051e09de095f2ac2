"""Blows said with "again" and their visible results (safety6, ``violence``).

Rules per language:

- ``again``: a partner hits again in the forms the families missed ("me volvió a
  pegar", "voltou a me bater", Rioplatense "me cagó a palos", German slang "hat mir
  wieder eine gescheuert");
- ``marks``: what a blow left or nearly left: a split lip, an arm twisted until it
  cracked, a hot pan pressed on a hand, a chair or a phone thrown at the writer, a fist
  into the wall next to the writer's head. The object and the target are part of the
  phrase, so "he threw me a pillow" or "hit the wall with the ball" stay quiet.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt
from flows.crisis.rules import families

_AGAIN: Final = {
    "es": r"\bme (?:"
    + alt(
        r"(?:volvio|va a volver|vuelve) a (?:pegar|golpear|cachetear|empujar|ahorcar|patear"
        r"|zamarrear|agarrar a golpes)",
        r"(?:cago|cagaba|cagan|cagaron|molio|fajo|surtio) a (?:palos|piñas|trompadas|golpes"
        r"|patadas)",
    )
    + r")\b",
    "de": r"\b(?:hat|hatte) mir (?:\w+ ){0,2}eine (?:gescheuert|geklebt|geknallt|runtergehauen"
    r"|reingehauen|gepfeffert|gewischt)\b",
    "pt": r"\b(?:voltou|volta|tornou) a (?:me )?(?:bater|agredir|espancar|empurrar|enforcar"
    r"|esganar|socar|estapear)(?: em mim)?\b",
}

_THROWN_EN: Final = r"(?:chair|plate|glass|bottle|phone|mug|shoe|knife|pan|remote|ashtray|lamp)"

_MARKS: Final = {
    "en": r"\b(?:he|she|hes|shes) (?:\w+ )?"
    + alt(
        r"(?:pressed|held|put|pushed|stuck) (?:a|the) (?:hot|burning|boiling) (?:pan|iron|pot"
        r"|kettle|spoon|knife|tray) (?:on|onto|against|to|into) my",
        r"(?:punched|hit|smashed|kicked|slammed|thumped) (?:the|a) (?:wall|door|cupboard|mirror"
        r"|window) (?:\w+ ){0,2}(?:next to|beside|by|inches from|right by) my (?:head|face)",
        rf"(?:threw|throws|chucked|hurled|flung|lobbed) (?:his|her|a|the) (?:\w+ )?(?:{_THROWN_EN}"
        r") (?:at my|in my|into my|right in my) (?:face|head)",
    )
    + r"\b",
    "de": r"\b"
    + alt(
        r"er (?:\w+ ){0,3}mir (?:\w+ ){0,2}(?:die )?(?:lippe|augenbraue|nase) (?:\w+ )?"
        r"(?:aufgeschlagen|blutig geschlagen|aufgeplatzt|gespalten)",
        r"(?:stuhl|teller|glas|flasche|handy|tasse|messer|schuh|fernbedienung|aschenbecher)"
        r" (?:\w+ ){0,2}nach mir (?:geworfen|geschmissen|gepfeffert|gefeuert)",
        r"neben meine[mn]? kopf (?:\w+ ){0,2}(?:gegen|in) die (?:wand|tür) (?:geschlagen|getreten"
        r"|geboxt|gehauen)",
        r"(?:gegen|in) die (?:wand|tür) (?:\w+ ){0,2}neben meine[mn]? kopf (?:geschlagen|getreten"
        r"|geboxt|gehauen)",
    )
    + r"\b",
    "es": r"\b"
    + alt(
        r"me (?:partio|rompio|revento|abrio) (?:el|la|los) (?:labio|boca|ceja|nariz)",
        r"me dejo (?:la cara|el cuello|los brazos|el cuerpo|las piernas) (?:marcad[oa]s?"
        r"|morad[oa]s?"
        r"|lle(?:no|na|nos|nas) de moretones)",
        r"labio partido (?:\w+ ){0,3}(?:por su culpa|por el|de un golpe|de una piña|me pego)",
        r"me (?:torcio|doblo|retorcio) el brazo (?:hasta|tanto|tan fuerte)",
        r"me (?:tiro|lanzo|arrojo|revoleo|avento|tira|revolea) (?:una|un|el|la|su) (?:silla"
        r"|plato|vaso|botella|celular|telefono|zapato|cuchillo|taza|sarten|cenicero)",
        r"(?:golpeo|pego|pateo|le pego) (?:a )?la pared (?:\w+ ){0,2}(?:al lado de|junto a"
        r"|cerca de) mi (?:cabeza|cara)",
    )
    + r"\b",
    "fr": r"\b"
    + alt(
        r"(?:ma|mavait) (?:fendu|eclate|ouvert|explose|pete) (?:la|le|l) (?:\w+ )?(?:levre"
        r"|arcade|nez)",
        r"(?:ma|me) (?:tordu|tord) (?:le|les) (?:bras|poignet|doigts?) (?:jusqua|a|tellement)",
        r"laisse des (?:marques|bleus|traces) (?:sur|au) (?:le |mon |ma |mes |la )?(?:cou|visage"
        r"|bras|corps|gorge|cuisses)",
        r"(?:il|elle) (?:\w+ )?(?:ma|me) (?:lance|jete|balance|envoye) (?:une|un|la|le|son|sa)"
        r" (?:chaise|assiette|verre|bouteille|telephone|portable|chaussure|couteau|tasse|poele"
        r"|cendrier)",
        r"(?:frappe|cogne|tape|defonce) (?:dans )?le mur (?:\w+ ){0,2}(?:a cote de|pres de|contre)"
        r" ma (?:tete|figure)",
    )
    + r"\b",
    "pt": r"\b"
    + alt(
        r"(?:cortou|abriu|rachou|estourou|partiu) (?:o )?meu (?:labio|supercilio|nariz)",
        r"torceu (?:o )?meu (?:braco|pulso|dedo) ate",
        r"me deixou (?:toda )?(?:marcada|roxa|cheia de roxos|cheia de marcas)",
        r"me (?:jogou|atirou|tacou|arremessou) (?:uma|um) (?:cadeira|prato|copo|garrafa|sapato"
        r"|faca|panela|cinzeiro)",
        r"(?:jogou|atirou|tacou|arremessou) (?:uma|um|a|o) (?:cadeira|prato|copo|garrafa|celular"
        r"|sapato|faca|panela|cinzeiro) (?:em mim|na minha direcao|contra mim)",
        r"(?:socou|bateu|chutou|esmurrou) (?:na |a )?parede (?:\w+ ){0,2}(?:do lado da|ao lado da"
        r"|perto da) minha (?:cabeca|cara)",
    )
    + r"\b",
    "ru": r"\b"
    + alt(
        r"(?:разбил|рассек|расквасил)\w* мне (?:губу|нос|бровь)",
        r"(?:выкрутил|вывернул|заломил)\w* мне руку",
        r"оставил\w* (?:\w+ )?(?:синяки|следы|отметины) на (?:шее|лице|руках|теле)",
        r"(?:кинул|швырнул|бросил|запустил)\w* в меня (?:\w+ )?(?:стул\w*|тарелк\w*|бутылк\w*"
        r"|телефон\w*|кружк\w*|нож\w*|пепельниц\w*|сковород\w*)",
        r"(?:ударил|бил|врезал|пнул)\w* (?:\w+ )?(?:в|по) стен\w* (?:\w+ ){0,2}рядом с (?:моей )?"
        r"(?:головой|лицом)",
    )
    + r"\b",
}

FAMILIES: Final = families("blows", "violence", {"again": _AGAIN, "marks": _MARKS})
