"""Stalking and tracking (safety5, ``control``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``tracker``: found, hidden + a tracker, an AirTag + in my car or bag ("a" tracker:
  "found my AirTag in my bag" is one's own);
- ``shows_up``: my ex + waits, shows up at my work or home + every night;
- ``new_address``: knows, found + my new address + somehow, although I told nobody;
- ``new_accounts``: blocked + writes from new accounts or numbers;
- ``proof``: demands + my live location, a photo + every hour, or else;
- ``app``: a tracking or spy app + found, or put on my phone without me (round 9).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near

_FOUND: Final = {
    "en": r"found|discovered|there was|hidden|stitched|taped|stuck|hid|planted",
    "de": r"gefunden|entdeckt|versteckt|war|klebte|angebracht|eingenäht",
    "es": r"encontre|halle|descubri|escondido|pegado|tenia un|habia un|cosido",
    "fr": r"trouve|decouvert|cache|il y avait|colle|planque|cousu",
    "pt": r"achei|encontrei|descobri|escondido|colado|tinha um|costurado",
    "ru": r"нашла|нашел|обнаружил\w*|спрятан\w*|был|прикреплен\w*|приклеен\w*|зашит\w*",
}
_TRACKER: Final = {
    "en": r"(?:a|an|some|the) (?:gps |tiny |little |small )?(?:tracker|tracking device|airtag"
    r"|tile|smarttag|gps)",
    "de": r"(?:einen|ein|nen) (?:gps )?(?:tracker|sender|peilsender|airtag|ortungsgerät)",
    "es": r"(?:un|el) (?:localizador|rastreador|airtag|gps)",
    "fr": r"(?:un|une) (?:traceur|balise|airtag|mouchard|gps)",
    "pt": r"(?:um|o) (?:rastreador|localizador|airtag|gps)",
    "ru": r"маячок|маячк\w*|трекер\w*|airtag|эйртег\w*|gps",
}
_MY_THINGS: Final = {
    "en": r"my (?:car|bag|handbag|purse|coat|jacket|backpack|bike|scooter|pram|stroller)",
    "de": r"(?:meinem|meiner|meinen|dem|der) (?:auto|wagen|tasche|handtasche|rucksack|jacke"
    r"|fahrrad|mantel)",
    "es": r"(?:mi|la|el) (?:carro|auto|coche|bolso|cartera|mochila|campera|chaqueta|moto|bici)",
    "fr": r"(?:ma|mon|la|le) (?:voiture|sac|veste|manteau|velo|scooter|sac a dos)",
    "pt": r"(?:no meu|na minha|meu|minha|no|na) (?:carro|bolsa|mochila|moto|jaqueta|casaco"
    r"|bike)",
    "ru": r"машин\w*|сумк\w*|рюкзак\w*|куртк\w*|велосипед\w*|пальто",
}

_EX: Final = {
    "en": r"my ex|ex boyfriend|ex husband|ex girlfriend|ex wife|my exbf|my exgf",
    "de": r"mein ex|meine ex|exfreund|ex freund|exmann|ex mann|exfreundin",
    "es": r"mi ex|exnovio|ex novio|exmarido|ex marido|exesposo",
    "fr": r"mon ex|ex copain|ex mari|ma ex|mon ancien copain",
    "pt": r"meu ex|minha ex|ex namorado|ex marido|exnamorado",
    "ru": r"бывш\w*",
}
_TURNS_UP: Final = {
    "en": r"(?:waits|waiting|shows up|turns up|appears|parks|parked|hangs around|stands|lurks"
    r"|sits|sitting|standing)"
    r" (?:outside|at|in front of|near|by) my (?:work|office|house|flat|door|building|school"
    r"|gym|place)",
    "de": r"(?:vor|an|bei) (?:meiner|meinem|der|dem) (?:arbeit|wohnung|haus|tür|büro|schule)",
    "es": r"(?:(?:aparece|me espera|espera|esta parado|se para|ronda)(?: \w+)? (?:en|afuera de"
    r"|frente a|fuera de)|afuera de|fuera de|frente a|delante de|en la puerta de) (?:mi|la)"
    r" (?:trabajo|casa|oficina|puerta|facultad|depto)",
    "fr": r"(?:(?:mattend|attend|debarque|apparait|traine|rode|se pointe)(?: \w+)? (?:devant|a"
    r"|chez|pres de)|devant|en bas de|a la sortie de) (?:mon|le|ma|la|chez) ?(?:boulot|travail"
    r"|bureau|maison|porte|moi|immeuble)",
    "pt": r"(?:(?:aparece|me espera|espera|fica parado|ronda)(?: \w+)? (?:no|na|em frente ao"
    r"|em frente a|na porta do)|em frente ao|em frente a|na porta do|na porta da) (?:meu"
    r" |minha )?(?:trabalho|casa|escritorio|porta|facul|predio)",
    "ru": r"(?:стоит|ждет|поджидает|появляется|караулит|дежурит) (?:меня )?(?:у|около|возле)"
    r" (?:(?:моей|моего|моих) )?(?:работы|дома|подъезда|офиса|двери)",
}
# Co-parenting hand-overs: "every evening to pick up the kids".
_HAND_OVER: Final = {
    "en": r"(?:to )?(?:pick up|drop off|drop|hand over|collect|get|bring|take) (?:the |our )?"
    r"(?:kids|children|boys|girls|son|daughter)",
    "de": r"(?:um )?(?:die kinder|den sohn|die tochter|den kleinen) (?:\w+ )?(?:abzuholen|abholen"
    r"|bringen|vorbeizubringen)|holt die kinder",
    "es": r"(?:para|a) (?:buscar|llevar|dejar|traer|recoger) a (?:los|las|mis|nuestros)"
    r" (?:chicos|niños|nenes|hijos|hijas|nenas)",
    "fr": r"pour (?:recuperer|deposer|chercher|ramener) les (?:enfants|petits)",
    "pt": r"(?:pra|para) (?:buscar|levar|deixar|pegar) (?:as criancas|os meninos|as meninas"
    r"|os filhos|nosso filho|nossa filha)",
    "ru": r"(?:чтобы )?(?:забрать|отвезти|привезти|забирает) (?:детей|сына|дочь|ребенка)",
}
_EVERY_NIGHT: Final = {
    "en": r"every (?:single )?(?:night|evening|day|morning)|all the time|daily|constantly",
    "de": r"jeden (?:abend|tag|morgen)|jede nacht|ständig|täglich",
    "es": r"todas las (?:noches|tardes|mañanas|mananas)|todos los dias|siempre|cada noche",
    "fr": r"tous les (?:soirs|jours|matins)|chaque soir|chaque jour|tout le temps",
    "pt": r"toda (?:noite|manha|tarde)|todo dia|todos os dias|sempre",
    "ru": r"каждый (?:вечер|день)|каждую ночь|каждое утро|постоянно|вечно",
}

_KNOWS: Final = {
    "en": r"knows|found out|found|figured out|got hold of|tracked down|has",
    "de": r"kennt|weiss|rausgefunden|herausgefunden|ausfindig|gefunden|hat",
    "es": r"sabe|descubrio|averiguo|encontro|consiguio|conoce|tiene",
    "fr": r"connait|sait|trouve|decouvert|a eu|a",
    "pt": r"sabe|descobriu|achou|conseguiu|tem",
    "ru": r"узнал|знает|нашел|выяснил|вычислил",
}
_MY_NEW_ADDRESS: Final = {
    "en": r"my new (?:address|flat|apartment|place|house)",
    "de": r"meine neue (?:adresse|wohnung)|meinen neuen wohnort",
    "es": r"mi (?:nueva direccion|direccion nueva|casa nueva|nuevo depto|nuevo departamento)",
    "fr": r"ma nouvelle (?:adresse|maison)|mon nouvel appart\w*|mon nouveau logement",
    "pt": r"meu (?:endereco novo|novo endereco|apartamento novo|novo apartamento)|minha casa"
    r" nova",
    "ru": r"мой новый адрес|мою новую квартиру|где я теперь живу",
}
_SOMEHOW: Final = {
    "en": r"somehow|even though|although|i never told|i told no one|nobody knows",
    "de": r"obwohl|irgendwie|keinem gesagt|niemandem gesagt",
    "es": r"no se como|aunque|a pesar|nunca se la di|de alguna (?:forma|manera)",
    "fr": r"alors que|sans que|je sais pas comment|je ne sais pas comment|je lai dit a personne",
    "pt": r"nem sei como|nao sei como|mesmo eu|apesar|de algum jeito",
    "ru": r"как то|каким то образом|хотя|не знаю (?:как|откуда)|непонятно как",
}

_BLOCKED: Final = {
    "en": r"blocked (?:him|her|them|my ex|his number|her number|his account|her account)",
    "de": r"blockiert|gesperrt",
    "es": r"bloquee|bloqueado|bloqueada|lo bloquee",
    "fr": r"bloque|bloquee",
    "pt": r"bloqueei|bloquei|bloqueado|bloqueada",
    "ru": r"заблокировал\w*|блокирую|в блоке|в черном списке",
}
_NEW_ACCOUNTS: Final = {
    "en": r"(?:brand )?(?:new|fake|different|other) (?:accounts?|numbers?|profiles?|phones?)",
    "de": r"neuen (?:accounts|konten|nummern|profilen|nummer)|neue (?:accounts|nummern"
    r"|profile|nummer)|fake ?accounts?|anderen nummern",
    "es": r"cuentas (?:nuevas|falsas)|(?:nuevas|otras) cuentas|numeros nuevos|otros numeros"
    r"|perfiles (?:nuevos|falsos)",
    "fr": r"(?:nouveaux|autres|faux) (?:comptes|numeros|profils)|des comptes",
    "pt": r"perfis (?:novos|fakes?)|novos perfis|contas novas|numeros novos|outros numeros"
    r"|perfil fake",
    "ru": r"нов\w* (?:аккаунт\w*|номер\w*|страниц\w*|профил\w*)|фейк\w*|других номеров",
}

_SPAM: Final = r"(?:spam|publicidad|telemarketing|marketing|scam|werbung|pub|propaganda|спам\w*)"

# A photo of the baby every hour is a proud parent, not a check on the writer.
_LITTLE_ONE: Final = (
    r"(?:baby|babys|kids|dog|cat|puppy|bebe|kinder|kindern|kind|hund|katze|niños|nene|nena"
    r"|perro|gato|enfants|chat|chien|crianca|criancas|cachorro|малыш\w*|ребенк\w*|детей"
    r"|кот\w*|собак\w*)"
)
_NOT_OF_A_LITTLE_ONE: Final = rf"(?!(?: \w+){{0,2}} {_LITTLE_ONE}\b)"

_DEMANDS: Final = {
    "en": r"demands|wants|makes me|expects|insists|i have to send|i must send|forces me",
    "de": r"verlangt|will|fordert|muss ich|soll ich|zwingt mich",
    "es": r"exige|quiere|me obliga|tengo que mandarle|me pide",
    "fr": r"exige|veut|moblige|je dois lui envoyer",
    "pt": r"exige|quer|me obriga|tenho que mandar",
    "ru": r"требует|хочет|заставляет|должна присылать|должна отправлять",
}
_PROOF: Final = {
    "en": r"(?:live )?location|(?:a )?(?:selfie|photo|picture|pic)s?",
    "de": r"(?:live )?standort|foto|fotos|selfie|beweisfoto",
    "es": r"ubicacion|fotos?|selfies?",
    "fr": r"position|localisation|photos?|selfies?",
    "pt": r"localizacao|fotos?|selfies?",
    "ru": r"геолокаци\w*|местоположени\w*|фото\w*|селфи",
}
_OR_ELSE: Final = {
    "en": r"every (?:hour|half hour|\w+ minutes)|at all times|or else|or there will be",
    "de": r"jede stunde|stündlich|ständig|sonst|jederzeit|jede halbe stunde",
    "es": r"cada (?:hora|media hora)|en tiempo real|o se pone|o si no|todo el tiempo",
    "fr": r"en direct|en temps reel|toutes les heures|sinon|chaque heure",
    "pt": r"tempo real|de hora em hora|toda hora|senao|cada hora",
    "ru": r"каждый час|постоянно|иначе|в реальном времени|каждые \w+ минут",
}

_TRACKING_APP: Final = {
    "en": r"(?:tracking|tracker|spy|spyware|location|stalkerware|monitoring) (?:app|software)"
    r"|spyware|stalkerware",
    "de": r"ortungs ?app|tracking ?app|spionage ?app|überwachungs ?app|spy ?app|standort ?app"
    r"|spionagesoftware",
    "es": r"app (?:de |para )?(?:localizacion|rastreo|rastrear|espiar|espia|seguimiento)"
    r"|aplicacion (?:de |para )?(?:localizacion|rastreo|espiar|espia)",
    "fr": r"(?:appli|application|app|logiciel|truc) (?:de |pour )?(?:localisation|espion\w*"
    r"|suivi|me localiser|me pister|savoir ou je suis|me surveiller)",
    "pt": r"(?:app|aplicativo|aplicacao) (?:de |para )?(?:localizacao|rastreamento|rastrear"
    r"|espionagem|espiar)",
    "ru": r"приложение (?:для )?(?:слежки|отслеживания|шпион\w*)|шпионск\w* (?:программ\w*"
    r"|приложени\w*)|программ\w* (?:для )?слежки",
}
_PUT_ON_MY_PHONE: Final = {
    "en": r"found|discovered|(?:he|she|they) (?:put|installed|hid)|secretly|behind my back"
    r"|without (?:telling|asking) me",
    "de": r"gefunden|entdeckt|heimlich|hat er|hat sie|ohne (?:mein|dass ich)",
    "es": r"descubri|encontre|me (?:habia |ha )?(?:puesto|instalado)|instalo|a escondidas"
    r"|sin decirme",
    "fr": r"trouve|decouvert|(?:il|elle) (?:a|ma) (?:installe|mis)|(?:cest lui|cest elle) qui"
    r"|en cachette|sans me le dire",
    "pt": r"descobri|encontrei|instalou|pos|colocou|escondid[oa]|sem me (?:avisar|dizer)",
    "ru": r"нашла|нашел|обнаружила|поставил|установил|тайком|втихую",
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "stalking",
    "control",
    {
        "tracker": {c: near(_FOUND[c], _TRACKER[c], _MY_THINGS[c], within=5) for c in _CODES},
        "app": {c: near(_TRACKING_APP[c], _PUT_ON_MY_PHONE[c], within=6) for c in _CODES},
        "shows_up": {
            c: near(
                _EX[c],
                _TURNS_UP[c],
                rf"(?:{_EVERY_NIGHT[c]})(?!(?: \w+){{0,2}} (?:{_HAND_OVER[c]})\b)",
                within=4,
            )
            for c in _CODES
        },
        "new_address": {
            c: near(_KNOWS[c], _MY_NEW_ADDRESS[c], _SOMEHOW[c], within=6) for c in _CODES
        },
        "new_accounts": {
            c: near(_BLOCKED[c], rf"(?:{_NEW_ACCOUNTS[c]})(?! (?:\w+ )?{_SPAM})", within=8)
            for c in _CODES
        },
        "proof": {
            c: near(
                _DEMANDS[c],
                rf"(?:{_PROOF[c]}){_NOT_OF_A_LITTLE_ONE}",
                rf"(?:{_OR_ELSE[c]}){_NOT_OF_A_LITTLE_ONE}",
                within=5,
            )
            for c in _CODES
        },
    },
)
