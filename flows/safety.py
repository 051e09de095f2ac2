"""Spot crisis language in anything a person types, in one place.

:func:`detect_crisis` is deliberately simple: lists of words and phrases for
self-harm, suicide, violence, being hurt, hit or threatened, and being afraid of a
partner, matched on normalised text (lower case, apostrophes dropped, punctuation
turned into spaces). Phrases are chosen to skip everyday figures of speech such as
"killing it at work", "I'm dying to see you" or "it hit me that...".

The engine runs it on every typed text before anything else; a hit pauses the
flow, keeps the text out of every answer and never lets a message reach the partner.
"""

from __future__ import annotations

import re
from typing import Final

from flows.content import safety as text
from flows.model import Button, Reply

RESUME: Final = "_resume"
STOP: Final = "_stop"

_PERSON = r"(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|spouse|fiance|fiancee|ex)"
_PEOPLE = r"(?:him|them|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|fiance|fiancee|ex))"
# "her" is also a possessive ("afraid of her reaction"), so only count it as a
# person when a sentence boundary or a connecting word follows.
_HER = r"her(?= (?:when|because|and|now|sometimes|lately|again|too|he|she|they|i|it)\b|\s*$)"

_SELF_HARM: Final = (
    r"\bkill(?:ing|ed)? myself\b",
    r"\bend(?:ing)? (?:my life|it all)\b",
    r"\btak(?:e|ing) my (?:own )?life\b",
    r"\bsuicid\w*",
    r"\b(?:want|wanted|wanting) to die\b",
    r"\bwanna die\b",
    r"\bwish i (?:was|were) dead\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) myself\b",
    r"\bself ?(?:harm|harming|injury|injuring)\b",
    r"\bno reason to (?:live|go on)\b",
    r"\b(?:dont|do not) want to (?:live|be alive|exist|wake up)\b",
    r"\boverdos\w*",
    r"\b(?:life|living) (?:isnt|is not|aint) worth\b",
    r"\bnot worth living\b",
)

_VIOLENCE: Final = (
    rf"\b{_PERSON}(?: \w+){{0,2}} (?:hit|hits|hitting|punch(?:ed|es)?|slap(?:ped|s)?|"
    r"kick(?:ed|s)?|chok(?:ed|es)|strangl(?:ed|es)|shov(?:ed|es)|smack(?:ed|s)?) me\b",
    r"\b(?:punched|slapped|choked|strangled|shoved|smacked) me\b",
    r"\bbeat(?:s|en)? me up\b",
    r"\bbeating me\b",
    r"\bbeing (?:hit|beaten|choked)\b",
    r"\bthreat(?:en|ens|ened|ening) (?:me|us|to (?:kill|hurt|harm))\b",
    r"\b(?:going to|gonna|wants to|want to|tried to|trying to|try to|threatened to) kill "
    r"(?:me|you|us)\b",
    rf"\bkill (?:{_PEOPLE}|her|you)\b",
    rf"\b(?:going to|gonna) (?:hurt|harm) (?:{_PEOPLE}|her|you)\b(?! feelings)",
    r"\b(?:physically hurt|hurt me physically|physically hurts)\b",
    r"\blaid (?:a )?hands? on me\b",
    r"\bput (?:his|her|their) hands on me\b",
    r"\b(?:pulled|held|pointed) a (?:knife|gun)\b",
    r"\b(?:knife|gun) (?:to|at) (?:me|my)\b",
    r"\bdomestic (?:violence|abuse)\b",
    r"\babus(?:e|ed|es|ing|ive)\b",
    r"\brap(?:e|ed)\b",
    r"\bsexually assaulted\b",
    r"\bassaulted me\b",
)

_FEAR: Final = (
    rf"\b(?:afraid|scared|terrified|frightened) of (?:{_PEOPLE}|{_HER})",
    r"\b(?:afraid|scared|terrified|frightened) (?:to go home|for my (?:life|safety))\b",
    r"\bfear for my (?:life|safety)\b",
    r"\b(?:dont|do not|never) feel safe (?:at home|with)\b",
    r"\b(?:not|unsafe|isnt) safe at home\b",
    r"\bfeel(?:s|ing)? unsafe\b",
)

_PATTERNS: Final = re.compile("|".join((*_SELF_HARM, *_VIOLENCE, *_FEAR)))


def _normalise(raw: str) -> str:
    lowered = raw.lower()
    for quote in ("’", "‘", "`", "ʼ", "'"):
        lowered = lowered.replace(quote, "")
    return " ".join(re.sub(r"[\W_]+", " ", lowered).split())


def detect_crisis(raw: str) -> bool:
    """True when the text speaks of self-harm, suicide, violence or fear of a partner."""
    if not raw:
        return False
    return _PATTERNS.search(_normalise(raw)) is not None


def safety_reply(step: str | None) -> Reply:
    """The private message shown on a hit; inside a flow it offers to go on or stop."""
    if step is None:
        return Reply(text.OUT_OF_FLOW)
    return Reply(
        text.IN_FLOW,
        (
            (Button(text.CONTINUE, f"f:{step}:{RESUME}"),),
            (Button(text.STOP, f"f:{step}:{STOP}"),),
        ),
    )
