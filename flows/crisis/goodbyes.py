"""Farewells and "better off without me" in any word order (safety5, ``self_harm``).

Rules (concepts per language, matched with :mod:`flows.crisis.window`):

- ``without_me``: everyone, my family + easier, better off + without me;
- ``if_gone``: if I'm not here tomorrow + know that I loved you;
- ``over_for_me``: soon, tonight, tomorrow + it will all be over for me;
- ``ready``: I'm ready + it ends tomorrow, it's over;
- ``goodbyes``: said my goodbyes to everyone (not "at the airport", "see you");
- ``where_going``: won't need them + where I'm going;
- ``no_trouble``: I won't be a problem, bother anyone + any more, after tonight;
- ``letters``: letters written, left + it was not their fault; or a letter + for when
  I'm gone, in case I'm not here (round 10).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_OTHERS: Final = {
    "en": r"everyone|everybody|my family|my kids|the kids|my children|my parents|people"
    r"|you all|yall|the world|my husband|my wife|my partner|my friends",
    "de": r"alle|allen|jeder|meine familie|meiner familie|euch|ihr|die welt|meine kinder"
    r"|meinen kindern|mein mann|meine frau",
    "es": r"todos|todo el mundo|mi familia|ustedes|la gente|mis hijos|mis papas",
    "fr": r"tout le monde|ma famille|vous|les autres|tous|mes enfants|mes parents",
    "pt": r"todo mundo|todos|minha familia|voces|vcs|a galera|meus filhos|meus pais",
    "ru": r"всем|все|семье|семья|вам|родным|близким|мир\w*|детям|мужу|жене|маме|родителям",
}
_EASIER: Final = {
    "en": r"easier(?: life)?|better off|better|happier|simpler|lighter|relieved",
    "de": r"leichter|besser dran|besser|glücklicher|einfacher|ruhiger",
    # "estarían mejor sin mí" is es.self.want.
    "es": r"viviria mejor|mas facil|mas felices|mas tranquil[oa]s|mas livian[oa]s",
    "fr": r"mieux|plus simple|plus facile|plus heureux|plus tranquilles",
    # "ficariam melhor sem mim" is pt.self.want.
    "pt": r"mais facil|mais faceis|mais felizes|mais leve|mais tranquil[oa]s"
    r"|(?:ia|iam|iria|iriam|vai|vao) ficar melhor",
    "ru": r"проще|лучше|легче|спокойнее|счастливее",
}
_WITHOUT_ME: Final = {
    # Plain "better off without me" is en.self.end_life; these are the other forms.
    "en": r"without me (?:in it|around|here)|if i wasnt (?:around|here)|if im gone|once im gone"
    r"|with me gone",
    "de": r"ohne mich",
    "es": r"sin mi",
    "fr": r"sans moi",
    "pt": r"sem mim|sem eu",
    "ru": r"без меня",
}

_IF_GONE: Final = {
    "en": r"if im not here|if im gone|if i dont wake up|if you dont hear from me"
    r"|if something happens to me",
    "de": r"wenn ihr (?:\w+ ){0,2}nichts mehr von mir hört"
    r"|(?:falls|wenn) ich (?:\w+ ){0,2}nicht mehr da bin"
    r"|(?:falls|wenn) ich nicht mehr aufwache|(?:falls|wenn) mir was passiert",
    "es": r"si (?:mañana |manana )?(?:ya )?no estoy|si no despierto|si me pasa algo",
    "fr": r"si je (?:ne )?suis (?:plus|pas) la|si je me reveille pas|sil marrive quelque chose",
    "pt": r"se eu nao estiver (?:mais )?aqui|se eu nao acordar|se eu sumir"
    r"|se acontecer algo comigo",
    "ru": r"если (?:завтра )?меня не (?:станет|будет)|если я не проснусь|если со мной"
    r" что то случится",
}
_LOVED: Final = {
    "en": r"i (?:loved|love) (?:you|every|all)|loved you",
    "de": r"(?:geliebt|lieb gehabt|liebe euch|lieb euch|hab euch lieb)",
    "es": r"(?:los|las|te) (?:quise|quiero|ame|amo)",
    "fr": r"je (?:vous |t)(?:aimais|aime)|je vous ai aimes",
    "pt": r"(?:amei|amo) (?:voces|vcs|vc|todos|voce)|te amei|amei",
    "ru": r"любил\w*|люблю (?:вас|тебя)|(?:вас|тебя) (?:очень )?люблю",
}

_SOON: Final = {
    "en": r"soon|tonight|tomorrow|in a few days|not long now|by (?:the weekend|tomorrow"
    r"|friday|monday|tonight|morning)|this week",
    "de": r"bald|heute nacht|morgen|nicht mehr lange",
    "es": r"pronto|esta noche|mañana|manana|dentro de poco",
    "fr": r"bientot|ce soir|demain|dici peu",
    "pt": r"logo|hoje a noite|amanha|em breve|daqui a pouco",
    "ru": r"скоро|сегодня ночью|завтра|совсем скоро",
}
_OVER_FOR_ME: Final = {
    "en": r"(?:it|everything|all this)(?: will| is going to| gonna|ll)?(?: all)?(?: be)?"
    r" (?:over|done|finished) for me",
    "de": r"(?:ist es|ist alles|ist das alles) (?:für mich )?vorbei(?: für mich)?"
    r"|bin ich nicht mehr da",
    "es": r"(?:todo|todo esto) (?:se )?(?:va a )?(?:terminar|acabar|termina|acaba)\w* para mi"
    r"|se (?:va a )?(?:acabar|terminar|acaba|termina) todo para mi",
    "fr": r"tout (?:sera|va etre) (?:fini|termine) pour moi",
    "pt": r"tudo (?:vai )?(?:acabar|acaba|terminar|termina) (?:pra|para) mim",
    "ru": r"для меня (?:всё|все) (?:закончится|кончится|будет кончено)",
}

_READY: Final = {
    "en": r"im ready|i am ready|ive made up my mind|my mind is made up",
    "de": r"ich bin bereit|bin bereit|ich hab mich entschieden",
    "es": r"(?:ya )?estoy list[ao]|ya lo decidi|estoy preparad[ao]",
    "fr": r"je suis pret\w*|jai decide|ma decision est prise",
    "pt": r"(?:to|tou|estou) pront[ao]|ja decidi",
    "ru": r"я готов\w*|я решил\w*",
}
_IT_ENDS: Final = {
    "en": r"it ends|it all ends|everything ends|it will (?:all )?be over|its over tomorrow",
    "de": r"ist schluss|ist es vorbei|ist alles vorbei|hört alles auf|endet alles|endet es",
    "es": r"se acaba(?: todo)?|se termina(?: todo)?|termina todo|acaba todo",
    "fr": r"cest la fin|tout sarrete|tout se termine|tout sera fini",
    "pt": r"acaba|termina|tudo acaba|tudo termina",
    "ru": r"(?:всё|все) (?:кончится|закончится|закончу|кончено)",
}

_GOODBYES: Final = {
    "en": r"\bsaid (?:my )?(?:goodbyes?|bye) to (?:everyone|everybody|all of them|my family"
    r"|all my friends)\b(?! (?:at|before|on|in|see|and (?:left|got|boarded|went))\b)",
    "de": r"\bhab\w* mich (?:heute |schon )?von (?:allen|allen menschen|meiner familie|euch"
    r" allen) verabschiedet\b(?! (?:am|im|auf|bis)\b)",
    "es": r"\bme despedi de (?:todos|todo el mundo|mi familia|mis amigos)\b"
    r"(?! (?:en|em|no|na|antes|ate|hasta|nos vemos)\b)",
    "fr": r"\bjai dit au revoir a (?:tout le monde|tous|ma famille|mes amis)\b"
    r"(?! (?:a la|au|avant|a demain|a plus|a bientot|a juin)\b)",
    "pt": r"\bme despedi de (?:todo mundo|todos|minha familia|meus amigos)\b"
    r"(?! (?:en|em|no|na|antes|ate|hasta)\b)",
    "ru": r"\bпопрощал\w* (?:со всеми|с семь[её]й|с друзьями)\b(?! (?:на|в|до|перед)\b)",
}

_WONT_NEED: Final = {
    "en": r"wont (?:be )?need(?:ing)? (?:them|it|any of (?:it|this|them)|these|those)",
    "de": r"brauch\w* ich (?:sie|das|es|die|nichts davon)(?: \w+)? nicht|nicht mehr brauchen",
    "es": r"no (?:las|los|lo|la) (?:voy a )?necesit\w*",
    "fr": r"(?:plus|pas) besoin",
    "pt": r"nao vou (?:mais )?precisar|nao preciso (?:mais )?(?:delas|deles|disso)",
    "ru": r"не понадоб\w*|не нужн\w*",
}
_WHERE_GOING: Final = {
    "en": r"where im going|where i am going|where im headed|where im off to",
    "de": r"wo ich hingehe|wo ich hin gehe|wohin ich gehe|da wo ich hingehe",
    "es": r"(?:a )?donde voy|adonde voy|donde me voy",
    "fr": r"(?:la )?ou je vais",
    "pt": r"(?:pra|para) onde (?:eu )?vou|onde eu vou",
    "ru": r"куда я (?:ухожу|иду|уйду|собираюсь)|там где я буду",
}

_NO_TROUBLE: Final = {
    "en": r"\bi (?:wont|will not) be a (?:problem|bother|nuisance|pain) (?:for|to) (?:anyone"
    r"|anybody|you|any of you)(?: \w+)? (?:after tonight|after today|much longer|for long"
    r"|anymore|any more|soon|ever again)\b",
    "de": r"\b(?:bald|nicht mehr lange|ab morgen) (?:\w+ )?(?:(?:störe|nerve) ich (?:niemanden"
    r"|keinen) mehr|(?:bin|gehe) ich (?:niemandem|keinem) mehr (?:im weg|auf die nerven))\b",
    "es": r"\bya no (?:voy a|vuelvo a) (?:molestar|ser (?:un|una) (?:problema|molestia))"
    r" (?:a|para) nadie(?: nunca)? mas\b",
    "fr": r"\b(?:bientot|apres ce soir|demain) (?:je )?(?:ne )?(?:derangerai|generai|embeterai)"
    r" plus personne\b",
    "pt": r"\b(?:logo|em breve|depois de hoje) (?:eu )?nao vou (?:mais )?(?:incomodar"
    r"|atrapalhar|ser (?:um )?problema)(?: pra| para)? (?:mais )?ninguem\b",
    "ru": r"\b(?:скоро|больше|после сегодня) (?:я )?никому не буду (?:мешать|проблемой)\b",
}

# "Ready for the trip, tomorrow the course ends": ready for something, something ends.
_FOR: Final = r"(?:for|für|fur|para|pour|pra|pro|к)\b"
_WITH_WHAT: Final = (
    r"(?:with|the|my|mit|der|die|das|el|la|los|las|mi|de|des|du|la|le|les|o|a|os|as|meu"
    r"|minha|с)\b"
)

# Letters (plural: one letter to one person saying "it wasn't your fault" is how couples
# make up), and the same letters or one "for when I'm gone".
_LETTERS: Final = {
    "en": r"letters (?:to|for)|(?:wrote|written|left) (?:\w+ )?letters",
    "de": r"briefe|abschiedsbrief\w*",
    "es": r"cartas",
    "fr": r"lettres",
    "pt": r"cartas",
    "ru": r"письма|записки",
}
_A_LETTER: Final = {
    "en": r"letters?",
    "de": r"briefe?|abschiedsbrief\w*",
    "es": r"cartas?",
    "fr": r"lettres?",
    "pt": r"cartas?",
    "ru": r"письм\w*|записк\w*",
}
_NOT_THEIR_FAULT: Final = {
    "en": r"(?:wasnt|isnt|was not|is not|werent) (?:their|anyones) fault"
    r"|none of this (?:was|is) (?:their|your|his|her) fault",
    "de": r"nicht (?:seine|ihre|eure|deine) schuld",
    "es": r"no (?:fue|es) (?:su|tu) culpa",
    "fr": r"(?:cest|ce nest) pas (?:leur|ta|sa|de leur) faute",
    "pt": r"nao (?:foi|e) culpa (?:dele|dela|deles|sua|tua|de ninguem)",
    "ru": r"не (?:их|твоя|его|ее|её) вина",
}
_WHEN_GONE: Final = {
    "en": r"for when im gone|in case im not here|if im not here (?:tomorrow|anymore)",
    "de": r"wenn ich nicht mehr da bin|falls ich nicht mehr da bin",
    "es": r"por si (?:manana )?ya no estoy|cuando ya no este",
    "fr": r"quand je serai plus la|si je suis plus la|que je les aime avant de partir",
    "pt": r"se eu nao estiver mais|quando eu nao estiver|pro caso de eu nao estar",
    # "На всякий случай" only after a letter to family: to the landlord it is routine.
    "ru": r"когда меня не станет|если меня не будет|(?:маме|папе|сестре|брату|детям|родителям"
    r"|мужу|дочке|сыну|бабушке) на всякий случай",
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")

FAMILIES: Final = families(
    "goodbye",
    "self_harm",
    {
        "without_me": {c: near(_OTHERS[c], _EASIER[c], _WITHOUT_ME[c], within=4) for c in _CODES},
        "if_gone": {c: then(_IF_GONE[c], _LOVED[c], within=6) for c in _CODES},
        "over_for_me": {c: near(_SOON[c], _OVER_FOR_ME[c], within=3) for c in _CODES},
        "ready": {
            c: then(
                rf"(?:{_READY[c]})(?! {_FOR})", rf"(?:{_IT_ENDS[c]})(?! {_WITH_WHAT})", within=4
            )
            for c in _CODES
        },
        "goodbyes": _GOODBYES,
        "where_going": {c: near(_WONT_NEED[c], _WHERE_GOING[c], within=4) for c in _CODES},
        "no_trouble": _NO_TROUBLE,
        "letters": {
            c: f"{near(_LETTERS[c], _NOT_THEIR_FAULT[c], within=12)}"
            f"|{near(_A_LETTER[c], _WHEN_GONE[c], within=12)}"
            for c in _CODES
        },
    },
)
