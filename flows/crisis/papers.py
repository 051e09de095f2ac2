"""Control through papers, work and money (safety5, ``control``).

Rules (concepts per language):

- ``papers``: he locked away, hid, tore up + my passport, residence permit
  ("took my passport to renew it" stays quiet: taking alone is not listed);
- ``quit_job``: he made me quit my job;
- ``allowance``: an allowance or his card + a receipt for every purchase.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_PAPERS: Final = {
    "en": then(
        r"he|she|hes|shes",
        r"(?:locked|locks|hid|hides|keeps|kept|ripped|rips|tore|tears|burned|burnt|shredded"
        r"|destroyed|confiscated|confiscates)(?: up| away)?",
        r"my (?:passport|residence (?:permit|card)|visa|id|id card|papers|documents"
        r"|green card|birth certificate|work permit)",
        within=2,
    ),
    "de": then(
        r"er|sie",
        r"(?:meinen|meine|mein) (?:pass|reisepass|ausweis|aufenthaltstitel|aufenthaltserlaubnis"
        r"|visum|papiere|dokumente|personalausweis)",
        r"weggeschlossen|eingeschlossen|versteckt|zerrissen|verbrannt|einbehalten|vernichtet",
        within=3,
    ),
    "es": r"\bme (?:rompio|quemo|escondio|retiene|retuvo|esconde|destruyo) (?:el|mi|la|los|mis)"
    r" (?:pasaporte|dni|cedula|tarjeta de residencia|residencia|papeles|documentos|visa)\b"
    r"|\bme (?:tiene|guarda|guardo) (?:el|mi|la|los|mis) (?:pasaporte|dni|cedula|tarjeta de"
    r" residencia|papeles|documentos) (?:\w+ )?(?:bajo llave|escondid[ao]s?|en su caja fuerte)\b",
    "fr": then(
        r"il|elle",
        r"(?:enferme|cache|confisque|dechire|brule|detruit|planque)",
        r"(?:mon|ma|mes) (?:passeport|titre de sejour|carte de sejour|papiers|carte didentite"
        r"|visa|documents)",
        within=2,
    ),
    "pt": then(
        r"trancou|escondeu|rasgou|queimou|confiscou|tranca|esconde|retem|reteve",
        r"(?:o |a )?(?:meu|minha|meus|minhas) (?:passaporte|documento|documentos|rg|visto"
        r"|autorizacao de residencia|residencia|carteira de identidade)",
        within=1,
    ),
    "ru": then(
        r"спрятал|запер|порвал|сжег|отобрал|прячет|уничтожил|изъял|порвала|спрятала",
        r"(?:мой|мою|мои) (?:паспорт|вид на жительство|внж|документы|визу|загранпаспорт)",
        within=1,
    ),
}

_QUIT_JOB: Final = {
    "en": then(
        r"he|she|hes|shes",
        r"(?:made|makes|forced|forces|pressured) me (?:to )?(?:quit|leave|give up) (?:my )?"
        r"(?:job|work|studies|course|university|uni)",
        within=2,
    ),
    "de": r"\bmich (?:\w+ )?(?:gezwungen|gedrängt|genötigt|dazu gebracht) (?:\w+ )?(?:meinen"
    r"|meine) (?:job|arbeit|stelle|ausbildung|studium) (?:zu )?(?:kündigen|aufzugeben"
    r"|hinzuschmeissen|abzubrechen)\b",
    "es": r"\bme (?:obligo|obliga|hizo|hace|forzo|presiono)(?: a)? (?:dejar|renunciar a"
    r"|abandonar|que deje|que renuncie a) (?:mi |el )?(?:trabajo|laburo|empleo|carrera"
    r"|facultad|estudios)\b",
    "fr": r"\b(?:il|elle) (?:\w+ )?(?:ma|mont|me) (?:obligee?|force|forcee) a (?:quitter|lacher"
    r"|abandonner|arreter) (?:mon|ma|mes|le|la|les) (?:travail|boulot|job|emploi|etudes|fac)\b",
    "pt": r"\bme (?:obrigou|obriga|forcou|pressionou)(?: a)? (?:largar|deixar|sair d[oa]|pedir"
    r" demissao|abandonar|trancar)(?: o| meu| a| minha)? (?:emprego|trabalho|faculdade|curso"
    r"|servico)\b",
    "ru": r"\bзаставил\w* (?:меня )?(?:уволиться|уйти с работы|бросить работу|бросить учебу"
    r"|бросить универ)\b",
}

_ALLOWANCE: Final = {
    # "an allowance", "my allowance": not "the allowance for the kids".
    "en": r"(?:an|my) allowance|pocket money|(?:his|her) (?:card|bank card)",
    "de": r"taschengeld|haushaltsgeld|seiner karte|seine karte",
    "es": r"mensualidad|su tarjeta|me pasa plata|plata contada",
    "fr": r"argent de poche|sa carte|une enveloppe",
    "pt": r"mesada|cartao dele|dinheiro contado",
    "ru": r"своей карты|его карты|карманные деньги|выда[её]т деньги|да[её]т (?:мне )?деньги",
}
_RECEIPTS: Final = {
    "en": r"(?:a )?receipts? for (?:every|each|all)|every receipt|each receipt"
    r"|all (?:the )?receipts",
    "de": r"(?:jeden|jede|alle) (?:kassenbon|kassenzettel|quittung|beleg|bons|belege|quittungen)",
    "es": r"(?:cada|todos los|todas las) (?:ticket|tickets|recibo|recibos|boleta|boletas"
    r"|factura|facturas)",
    "fr": r"(?:chaque|tous les|toutes les) (?:ticket|tickets|facture|factures|recu|recus)",
    "pt": r"(?:cada|toda|todas as|todos os) (?:nota|notas|nota fiscal|recibo|recibos|comprovante"
    r"|comprovantes|cupom)",
    "ru": r"чеки|чек за кажд\w*|отчитываться за каждую",
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "papers",
    "control",
    {
        "papers": _PAPERS,
        "quit_job": _QUIT_JOB,
        "allowance": {c: near(_ALLOWANCE[c], _RECEIPTS[c], within=8) for c in _CODES},
    },
)
