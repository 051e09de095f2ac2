"""Control said in its everyday details (safety6, ``control``).

Rules per language:

- ``receipts``: he checks my banking app, and a photo of every receipt or I may not
  go out (either order);
- ``calls``: forbids me to see friends + calls every 20 minutes;
- ``locked_in``: locks the door twice, takes my phone when he leaves;
- ``no_study``: won't let me go to university, study, work;
- ``account``: emptied my account, keeps my whole pay and gives me an allowance.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_RECEIPTS: Final = {
    "en": near(
        r"(?:checks|check|goes through|controls) my (?:banking app|bank app|bank account|bank"
        r" statements|card statements)",
        r"(?:screenshot|photo|picture) of every (?:receipt|purchase)|every receipt or",
        within=5,
    ),
    "de": near(
        r"(?:kontrolliert|checkt|prüft) (?:meine|mein) (?:banking app|banking|bankapp|konto"
        r"|kontoauszüge)",
        r"(?:jeden|jede) (?:beleg|quittung|kassenzettel|kassenbon)",
        within=5,
    ),
    "es": near(
        r"(?:revisa|controla|chequea) (?:mi|mis) (?:app del banco|cuenta del banco|cuenta"
        r"|homebanking|movimientos)",
        r"(?:cada|todos los) (?:ticket|tickets|recibo|recibos|compra)",
        within=6,
    ),
    "fr": near(
        r"(?:verifie|controle|regarde) (?:mon|mes) (?:appli bancaire|appli de la banque|compte"
        r"|releves)",
        r"chaque (?:ticket|recu|achat)",
        within=5,
    ),
    "pt": near(
        r"(?:confere|controla|olha|checa) (?:meu|o meu|minha) (?:app do banco|aplicativo do banco"
        r"|extrato|conta)",
        r"(?:cada|todo) (?:recibo|nota|cupom|comprovante)",
        within=6,
    ),
    "ru": near(
        r"(?:проверяет|контролирует|смотрит) (?:мое |моё |мой )?(?:банковское приложение"
        r"|банковский|приложение банка|выписки)",
        r"каждый чек|все чеки",
        within=6,
    ),
}

_CALLS: Final = {
    "en": then(
        r"(?:forbids|forbade|wont let|doesnt let) me (?:to )?(?:see|meet|go out with) (?:my )?"
        r"friends",
        r"calls (?:me )?every \d+ minutes",
        within=3,
    ),
    "de": then(
        r"verbietet mir (?:\w+ )?(?:freunde|freundinnen|meine freunde)",
        r"ruft (?:\w+ )?alle \d+ minuten an",
        within=4,
    ),
    "es": then(
        r"me prohibe (?:ver|juntarme con) (?:a )?(?:mis )?(?:amigas|amigos)",
        r"me llama cada \d+ minutos",
        within=3,
    ),
    "pt": then(
        r"me proibe de ver (?:minhas |meus )?(?:amigas|amigos)",
        r"liga (?:\w+ )?a cada \d+ minutos",
        within=3,
    ),
    "ru": then(
        r"запрещает (?:мне )?(?:видеться|встречаться) с (?:подругами|друзьями)",
        r"звонит каждые \d+ минут",
        within=3,
    ),
}

_LOCKED_IN: Final = {
    "en": then(
        r"locks the door (?:twice|behind him|from outside)",
        r"takes my (?:phone|keys)",
        within=3,
    ),
    "de": then(
        r"(?:schliesst|sperrt) (?:\w+ )?(?:zweimal|von aussen) ab",
        r"(?:nimmt|nimmt mir) (?:mein|das) (?:handy|telefon)",
        within=3,
    ),
    "es": then(
        r"cierra con llave (?:dos veces|desde afuera|por fuera)",
        r"se lleva (?:mi|el) (?:celular|telefono|movil)",
        within=3,
    ),
    "fr": then(
        r"ferme a double tour|menferme a cle",
        r"prend mon (?:telephone|portable)",
        within=3,
    ),
    "pt": then(
        r"tranca a porta (?:duas vezes|por fora)",
        r"leva (?:meu|o meu) (?:celular|telefone)",
        within=3,
    ),
}

_NO_STUDY: Final = {
    "en": r"\b(?:he|she) (?:wont|doesnt|will not|does not|didnt) let me (?:go to|start|finish"
    r"|enrol at|apply to) (?:university|uni|college|school|classes|my course)\b",
    "de": r"\ber (?:lässt|lasst) mich nicht (?:\w+ )?(?:studieren|zur uni|an die uni|arbeiten"
    r" gehen)\b",
    "fr": r"\bil (?:ne )?me laisse pas (?:aller a la fac|etudier|aller a luniversite|travailler)\b",
    "ru": r"\bон не (?:пускает|дает|даёт) меня (?:\w+ )?(?:в универ|в институт|учиться|работать)\b"
    r"|\bон не дает мне (?:учиться|работать)\b",
}

_ACCOUNT: Final = {
    "en": near(
        r"(?:emptied|drained|cleared out) my (?:account|bank account|savings)",
        r"(?:blocked|cut off|took) my (?:phone|card|sim)",
        within=3,
    )
    + r"|\b(?:keeps|takes) my (?:whole|entire) (?:salary|pay|paycheck|wage)s? (?:\w+ ){0,2}gives"
    r" me (?:pocket money|an allowance)\b",
    "de": r"\ber hat mein konto (?:\w+ )?(?:leer geräumt|leergeräumt|geplündert|abgeräumt)\b"
    r"|\bbehält mein (?:ganzes )?gehalt (?:\w+ ){0,3}taschengeld\b",
    "es": r"\bme vacio la cuenta\b|\bse queda con (?:todo )?mi sueldo (?:\w+ ){0,3}(?:me da|una)"
    r" (?:plata|mensualidad|semanada)\b",
    "fr": r"\bil a vide mon compte\b|\bgarde (?:tout )?mon salaire (?:\w+ ){0,3}(?:argent de poche"
    r"|me donne)\b",
    "pt": r"\bele esvaziou (?:a )?minha conta\b|\bfica com (?:todo )?meu salario (?:\w+ ){0,3}"
    r"(?:mesada|me da)\b",
    "ru": r"\b(?:опустошил|обнулил|снял все с) мо\w* (?:сч[её]т|карт\w*)\b"
    r"|\bзабирает (?:всю )?мою зарплату (?:\w+ ){0,3}(?:выдает|дает)\b",
}

_APP: Final = {
    "en": r"\b(?:he|she) (?:\w+ )?(?:installed|put|downloaded) (?:an|a|some) (?:\w+ )?app (?:on my"
    r" phone )?(?:so he can |so she can |to )?(?:know|see|track|check) where i (?:am|go)\b",
    "de": r"\ber hat (?:mir )?(?:eine )?app (?:\w+ ){0,3}installiert (?:\w+ )?(?:damit er|um zu)"
    r" (?:\w+ )?(?:weiss|sehen|sieht) wo ich bin\b",
    "es": r"\bme (?:instalo|puso|bajo) una app (?:\w+ ){0,3}para saber donde estoy\b",
    "fr": r"\bil (?:ma|a) installe une appli (?:\w+ ){0,3}pour savoir ou je suis\b",
    "pt": r"\bele instalou um (?:app|aplicativo) (?:\w+ ){0,3}(?:pra"
    r"|para) saber onde eu (?:estou|to)\b",
    "ru": r"\bон (?:установил|поставил) (?:мне )?приложение (?:\w+ ){0,3}чтобы знать где я\b",
}

FAMILIES: Final = families(
    "daily_control",
    "control",
    {
        "receipts": _RECEIPTS,
        "calls": _CALLS,
        "locked_in": _LOCKED_IN,
        "no_study": _NO_STUDY,
        "account": _ACCOUNT,
        "app": _APP,
    },
)
