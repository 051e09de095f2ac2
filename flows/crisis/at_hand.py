"""Means at hand or looked up, said without a danger word (safety7, ``self_harm``).

Rules per language:

- ``exhaust``: how long it takes + exhaust, a closed garage ("warm up the engine in a
  cold garage", the engine running to charge a battery stay quiet);
- ``counted``: how many pills it takes + the box, the bottle already here, in a drawer;
- ``rope_kept``: a rope in the wardrobe, the closet + just in case ("for the washing"
  stays quiet);
- ``hoarding`` (de, es, pt; the near and prepare families read the others): putting
  aside someone's (sleeping) pills + enough now;
- ``wheel``: on the motorway, at the overpass + want, think of + yank the wheel, stop
  steering (swerving for a deer has no wish in it);
- ``painless``: searched, googled how to end it all + without pain.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_EXHAUST: Final = {
    "en": then(
        r"how (?:long|many minutes) (?:does it|would it|will it|it) (?:take|takes)",
        r"exhaust(?: fumes)?|(?:closed|shut|locked) garage|garage (?:door )?(?:shut|closed)",
        within=7,
    ),
    "de": then(
        r"wie lange (?:dauert|braucht|geht)",
        r"abgas\w*|geschlossenen garage|garage (?:zu|geschlossen)",
        within=7,
    ),
    "es": then(
        r"cuanto (?:tarda|tiempo|se tarda)",
        r"gases del (?:auto|coche|caño|cano)|garaje cerrado",
        within=7,
    ),
    "fr": then(
        r"combien de (?:temps|minutes)",
        r"gaz dechappement|garage ferme",
        within=8,
    ),
    "pt": then(
        r"quanto tempo (?:demora|leva)|quantos minutos",
        r"(?:fumaca|gas) do (?:escapamento|carro)|garagem fechada",
        within=7,
    ),
    "ru": then(
        r"сколько (?:времени|минут)",
        r"выхлоп\w*|закрытом гараже",
        within=7,
    ),
}

_COUNTED: Final = {
    "en": then(
        r"how many (?:pills|tablets|sleeping pills|of them)",
        r"(?:the|a) (?:box|bottle|packet|pack|blister)s? (?:is |are )?(?:already )?(?:here|ready"
        r"|in my|in the|next to)|(?:already )?(?:have|got) (?:the|a|enough) (?:box|bottle|pack)"
        r"|everything (?:is )?in the (?:cabinet|drawer)",
        within=6,
    ),
    "de": then(
        r"wie viele? (?:tabletten|pillen|schlaftabletten)",
        r"(?:die|eine) (?:packung|schachtel|dose) (?:\w+ ){0,2}(?:liegt|hab|habe|steht)"
        r"|(?:alles|genug) (?:liegt )?(?:im|in der) (?:schrank|schublade|badschrank)"
        r"|(?:hab|habe) (?:die|eine) (?:packung|schachtel) (?:schon|bereits)",
        within=6,
    ),
    "es": then(
        r"cuantas (?:pastillas|pildoras|tabletas)",
        r"(?:ya )?tengo (?:la|una) (?:caja|cajita|tira)|todo (?:esta )?en el (?:botiquin|cajon"
        r"|armario)",
        within=6,
    ),
    "fr": then(
        r"combien de (?:cachets|comprimes|pilules|somniferes)",
        r"(?:jai )?(?:deja )?(?:la|une) boite|tout (?:est )?dans (?:le|la) (?:placard|tiroir"
        r"|pharmacie|armoire)",
        within=6,
    ),
    "pt": then(
        r"quantos (?:comprimidos|remedios|calmantes)",
        r"(?:ja )?tenho (?:a|uma) (?:caixa|cartela)|tudo (?:no|na) (?:armario|gaveta)",
        within=6,
    ),
    "ru": then(
        r"сколько (?:таблеток|колес|снотворного)",
        r"(?:упаковка|пачка|коробка|пачку|упаковку) (?:\w+ )?(?:уже )?(?:лежит|есть|у меня)"
        r"|(?:все|всё) (?:уже )?(?:в|лежит в) (?:аптечке|тумбочке|шкафу)",
        within=6,
    ),
}

_ROPE_KEPT: Final = {
    "en": near(
        r"(?:a|the) rope (?:in|at the back of) (?:my|the) (?:closet|wardrobe|cupboard)",
        r"(?:just )?in case",
        within=5,
    ),
    "de": near(
        r"(?:ein|das) (?:seil|strick) (?:\w+ ){0,3}(?:im|in meinem) (?:schrank|kleiderschrank)"
        r"|(?:im|in meinem) (?:schrank|kleiderschrank) (?:liegt|ist|hab ich) (?:ein|das)"
        r" (?:seil|strick)",
        r"(?:nur )?(?:fur|für) (?:den|alle) (?:fall|falle)",
        within=4,
    ),
    "es": then(
        r"(?:tengo )?una (?:cuerda|soga) (?:guardada )?en (?:el|mi) (?:armario|ropero|placard)",
        r"por si (?:acaso|las moscas)",
        within=3,
    ),
    "fr": then(
        r"(?:jai )?une corde (?:cachee |rangee )?dans (?:larmoire|le placard|ma penderie"
        r"|mon armoire)",
        r"au cas ou|(?:on )?sait jamais",
        within=3,
    ),
    "pt": then(
        r"(?:tenho )?uma corda (?:guardada |escondida )?no (?:guarda roupa|armario)",
        r"(?:so )?(?:por precaucao|por via das duvidas|caso precise|pra garantir)",
        within=3,
    ),
    "ru": near(
        r"в (?:шкафу|шкафчике) (?:\w+ )?(?:лежит|есть|храню) веревк\w*"
        r"|веревк\w* (?:\w+ )?(?:лежит |храню )?в (?:шкафу|шкафчике)",
        r"на (?:всякий|крайний) случай",
        within=3,
    ),
}

_HOARDING: Final = {
    "de": then(
        r"(?:sammle|spare|horte|bunkere|lege) (?:\w+ ){0,3}(?:schlaftabletten|tabletten"
        r"|pillen|medikamente)",
        r"(?:es )?(?:reicht|sind genug|sollte reichen) (?:\w+ )?(?:jetzt|bald|schon)",
        within=5,
    ),
    "es": then(
        r"(?:guardando|juntando|ahorrando|escondiendo) (?:\w+ ){0,2}(?:pastillas|remedios"
        r"|pildoras)",
        r"(?:ya )?(?:alcanzan|son suficientes|tengo suficientes|me alcanzan)",
        within=6,
    ),
    "pt": then(
        r"(?:juntando|guardando|escondendo|acumulando) (?:\w+ ){0,3}(?:remedios|comprimidos"
        r"|calmantes)",
        r"(?:ja )?(?:da|e suficiente|sao suficientes|tenho o suficiente)$|ja da\b",
        within=5,
    ),
}

_WHEEL: Final = {
    "en": then(
        r"(?:motorway|highway|freeway|overpass|bridge|flyover)",
        r"(?:want|wanted|think|thought|thinking|tempted|urge|imagine|imagined)",
        r"(?:just )?(?:not (?:steering|turning the wheel)|jerk(?:ing)? the (?:wheel|steering)"
        r"|yank(?:ing)? the (?:wheel|steering)|let(?:ting)? go of the wheel)",
        within=4,
    ),
    "de": then(
        r"(?:autobahn|brücke|brucke|überführung|uberfuhrung)",
        r"(?:mochte|will|wurde|denke|dachte|lust|gedanke)",
        r"(?:das )?lenkrad (?:\w+ )?(?:rumreissen|herumreissen|verreissen|loslassen)"
        r"|nicht (?:mehr )?lenken|mich (?:runter|hinunter|hinab)(?:zu)?(?:sturzen|springen"
        r"|werfen)|(?:runter|hinunter)zu(?:sturzen|springen)",
        within=4,
    ),
    "es": then(
        r"(?:autopista|ruta|puente|autovia)",
        r"(?:pienso|pense|quiero|quisiera|ganas)",
        r"(?:dar|pegar) un volantazo|(?:soltar|no girar) el volante",
        within=4,
    ),
    "fr": then(
        r"(?:lautoroute|autoroute|pont|viaduc)",
        r"(?:envie|pense|penser|tentee?)",
        r"(?:donner )?un coup de volant|lacher le volant|ne pas tourner le volant",
        within=4,
    ),
    "pt": then(
        r"(?:estrada|rodovia|viaduto|ponte)",
        r"(?:penso|pensei|quero|vontade)",
        r"(?:virar|jogar|puxar) o (?:volante|carro) (?:contra|no|na|pro)|soltar o volante",
        within=4,
    ),
    "ru": then(
        r"(?:трасс\w*|мост\w*|эстакад\w*)",
        r"(?:хочется|хочу|думаю|думала|думал|тянет)",
        r"(?:\w+ )?(?:дернуть|крутануть|вывернуть) (?:\w+ )?руль|отпустить руль",
        within=4,
    ),
}

_PAINLESS: Final = {
    "en": then(
        r"(?:searched|googled|looked up|researched) how to (?:end (?:it all|everything)"
        r"|end it)",
        r"without (?:it hurting|pain|feeling)|painless(?:ly)?",
        within=3,
    ),
    "de": then(
        r"(?:gegoogelt|gesucht|recherchiert) wie man (?:alles|es) (?:beenden|beendet)",
        r"ohne schmerzen|schmerzlos",
        within=3,
    )
    + r"|\b(?:gegoogelt|gesucht) wie man (?:alles|es) ohne schmerzen (?:beenden|beendet)\b",
    "es": near(
        r"(?:busque|googlee|investigue)(?: en google)? como (?:terminar|acabar) con todo",
        r"sin dolor|sin sufrir",
        within=3,
    ),
    "fr": then(
        r"(?:jai )?(?:cherche|google|regarde) comment en finir",
        r"sans (?:souffrir|douleur|avoir mal)",
        within=3,
    ),
    "pt": then(
        r"(?:pesquisei|procurei|googlei) como acabar com tudo",
        r"sem dor|sem sofrer",
        within=3,
    ),
    "ru": near(
        r"(?:гуглил\w*|искал\w*) как (?:закончить|покончить с) (?:все|всем)",
        r"без боли|безболезненно",
        within=3,
    ),
}

FAMILIES: Final = families(
    "at_hand",
    "self_harm",
    {
        "exhaust": _EXHAUST,
        "counted": _COUNTED,
        "rope_kept": _ROPE_KEPT,
        "hoarding": _HOARDING,
        "wheel": _WHEEL,
        "painless": _PAINLESS,
    },
)
