"""Danger to someone close, told by the writer (safety7).

Rules per language:

- ``neighbour`` (violence): a neighbour screaming for him to stop + a loud bang, crash
  (fireworks stay quiet: no "stop ... him");
- ``son`` (violence): my son's girlfriend hits him + takes his phone;
- ``sister`` (violence; es, fr, pt, the others' injury families read it): a black
  eye again + he checks, controls where she is (hockey stays quiet);
- ``stairs`` (violence): my mother's husband, my stepfather threw, pushed her, my mum
  down the stairs;
- ``friend`` (control): a friend's husband won't let her out alone + took her phone;
- ``vanish`` (self_harm; not es, whose absence family reads it): my little brother
  said nobody would notice if he disappeared.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_NEIGHBOUR: Final = {
    "en": then(
        r"(?:the )?(?:woman|man|girl|lady|neighbour|neighbor) (?:next door|upstairs|downstairs)?"
        r" ?(?:was )?(?:yelling|screaming|shouting) (?:at him )?(?:for him )?to stop",
        r"(?:a )?(?:loud )?(?:crash|bang|thud)",
        within=4,
    ),
    "de": then(
        r"(?:die )?nachbarin (?:hat )?(?:geschrien|schrie|gebrullt) er (?:soll|solle) aufhoren",
        r"(?:einen )?(?:lauten )?(?:knall|rums|schlag)",
        within=5,
    ),
    "es": then(
        r"(?:la )?vecina gritaba que (?:parara|pare|se detuviera)",
        r"(?:un )?golpe (?:fuerte|seco)|(?:un )?estruendo",
        within=5,
    ),
    "fr": then(
        r"(?:la )?voisine (?:criait|hurlait|a crie) quil (?:arrete|sarrete)",
        r"(?:un )?(?:grand |gros )?(?:bruit|boum|fracas)",
        within=6,
    ),
    "pt": then(
        r"(?:a )?vizinha (?:gritava|gritou) (?:pra|para) ele parar",
        r"(?:um )?(?:estrondo|barulho forte|baque)",
        within=5,
    ),
    "ru": then(
        r"соседка (?:кричала|орала) чтобы он (?:перестал|прекратил)",
        r"(?:сильный )?(?:грохот|удар|стук)",
        within=5,
    ),
}

_SON: Final = {
    "en": then(
        r"my sons (?:girlfriend|wife|partner) (?:slaps|hits|beats|punches) him",
        r"(?:grabs|takes|took|smashed) his phone",
        within=3,
    ),
    "de": then(
        r"(?:die )?freundin (?:von )?(?:meinem|meines) sohn(?:es)? (?:schlagt|haut) ihn",
        r"nimmt ihm (?:das|sein) handy",
        within=3,
    ),
    "es": then(
        r"(?:la )?novia de mi hijo le pega",
        r"le (?:saca|quita) el (?:celular|telefono|movil)",
        within=3,
    ),
    "fr": then(
        r"(?:la )?copine de mon fils le (?:frappe|gifle|tape)",
        r"lui prend son (?:telephone|portable)",
        within=3,
    ),
    "pt": then(
        r"(?:a )?namorada do meu filho bate nele",
        r"(?:pega|toma) o celular dele",
        within=3,
    ),
    "ru": then(
        r"девушка (?:моего )?сына (?:бьет|избивает) его",
        r"забирает (?:у него )?телефон",
        within=3,
    ),
}

_SISTER: Final = {
    "es": then(
        r"(?:otra vez )?un ojo morado(?: otra vez)?",
        r"(?:el )?controla donde esta",
        within=3,
    ),
    "fr": then(
        r"(?:encore )?un oeil au beurre noir",
        r"il (?:surveille|controle|verifie) ou elle",
        within=3,
    ),
    "pt": then(
        r"(?:de )?olho roxo (?:de novo|outra vez)",
        r"ele (?:controla|vigia|checa) onde ela",
        within=3,
    ),
}

_STAIRS: Final = {
    "en": r"\bmy (?:stepdad|stepfather|mums husband|moms husband|mothers husband) (?:shoved"
    r"|pushed|threw) (?:my (?:mum|mom|mother)|her) down the stairs\b",
    "es": r"\bel (?:marido|esposo) de mi (?:mama|madre|vieja) la (?:tiro|empujo) (?:por|de) la"
    r" escalera\b",
    "ru": r"\b(?:мамин муж|отчим|муж мамы|муж матери) (?:столкнул|толкнул|скинул) (?:ее|маму)"
    r" с лестницы\b",
}

_FRIEND: Final = {
    "en": then(
        r"my friends husband (?:wont|doesnt|does not|will not) let her (?:go )?out alone",
        r"(?:took|takes) (?:her phone|away her phone)",
        within=3,
    ),
    "de": then(
        r"der mann meiner freundin lasst sie nicht (?:allein|alleine) (?:raus|weg)",
        r"(?:hat )?ihr (?:das )?handy (?:weggenommen|abgenommen)",
        within=3,
    ),
    "es": then(
        r"el marido de mi amiga no la deja salir sola",
        r"le (?:saco|quito) el (?:telefono|celular)",
        within=3,
    ),
    "fr": then(
        r"le mari de mon amie ne la laisse pas sortir seule",
        r"lui a pris son (?:telephone|portable)",
        within=3,
    ),
    "pt": then(
        r"o marido da minha amiga nao deixa ela sair sozinha",
        r"pegou o celular dela",
        within=3,
    ),
    "ru": then(
        r"муж подруги не (?:выпускает|пускает) ее (?:одну|никуда)",
        r"забрал у нее телефон",
        within=3,
    ),
}

_VANISH: Final = {
    "en": r"\bmy (?:little |younger |baby )?(?:brother|sister|son|daughter) (?:said|told me|says)"
    r" (?:that )?(?:nobody|no one) would (?:even )?(?:notice|care) if (?:he|she) (?:was gone"
    r"|disappeared|were gone|vanished)\b",
    "de": r"\bmein (?:kleiner |jungerer )?bruder hat gesagt es wurde (?:keiner|niemand) merken wenn"
    r" er weg ware\b",
    "fr": r"\bmon petit frere a dit que personne ne (?:remarquerait|verrait) sil (?:disparaissait"
    r"|netait plus la)\b",
    "pt": r"\bmeu (?:irmaozinho|irmao mais novo|irmao) disse que ninguem (?:ia|iria) perceber se"
    r" ele (?:sumisse|desaparecesse)\b",
    "ru": r"\bмой (?:младший )?брат сказал что никто не заметит если он (?:исчезнет|пропадет)\b",
}

FAMILIES: Final = (
    families(
        "bystanders",
        "violence",
        {"neighbour": _NEIGHBOUR, "son": _SON, "sister": _SISTER, "stairs": _STAIRS},
    )
    + families("bystanders", "control", {"friend": _FRIEND})
    + families("bystanders", "self_harm", {"vanish": _VANISH})
)
