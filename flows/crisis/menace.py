"""Menace without a threat verb, in six languages (safety4).

- Possession until death: "you're mine until one of us is dead" (wedding vows, "till
  death do us part", are not: the words "one of us" are required).
- A weapon kept "for me": a knife under his pillow "for me if I try anything".
- Russian fear with the object first ("я его боюсь", "её по-настоящему боюсь"); the
  other languages' fear families already catch the bare and intensified forms. "Я его
  боюсь разбудить" (afraid to wake him) is not fear of him: an infinitive after it
  excuses it.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, alt
from flows.crisis.lang_en_words import HER, PARTNER_NOUN

_WHO_EN: Final = alt("he|she|they", rf"my {PARTNER_NOUN}")
_WEAPON_EN: Final = alt(
    "knife|knives|gun|pistol|rifle|shotgun|blade|bat|baseball bat|hammer|machete|axe|taser"
)

EN = Family(
    "en.threat.menace",
    "threat",
    (
        r"\b(?:mine|his|hers|theirs|belong to (?:him|her|me)) (?:\w+ ){0,3}(?:until|till|til"
        r"|untill) one of us (?:is dead|dies|die|is gone|ends up dead|is in the ground)\b",
        r"\b" + _WEAPON_EN + r" (?:\w+ ){0,8}(?:its|it is|thats|that is|says its|is) for me"
        r" (?:if|when|in case) i\b"
        r"|\b" + _WEAPON_EN + r" (?:\w+ ){0,8}(?:in case|for if|for when) i (?:try|leave|run"
        r"|go|ever leave|ever try|tell|say)\b",
    ),
)

_WEAPON_DE: Final = alt("messer|küchenmesser|pistole|waffe|knarre|schläger|baseballschläger|axt")

DE = Family(
    "de.threat.menace",
    "threat",
    (
        r"\b(?:gehör\w*|gehöre|gehörst|gehört) (?:\w+ ){0,3}bis (?:einer|eine|eins) von uns"
        r" (?:tot ist|stirbt|draufgeht|unter der erde)\b",
        r"\b" + _WEAPON_DE + r" (?:\w+ ){0,10}für mich (?:\w+ )?(?:falls|wenn|sobald) ich\b",
    ),
)

_WEAPON_ES: Final = alt("cuchillo|pistola|arma|navaja|bate|machete|revolver|hacha|escopeta")

ES = Family(
    "es.threat.menace",
    "threat",
    (
        r"\b(?:suya|suyo|mia|mio) (?:\w+ ){0,2}hasta que (?:uno|una) de (?:los dos|nosotros"
        r"|nosotras|las dos) (?:se muera|muera|este muerto|este muerta|se muere)\b",
        r"\b" + _WEAPON_ES + r" (?:\w+ ){0,10}para mi (?:\w+ )?(?:si|cuando|por si) (?:yo )?"
        r"(?:intento|me voy|lo dejo|hago|me escapo|intentara|hiciera)\b",
    ),
)

_WEAPON_FR: Final = alt("couteau|flingue|arme|pistolet|fusil|batte|hache|lame|revolver")

FR = Family(
    "fr.threat.menace",
    "threat",
    (
        r"\b(?:a lui|a moi|a elle) (?:\w+ ){0,2}jusqua ce (?:quun|quune|que lun|que lune)"
        r" (?:de nous|dentre nous) (?:deux )?(?:meure|soit mort|soit morte|creve)\b",
        r"\b" + _WEAPON_FR + r" (?:\w+ ){0,10}pour moi (?:\w+ )?(?:si|quand|au cas ou) "
        r"(?:je|jessaie|jamais|jose)\b",
    ),
)

_WEAPON_PT: Final = alt("faca|arma|revolver|pistola|canivete|taco|machado|facao")

PT = Family(
    "pt.threat.menace",
    "threat",
    (
        r"\b(?:dele|dela|minha|meu) (?:\w+ ){0,2}ate (?:um|uma) de nos (?:dois|duas )?"
        r"(?:morrer|estar morto|estar morta|morra)\b",
        r"\b" + _WEAPON_PT + r" (?:\w+ ){0,10}(?:pra|para) mim se eu (?:tentar|for embora"
        r"|sair|largar|fugir|contar|fizer)\b",
        # "esganar" (to throttle), which the Portuguese threat family does not list.
        r"\b(?:vai|vao|ia|quer|ameacou) (?:me )?esganar\b|\bme (?:esganou|esgana|esganava)\b",
    ),
)

RU = Family(
    "ru.threat.menace",
    "threat",
    (
        r"\b(?:его|ее|моя|мой|принадлежу ему|принадлежишь мне) (?:\w+ ){0,3}(?:пока|до тех пор"
        r" пока) (?:кто то|кто нибудь|один|одна|кто) из нас не (?:умрет|сдохнет|помрет)\b",
        r"\b(?:нож\w*|пистолет\w*|ружь\w*|бит(?:а|у|ой)|топор\w*|ствол\w*) (?:\w+ ){0,10}"
        r"(?:это )?для"
        r" меня (?:\w+ )?(?:если|когда|на случай если) я\b",
    ),
)

RU_FEAR = Family(
    "ru.fear.object_first",
    "fear",
    (
        # Fear with the object first: "я его боюсь", "мужа по-настоящему боюсь".
        r"\b(?:его|ее|мужа|парня|жены|девушки|бывшего|бывшей) (?:я )?(?:очень |реально |правда "
        r"|по настоящему |так |ужасно |до смерти |жутко |просто )?боюсь\b(?! \w+ть(?:ся)?\b)",
    ),
)

# Other words for fear of a partner: terror, panic, "he terrifies me", "мне страшно с ним".
EN_FEAR = Family(
    "en.fear.words",
    "fear",
    (
        r"\b" + _WHO_EN + r" (?:\w+ )?(?:scares|frightens|terrifies|scared|frightened|terrified)"
        r" the (?:hell|shit|crap|life|living daylights|fuck|heck) out of me\b"
        r"|\bi (?:really |honestly |truly )?fear (?:him|" + HER + rf"|my {PARTNER_NOUN})\b",
    ),
)

ES_FEAR = Family(
    "es.fear.words",
    "fear",
    (
        r"\b(?:le|la|lo) tengo (?:\w+ )?(?:terror|panico|pavor)\b(?! a\b)"
        r"|\btengo (?:\w+ )?(?:terror|panico|pavor) (?:de|a) (?:el|ella|mi novio|mi novia|mi marido"
        r"|mi esposo|mi esposa|mi pareja|mi mujer|mi ex)\b"
        r"|\b(?:el|ella|mi novio|mi novia|mi marido|mi esposo|mi pareja|mi ex) me (?:da|dan) "
        r"(?:\w+ )?(?:miedo|terror|panico|pavor)\b"
        r"|\bme da (?:\w+ )?(?:miedo|terror|panico|pavor) mi (?:novio|novia|marido|esposo|pareja"
        r"|mujer|ex)\b",
    ),
)

FR_FEAR = Family(
    "fr.fear.words",
    "fear",
    (
        r"\b(?:il|elle|mon mari|mon copain|ma copine|ma femme|mon conjoint|mon ex) me (?:terrifie"
        r"|terrorise|fout la trouille|fout les jetons|glace le sang)\b",
    ),
)

PT_FEAR = Family(
    "pt.fear.words",
    "fear",
    (
        r"\b(?:tenho|sinto|morro de) (?:\w+ )?(?:pavor|panico|terror) (?:dele|dela|do meu \w+"
        r"|da minha \w+)\b"
        r"|\b(?:ele|ela|meu marido|meu namorado|minha namorada|minha mulher|meu ex) me (?:da|dava)"
        r" (?:\w+ )?(?:medo|pavor|panico)\b",
    ),
)

RU_FEAR_WORDS = Family(
    "ru.fear.words",
    "fear",
    (
        r"\bмне (?:\w+ )?(?:страшно|жутко) (?:с ним|с ней|рядом с ним|рядом с ней|с мужем"
        r"|с парнем|дома с ним)\b(?! \w+ть(?:ся)?\b)"
        r"|\b(?:он|она|муж|парень|бывший) (?:\w+ )?меня (?:запугивает|запугал|запугала"
        r"|терроризирует)\b",
    ),
)

FAMILIES: Final = (
    EN,
    DE,
    ES,
    FR,
    PT,
    RU,
    RU_FEAR,
    EN_FEAR,
    ES_FEAR,
    FR_FEAR,
    PT_FEAR,
    RU_FEAR_WORDS,
)
