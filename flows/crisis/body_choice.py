"""Reproductive and sexual coercion said plainly (safety7, ``sexual``).

Rules per language:

- ``pill``: threw away, flushed my pill + a child whether I want it or not ("threw away
  my old pills, the doctor gave me new ones" stays quiet);
- ``condom``: takes the condom off without telling me, secretly;
- ``filmed`` (de, fr; the others' families read it): filmed sex despite my no +
  threatens to send it;
- ``asleep``: waits until I'm asleep and then does things, touches me.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_PILL: Final = {
    "en": then(
        r"(?:threw away|threw out|flushed|hid|binned|destroyed) my (?:birth control|contraceptive"
        r"|pill|pills)",
        r"whether i (?:like it|want it|want to) or not|like it or not|want it or not",
        within=8,
    ),
    "de": then(
        r"(?:meine|die) (?:pille|verhutung|antibabypille) (?:\w+ )?(?:weggeworfen|versteckt"
        r"|ins klo|runtergespult)",
        r"ob ich (?:will|es will|das will) oder nicht",
        within=8,
    ),
    "es": then(
        r"(?:tiro|escondio|boto) mis (?:pastillas|anticonceptivos)",
        r"quiera o no|lo quiera o no",
        within=10,
    ),
    "fr": then(
        r"(?:jete|cache|jeter) ma (?:pilule|contraception)",
        r"que je le veuille ou non|que je veuille ou non",
        within=8,
    ),
    "pt": then(
        r"(?:jogou fora|escondeu|jogou no lixo) (?:o )?meu (?:anticoncepcional|remedio)"
        r"|(?:jogou fora|escondeu) minhas pilulas",
        r"querendo ou nao|queira ou nao",
        within=8,
    ),
    "ru": then(
        r"(?:выбросил|спрятал|смыл) мои (?:таблетки|противозачаточные)",
        r"хочу я (?:этого )?или нет|хочу или нет",
        within=8,
    ),
}

# Round 9: also the condom taken off and, a few words away, secretly or in the middle.
_CONDOM_OFF: Final = {
    "en": r"(?:slips|takes|took|pulls|pulled|slipped|taking|pulling) (?:the |his )?condom off"
    r"|(?:takes|took|pulls|pulled|taking) off (?:the|his) condom|(?:removed|removes) (?:the|his)"
    r" condom",
    "de": r"(?:zieht|zog|nimmt|nahm) (?:heimlich |einfach )?(?:das|sein) kondom ab"
    r"|(?:das|sein) kondom (?:\w+ )?(?:abgezogen|abgemacht|abgenommen|runtergezogen|weggemacht"
    r"|ab|runter)",
    "es": r"(?:se |me )?(?:saca|quita|saco|quito|retiro|retira) el (?:condon|preservativo)",
    "fr": r"(?:enleve|retire|a enleve|a retire|enlevait|retirait) (?:la capote|le preservatif)",
    "pt": r"(?:tira|tirou|tirava) (?:a camisinha|o preservativo)",
    "ru": r"(?:снимает|снял|стягивает|стянул) (?:\w+ )?презерватив",
}
_SECRETLY: Final = {
    "en": r"without (?:telling|asking|saying|letting)|secretly|quietly|halfway|midway"
    r"|in the middle|behind my back|sneakily",
    "de": r"heimlich|ohne (?:\w+ ){0,3}(?:sagen|fragen|gesagt|gefragt)|mittendrin|zwischendurch"
    r"|einfach",
    "es": r"sin (?:decirme|avisarme|preguntarme|decir nada|avisar)|a escondidas|a mitad"
    r"|a la mitad|en medio",
    "fr": r"sans (?:me le dire|me prevenir|demander|rien dire|me demander)|en douce|en cachette"
    r"|en plein milieu|au milieu",
    "pt": r"sem (?:me )?(?:avisar|falar|contar|perguntar)|escondid[oa]|no meio|na metade",
    "ru": r"тайком|втихую|не предупредив|посреди|не сказав|ничего не сказал|без спроса",
}
# As round 6 listed them: the secrecy word right after.
_CONDOM_SAID: Final = {
    "en": r"\b(?:secretly |quietly )?(?:slips|takes|took|pulls|pulled|slipped) (?:the|his)"
    r" condom off\b(?! (?:after|when we))|\b(?:takes|took|pulls) off (?:the|his) condom"
    r" (?:without (?:telling|asking) me|secretly|halfway)\b",
    "de": r"\b(?:zieht|zog|nimmt|nahm) (?:heimlich |einfach )?(?:das|sein) kondom ab\b"
    r"|\b(?:das|sein) kondom (?:heimlich|ohne (?:es )?mir (?:zu )?sagen) (?:ab|runter)"
    r"(?:gezogen|genommen)?\b",
    "es": r"\bse (?:saca|quita|saco|quito) el condon (?:sin (?:decirme|avisarme|preguntarme)"
    r"|a escondidas)\b",
    "fr": r"\b(?:enleve|retire|a enleve|a retire) (?:la capote|le preservatif) (?:sans me le dire"
    r"|sans me prevenir|en douce|en cachette)\b",
    "pt": r"\b(?:tira|tirou) a camisinha (?:sem (?:me )?(?:avisar|falar|contar)|escondido"
    r"|escondida)\b",
    "ru": r"\b(?:снимает|снял|стягивает) презерватив (?:и не (?:говорит|сказал)|тайком|втихую"
    r"|не предупредив)\b",
}
_CONDOM: Final = {
    c: f"(?:{_CONDOM_SAID[c]})|{near(_CONDOM_OFF[c], _SECRETLY[c], within=4)}" for c in _CONDOM_OFF
}

_FILMED: Final = {
    "de": then(
        r"(?:uns|mich) (?:beim sex|im bett|dabei) (?:gefilmt|aufgenommen)",
        r"droht (?:es|das|damit es) (?:\w+ ){0,2}(?:zu )?(?:schicken|zeigen|posten)",
        within=8,
    ),
    "fr": then(
        r"(?:nous|ma) (?:a )?filme(?:e|s|es)? (?:pendant lamour|au lit|pendant quon)",
        r"menace de(?:nvoyer| montrer| publier| lenvoyer)",
        within=8,
    ),
}

_ASLEEP: Final = {
    "en": then(
        r"(?:he )?waits (?:till|until) (?:im|i am|i fall) asleep",
        r"(?:then )?(?:starts )?(?:touching me|does things|touches me|gets on me)",
        within=3,
    ),
    "de": then(
        r"(?:er )?wartet bis ich (?:schlafe|eingeschlafen bin)",
        r"(?:macht er )?sachen mit mir|(?:fasst|fasst er) mich an|beruhrt (?:er )?mich",
        within=4,
    ),
    "es": then(
        r"espera (?:a )?que me (?:duerma|quede dormida)",
        r"me hace cosas|me toca|me manosea",
        within=3,
    ),
    "fr": then(
        r"(?:il )?attend que je (?:dorme|sois endormie)",
        r"(?:il )?me fait des choses|me touche|me tripote",
        within=3,
    ),
    "pt": then(
        r"espera eu (?:dormir|pegar no sono)",
        r"faz coisas comigo|me toca|me apalpa|mexe em mim",
        within=3,
    ),
    "ru": then(
        r"ждет пока я (?:усну|засну)",
        r"делает со мной|трогает меня|лезет ко мне",
        within=3,
    ),
}

FAMILIES: Final = families(
    "body_choice",
    "sexual",
    {"pill": _PILL, "condom": _CONDOM, "filmed": _FILMED, "asleep": _ASLEEP},
)
