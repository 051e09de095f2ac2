"""Stalking in its details, and fear said without "afraid" (safety7).

``control`` rules per language:

- ``photos``: although blocked + sends photos of my balcony, my car, me;
- ``follows``: waits after work + follows me to the metro, the tram;
- ``schedule``: my ex knows my whole schedule (a partner knowing it stays quiet);
- ``gym``: turns up at the gym at my times + stares (a gym buddy stays quiet);
- ``accounts``: new accounts + he knows who I go out with, when I get home.

``fear`` rules per language:

- ``car_night``: sleeping in the car + calmer than lying scared of his mood (a road trip
  stays quiet);
- ``hands`` (not en, whose dread family reads it): hands shake when I hear his car;
- ``tiptoe``: tiptoeing so he doesn't explode;
- ``angscht`` (de): Swiss "i ha so angscht vor ihm" (an exam stays quiet).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_PHOTOS: Final = {
    "en": near(
        r"(?:even though |although |since |after )?i blocked (?:him|her)(?: but)?",
        r"(?:still )?(?:sending|sends|sent) me (?:pictures|photos|pics) of (?:my|me)",
        within=4,
    ),
    "de": near(
        r"(?:obwohl|seit) ich (?:ihn|sie) blockiert (?:hab|habe)",
        r"(?:schickt|schickte) (?:er |sie )?mir (?:\w+ )?fotos (?:von|vor) (?:meinem|meiner|mir)",
        within=3,
    ),
    "es": near(
        r"aunque (?:lo|la) (?:bloquee|tengo bloquead[oa])",
        r"me (?:manda|mando|envia) fotos (?:de|mias)",
        within=3,
    ),
    "fr": near(
        r"(?:meme|bien que) (?:bloque|je lai bloque)",
        r"(?:il )?menvoie des photos (?:de|ou)",
        within=3,
    ),
    "pt": near(
        r"mesmo (?:eu )?(?:tendo )?bloqueado",
        r"(?:ele )?me manda fotos? (?:minhas?|da|do|de)",
        within=3,
    ),
    "ru": near(
        r"(?:хоть|хотя|даже после того как) я (?:его|ее) заблокировал\w*",
        r"(?:присылает|шлет|прислал) (?:\w+ )?фото (?:моего|моей|меня)",
        within=3,
    ),
}

_FOLLOWS: Final = {
    "en": then(
        r"(?:hangs around|waits|waiting|lurks) (?:for me )?(?:after|outside) (?:my )?(?:work|shift"
        r"|office)",
        r"follows me (?:to|all the way to) the (?:tram|metro|bus|train|subway|tube)",
        within=4,
    ),
    "de": then(
        r"wartet nach der arbeit auf mich|wartet (?:\w+ )?vor (?:der|meiner) arbeit",
        r"(?:lauft|folgt|geht) mir (?:\w+ ){0,4}(?:hinterher|nach)",
        within=5,
    ),
    "es": then(
        r"me espera a la salida del (?:trabajo|laburo)",
        r"me sigue hasta el (?:subte|metro|bondi|colectivo|tranvia)",
        within=3,
    ),
    "fr": then(
        r"mattend a la sortie du (?:boulot|travail|bureau)",
        r"me suit jusqu(?:au| au) (?:metro|tram|bus)",
        within=3,
    ),
    "pt": then(
        r"me espera na saida do (?:trabalho|servico)",
        r"me segue ate o (?:metro|onibus|trem)",
        within=3,
    ),
    "ru": then(
        r"ждет меня (?:после работы|у работы|возле работы)",
        r"(?:идет|ходит|следует) за мной до (?:метро|трамвая|остановки)",
        within=3,
    ),
}

_SCHEDULE: Final = {
    "en": r"\bmy ex (?:knows|has) my (?:whole|entire|complete) (?:schedule|routine|timetable)\b",
    "de": r"\bmein ex kennt meinen (?:ganzen|kompletten) (?:tagesablauf|stundenplan|alltag)\b",
    "es": r"\bmi ex (?:se sabe|sabe|conoce) (?:todos mis horarios|toda mi rutina)\b",
    "fr": r"\bmon ex (?:connait|sait) (?:tout mon emploi du temps|tous mes horaires)\b",
    "pt": r"\bmeu ex (?:sabe|conhece) toda a minha rotina\b|\bmeu ex sabe todos os meus horarios\b",
    "ru": r"\bбывший знает (?:все|всё) (?:мое|моё) (?:расписание|распорядок)\b",
}

_GYM: Final = {
    "en": then(
        r"(?:he|my ex) (?:shows|turns) up at (?:the|my) gym (?:exactly )?(?:when i go|at my times)",
        r"stares",
        within=3,
    ),
    "de": then(
        r"(?:er|mein ex) taucht im (?:fitnes+tudio|gym) (?:genau )?zu meinen zeiten auf",
        r"starrt",
        within=3,
    ),
    "es": then(
        r"aparece en el (?:gimnasio|gym) (?:justo )?a mis horas",
        r"(?:se queda )?mirandome|me mira fijo",
        within=3,
    ),
    "fr": then(
        r"(?:il )?se pointe a la salle (?:de sport )?a mes horaires",
        r"me fixe|me regarde fixement",
        within=3,
    ),
    "pt": then(
        r"(?:ele )?aparece na academia no meu horario",
        r"(?:fica )?me encarando",
        within=3,
    ),
    "ru": then(
        r"(?:он )?приходит в (?:спортзал|зал) (?:ровно )?в мое время",
        r"пялится|смотрит на меня",
        within=3,
    ),
}

_ACCOUNTS: Final = {
    "en": then(
        r"new accounts",
        r"(?:he )?knows (?:who im with|who i go out with|when i get home|what time i get home)",
        within=5,
    ),
    "de": then(
        r"(?:von )?neuen accounts",
        r"(?:er )?weiss mit wem ich (?:ausgehe|unterwegs bin)|wann ich (?:heimkomme|nach hause"
        r" komme)",
        within=5,
    ),
    "es": then(
        r"cuentas nuevas",
        r"sabe con quien salgo|a que hora vuelvo",
        within=5,
    ),
    "fr": then(
        r"(?:des )?nouveaux comptes",
        r"(?:il )?sait avec qui je sors|a quelle heure je rentre",
        within=6,
    ),
    "pt": then(
        r"contas novas",
        r"sabe com quem eu saio|a que horas (?:eu )?chego",
        within=6,
    ),
    "ru": then(
        r"(?:с )?новых аккаунтов",
        r"знает с кем я (?:гуляю|встречаюсь|хожу)|когда я прихожу домой",
        within=5,
    ),
}

_CAR_NIGHT: Final = {
    "en": then(
        r"i sleep in the car",
        r"(?:quieter|calmer|safer) than (?:lying|being|sleeping) (?:next to him|in bed|at home)",
        within=3,
    ),
    "de": then(
        r"ich schlafe im auto",
        r"ruhiger (?:ist )?als (?:neben ihm|im bett|zu hause)",
        within=4,
    ),
    "es": then(r"duermo en el (?:auto|coche|carro)", r"miedo a su humor", within=10),
    "fr": then(r"je dors dans (?:la|ma) voiture", r"(?:guetter|peur de) son humeur", within=10),
    "pt": then(r"durmo no carro", r"medo do humor dele", within=10),
    "ru": then(r"я сплю в машине", r"боятся его настроения|бояться его настроения", within=8),
}

_HANDS: Final = {
    "de": r"\b(?:meine )?hande zittern wenn ich sein(?:e|en)? (?:auto|schlussel|schritte|stimme)"
    r" (?:hore)\b",
    "es": r"\bme tiemblan las manos cuando (?:escucho|oigo) su (?:auto|coche|voz|llave)\b",
    "fr": r"\bmes mains tremblent quand jentends (?:sa voiture|ses cles|ses pas|sa voix)\b",
    "pt": r"\bminhas maos tremem quando (?:eu )?(?:ouco|escuto) o carro dele\b",
    "ru": r"\bу меня трясутся руки когда (?:я )?слышу его (?:машину|ключи|шаги|голос)\b",
}

_TIPTOE: Final = {
    "en": r"\bi tiptoe (?:around )?(?:\w+ ){0,3}so (?:he|she) (?:wont|doesnt|does not) (?:blow"
    r" up|explode|lose it)\b",
    "de": r"\bauf zehenspitzen (?:\w+ ){0,3}damit er nicht (?:explodiert|ausrastet|ausflippt)\b",
    "es": r"\b(?:camino|ando) en puntas? de pie para que no (?:explote|se enoje)\b",
    "fr": r"\b(?:je marche|marcher) sur la pointe des pieds pour quil (?:nexplose|ne s?enerve)"
    r" pas\b",
    "pt": r"\bando na ponta dos pes (?:pra|para) ele nao (?:explodir|surtar)\b",
    "ru": r"\bхожу на цыпочках чтобы он не (?:взорвался|сорвался|разозлился)\b",
}

_ANGSCHT: Final = {
    "de": r"\bi ha (?:so |sone |e )?(?:angscht|schiss) vor (?:ihm|mim ma|mim fründ|mim freund)\b",
}

FAMILIES: Final = families(
    "pursuit",
    "control",
    {
        "photos": _PHOTOS,
        "follows": _FOLLOWS,
        "schedule": _SCHEDULE,
        "gym": _GYM,
        "accounts": _ACCOUNTS,
    },
) + families(
    "pursuit",
    "fear",
    {"car_night": _CAR_NIGHT, "hands": _HANDS, "tiptoe": _TIPTOE, "angscht": _ANGSCHT},
)
