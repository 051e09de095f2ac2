"""Control through money, papers and a phone (safety7, ``control``).

Rules per language:

- ``pay``: my pay goes into his account, he keeps my card + ask for every purchase, even
  for pads ("our joint account, we budget together" stays quiet);
- ``chats`` (en; the others' families read it): every night he goes through my chats;
- ``papers``: he keeps my residence permit + deportation; has my passport + change the locks;
- ``tracker`` (not es, ru, whose app families read it): an app to know where I am + a
  threat if I switch it off.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_PAY: Final = {
    "en": then(
        r"(?:my (?:wages?|salary|pay|paycheck|income) (?:goes|go|is paid|gets paid) (?:in)?to his"
        r" account|(?:he )?(?:holds on to|keeps|took|has) my (?:bank |debit |credit )?card)",
        r"(?:ask (?:him )?(?:for )?(?:permission )?(?:for )?every|permission for every|even"
        r" (?:for )?(?:tampons|pads|sanitary)|beg (?:him )?for (?:money|cash))",
        within=7,
    ),
    "de": then(
        r"(?:mein (?:lohn|gehalt|geld) (?:geht|kommt|landet) auf sein konto|(?:er )?(?:behalt"
        r"|hat|nimmt) meine (?:bank)?karte)",
        r"(?:fur|um) (?:jeden|jede|alles) (?:\w+ )?(?:fragen|betteln|bitten)|um jeden cent"
        r"|sogar (?:fur )?(?:binden|tampons)",
        within=7,
    ),
    "es": then(
        r"(?:mi (?:sueldo|salario|plata) (?:va|cae|entra) (?:a|en) su cuenta|(?:se queda|se"
        r" quedo) con mi tarjeta)",
        r"(?:pedirle|pedir) (?:permiso )?(?:hasta|para todo|por todo|cada)|hasta (?:para )?"
        r"(?:comprar )?(?:toallitas|tampones|compresas)",
        within=6,
    ),
    "fr": then(
        r"(?:mon (?:salaire|argent) (?:est verse|va|arrive) sur son compte|(?:il )?(?:garde"
        r"|a pris) ma carte)",
        r"demander (?:pour|la permission pour) (?:chaque|tout)|meme (?:pour )?(?:les )?"
        r"(?:serviettes|tampons)",
        within=6,
    ),
    "pt": then(
        r"(?:meu (?:salario|dinheiro) (?:cai|vai|entra) na conta dele|(?:ele )?(?:fica com"
        r"|pegou|guarda) meu cartao)",
        r"pedir (?:permissao )?(?:pra|para) (?:tudo|cada)|ate (?:pra )?(?:comprar )?(?:absorvente"
        r"|tampao)",
        within=6,
    ),
    "ru": then(
        r"(?:(?:моя )?зарплата (?:приходит|идет|падает) на его (?:карту|счет)|(?:он )?(?:забрал"
        r"|держит) мою карту)",
        r"(?:прошу|выпрашиваю|клянчу) (?:\w+ )?(?:даже|на каждую|на все)|даже на прокладки",
        within=6,
    ),
}

_CHATS: Final = {
    "en": near(
        r"(?:every|each) (?:night|evening)",
        r"(?:he|she) (?:goes|scrolls|reads) (?:through )?(?:all )?my (?:chats|messages|dms"
        r"|whatsapp)",
        within=2,
    ),
}

_PAPERS: Final = {
    "en": then(
        r"(?:he|she) (?:\w+ )?(?:keeps|has|took|hides|holds) my (?:residence (?:card|permit)|visa"
        r"|papers|passport)",
        r"deport(?:ed|ation)?|change the locks|lock me out",
        within=7,
    ),
    "de": then(
        r"er (?:\w+ )?(?:hat|behalt|nimmt|versteckt|hat mir) (?:\w+ )?(?:meinen|meine)"
        r" (?:aufenthaltstitel|aufenthaltserlaubnis|pass|reisepass|papiere)",
        r"abschiebung|abschieben|(?:die )?schlosser (?:austauschen|wechseln|tauschen)",
        within=6,
    ),
    "es": then(
        r"(?:se quedo con|tiene|me quito|esconde|guarda) mi (?:permiso de residencia|residencia"
        r"|pasaporte|documentos|dni)",
        r"deporten|deportar|deportacion|cambiar la cerradura",
        within=8,
    ),
    "fr": then(
        r"il (?:garde|a pris|cache|ma pris|a) (?:mon (?:titre de sejour|passeport)|mes papiers)",
        r"(?:faire )?expulser|expulsion|changer les serrures",
        within=7,
    ),
    "pt": then(
        r"ele (?:fica com|pegou|escondeu|guarda|tem|tomou) (?:o )?(?:meu (?:visto|passaporte"
        r"|documento|rnm)|meus documentos)",
        r"(?:me )?deportar|deportacao|trocar a fechadura",
        within=7,
    ),
    "ru": then(
        r"он (?:держит|забрал|спрятал|отобрал|хранит) (?:у себя )?(?:мой|мою|мои)"
        r" (?:вид на жительство|паспорт|внж|документы)",
        r"депортац\w*|депортир\w*|сменит замки|поменяет замки",
        within=6,
    ),
}

_TRACKER: Final = {
    "en": then(
        r"(?:put|installed|downloaded) (?:a|an) (?:tracker |tracking |location )?app",
        r"if i (?:turn|switch) it off|if i (?:delete|disable) it",
        within=6,
    ),
    "de": then(
        r"(?:eine )?app (?:\w+ ){0,3}(?:gemacht|installiert|draufgemacht|aufgespielt)",
        r"(?:droht|drohte) (?:\w+ )?wenn ich sie (?:ausschalte|ausmache|losche)",
        within=8,
    ),
    "fr": then(
        r"(?:il )?(?:a mis|a installe|ma mis|ma installe) une appli",
        r"menace si je (?:leteins|la desactive|la supprime|la coupe)",
        within=8,
    ),
    "pt": then(
        r"(?:colocou|instalou|botou) um (?:app|aplicativo)",
        r"ameaca se eu (?:desligar|apagar|desinstalar)",
        within=8,
    ),
}

FAMILIES: Final = families(
    "held_back",
    "control",
    {"pay": _PAY, "chats": _CHATS, "papers": _PAPERS, "tracker": _TRACKER},
)
