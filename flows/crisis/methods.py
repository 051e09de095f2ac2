"""A method at hand or prepared, with an intent or a time (safety5, ``self_harm``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``rope``: a rope + a knot or noose + learning it from a video;
- ``high_enough``: looked up + which bridge or floor + high enough;
- ``tracks``: the railway tracks + "one step";
- ``whole_pack``: a whole box or bottle + a named medicine + tonight;
- ``on_purpose``: driving into a tree or wall + on purpose, "like an accident";
- ``asleep``: waiting until everyone is asleep or gone + to do it;
- ``parking_deck`` (de, en): a parking deck + jumping, letting go.

Near misses stay quiet: rope bought for camping (no knot), an AirTag in a suitcase,
"take all your pills tonight" (no whole box), a bridge high enough for a van is
not guarded (the trade-off: when unsure, detect).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

# Rope and knots for a hobby or a chore: "knots for sailing", "Seil fürs Zelten".
_HOBBY: Final = {
    "en": r"for (?:sailing|climbing|camping|the boat|scouts|the tent|the hammock|fishing"
    r"|the swing|macrame|the washing)",
    "de": r"(?:fürs|für|zum|beim|für die) (?:segeln|klettern|camping|zelten|boot|angeln"
    r"|pfadfinder|wäsche|hängematte)",
    "es": r"(?:para|de) (?:acampar|escalar|navegar|el barco|el bote|la ropa|tender|la hamaca"
    r"|pescar|los scouts)",
    "fr": r"pour (?:le camping|lescalade|la voile|le bateau|le linge|le hamac|la peche"
    r"|le demenagement)",
    "pt": r"(?:pra|para|pro) (?:acampar|escalar|o barco|velejar|o varal|pendurar|a rede"
    r"|pescar|o acampamento)",
    "ru": r"для (?:похода|скалолазания|лодки|белья|гамака|рыбалки|палатки)",
}


def _not_for_a_hobby(code: str, concept: str) -> str:
    return rf"(?:{concept})(?!(?: \w+){{0,3}} (?:{_HOBBY[code]})\b)"


_ROPE: Final = {
    "en": r"rope|cord|noose",
    "de": r"seil|strick|schlinge",
    "es": r"soga|cuerda|horca",
    "fr": r"corde|noeud coulant",
    "pt": r"corda|forca",
    "ru": r"веревк\w*|петл\w*",
}
_KNOT: Final = {
    "en": r"(?:hangmans? |the |a |noose )?knot|noose",
    "de": r"knoten|knotet|henkersknoten|galgenknoten|schlinge",
    "es": r"(?:el |un )?nudo|horca",
    "fr": r"(?:le |un )?noeud\w*",
    "pt": r"(?:o|um|do|no) no|no da forca|forca",
    "ru": r"узел|узлы|петл\w*",
}
_LEARN: Final = {
    "en": r"watch\w*|video|videos|youtube|tutorials?|learn\w*|looked up|how to tie",
    "de": r"video\w*|youtube|anleitung|tutorial|gelernt|angeschaut|angesehen|nachgeschaut"
    r"|wie man",
    "es": r"videos?|youtube|tutoriales?|aprendi|vi|viendo|como hacer|como se hace",
    "fr": r"tutos?|videos?|youtube|appris|regarde|comment faire",
    "pt": r"videos?|youtube|tutoriais?|tutorial|aprendi|vendo|como fazer",
    "ru": r"видео|ютуб\w*|выучил\w*|научил\w*|смотрю|смотрела|как завязать",
}

_LOOKED_UP: Final = {
    "en": r"looked up|look up|googled|researched|searched|checked|worked out|found out",
    "de": r"nachgeschaut|nachgesehen|recherchiert|gegoogelt|gesucht|geschaut|rausgesucht",
    "es": r"busque|buscando|investigue|googlee|averigue|mire|me fije",
    "fr": r"cherche|regarde|google|verifie|renseignee?",
    "pt": r"pesquisei|procurei|olhei|busquei|googlei|pesquisando",
    "ru": r"искала|искал|гуглила|гуглил|смотрела|узнавала|выясняла|посмотрела",
}
_HIGH_PLACE: Final = {
    "en": r"bridge|floor|storey|building|car park|tower|block",
    "de": r"brücke|stockwerk|etage|stock|hochhaus|parkhaus|gebäude",
    "es": r"puente|piso|edificio|azotea|terraza",
    "fr": r"pont|etage|immeuble|tour",
    "pt": r"ponte|andar|predio|viaduto",
    "ru": r"мост\w*|этаж\w*|высотк\w*|дом|здани\w*",
}
_HIGH_ENOUGH: Final = {
    "en": r"high enough|tall enough|to not survive|to be fatal",
    "de": r"hoch genug|genug hoch|tödlich",
    "es": r"(?:lo )?(?:suficientemente|bastante|suficiente) alto|alto para no|mortal",
    "fr": r"assez haut|suffisamment haut|mortel",
    "pt": r"alt[ao] o suficiente|alt[ao] o bastante|alt[ao] suficiente|fatal",
    "ru": r"достаточно высок\w*|хватит высоты|смертельн\w*",
}

_TRACKS: Final = {
    "en": r"tracks|railway|rail line|train line|rails|level crossing",
    "de": r"gleis\w*|schienen|bahnstrecke|bahngleis\w*|bahnübergang",
    "es": r"vias|rieles|via del tren|paso a nivel",
    "fr": r"rails|voies|voie ferree|passage a niveau",
    "pt": r"trilhos|linha do trem|linha ferrea|passagem de nivel",
    "ru": r"железн\w* дорог\w*|рельс\w*|пут\w* поезда|железк\w*|переезд\w*",
}
# "One step from the platform", "one step at a time" are distances and habits.
_ONE_STEP: Final = {
    "en": r"(?:one step|one more step|a single step|just a step)(?! (?:from|away|at a time"
    r"|ahead|forward|closer|back)\b)",
    "de": r"(?:ein schritt|einen schritt|ein einziger schritt)(?! (?:vom|von|entfernt|nach)\b)",
    "es": r"un paso(?! (?:de|del|a la vez|adelante|mas cerca)\b)",
    "fr": r"un pas(?! (?:de|du|a la fois|en avant)\b)",
    "pt": r"um passo(?! (?:de|da|do|por vez|a frente)\b)",
    "ru": r"(?:один шаг|одного шага|шаг и)(?! (?:от|за)\b)",
}

_WHOLE: Final = {
    "en": r"whole|entire|all of it|all of them|them all|the lot|every single",
    "de": r"ganze|ganzen|gesamte|komplette|alle auf einmal",
    "es": r"entera|entero|enteras|completa|completo|toda la caja|todo el frasco",
    "fr": r"entiere|entier|toute la boite|toute la plaquette|tout le flacon|tout le tube",
    "pt": r"inteira|inteiro|toda a caixa|todo o frasco|a cartela toda|a caixa toda",
    "ru": r"всю|весь|все|целую|целый",
}
_MEDICINE: Final = {
    "en": r"pills|tablets|paracetamol|tylenol|ibuprofen|insulin(?: pens)?|sleeping pills"
    r"|xanax|valium|oxy\w*|codeine|antidepressants|meds",
    "de": r"tabletten|schlaftabletten|schmerztabletten|beruhigungstabletten|pillen|medikamente"
    r"|paracetamol|ibuprofen|insulin\w*|diazepam"
    r"|tavor|schmerzmittel",
    "es": r"pastillas|clonazepam|rivotril|paracetamol|ibuprofeno|insulina|somniferos"
    r"|diazepam|alprazolam|medicamentos",
    "fr": r"comprimes|cachets|doliprane|paracetamol|somniferes|insuline|xanax|lexomil"
    r"|medicaments",
    "pt": r"comprimidos|remedios|rivotril|clonazepam|paracetamol|insulina|dorflex"
    r"|calmantes|diazepam",
    "ru": r"таблет\w*|феназепам\w*|снотворн\w*|парацетамол\w*|инсулин\w*|лекарств\w*"
    r"|транквилизатор\w*",
}
_TONIGHT: Final = {
    "en": r"tonight|this evening|right now|today",
    "de": r"heute nacht|heute abend|heute|jetzt gleich",
    "es": r"esta noche|hoy|ahora mismo",
    "fr": r"ce soir|cette nuit|maintenant|aujourdhui",
    "pt": r"hoje a noite|hoje|essa noite|esta noite|agora",
    "ru": r"сегодня|этой ночью|ночью|сейчас",
}

_INTO_OBSTACLE: Final = {
    "de": r"gegen (?:einen|den|eine|die|nen|ne) (?:baum|wand|mauer|pfeiler|brückenpfeiler"
    r"|laster|lkw|leitplanke)",
    "es": r"contra (?:un|el|una|la) (?:arbol|muro|pared|poste|camion|columna)",
    "fr": r"(?:dans|contre) (?:un|le|une|la) (?:arbre|mur|platane|pilier|poteau|camion)",
    "pt": r"(?:numa|num|contra (?:um|o|uma|a)|em (?:um|uma)) (?:arvore|muro|parede|poste"
    r"|caminhao|pilar)",
    "ru": r"(?:врежусь|врезаться|въеду|влечу|разобьюсь|въехать)(?: \w+){0,3} (?:в|об)"
    r" (?:дерево|стену|столб|отбойник|фуру|опору)",
}
_ON_PURPOSE: Final = {
    "de": r"absichtlich|mit absicht|wie ein unfall",
    "es": r"a proposito|adrede|queriendo|como un accidente|parezca un accidente",
    "fr": r"expres|volontairement|deliberement|comme un accident",
    "pt": r"de proposito|propositalmente|por querer|como um acidente|pareca acidente",
    "ru": r"специально|нарочно|намеренно|как авари\w*|как несчастный случай",
}

_WAIT_ASLEEP: Final = {
    "en": then(
        r"wait(?:ing)?(?: till| until| for)?",
        r"(?:everyone|everybody|they|the kids|my parents|my family|the house)",
        r"(?:is |are |to )?(?:asleep|fall asleep|falls asleep|gone|leave|leaves|out)",
        within=3,
    )
    + r"|\b(?:once|when|as soon as) (?:everyone|everybody|they|the kids|my parents)"
    r" (?:\w+ )?(?:is |are )?(?:asleep|leaves|leave|goes|go|gone|out)\b",
    "de": r"\b(?:sobald|wenn) alle (?:\w+ ){0,3}(?:schlafen|weg sind|aus dem haus sind)\b|"
    + then(
        r"warte|warten",
        r"bis alle|bis (?:die kinder|meine eltern|er)",
        r"schlafen"
        r"|eingeschlafen|weg sind|aus dem haus",
        within=3,
    ),
    "es": r"\bcuando (?:todos se (?:vayan|duerman)|se (?:vayan|duerman) todos)\b|"
    + then(
        r"espero|esperando|esperar",
        r"(?:a )?que todos|todo el mundo|mis papas",
        r"(?:se )?duerman|dormidos|se vayan|salgan",
        within=2,
    ),
    "fr": r"\bquand tout le monde (?:sera (?:couche|parti|endormi)|dormira|dort)\b|"
    + then(
        r"attends|attendre|jattends",
        r"que tout le monde|que tous|que les enfants",
        r"dorme|dorment|soit parti|soient partis|se couche",
        within=2,
    ),
    "pt": r"\bquando todo mundo (?:sair|dormir|for embora)\b|"
    + then(
        r"esperando|espero|esperar",
        r"todo mundo|todos|geral|meus pais",
        r"dormir|durma|dormirem|sair|sairem",
        within=2,
    ),
    "ru": r"\bкогда все (?:уйдут|уснут|лягут)\b|"
    + then(
        r"жду|дождусь|дожидаюсь|подожду",
        r"(?:когда|пока) (?:все|домашние|родители)",
        r"уснут|заснут|уйдут|лягут",
        within=2,
    ),
}
_DO_IT: Final = {
    # Not followed by a thing to do: "I'll do the presents", "lo voy a hacer, el regalo".
    "en": r"(?:do it|doing it|im doing it|ill do it|i can do it|end it)"
    r"(?! (?:the|a|my|your|our|for)\b)",
    "de": r"mach ich es|mache ich es|tu ich es|es tun|es zu tun|es machen|mach ichs",
    "es": r"(?:hacerlo|lo hago|lo voy a hacer)(?! (?:el|la|los|las|un|una|mi|tu|su)\b)"
    r"|terminar con todo",
    "fr": r"le faire|je le fais|je le ferai|en finir",
    # Only at the end: "quando todo mundo sair eu vou fazer a janta" is dinner.
    "pt": r"(?:pra fazer|para fazer|eu faco|vou fazer)(?! \w)|acabar com tudo",
    "ru": r"(?:сделать это|сделаю это)(?! \w+ (?:задани\w*|работ\w*|уборк\w*|дел\w*))"
    r"|чтобы сделать|покончить",
}

_PARKING_DECK_EN: Final = r"parking deck|parking garage roof|car park roof|multi ?storey"
_JUMP_EN: Final = r"letting go|let go|jump\w*|step(?:ping)? off"
_PARKING_DECK_DE: Final = r"parkdeck|parkhausdach|dach des parkhauses|oberste deck"
_JUMP_DE: Final = r"springen|runterspringen|springe|sprung|stürzen|runterzuspringen"

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "method",
    "self_harm",
    {
        "rope": {
            c: near(
                _not_for_a_hobby(c, _ROPE[c]), _not_for_a_hobby(c, _KNOT[c]), _LEARN[c], within=8
            )
            for c in _CODES
        },
        "high_enough": {
            c: then(_LOOKED_UP[c], _HIGH_PLACE[c], _HIGH_ENOUGH[c], within=4) for c in _CODES
        },
        "tracks": {c: near(_TRACKS[c], _ONE_STEP[c], within=6) for c in _CODES},
        "whole_pack": {c: near(_WHOLE[c], _MEDICINE[c], _TONIGHT[c], within=5) for c in _CODES},
        # English names driving into a wall in en.self.method, with or without intent.
        "on_purpose": {
            c: near(_INTO_OBSTACLE[c], _ON_PURPOSE[c], within=8) for c in _CODES if c != "en"
        },
        "asleep": {c: then(_WAIT_ASLEEP[c], _DO_IT[c], within=6) for c in _CODES},
        # The other languages name a car park roof in near_self's height rule.
        "parking_deck": {
            "de": near(_PARKING_DECK_DE, _JUMP_DE, within=6),
            "en": near(_PARKING_DECK_EN, _JUMP_EN, within=6),
        },
    },
)
