"""Farewell messages said without a danger word (safety7, ``self_harm``).

Rules per language:

- ``read_this``: when you read this + I'll be gone, no longer here ("I'll be on the
  plane" stays quiet);
- ``not_your_fault``: whatever happens now + it's not your fault, at the end of the
  message ("not your fault the match was cancelled" stays quiet);
- ``tonight``: tell grandma I love her + what I'm going to do tonight;
- ``settled``: passwords written down, the rent or the bank code left + everything is
  settled, look after the dog for me (either order);
- ``anyway``: I won't be here tomorrow anyway, no longer ("not here tomorrow, I have
  a shift" stays quiet);
- ``never_again``: you'll never see me again, the last time you hear from me ("until
  Christmas" stays quiet);
- ``sorry_decided``: sorry, forgive me for everything + it's decided.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

# Words after "again", "gone" that make it a trip, not a farewell.
_TRIP: Final = r"(?! (?:until|till|before|for a|for the|on|in|to|at|this|next|after|by|from))"

_READ_THIS: Final = {
    "en": then(
        r"(?:when|by the time|once) (?:you|u) (?:read|see|get|find) this(?: message| note)?",
        r"(?:i will|ill|i am going to|im going to|i ll) be gone"
        + _TRIP
        + r"|(?:(?:i will|ill) (?:no longer|not)|i wont|i will not) be (?:here|alive|around)"
        r"(?! (?:to|until))",
        within=2,
    ),
    "de": then(
        r"(?:wenn|sobald) (?:du|ihr) das (?:liest|lest|seht|siehst)",
        r"(?:bin ich|ich bin) (?:schon )?nicht mehr (?:da|hier|am leben)"
        r"|(?:bin ich|ich bin) (?:schon )?weg$|gibt es mich nicht mehr",
        within=2,
    ),
    "es": then(
        r"cuando (?:leas|lean|veas|vean) (?:esto|este mensaje)",
        r"(?:ya )?no (?:voy a|vas a|va a) estar(?! (?:en|con|para|hasta))"
        r"|ya no (?:estare|existire)|ya me (?:habre|habre) ido$",
        within=2,
    ),
    "fr": then(
        r"quand (?:tu liras|vous lirez|tu verras|tu lis) (?:ca|ceci|ce message)",
        r"je (?:ne )?serai (?:deja )?plus (?:la|de ce monde|en vie)|je serai (?:deja )?partie?$",
        within=2,
    ),
    "pt": then(
        r"quando (?:voce|vc|voces|tu) (?:ler|lerem|ver|virem) (?:isso|isto|essa mensagem)",
        r"(?:eu )?(?:ja )?nao (?:vou )?(?:estar|estarei) (?:mais )?(?:aqui|viv[ao])"
        r"|(?:eu )?ja (?:vou ter ido|terei partido)$",
        within=2,
    ),
    "ru": then(
        r"когда (?:ты |вы )?(?:это |эти строки )?(?:прочитаешь|прочитаете|прочтешь|увидишь)",
        r"(?:меня )?уже не будет(?! (?:дома|в городе|на связи))|я уже буду мертв\w*",
        within=3,
    ),
}

_NOT_YOUR_FAULT: Final = {
    "en": then(
        r"whatever happens(?: now| next| tonight)?|no matter what happens(?: now)?",
        r"(?:its|it is|it was|it will not be|it wont be) not your fault$|none of (?:it|this) is"
        r" on you$|(?:its|it is) not on you$|its nobodys fault$",
        within=2,
    ),
    "de": then(
        r"(?:egal was|was auch immer) (?:jetzt |heute |gleich )?passiert",
        r"(?:du kannst|ihr konnt|du hast) nichts dafur$|(?:es ist|ist) nicht deine schuld$",
        within=2,
    ),
    "es": then(
        r"pase lo que pase(?: ahora| esta noche)?",
        r"no (?:es|fue|sera) (?:tu|su|culpa) ?(?:culpa|tuya|de nadie)?$",
        within=2,
    ),
    "fr": then(
        r"quoi quil (?:arrive|se passe)(?: maintenant| ce soir)?",
        r"(?:ce nest|cest|ce sera) pas (?:de )?ta faute$|(?:tu ny es|vous ny etes) pour rien$",
        within=2,
    ),
    "pt": then(
        r"(?:aconteca|seja) o que (?:acontecer|for)(?: agora| hoje)?",
        r"(?:nao|num) (?:e|foi|vai ser) culpa (?:sua|tua|de ninguem)$",
        within=2,
    ),
    "ru": then(
        r"что бы (?:сейчас |сегодня )?(?:ни|не) (?:случилось|произошло)",
        r"(?:ты|вы) не винова\w*$|(?:это )?не твоя вина$",
        within=2,
    ),
}

_TONIGHT: Final = {
    "en": then(
        r"(?:tell|give) (?:my )?(?:grandma|granny|grandpa|mum|mom|dad|sister|brother|nan)"
        r" (?:\w+ ){0,2}(?:i love|my love)|give my love to (?:my )?(?:grandma|granny|grandpa|mum"
        r"|mom|dad|sister|brother|nan)",
        r"what (?:im|i am) (?:about|going) to do (?:tonight|today|now)",
        within=5,
    ),
    "de": then(
        r"(?:sag|sagt) (?:\w+ )?(?:oma|opa|mama|papa|meiner \w+|meinem \w+) (?:\w+ )?dass ich"
        r" (?:sie|ihn|euch) (?:lieb|liebe)",
        r"was ich (?:heute nacht|heute abend|gleich|jetzt) (?:mache|tue|tun werde|vorhabe)",
        within=4,
    ),
    "es": then(
        r"(?:decile|decirle|dile|diganle|decíle) (?:a )?(?:la |el |mi )?(?:abuela|abuelo|mama"
        r"|papa|hermana|hermano) que (?:la|lo|los) (?:quiero|amo)",
        r"lo que voy a hacer (?:esta noche|hoy|ahora)",
        within=4,
    ),
    "fr": then(
        r"dis (?:a )?(?:mamie|papi|maman|papa|ma \w+|mon \w+) que je (?:laime|les aime|taime)",
        r"ce que je vais faire (?:ce soir|cette nuit|maintenant)",
        within=4,
    ),
    "pt": then(
        r"(?:fala|diz|diga) (?:pra|para|a) (?:minha )?(?:vo|avo|mae|mae|irma|irmao|pai)"
        r" que eu (?:amo|a amo|o amo) ?(?:ela|ele)?",
        r"(?:o|pelo) que eu vou fazer (?:hoje a noite|hoje|agora)",
        within=4,
    ),
    "ru": then(
        r"(?:передай|скажи|скажите) (?:\w+ )?(?:бабушке|дедушке|маме|папе|сестре|брату) что я"
        r" (?:ее|его|их) люблю",
        r"(?:то )?что я (?:сделаю|собираюсь сделать) (?:сегодня|этой ночью|сейчас)",
        within=5,
    ),
}

_SETTLED: Final = {
    "en": near(
        r"(?:the |my )?(?:passwords|pin|bank password|bank details|rent money|the rent)"
        r" (?:\w+ )?(?:are|is|on|in|written|left)",
        r"everything is (?:sorted|settled|taken care of|in place)|(?:look after|take care of)"
        r" (?:the|my) (?:dog|cat|kids) for me",
        within=8,
    ),
    "de": near(
        r"(?:die )?(?:passworter|bankpasswort|pin|miete|kontodaten)",
        r"alles (?:ist )?(?:erledigt|geregelt)$|(?:kummert|kummer) (?:euch|dich) um (?:den"
        r" hund|die katze|meinen hund)",
        within=8,
    ),
    "es": near(
        r"(?:las )?(?:contrasenas|contraseñas|claves?(?: del banco)?|plata del alquiler"
        r"|pin)",
        r"(?:ya )?esta todo (?:resuelto|arreglado|listo)$|cuiden (?:al|a mi) (?:perro|gato)"
        r" por mi",
        within=8,
    ),
    "fr": near(
        r"(?:les )?(?:mots de passe|code de la banque|codes?|largent du loyer)",
        r"tout est (?:regle|en ordre|pret)$|occupez vous (?:du chien|du chat) pour moi",
        within=8,
    ),
    "pt": near(
        r"(?:as )?(?:senhas|senha do banco|dinheiro do aluguel)",
        r"(?:ta|esta) tudo (?:resolvido|organizado|certo)$|cuid(?:em|a) (?:do|da) (?:cachorro"
        r"|gato|gata) por mim",
        within=8,
    ),
    "ru": near(
        r"(?:пароли|пароль|деньги за квартиру|пин код)",
        r"(?:все|всё) улажено$|(?:все|всё) решено$|позаботьтесь о (?:собаке|коте|кошке)",
        within=8,
    ),
}

_ANYWAY: Final = {
    "en": r"\b(?:i wont|i will not|im not going to) be (?:around|here|alive) (?:tomorrow|next"
    r" week|by (?:monday|morning)) anyway\b|\b(?:tomorrow|by morning) (?:i wont|i will not)"
    r" be (?:here|around) anymore\b",
    "de": r"\bmorgen bin ich (?:eh|sowieso|ja eh) nicht mehr da\b|\bmorgen gibt es mich"
    r" (?:eh |sowieso )?nicht mehr\b",
    "es": r"\b(?:total|igual) (?:mañana|manana) (?:ya )?no voy a estar(?: mas)?$"
    r"|\b(?:mañana|manana) ya no voy a estar (?:igual|de todas formas)\b",
    "fr": r"\bde toute (?:facon|maniere) demain je (?:ne )?serai plus la\b"
    r"|\bdemain je (?:ne )?serai plus la de toute (?:facon|maniere)\b",
    "pt": r"\bamanha (?:eu )?(?:nem|ja nao|nao) vou (?:estar|tar) mais aqui(?: mesmo)?\b",
    "ru": r"\bзавтра меня (?:все равно|всё равно|и так) (?:уже )?не будет\b",
}

_NEVER_AGAIN: Final = {
    "en": r"\b(?:you|u) (?:wont|will not|will never|are never going to|arent going to|will)"
    r" (?:ever )?see me (?:ever )?again" + _TRIP + r"(?! (?:soon|tomorrow|tonight|today))\b"
    r"|\b(?:this is|its) the last (?:time|message) you (?:will )?(?:hear|get) from me\b",
    "de": r"\b(?:du wirst|ihr werdet) mich (?:nie|nie mehr|nie wieder|nicht mehr) (?:wieder )?"
    r"sehen$|\bdas ist (?:meine letzte nachricht|das letzte was (?:du|ihr) von mir (?:hort"
    r"|hoert|lest))\b",
    "es": r"\bno me (?:vas|van) a (?:ver|volver a ver) (?:nunca mas|nunca|mas)$"
    r"|\bnunca mas me (?:vas|van) a ver$|\bes (?:la ultima vez que|mi ultimo mensaje)"
    r" (?:sabes|saben|te escribo)\b",
    "fr": r"\b(?:tu ne|vous ne|tu|vous) (?:me )?(?:reverras|reverrez) (?:plus )?(?:jamais|plus)$"
    r"|\bcest (?:la derniere fois que|mon dernier message)\b",
    "pt": r"\b(?:voce|voces|vc|tu) nunca mais (?:vai|vao) me ver$|\b(?:voce|voces) nao (?:vai"
    r"|vao) me ver nunca mais$|\be a ultima vez que (?:voce|voces) (?:tem|tem) noticias minhas\b",
    "ru": r"\b(?:больше )?(?:вы|ты) (?:меня )?(?:больше )?(?:никогда )?не увидите(?: меня)?$"
    r"|\b(?:больше )?(?:вы|ты) (?:меня )?(?:больше )?(?:никогда )?не увидишь(?: меня)?$",
}

_SORRY_DECIDED: Final = {
    "en": then(
        r"(?:sorry|forgive me) for everything",
        r"(?:its|it is) (?:been )?decided|my mind is made up|ive made up my mind|ive decided$",
        within=3,
    ),
    "de": then(
        r"(?:verzeiht|verzeih|entschuldigt|sorry) (?:mir )?(?:fur )?alles",
        r"es ist entschieden|ich hab(?:e)? mich entschieden|es steht fest",
        within=3,
    ),
    "es": then(
        r"(?:perdon|perdonen|perdoname|perdonenme) (?:por|todo)(?: todo)?",
        r"(?:ya )?esta decidido|ya lo decidi|ya me decidi",
        within=3,
    ),
    "fr": then(
        r"(?:pardon|desolee?|pardonnez moi|pardonne moi) pour tout",
        r"cest decide|ma decision est prise|jai pris ma decision",
        within=3,
    ),
    "pt": then(
        r"(?:desculpa|desculpem|me perdoa|me perdoem|perdao) (?:por|pra) tudo",
        r"(?:ja )?(?:esta|ta) decidido|ja decidi|minha decisao (?:esta|ta) tomada",
        within=3,
    ),
    "ru": then(
        r"(?:простите|прости) (?:меня )?за (?:все|всё)",
        r"я (?:все |всё )?решил[аи]?$|решение принято|(?:все|всё) решено",
        within=3,
    ),
}

FAMILIES: Final = families(
    "last_words",
    "self_harm",
    {
        "read_this": _READ_THIS,
        "not_your_fault": _NOT_YOUR_FAULT,
        "tonight": _TONIGHT,
        "settled": _SETTLED,
        "anyway": _ANYWAY,
        "never_again": _NEVER_AGAIN,
        "sorry_decided": _SORRY_DECIDED,
    },
)
