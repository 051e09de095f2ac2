"""Figures of speech that read like the issue-7 families but are not crises.

- A laugh marker after someone "killing" the writer ("she'll kill me if I forget her
  birthday lol"): a joke, not a threat. Only threats *to* the writer by someone else
  are excused this way, never words about killing oneself.
- "Struck" by a speech or a remark: moved, not hit ("son discours m'a frappée").
- "Pushed me to apply": encouraged, not shoved ("me empujó a presentarme"); Portuguese
  "me empurrou a me candidatar" is in lang_pt's figure for the same.
"""

from __future__ import annotations

from typing import Final

# Laughs as typed, after the normaliser has cut "kkkk" to "kk" (or "k").
_LAUGH: Final = (
    r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|jk|xd|jaja\w*|jeje\w*|kk\w*|k|rsrs\w*|mdr|ptdr"
    r"|хаха\w*|ахах\w*|лол)"
)
_REMARK_FR: Final = (
    r"(?:discours|remarque|phrase|idee|histoire|reponse|beaute|paroles?|mots?|regard|film"
    r"|livre|chanson|coincidence|ressemblance|silence|detail|question|ce qui)"
)

BY_LANGUAGE: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        r"\b(?:he|she|they|hell|shell|theyll|hed|shed|mom|mum|mother|dad|boss|wife|husband"
        r"|teacher|sister|brother|gf|bf)(?: \w+){0,3} (?:kill|murder|strangle) (?:me|us)"
        r"(?: \w+){0,8} " + _LAUGH + r"\b",
        r"\b(?:speech|words|remark|comment|idea|story|answer|film|movie|book|song|beauty"
        r"|silence|question|thought|news|line|poem|painting|view) (?:\w+ ){0,2}(?:struck"
        r"|strikes) me\b",
    ),
    "de": (r"\bbring\w* (?:\w+ ){0,3}mich (?:\w+ )?um(?: \w+){0,8} " + _LAUGH + r"\b",),
    "es": (
        # Portuguese too: "vai me matar ... kkkk".
        r"\bme (?:va a |iba a )?mat(?:a|ar|ara)(?: \w+){0,8} " + _LAUGH + r"\b",
        r"\bme empuj\w* a (?:\w+ )?(?:presentar\w*|intentar\w*|hacer\w*|aplicar|estudiar"
        r"|aceptar|seguir|buscar|arriesgar\w*|inscribir\w*|cambiar)\b",
        r"\b(?:discurso|comentario|noticia|frase|idea|historia|respuesta|pelicula|cancion"
        r"|libro|palabras) (?:\w+ ){0,2}me golpe\w*\b",
    ),
    "fr": (
        r"\b(?:va me tuer|me tue|me tuera)(?: \w+){0,8} " + _LAUGH + r"\b",
        r"\b" + _REMARK_FR + r" (?:\w+ ){0,2}(?:ma|mont) frappee?s?\b",
    ),
    "ru": (r"\bубь[её]т(?: \w+){0,8} " + _LAUGH + r"\b",),
}
