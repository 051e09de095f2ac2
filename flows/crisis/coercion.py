"""Coercive control and sex against a "no", in six languages.

A partner who takes the phone, money or keys, keeps someone in, forbids friends and
family, or tracks them ("won't let me leave" in English is lang_en_harm's CONFINE).
A habit ("he takes my phone") counts on its own; a single past event counts only
with its purpose ("took my keys so I can't leave"): "he took my phone to call a taxi"
is ordinary.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, Family, alt
from flows.crisis.lang_en_words import PARTNER_NOUN

_WHO_EN: Final = alt("he|she|they", rf"my {PARTNER_NOUN}")
_THINGS_EN: Final = alt(
    "phone|money|keys|car keys|passport|cards?|bank cards?|wallet|paycheck|salary|wages"
    "|documents|id|receipts?"
)
_SO_I_CANT: Final = r"(?:so (?:that )?i (?:cant|couldnt|can not|could not)|away from me)"

EN = Family(
    "en.control",
    "control",
    (
        r"\b"
        + _WHO_EN
        + r" "
        + GAP1
        + alt(
            r"(?:takes|hides|confiscates|steals|withholds|controls) (?:away )?(?:all )?(?:of )?my "
            + _THINGS_EN,
            r"keeps (?:all )?(?:of )?my (?:money|passport|salary|paycheck|wages|cards?|documents)",
            r"(?:took|hid|confiscated|grabbed|stole) (?:away )?my (?:\w+ )?"
            + _THINGS_EN
            + r" "
            + GAP1
            + _SO_I_CANT,
            r"(?:makes|made|forces|forced) me (?:to )?(?:hand over|give (?:him|her|them)|give up"
            r"|sign over) (?:all )?my (?:money|paycheck|salary|wages|pay|savings|cards?)",
            # Taken with its purpose: "took the car keys and my card so I can't go anywhere".
            r"(?:took|hid|confiscated|grabbed|stole) (?:\w+ ){0,3}"
            + _THINGS_EN
            + r" (?:\w+ ){0,4}"
            + _SO_I_CANT,
            r"(?:tracks|tracked|monitors|monitored|checks|reads|goes through) (?:all )?(?:my|every)"
            r" (?:location|phone|messages|texts|emails|move|whereabouts|receipts?|gps|calls)",
        )
        + r"\b",
    ),
)

DE = Family(
    "de.control",
    "control",
    (
        r"\b(?:muss|zwingt mich) (?:\w+ ){0,4}(?:meinen|mein|das|mein ganzes) (?:lohn|gehalt|geld)"
        r" (?:\w+ )?(?:abgeben|abzugeben|geben|zu geben)\b"
        r"|\bmir (?:\w+ ){0,3}(?:\w*handy|telefon|\w*geld|\w*schlussel|pass|ausweis|\w*karte|cent"
        r"|euro|lohn|gehalt"
        r"|portemonnaie|geldbeutel|papiere) (?:\w+ ){0,2}(?:weg|ab|abgenommen|weggenommen"
        r"|wegnehmen)\b"
        r"|\b(?:lasst|liess|lies) mich nicht (?:\w+ ){0,3}(?:raus|rausgehen|ausgehen|weg|alleine"
        r"|allein|arbeiten|telefonieren)\b"
        r"|\bverb(?:ietet|ot|oten) mir (?:\w+ ){0,4}(?:zu )?(?:treffen|sehen|sprechen|rausgehen"
        r"|arbeiten|telefonieren|besuchen)\b"
        r"|\bsperrt mich (?:\w+ ){0,5}ein\b|\bschliesst mich (?:\w+ ){0,5}ein\b"
        r"|\b(?:verfolgt|uberwacht|kontrolliert|ortet|trackt|liest) (?:\w+ ){0,3}(?:mein|meine"
        r"|meinen) (?:handy|telefon|standort|nachrichten|chats|e ?mails|konto)\b",
    ),
)

ES = Family(
    "es.control",
    "control",
    (
        r"\bme (?:quita|esconde|controla|revisa|coge|retiene) (?:\w+ ){0,2}(?:movil|celular"
        r"|telefono|dinero|llaves|sueldo|tarjetas?|pasaporte|documentos|cartera)\b"
        r"|\bme (?:quito|escondio|cogio|arrebato) (?:\w+ ){0,3}(?:movil|celular|telefono"
        r"|dinero|llaves|tarjetas?|pasaporte|documentos) (?:\w+ ){0,4}(?:para que no"
        r"|y no me deja|asi no)\b"
        r"|\bme obliga(?:ba)? a (?:darle|entregarle|dar|entregar) (?:todo )?(?:mi|el) "
        r"(?:sueldo|dinero|salario)\b"
        r"|\bno me deja(?:ba)? (?:\w+ )?(?:ver|hablar|ir|trabajar|usar|tener|llamar"
        r"|visitar|estudiar)\b"
        r"|\b(?:rastrea|vigila|controla|revisa|espia|lee|mira|chequea|consulta) (?:\w+ )?(?:mi"
        r"|mis|el|los) "
        r"(?:telefono|movil|celular|ubicacion|mensajes|whatsapp|correos?|cuentas)\b",
    ),
)

FR = Family(
    "fr.control",
    "control",
    (
        r"\b(?:me (?:prend|confisque|cache|vole|garde)|ma (?:pris|confisque|cache|vole)) "
        r"(?:\w+ ){0,2}(?:portable|telephone|argent|cles|carte|cartes|salaire|passeport"
        r"|papiers)\b"
        r"|\b(?:il|elle) (?:\w+ )?(?:garde|controle|gere|confisque) (?:tout )?(?:mon|ma|mes) "
        r"(?:argent|salaire|portable|telephone|papiers|passeport|carte bancaire)\b"
        r"|\bmoblige\w* a (?:lui )?(?:donner|remettre|verser) (?:tout )?(?:mon|son|l) ?"
        r"(?:salaire|argent|paie)\b"
        r"|\bme (?:laisse|laissait) (?:pas|plus|jamais) (?:\w+ )?(?:sortir|voir|partir"
        r"|travailler|parler|utiliser|appeler)\b"
        r"|\b(?:minterdi\w*|mempech\w*) (?:de |d )?(?:\w+ )?(?:sortir|voir|travailler|parler"
        r"|partir|appeler|aller)\b"
        r"|\bme suit a la trace\b|\b(?:surveille|controle|fouille|localise|geolocalise|traque"
        r"|regarde|lit|consulte|verifie)"
        r" (?:\w+ ){0,2}(?:mon|mes|ma) (?:telephone|portable|messages|textos|position"
        r"|localisation|mails|comptes)\b",
    ),
)

PT = Family(
    "pt.control",
    "control",
    (
        r"\b(?:pega|tira|esconde|controla|fica com|confisca|retem) (?:\w+ ){0,3}(?:celular"
        r"|telefone|dinheiro|chaves|cartao|cartoes|salario|documentos|passaporte)\b"
        r"|\b(?:tirou|pegou|escondeu) (?:\w+ ){0,3}(?:celular|telefone|dinheiro|chaves|cartao"
        r"|documentos|passaporte) (?:\w+ ){0,3}(?:de mim|pra eu nao|para eu nao|para que eu nao)\b"
        r"|\bme obriga(?:va)? a (?:entregar|dar|passar) (?:todo )?(?:o )?(?:meu|o) (?:salario"
        r"|dinheiro)\b"
        r"|\bnao me deixa(?:va)? (?:\w+ )?(?:sair|ver|falar|ir|trabalhar|usar|ter|ligar"
        r"|visitar|estudar)\b"
        r"|\b(?:rastreia|rastreou|vigia|monitora|controla|le|mexe no|olha|ve|checa|confere)"
        r" (?:\w+ ){0,2}(?:meu|minha"
        r"|meus|minhas) (?:celular|telefone|localizacao|mensagens|whatsapp|emails?"
        r"|conversas)\b",
    ),
)

RU = Family(
    "ru.control",
    "control",
    (
        r"\b(?:отбира\w*|забира\w*|забрал\w*|отобрал\w*|прячет|прятал\w*|контролиру\w*) "
        r"(?:у меня |мой |мою |мои |все мои |все )+(?:\w+ )?(?:телефон|деньги|ключи|паспорт"
        r"|карт\w*|документы|зарплат\w*)\b"
        r"|\bне (?:разрешает|разрешал\w*|дает|давал\w*|пускает|пускал\w*|выпускает"
        r"|выпускал\w*) (?:мне |меня )?(?:\w+ )?(?:видеться|встречаться|выходить|выйти"
        r"|гулять|работать|общаться|звонить|ходить|уходить|из дома|на улицу)\b"
        r"|\b(?:следит|следил\w*) за (?:моим|моей|моими|мной)\b"
        r"|\bзаставля\w* (?:меня )?отда\w* (?:ему |ей )?(?:всю |все )?(?:зарплат\w*|деньги)\b"
        r"|\b(?:забрал\w*|отобрал\w*|спрятал\w*) (?:\w+ ){0,4}(?:ключи|телефон|паспорт|карт\w*"
        r"|деньги|документы) (?:\w+ ){0,3}чтобы я (?:не|никуда)\b"
        r"|\b(?:отслежива\w*|читает|проверяет|смотрит|смотрел\w*) (?:все )?(?:мой|мою|мои|мое)"
        r" (?:телефон|переписк\w*"
        r"|сообщения|геолокаци\w*|местоположени\w*)\b",
    ),
)

# Sex after a "no": the words of refusal, whatever verb comes before them.
SEXUAL_NO = Family(
    "any.sexual.against_no",
    "sexual",
    (
        r"\b(?:even though|although|while|after) i (?:said|told him|told her|kept saying"
        r"|was saying) no\b"
        r"|\bgegen meinen willen\b"
        r"|\baunque (?:le )?(?:dije|decia|habia dicho) que no\b|\bme forzo\b"
        r"|\b(?:alors que|quand|meme si|bien que) je (?:lui )?(?:disais|ai dit|avais dit) "
        r"(?:que )?non\b"
        r"|\bmesmo (?:eu )?(?:dizendo|falando|tendo dito) (?:que )?nao\b"
        r"|\bхотя я (?:говорила|сказала|говорил|сказал) (?:нет|что не хочу)\b"
        r"|\b(?:взял|взяла|брал) меня силой\b",
    ),
)


# safety4: sex after a "no" told as a habit ("every time I say no he does it anyway").
# Saying no *to* something ("say no to dessert") is a choice about a thing, not a refusal.
REPEAT = Family(
    "any.sexual.every_no",
    "sexual",
    (
        r"\b(?:every|each) (?:single )?time i (?:say|said|tell (?:him|her)|told (?:him|her))"
        r" no\b(?! to\b) (?:\w+ ){0,2}(?:he|she|they) (?:\w+ )?(?:does it|did it|do it|keeps"
        r" going|kept going|carries on|carried on|goes ahead|went ahead|doesnt stop|didnt stop"
        r"|just keeps|still does|does it anyway|takes what)\b"
        r"|\bjedes mal (?:wenn|als) ich (?:\w+ )?nein (?:sag|sage|sagte)\w* (?:\w+ ){0,2}"
        r"(?:macht|tut|machte|tat) (?:er|sie) (?:\w+ ){0,2}(?:trotzdem|weiter|dennoch|immer noch)\b"
        r"|\bcada vez que (?:le )?(?:digo|decia|dije) (?:que )?no (?:\w+ ){0,2}(?:lo hace|sigue"
        r"|no para|lo hacia|lo sigue haciendo) (?:\w+ )?(?:igual|igualmente|de todas formas"
        r"|de todos modos|igual nomas|a la fuerza)\b"
        r"|\b(?:a )?chaque fois (?:que|quand) je (?:lui )?(?:dis|disais) non (?:\w+ ){0,2}"
        r"(?:il|elle) (?:le fait|continue|le faisait|continuait) (?:\w+ )?(?:quand meme|pareil"
        r"|malgre tout|comme meme|qd meme)\b"
        r"|\btoda vez que (?:eu )?(?:digo|falo|dizia) (?:que )?nao (?:\w+ ){0,2}(?:ele|ela)"
        r" (?:faz|continua|fazia) (?:\w+ )?(?:mesmo assim|assim mesmo|igual|do mesmo jeito)\b"
        r"|\bкаждый раз (?:когда|как) я (?:говорю|говорила|отказываюсь|отказываю) (?:нет )?"
        r"(?:\w+ ){0,2}(?:он|она) (?:\w+ )?(?:все равно|всё равно|всеравно) (?:это )?"
        r"(?:делает|продолжает|лезет|берет)\b",
    ),
)

_MONEY_UNIT: Final = alt(
    "penny|pound|quid|cent|euro|dollar|buck|purchase|receipt|expense|pfennig|einkauf|ausgabe"
    "|peso|centimo|centavo|gasto|compra|sol|centime|depense|achat|sou|real|moeda"
)

# Coins only: "justify every expense" is also what an expense report asks.
_COIN: Final = alt(
    "penny|pound|quid|cent|euro|dollar|buck|pfennig|peso|centimo|centavo|sol|centime|sou|real"
    "|moeda|rappen"
)

# safety4: control by accounting: every coin justified, the car's mileage checked.
ACCOUNT = Family(
    "any.control.account",
    "control",
    (
        r"\b(?:makes|made|forces|forced|wants|expects) me (?:to )?(?:account for|justify|explain"
        r"|write down|log|show (?:him|her) (?:a )?receipts? for) every (?:single )?"
        + _MONEY_UNIT
        + r"\b|\b(?:account for|justify|explain) every (?:single )?"
        + _MONEY_UNIT
        + r" (?:\w+ ){0,3}to (?:him|her)\b"
        r"|\bjeden (?:einzelnen )?(?:cent|euro|pfennig|einkauf) (?:\w+ )?(?:abrechnen|rechtfertigen"
        r"|nachweisen|belegen|erklären|aufschreiben|vorzeigen|vorlegen)\b"
        r"|\b(?:rendirle|rendir|dar|darle|dando|rindiendo) cuentas? (?:de|por) cada (?:\w+ )?"
        + _MONEY_UNIT
        + r"\b|\b(?:justificar|explicar|anotar|justificarle|explicarle) cada (?:\w+ )?"
        + _COIN
        + r"\b|\b(?:justifier|rendre compte de|expliquer|declarer|noter) (?:chaque|le moindre)"
        r" (?:\w+ )?" + _COIN + r"\b"
        r"|\bprestar contas? (?:de |por |sobre )?cada (?:\w+ )?"
        + _MONEY_UNIT
        + r"\b|\b(?:explicar|justificar|anotar) (?:de |por |sobre )?cada (?:\w+ )?"
        + _COIN
        + r"\b|\b(?:отчитываюсь|отчитываться|отчитаться|отчитывалась|объяснять|объясняю"
        r"|оправдываться) (?:\w+ )?(?:за|о|по) (?:каждый|каждую|каждой|каждому) (?:рубль|копейк\w*"
        r"|евро|трат\w*|покупк\w*|цент|чек\w*)\b",
        r"\b(?:checks|counts|tracks|checked|writes down|notes) (?:\w+ )?(?:the |my )?(?:mileage"
        r"|odometer|miles on) (?:\w+ ){0,4}(?:to see|so (?:he|she) knows|to check|to know)"
        r" (?:where|how far|if) (?:i|ive|id|im)\b"
        r"|\bkontrolliert (?:\w+ )?(?:den )?kilometerstand (?:\w+ ){0,3}(?:damit|um zu sehen|ob"
        r" ich|wo ich|wie weit)\b"
        r"|\b(?:revisa|controla|mira|cuenta|anota) (?:\w+ )?(?:los )?kilometros (?:\w+ ){0,3}"
        r"(?:para saber|para ver|a ver) (?:donde|adonde|a donde|si|cuanto)\b"
        r"|\b(?:verifie|controle|regarde|note) (?:\w+ )?(?:le )?kilometrage (?:\w+ ){0,3}(?:pour"
        r" savoir|pour voir|pour verifier) (?:ou|si|combien)\b"
        r"|\b(?:confere|controla|olha|anota|checa) (?:\w+ )?(?:a )?quilometragem (?:\w+ ){0,3}"
        r"(?:pra saber|para saber|pra ver|para ver) (?:onde|se|quanto|aonde)\b"
        r"|\bпроверяет (?:\w+ )?пробег (?:\w+ ){0,3}(?:чтобы знать|чтобы понять|чтобы видеть"
        r"|куда|где|сколько)\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU, SEXUAL_NO, REPEAT, ACCOUNT)
