"""Threats the families did not list (safety5, ``threat``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``fire``: burn the house, set it on fire + with us inside;
- ``bury``: he will find me, track me down + bury me;
- ``nobody_else``: he'll make sure nobody else has me;
- ``both``: kill us both + if he sees me with another;
- ``nudes``: my nude photos + post, leak + if I leave, or a threat word (sextortion);
- ``children``: threatens to take the children away, abroad, for ever (round 8);
- ``weapon_leave``: a weapon brought out + if I leave (round 8);
- ``deport``: have me deported + a threat or if I leave (round 9).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_FIRE: Final = {
    # "burn the house down with me" is en.threat.
    "en": r"set (?:the |our |my )?(?:house|flat|place|apartment|home|us) on fire"
    r"|burn (?:us|me) alive|burn it (?:all )?down|torch (?:the|our) (?:house|flat|place)",
    "de": r"haus anzuzünden|haus anzünden|wohnung anzünden|wohnung anzuzünden|abfackeln"
    r"|abzufackeln|anzuzünden|anzünden|niederbrennen|niederzubrennen",
    "es": r"quemar la casa|prender fuego (?:a )?la casa|prenderle fuego a la casa"
    r"|incendiar la casa|quemar(?:nos|me) viv[ao]s?",
    "fr": r"mettre le feu a la maison|bruler la maison|incendier la maison|nous bruler vifs"
    r"|foutre le feu|mettre le feu a lappart",
    "pt": r"(?:colocar|por|tacar|botar) fogo na casa|queimar a casa|incendiar a casa"
    r"|queimar a gente viv[ao]",
    "ru": r"сжечь (?:дом|квартиру|нас)|подожж\w* (?:дом|квартиру)|спалить (?:дом|квартиру|нас)",
}
_WITH_US_INSIDE: Final = {
    "en": r"with (?:\w+ ){0,4}(?:inside|in it|in there)"
    r"|while (?:we|i|the kids) (?:sleep|are asleep)",
    "de": r"mit (?:\w+ ){0,3}drin|während wir schlafen",
    "es": r"con (?:\w+ ){0,3}(?:adentro|dentro)|mientras dormimos",
    "fr": r"avec (?:\w+ ){0,3}dedans|pendant quon dort",
    "pt": r"com (?:\w+ ){0,3}dentro|enquanto (?:a gente|nos) dorme",
    "ru": r"вместе с нами|с нами внутри|вместе с детьми|пока мы спим",
}

_FIND_ME: Final = {
    "en": r"track me down|find me|hunt me down|come after me",
    "de": r"findet er mich|findet mich|mich findet|spürt mich auf|mich finden",
    "es": r"me encuentra|me va a encontrar|me busca|me va a buscar",
    "fr": r"me retrouvera|me retrouve|me trouvera|va me retrouver",
    "pt": r"me acha|me encontra|vai me achar|vai me encontrar",
    "ru": r"найд[её]т меня|меня найд[её]т|достанет меня",
}
_BURY: Final = {
    "en": r"bury me|put me in the ground|dig my grave|six feet under",
    "de": r"verscharrt|vergräbt|verbuddelt|verscharren|vergraben",
    "es": r"me entierra|me va a enterrar|enterrarme",
    "fr": r"menterrera|menterre|va menterrer",
    "pt": r"me enterra|vai me enterrar|me enterrar",
    "ru": r"закопает|похоронит меня|закопать меня",
}

_NOBODY_ELSE: Final = {
    "en": r"\b(?:make sure|making sure|ensure) (?:that )?no (?:other )?(?:one|man|guy|body|woman"
    r"|girl|person)(?: else)?(?: \w+){0,2} (?:gets|has|have|will have|can have|touches) me\b"
    r"|\bif (?:he|she) cant have me (?:then )?no ?(?:one|body)(?: else)? (?:can|will)\b",
    "de": r"\bdass mich (?:\w+ ){0,2}(?:kein anderer|keiner|niemand (?:anderes|sonst))"
    r" (?:\w+ ){0,2}(?:bekommt|kriegt|hat|haben wird)\b",
    "es": r"\b(?:asegurar|asegurarse|encargarse|encargar) (?:de )?que nadie (?:mas )?me tenga\b"
    r"|\bnadie mas me (?:va a tener|tendra)\b",
    "fr": r"\bfera en sorte que personne (?:dautre )?ne (?:m|me )?ait\b|\bpersonne dautre ne"
    r" maura\b",
    "pt": r"\bgarantir que ninguem mais me tenha\b|\bninguem mais vai me ter\b",
    "ru": r"\bникому (?:другому |больше )?(?:я |ты )?не доста\w*",
}

_KILL_BOTH: Final = {
    "es": r"(?:nos )?(?:mata|matara|va a matar|mataria)(?:nos)? a (?:los|las) dos|matarnos a"
    r" (?:los|las) dos",
    "fr": r"nous tue(?:ra)? tous les deux|nous tuer tous les deux|va nous tuer tous les deux",
    "pt": r"mata (?:nos|a gente) dois|matar (?:nos|a gente) dois|mata os dois|matar os dois",
}
_WITH_ANOTHER: Final = {
    "es": r"con otro|con otra persona|con alguien mas",
    "fr": r"avec un autre|avec quelquun dautre",
    "pt": r"com outro|com outra pessoa|com alguem",
}

_NUDES: Final = {
    "en": r"my nudes|(?:my )?(?:nude|naked|intimate|private|sexy) (?:photos|pics|pictures|videos"
    r"|images)|(?:our )?sex tape",
    "de": r"nacktbilder|nacktfotos|nacktvideos|intime (?:bilder|fotos|videos)|meine nudes",
    "es": r"(?:mis )?fotos (?:intimas|desnuda|desnudo|privadas)|mis (?:nudes|packs)|videos"
    r" intimos",
    "fr": r"(?:mes )?photos (?:nue|nues|intimes|denudees)|mes nudes|(?:mes )?videos intimes",
    "pt": r"meus nudes|(?:minhas )?fotos (?:intimas|pelada|nua)|(?:meus )?videos intimos",
    "ru": r"голые фото|интимные фото|(?:мои )?нюдс\w*|интимн\w* видео|фото без одежды",
}
_PUBLISH: Final = {
    # Any form of the verb ("sending them to my boss"), round 8.
    "en": r"post\w*|share\w*|send\w*|sent|leak\w*|upload\w*|publish\w*|spread\w*|show\w*",
    "de": r"veröffentlich\w*|verschick\w*|posten|hochladen|rumschicken|verbreiten|online",
    "es": r"subir|publicar|mandar|difundir|pasar|mostrar|compartir|filtrar",
    "fr": r"publier|poster|envoyer|diffuser|balancer|partager|en ligne",
    "pt": r"vazar|postar|espalhar|mand\w*|divulgar|publicar",
    "ru": r"выложит|выложить|разошл\w*|разослать|отправит|покажет|сольет|опубликует",
}
_IF_I_LEAVE: Final = {
    "en": r"if i (?:leave|break up|end it|split|go|dump)",
    "de": r"wenn ich (?:\w+ )?(?:verlasse|gehe|schluss mache|mich trenne)",
    "es": r"si (?:lo |la )?(?:dejo|me voy|termino|corto)",
    "fr": r"si je (?:le |la )?(?:quitte|pars|men vais|laisse)",
    "pt": r"se eu (?:terminar|for embora|largar|deixar|sair)",
    "ru": r"если (?:я )?(?:уйду|брошу|расстанусь)",
}

# Or the threat said as one (round 8): "says she's sending them to my boss".
_THREATENS: Final = {
    "en": r"threaten\w*|(?:says|saying) (?:hes|shes|he will|she will|hell|shell)"
    r"|said (?:he|she) (?:would|will)",
    "de": r"droht|drohte|gedroht|will sie|will es",
    "es": r"amenaza\w*|dice que (?:las|los|lo) va a",
    "fr": r"menace\w*|dit quil va|dit quelle va",
    "pt": r"amea\w*|disse que (?:vai|ia)|diz que vai",
    "ru": r"грозит\w*|угрожа\w*|обещает|обещал\w*",
}

# Round 8: the children taken away (each rule needs the threat or the for-ever).
_CHILDREN: Final = {
    "en": near(
        r"(?:take|taking|took|takes) (?:the|my|our) (?:kids|children|son|daughter|baby|boys|girls)",
        r"never see (?:them|him|her) again|away from me|from me for good|abroad"
        r"|out of the country|to (?:his|her) (?:country|home country)",
        within=6,
    ),
    "de": then(
        r"(?:droht|drohte|gedroht)",
        r"(?:die|unsere|meine) (?:kinder|kleinen)|(?:unseren|meinen) sohn|(?:unsere|meine) tochter",
        r"(?:wegzunehmen|mitzunehmen|zu entführen|ins ausland)",
        within=3,
    ),
    "es": r"\bamenaza\w* (?:\w+ )?con (?:quitarme|llevarse|robarme) (?:a )?(?:mi|mis|los|nuestros"
    r"|nuestra|nuestro|la|el) (?:hija|hijo|hijos|hijas|ninos|nenes|bebe|nena|nene)\b",
    "fr": r"\bmenace\w* de (?:partir|se barrer|senfuir|disparaitre|me prendre|prendre|emmener"
    r"|garder) (?:avec )?(?:les|mes|nos) (?:enfants|gosses|petits|filles|fils)\b",
    "pt": r"\bamea\w* (?:de )?(?:levar|tirar|sumir com|roubar) (?:os|meus|nossos|as|minhas|o|a)"
    r" (?:miudos|filhos|filhas|criancas|meninos|bebe|filho|filha)\b",
    "ru": r"\b(?:грозит\w*|угрожа\w*) (?:\w+ )?(?:забрать|отобрать|увезти|украсть) (?:у меня )?"
    r"(?:сына|дочь|дочку|детей|ребенка|ребёнка|малыша)\b",
}

# Round 8: a weapon brought out, then what happens if I leave.
_WEAPON_OUT: Final = {
    "en": r"(?:pulled|took|got|brought|grabbed) (?:out )?(?:a|the|his|her|my) (?:\w+ )?(?:knife"
    r"|gun|pistol|blade|rifle|shotgun|machete)",
    "de": r"(?:holte|geholt|zog|gezogen|nahm|genommen|legte|gelegt) (?:\w+ ){0,5}(?:pistole|messer"
    r"|waffe|knarre|gewehr)|(?:pistole|messer|waffe|knarre|gewehr) (?:\w+ ){0,5}(?:geholt|gelegt)",
    "es": r"(?:saco|agarro|tomo|saca|agarra) (?:una|la|un|el|su) (?:pistola|navaja|cuchillo|arma"
    r"|machete|escopeta)",
    "fr": r"(?:a sorti|sort|a pris|prend|a attrape) (?:un|une|le|la|son|sa) (?:couteau|flingue"
    r"|pistolet|arme|fusil|lame)",
    "pt": r"(?:pegou|puxou|sacou|pega|tirou) (?:a|uma|o|um|sua|seu) (?:faca|arma|revolver|pistola"
    r"|espingarda|canivete)",
    "ru": r"(?:достал|взял|схватил|вытащил) (?:\w+ )?(?:нож|пистолет|травмат|ружье|ружьё|топор"
    r"|ствол)",
}
# ...but not a knife brought out for the cake.
_TO_CUT: Final = {
    "en": r"(?:to|for) (?:cut|slice|carve|chop|open|the)\b",
    "de": r"(?:zum|für|um) ",
    "es": r"(?:para|pa) ",
    "fr": r"(?:pour|a) ",
    "pt": r"(?:pra|para|pro) ",
    "ru": r"(?:порезать|нарезать|разрезать|для|чтобы)\b",
}
_IF_I_GO: Final = {
    "en": r"if i (?:leave|left|go|went|try to leave|tried to leave)|think (?:about|of) leaving",
    "de": r"wenn ich (?:\w+ )?(?:gehe|verlasse|schluss mache)|ob ich (?:\w+ )?(?:gehe|bleibe)",
    "es": r"si (?:me voy|me iba|me fuera|lo dejo|lo dejaba)|irme",
    "fr": r"si je (?:partais|pars|le quitte|le quittais|men vais|men allais)",
    "pt": r"se eu (?:fosse|for|sair|saisse|largar|deixar) (?:\w+ )?(?:embora)?",
    "ru": r"если я (?:уйду|уйдешь|брошу|уеду)",
}

_DEPORTED: Final = {
    "en": r"(?:get|have|got) me deported|report me to (?:immigration|the home office|ice)"
    r"|(?:im|i am|ill be|i would be|i get) deported",
    "de": r"(?:dass ich|ich) (?:\w+ )?abgeschoben werde|mich abschieben",
    "es": r"me deporten|deportarme|me deportan|denunciarme (?:a|en|con) migracion",
    "fr": r"me faire (?:expulser|renvoyer)|(?:je sois|je serai) expulsee?",
    "pt": r"(?:eu )?ser deportad[ao]|me deportar|me deportem|me denuncia (?:a|na) imigracao",
    "ru": r"меня депортируют|депортировать меня|меня вышлют",
}
_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

_THREAT_OR_LEAVE: Final = {c: f"{_IF_I_LEAVE[c]}|{_THREATENS[c]}|{_IF_I_GO[c]}" for c in _CODES}

FAMILIES: Final = families(
    "threat",
    "threat",
    {
        "fire": {c: near(_FIRE[c], _WITH_US_INSIDE[c], within=6) for c in _CODES},
        "bury": {c: near(_FIND_ME[c], _BURY[c], within=6) for c in _CODES},
        "nobody_else": _NOBODY_ELSE,
        # English, German and Russian threat families already say "kill us both".
        "both": {c: near(_KILL_BOTH[c], _WITH_ANOTHER[c], within=6) for c in ("es", "fr", "pt")},
        "nudes": {
            c: near(_NUDES[c], _PUBLISH[c], f"{_IF_I_LEAVE[c]}|{_THREATENS[c]}", within=8)
            for c in _CODES
        },
        "children": _CHILDREN,
        "deport": {c: near(_DEPORTED[c], _THREAT_OR_LEAVE[c], within=8) for c in _CODES},
        "weapon_leave": {
            c: then(f"(?:{_WEAPON_OUT[c]})(?! {_TO_CUT[c]})", _IF_I_GO[c], within=10)
            for c in _CODES
        },
    },
)
