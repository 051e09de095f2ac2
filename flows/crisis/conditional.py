"""Conditional threats and threats to the children or pets, in six languages.

"If I leave him he'll kill me", "si lo dejo me mata", "wenn ich gehe, bringt er mich
um": the condition comes first or last, the threat is to kill or hurt. Threats to
hurt the children or the dog, and a weapon shown with a threat, count as well.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family

EN = Family(
    "en.threat.conditional",
    "threat",
    (
        r"\bif i (?:\w+ ){0,2}(?:leave|left|go|tell|report|call the police|break up|divorce"
        r"|try to leave)\b (?:\w+ ){0,4}(?:he|she|they)(?:ll| will| would|d| is going to)? "
        r"(?:\w+ ){0,3}(?:kill|hurt|murder|end|find) me\b"
        r"|\b(?:kill|hurt|murder|find)(?:s)? (?:me|the kids|my kids|the children) (?:\w+ ){0,2}"
        r"if i (?:ever )?(?:leave|left|go|tell|report|call)\b"
        r"|\b(?:threaten\w*|said|says|swore|promised) (?:\w+ ){0,3}(?:hurt|kill|harm|take"
        r"|drown|poison|get rid of) (?:the|my|our) (?:kids|children|baby|son|daughter|dog|cat"
        r"|puppy|pets?)\b"
        r"|\b(?:knife|gun|blade) (?:\w+ ){0,4}threaten\w* me\b",
    ),
)

DE = Family(
    "de.threat.conditional",
    "threat",
    (
        r"\bwenn ich (?:\w+ ){0,4}(?:verlasse|gehe|weggehe|anzeige|trenne|erzähle|sage)\b "
        r"(?:\w+ ){0,4}(?:bringt er|bringt sie|tötet er|tötet sie|schlägt er|schlägt sie)\b"
        r"|\b(?:droht|drohte|gedroht|sagt|sagte|gesagt) (?:\w+ ){0,4}(?:den kindern|dem hund"
        r"|der katze|dem baby|meinen kindern|unseren kindern|die kinder|den hund|die katze)"
        r" (?:\w+ ){0,2}(?:anzutun|antun|weh|wehtun|umzubringen|umbringen|zu töten|töten"
        r")\b"
        r"|\bmesser (?:\w+ ){0,4}(?:gedroht|droht)\b",
    ),
)

ES = Family(
    "es.threat.conditional",
    "threat",
    (
        r"\bsi (?:lo |la |le )?(?:dejo|denuncio|cuento|digo|hablo|me voy|me separo|me divorcio"
        r"|abandono|me llevo|me los llevo)\b (?:\w+ ){0,8}(?:me mata|me matara|me va a matar"
        r"|me mataria|me hace dano"
        r"|me pega|se lleva a los ninos)\b"
        r"|\b(?:amenaz\w*|dijo|dice|juro|jura) (?:\w+ ){0,3}(?:hacerle dano|hacer dano|lastimar"
        r"|matar|hara dano|llevarse|ahogar|envenenar|pegar|quemar|deshacerse de) (?:\w+ )?(?:a )?"
        r"(?:los ninos|mis hijos|nuestros hijos"
        r"|al perro|al gato|al bebe|a los ninos|a mis hijos)\b"
        r"|\b(?:me|te) (?:iba|va|vas) a (?:rajar|apunalar|acuchillar|pinchar)\b"
        r"|\b(?:miedo|panico|terror) (?:de |a )?que (?:\w+ ){0,2}(?:me (?:vuelva a )?(?:pegue"
        r"|pegar|haga dano|golpee|lastime|encuentre)|llegue a casa|vuelva a casa)\b",
    ),
)

FR = Family(
    "fr.threat.conditional",
    "threat",
    (
        r"\bsi je (?:\w+ ){0,2}(?:pars|quitte|parle|porte plainte|dis|raconte)\b (?:\w+ ){0,4}"
        r"(?:qu)?(?:il|elle) (?:va )?(?:me tue|me tuer|me tuera|me fera du mal|me frappe"
        r"|prend les enfants)\b"
        r"|\b(?:menac\w*|dit|jure) (?:\w+ ){0,3}d?(?:faire du mal|fera du mal|tuer|tuera|blesser"
        r"|enlever|noyer|empoisonner|frapper) (?:\w+ )?(?:aux enfants|les enfants|le chat"
        r"|le chien|au chien|au chat"
        r"|mes enfants|au bebe|le bebe)\b",
    ),
)

PT = Family(
    "pt.threat.conditional",
    "threat",
    (
        r"\bse eu (?:\w+ ){0,2}(?:for embora|largar|deixar|contar|denunciar|sair|terminar"
        r"|separar)\b (?:\w+ ){0,3}(?:ele|ela) (?:\w+ )?(?:me mata|me matar|acaba comigo"
        r"|me machuca)\b"
        r"|\b(?:me mata|acaba comigo|me machuca) se eu (?:for embora|contar|largar|sair"
        r"|denunciar|falar)\b"
        r"|\b(?:ameac\w*|disse|diz|jurou) (?:\w+ ){0,3}(?:machucar|matar|fazer mal|levar"
        r"|sumir com|afogar|envenenar|bater n?[oa]s?) (?:\w+ )?(?:as criancas|os meninos"
        r"|meus filhos|nossos filhos|o cachorro"
        r"|o gato|o bebe|as meninas)\b"
        r"|\bme (?:furar|esfaquear)\b",
    ),
)

RU = Family(
    "ru.threat.conditional",
    "threat",
    (
        r"\bесли (?:я )?(?:\w+ ){0,3}(?:уйду|уйти|расскажу|брошу|разведусь|пожалуюсь|заявлю"
        r"|подам на развод)"
        r"\b (?:\w+ ){0,5}(?:убьет|прибьет|покалечит|заберет детей|отберет детей|найдет меня"
        r"|сделает (?:мне )?больно)"
        r"|\b(?:угрож\w*|сказал\w*|обещал\w*) (?:\w+ ){0,3}(?:сделает|сделать|сделал) (?:\w+ )?"
        r"(?:больно|плохо) (?:\w+ )?(?:детям|ребенку|собаке|кошке)\b"
        r"|\b(?:угрож\w*|поклял\w*) (?:\w+ ){0,2}(?:убить|покалечить|забрать|утопить|отравить)"
        r" (?:\w+ )?(?:детей|ребенка|собаку|кошку)\b"
        r"|\bнож\w* (?:\w+ ){0,3}угрож\w*",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)
