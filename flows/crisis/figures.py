"""Figures of speech that read like the issue-7 families but are not crises.

- A laugh marker after someone "killing" the writer ("she'll kill me if I forget her
  birthday lol"): a joke, not a threat. Only threats *to* the writer by someone else
  are excused this way, never words about killing oneself, and never when the words
  before the laugh are a way out: leaving, telling someone, the police ("he'll kill me
  if I leave him haha" is a threat told with a nervous laugh).
- "Struck" by a speech or a remark: moved, not hit ("son discours m'a frappée").
- "Pushed me to apply": encouraged, not shoved ("me empujó a presentarme"); Portuguese
  "me empurrou a me candidatar" is in lang_pt's figure for the same.
- A beating at a game ("me dio una paliza al ping pong", "il m'a mis une raclée aux
  échecs", "me deu uma surra no xadrez"): lost, not hit (safety3; English has "beat me
  at chess" in lang_en_figures).
"""

from __future__ import annotations

from typing import Final

# Laughs as typed, after the normaliser has cut "kkkk" to "kk" (or "k").
_LAUGH: Final = (
    r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|jk|xd|jaja\w*|jeje\w*|kk\w*|k|rsrs\w*|mdr|ptdr"
    r"|хаха\w*|ахах\w*|лол)"
)
# Ways out of a relationship or a secret: after one of these, a laugh excuses nothing.
_WAY_OUT: Final[dict[str, str]] = {
    "en": (
        r"(?:leav\w*|left) (?:him|her|them|you|home|town|for good|the (?:house|relationship))"
        r"|(?:leav\w*|left) " + _LAUGH + r"|(?:tell\w*|told|report\w*) (?:anyone|anybody"
        r"|someone|somebody|people|the police|the cops|my (?:mom|mum|dad|family|parents|friends?"
        r"|sister|brother|therapist|doctor|lawyer))|anyone|anybody|police|cops?|divorc\w*"
        r"|break(?:ing)? up|broke up|split up|move out|moving out|escap\w*|run away"
    ),
    "de": (
        r"verlass\w*|verlies\w*|trenn\w*|erz\w*hl\w*|polizei|anzeig\w*|scheid\w*"
        r"|jemandem|abhau\w*|ausziehe"
    ),
    # Portuguese too (the same figure catches "vai me matar ... kkkk").
    "es": (
        r"dej\w*|denunci\w*|polic\w*|cuento|cuentas|contar\w*|conto|contei|alguien|alguem"
        r"|separ\w*|divorci\w*|larg\w*|embora|escap\w*|huy\w*|fug\w*|termin\w*"
    ),
    "fr": (
        r"quitt\w*|pars|partir|raconte\w*|plainte|police|flics?|divorc\w*|separ\w*"
        r"|quelquun|fuis|fuir"
    ),
    "ru": r"уйд\w*|уйти|ушл\w*|брош\w*|расскаж\w*|полиц\w*|заяв\w*|развод\w*|кому",
}


def _laugh_after(language: str) -> str:
    """Up to eight words, none a way out, then a laugh."""
    return r"(?: (?!(?:" + _WAY_OUT[language] + r")\b)\w+){0,8} " + _LAUGH + r"\b"


_REMARK_FR: Final = (
    r"(?:discours|remarque|phrase|idee|histoire|reponse|beaute|paroles?|mots?|regard|film"
    r"|livre|chanson|coincidence|ressemblance|silence|detail|question|ce qui)"
)

_GAME: Final = (
    r"(?:ping pong|tenis|tennis|futbol|futebol|foot|fifa|ajedrez|echecs|xadrez|cartas|cartes"
    r"|baralho|padel|basket|basquete|baloncesto|mario kart|videojuegos?|videogame|jeux? video"
    r"|juego|jogo|jeu|partido|partida|uno|monopoly|billard|sinuca|babyfoot|scrabble|truco"
    r"|belote|volei|voley|parchis|dardos|flechettes|bolos|bowling)"
)

BY_LANGUAGE: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        r"\b(?:he|she|they|hell|shell|theyll|hed|shed|mom|mum|mother|dad|boss|wife|husband"
        # Never after a word that says it was meant: "he threatened to kill me lol".
        r"|teacher|sister|brother|gf|bf)(?: (?!(?:threat\w*|tried|tries|trying|attempt\w*)\b)"
        r"\w+){0,3} (?:kill|murder|strangle) (?:me|us)" + _laugh_after("en"),
        r"\b(?:speech|words|remark|comment|idea|story|answer|film|movie|book|song|beauty"
        r"|silence|question|thought|news|line|poem|painting|view) (?:\w+ ){0,2}(?:struck"
        r"|strikes) me\b",
    ),
    # Someone else, never the writer: "ich bring(e) mich um" is about oneself.
    "de": (r"(?<!ich )\bbring(?!e\b)\w* (?:\w+ ){0,3}mich (?:\w+ )?um" + _laugh_after("de"),),
    "es": (
        # Portuguese too: "vai me matar ... kkkk".
        # Not after a word that says it was meant: "ameaçou me matar kkkk", "tentou me matar".
        r"(?<!ameacou )(?<!ameaca )(?<!ameacava )(?<!tentou )(?<!tenta )(?<!tentava )"
        r"(?<!jurou que vai )(?<!amenazo )(?<!amenaza )(?<!intento )(?<!intenta )"
        # ... nor after the writer's own "I": "vou me matar kkkk" is about oneself.
        r"(?<!vou )(?<!eu )(?<!quero )(?<!queria )(?<!devia )(?<!vo )"
        r"\bme (?:va a |iba a )?mat(?:a|ar|ara)" + _laugh_after("es"),
        r"\bme empuj\w* a (?:\w+ )?(?:presentar\w*|intentar\w*|hacer\w*|aplicar|estudiar"
        r"|aceptar|seguir|buscar|arriesgar\w*|inscribir\w*|cambiar)\b",
        r"\b(?:discurso|comentario|noticia|frase|idea|historia|respuesta|pelicula|cancion"
        r"|libro|palabras) (?:\w+ ){0,2}me golpe\w*\b",
        r"\b(?:me|nos|te) (?:dio|dieron|da|dan|ha dado|han dado|metio|metieron) una (?:buena "
        r"|tremenda )?paliza (?:al|en el|en la|jugando al?|a la|en|a) (?:\w+ )?" + _GAME + r"\b",
    ),
    "fr": (
        # "je me tue" is the writer about themselves: never excused.
        r"\b(?:va me tuer|(?<!je )me tue|(?<!je )me tuera)" + _laugh_after("fr"),
        r"\b" + _REMARK_FR + r" (?:\w+ ){0,2}(?:ma|mont) frappee?s?\b",
        r"\b(?:ma|mont|nous a|ta) (?:mis|mise|mit|met|fichu|foutu) une (?:bonne |sacree )?"
        r"(?:raclee|pile|peignee|branlee|derouillee) (?:au|aux|a la|en|sur) (?:\w+ )?"
        + _GAME
        + r"\b",
    ),
    "pt": (
        r"\b(?:me|nos|te) (?:deu|deram|da|dao|dar) (?:uma )?(?:surra|sova|lavada|coca) (?:no|na"
        r"|em|jogando) (?:\w+ )?" + _GAME + r"\b",
    ),
    "ru": (r"\bубь[её]т" + _laugh_after("ru"),),
}
