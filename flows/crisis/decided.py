"""A decision or a date for dying, and affairs put in order (safety6, ``self_harm``).

Rules per language:

- ``date``: I've picked the date, it's decided, I've made up my mind, when nothing
  else follows that names a plan for living ("the date for the wedding", "it's
  decided, we're going to Lisbon" stay quiet);
- ``funeral``: what I want at my funeral, written down or said;
- ``if_not``: if you don't see / hear from me tomorrow + take care of mum, the dog;
  delete our chats if something happens to me;
- ``in_order``: everything put in order "for after", "para cuando no esté", "к своему
  уходу";
- ``wont_need``: gave away, sold, cancelled my bike, guitar, lease + won't need them.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import then

_DATE: Final = {
    "en": r"\b(?:ive|i have|i) (?:already )?(?:picked|chosen|set|chose|decided on) (?:a|the)"
    r" (?:date|day)(?! (?:for|of|to|and time for))(?: (?:now|already|for it|for me))?(?: \w+)?$"
    r"|\b(?:ive|i have) decided (?:\w+ )?(?:sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|tomorrow|tonight) is the (?:day|night)\b|\bi know (?:exactly )?how and when$"
    r"|\b(?:its|it is) (?:all )?decided(?:,)? (?:im|i am|ill|i will) (?:doing it|do it|going"
    r" through with it)\b",
    "de": r"\b(?:hab|habe|ich hab) (?:mir )?(?:schon |jetzt )?(?:ein|das|den) (?:datum|tag)"
    r" (?:\w+ )?(?:ausgesucht|festgelegt|gewählt)\b(?! (?:für|fur) (?:die|unsere|den|das)"
    r" (?:hochzeit|feier|party|umzug|urlaub|termin))"
    r"|\balles geregelt (?:\w+ ){0,2}(?:der termin|das datum|der tag) steht\b"
    r"|\bes (?:ist|steht) (?:\w+ )?(?:entschieden|fest)(?:,)? (?:am|diesen|heute|morgen)"
    r" (?:\w+ )?(?:mach|tu) ichs?\b",
    "es": r"\bya se (?:como y cuando|cuando y como) (?:lo )?(?:voy a hacer|hacerlo)\b"
    r"|\bya (?:(?:lo )?tengo (?:todo )?decidido|elegi (?:la|el) (?:fecha|dia)|tengo (?:la|el)"
    r" (?:fecha|dia) (?:elegid[ao]|decidid[ao]))(?! (?:de|del|para) (?:la|el|mi|nuestra"
    r" )?(?:boda|viaje|fiesta|mudanza|cumple|casamiento|cita|turno))(?:,? \w+)?(?: \w+)?$",
    "fr": r"\b(?:cest|c est) (?:bon )?decide(?: (?:cette fois|maintenant|pour de bon))?$"
    r"|\bjai (?:deja )?choisi (?:une|la) date(?: (?:maintenant|deja))?$",
    "pt": r"\bja (?:esta|ta|tá) (?:tudo )?decidido(?: (?:agora|pra mim))?$"
    r"|\bja escolhi (?:a|o) (?:data|dia)(?: (?:agora|ja))?$",
    "ru": r"\bя (?:уже )?(?:все|всё) решил[аи]?(?:(?: для себя)?(?: окончательно)?)$"
    r"|\bя (?:уже )?выбрал[аи]? (?:дату|день)(?: (?:уже|окончательно))?$",
}

_FUNERAL: Final = {
    "en": then(
        r"(?:wrote down|written down|wrote|writing down|made a list of|told her|told him)",
        r"what i want (?:at|for) my funeral|what (?:songs|music) (?:i want )?(?:at|for) my funeral",
        within=2,
    ),
    "de": r"\b(?:aufgeschrieben|notiert|geschrieben) (?:\w+ ){0,2}was ich (?:mir )?(?:\w+ )?(?:bei"
    r"|für|fur|auf) meiner? beerdigung\b|\bwas ich (?:mir )?(?:bei|für|fur|auf) meiner"
    r" beerdigung (?:\w+ )?(?:wünsche|will|möchte) (?:\w+ ){0,2}(?:aufgeschrieben|notiert)\b",
    "es": r"\b(?:escribi|anote|deje escrito) (?:\w+ ){0,2}(?:lo )?que quiero (?:para|en) mi"
    r" (?:funeral|entierro|velorio)\b",
    "fr": r"\b(?:ecrit|note) (?:\w+ ){0,2}ce que je veux (?:pour|a) mon (?:enterrement|obseques"
    r"|funerailles)\b",
    "pt": r"\b(?:escrevi|anotei|deixei escrito) (?:\w+ ){0,2}(?:o )?que (?:eu )?quero (?:no|para o"
    r"|pro) meu (?:enterro|velorio|funeral)\b",
    "ru": r"\b(?:написал\w*|записал\w*) (?:\w+ ){0,2}что хочу (?:на|для) (?:своих"
    r"|моих) похорон\w*\b",
}

_IF_NOT: Final = {
    "en": then(
        r"if (?:you|u) (?:dont|do not|never) (?:see|hear from) me (?:tomorrow|again|after"
        r" (?:tonight|today|this weekend))|if something happens to me (?:this|tonight|tomorrow)"
        r" \w+",
        r"(?:take care of|look after|feed|delete|care for) (?:my |the |our |mum|mom)",
        within=3,
    )
    + r"|\bdelete (?:our|my|all our) (?:chats|messages|texts) if something happens to me\b",
    "de": r"\b(?:falls|wenn) ihr mich morgen nicht (?:mehr )?(?:seht|hört) (?:\w+ ){0,2}(?:kümmert"
    r"|kummert|passt) euch um\b|\b(?:falls|wenn) mir (?:\w+ ){0,2}was passiert (?:\w+ ){0,2}"
    r"(?:löscht|loscht|lösch) (?:unsere|die) (?:chats|nachrichten)\b",
    "es": r"\bsi (?:mañana )?no me (?:ven|ves|escuchan) (?:mas )?(?:mañana )?(?:\w+ )?(?:cuiden"
    r"|cuida"
    r"|cuidá|encarguense) (?:a|de)\b|\bsi me pasa algo (?:\w+ ){0,3}(?:borra|borren|borrá)"
    r" (?:nuestros|los) (?:chats|mensajes)\b",
    "fr": r"\bsi (?:vous |tu )?(?:ne )?me (?:voyez|vois) (?:pas|plus) demain (?:\w+ )?occupe(?:z)?"
    r" (?:vous|toi) de\b|\bsil marrive quelque chose (?:\w+ ){0,3}(?:efface|supprime)(?:z)?"
    r" (?:nos|les) (?:conversations|messages)\b",
    "pt": r"\bse (?:nao|não) me (?:virem|vir|ver) amanha (?:\w+ )?(?:cuidem|cuida) (?:da|do|de)\b"
    r"|\bse (?:algo|alguma coisa) acontecer comigo (?:\w+ ){0,3}(?:apaga|apaguem) (?:nossas|as)"
    r" (?:conversas|mensagens)\b",
    "ru": r"\bесли (?:завтра )?(?:вы |ты )?(?:меня )?не (?:увидите|увидишь) (?:меня )?(?:завтра )?"
    r"(?:\w+ )?(?:позаботьтесь|позаботься|присмотрите|присмотри)\b"
    r"|\bесли со мной что(?: то)? случится (?:\w+ ){0,3}(?:удали|удалите) (?:нашу|наши)"
    r" (?:переписку|чаты|сообщения)\b",
}

_WONT_NEED: Final = {
    "en": then(
        r"(?:gave away|given away|sold|cancelled|canceled|gave up) (?:my|the) (?:\w+ ){0,3}"
        r"(?:bike|guitar|lease|flat|apartment|car|books|clothes|laptop)",
        r"(?:wont|will not|i wont|dont) need (?:them|it|anything|any of it)"
        r"(?! (?:since|because|now that|as|after))",
        within=3,
    ),
    "de": then(
        r"(?:verschenkt|verkauft|gekündigt)",
        r"brauch (?:ich )?(?:eh |sowieso )?nicht mehr|brauche (?:ich )?(?:eh "
        r"|sowieso )?(?:nichts|nicht)"
        r" mehr",
        within=3,
    ),
    "es": then(
        r"(?:regale|vendi|cancele|di) (?:mi|la|el|mis)",
        r"ya no (?:las|los|lo|la) voy a necesitar|no voy a necesitar (?:nada|nada mas)",
        within=5,
    ),
    "fr": then(
        r"(?:donne|vendu|resilie) (?:mon|ma|mes|le)",
        r"(?<!ou je vais )(?:jen aurai (?:plus|pas) besoin|jaurai (?:plus|besoin de rien))",
        within=5,
    ),
    "pt": then(
        r"(?:dei|vendi|doei|cancelei) (?:minha|meu|meus|minhas|o|a)",
        r"(?<!onde eu vou )(?:nao|não) vou (?:mais )?precisar(?: mais)?(?! (?:porque|pois|ja que))",
        within=5,
    ),
    "ru": then(
        r"(?:отдала|отдал|раздала|продала|продал)",
        r"(?:мне )?(?:они|он|она|это|ничего) (?:мне )?больше не (?:понадоб\w+|нужн\w*)",
        within=5,
    ),
}

_LETTERS: Final = {
    "en": then(
        r"(?:(?:a|one) (?:letter|note|card)|letters|notes|cards) for each of (?:them|you|my \w+)",
        r"in (?:the|my) (?:drawer|desk|wardrobe)|for (?:after|when)|(?:on|under) my (?:desk"
        r"|pillow)",
        within=2,
    ),
    "de": then(
        r"(?:für|fur) (?:jeden|jede|jeden einzelnen) (?:von euch |von ihnen )?(?:einen"
        r"|ein) (?:brief"
        r"|zettel)|(?:einen|ein) (?:brief|zettel) (?:für|fur) (?:jeden|jede)",
        r"in der schublade|im schreibtisch|für danach|fur danach|für wenn",
        within=3,
    ),
    "es": then(
        r"una carta para cada (?:uno|una)(?: de (?:ellos|ellas|ustedes))?",
        r"en el cajon|para despues|para cuando",
        within=3,
    ),
    "fr": then(
        r"une lettre pour chacun(?:e)?(?: dentre (?:eux|vous))?",
        r"dans (?:le|mon) tiroir|pour apres|pour quand",
        within=3,
    ),
    "pt": then(
        r"uma carta (?:pra|para) cada um(?: deles| de voces)?",
        r"na gaveta|(?:pra|para) depois|(?:pra|para) quando",
        within=3,
    ),
    "ru": then(
        r"(?:письмо|записку|записка|письма) (?:для )?каждому|каждому (?:по )?(?:письму|записке)",
        r"в (?:ящике|столе|шкафу)|на потом|на случай",
        within=3,
    ),
}

_ALONE: Final = {
    "en": then(
        r"(?:this weekend|tonight|on saturday|tomorrow|on friday) (?:im|i am|ill be|i will be)"
        r" (?:home )?alone",
        r"i know (?:exactly )?what (?:ill|i will|im going to|i am going to) do"
        r"(?! (?:sleep|netflix|binge|read|clean|nothing|party|relax|watch|cook|game|study|paint"
        r"|garden|bake|shop))",
        within=2,
    ),
    "de": then(
        r"(?:dieses wochenende|heute nacht|am samstag|morgen) bin ich (?:\w+ )?allein",
        r"ich weiss (?:genau )?was ich (?:tun|machen) werde|ich weiss was ich tue",
        within=2,
    ),
    "es": then(
        r"(?:este finde|este fin de semana|esta noche|el sabado) (?:estoy|voy a estar) sola?",
        r"(?:ya )?se (?:bien )?lo que voy a hacer",
        within=2,
    ),
    "fr": then(
        r"(?:ce week end|ce weekend|ce soir|samedi) je suis seule?",
        r"je sais (?:exactement )?ce que je vais faire",
        within=2,
    ),
    "pt": then(
        r"(?:esse fim de semana|este fim de semana|hoje a noite|sabado) (?:eu )?(?:to|estou|vou"
        r" estar|fico) sozinh[ao]",
        r"(?:ja )?sei (?:bem )?o que vou fazer",
        within=2,
    ),
    "ru": then(
        r"(?:в эти выходные|на выходных|сегодня ночью|в субботу) я (?:\w+ )?одна",
        r"(?:и )?я знаю что (?:я )?сделаю|я знаю что буду делать",
        within=2,
    ),
}

_IN_ORDER: Final = {
    "en": r"\bthe date is set (?:and i (?:feel|am|m) (?:calm|at peace|ready|relieved)|now$)"
    r"|\b(?:everything|it all) is (?:sorted|in order|ready)"
    r" for (?:after|when im gone)\b",
    "es": r"\b(?:deje|dejo|tengo) todo (?:ordenado|arreglado|listo|preparado) para cuando (?:ya )?"
    r"(?:no este|me vaya)\b",
    "fr": r"\b(?:jai tout range|tout est range|jai tout regle|jai tout prepare|tout est pret) pour"
    r" apres$",
    "pt": r"\b(?:deixei|deixo|ta|esta) tudo (?:organizado|arrumado|resolvido|pronto) (?:pra|para)"
    r" quando (?:eu )?(?:nao estiver|partir)\b",
    "ru": r"\b(?:подготовил\w*|приготовил\w*) (?:\w+ ){0,2}к (?:своему |моему )?уходу\b",
}

FAMILIES: Final = families(
    "decided",
    "self_harm",
    {
        "date": _DATE,
        "funeral": _FUNERAL,
        "if_not": _IF_NOT,
        "wont_need": _WONT_NEED,
        "letters": _LETTERS,
        "alone": _ALONE,
        "in_order": _IN_ORDER,
    },
)
