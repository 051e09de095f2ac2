"""What a message typed right after a moment suggests: which side of it the person is on.

"My mom told Ben his job is a joke and I froze" is someone who wishes they had
stepped in; "he didn't stand up for me" is someone who felt let down. A light
guess from a few phrasings, in English: wrong guesses cost one tap ("Not
quite"), and anything unclear is asked. Never used for safety (that is
:mod:`flows.safety`, checked before any of this).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Final


class Guess(StrEnum):
    MISSED = "missed"  # "I froze": wants to have their back better, didn't step in
    STEPPED_IN = "stepped_in"  # "I stood up for her": had their back
    HURT = "hurt"  # "he didn't stand up for me": felt they didn't have my back
    UNSURE = "unsure"


_NOT = r"(?:didn'?t|did\s+not|never|couldn'?t|could\s+not|wouldn'?t|would\s+not)"
_ME = r"(?:i|i've|i\s+just|i\s+totally|i\s+kind\s+of|i\s+kinda|i\s+sort\s+of)"
_THEY = r"(?:he|she|they|my\s+(?:partner|husband|wife|boyfriend|girlfriend|fianc[eé]e?))"

# Someone else did not have the writer's back.
_HURT: Final = (
    rf"\b{_NOT}\s+(?:stand|stick)\s+up\s+for\s+me\b",
    rf"\b{_NOT}\s+(?:have|had)\s+my\s+back\b",
    rf"\b{_NOT}\s+back\s+me\s+up\b",
    rf"\b{_NOT}\s+(?:defend|support)\s+me\b",
    r"\bleft\s+me\s+(?:alone|on\s+my\s+own|hanging|to\s+deal)",
    r"\bthrew\s+me\s+under\s+the\s+bus\b",
    r"\b(?:took|takes)\s+(?:their|his|her)\s+side\b",
    r"\bsided\s+with\s+(?:them|him|her|his|their)\b",
    r"\blaughed\s+along\b",
    rf"\b{_THEY}\s+(?:just\s+)?(?:froze|stayed\s+(?:quiet|silent)|said\s+nothing|"
    rf"{_NOT}\s+say\s+(?:anything|a\s+(?:word|thing)))\b",
)
# The writer did not step in.
_MISSED: Final = (
    rf"\b{_ME}\s+(?:froze|freeze|blanked|panicked|choked)\b",
    rf"\b{_ME}\s+(?:stayed|kept|was)\s+(?:quiet|silent)\b",
    rf"\b{_ME}\s+said\s+nothing\b",
    rf"\b{_ME}\s+did\s+nothing\b",
    rf"\b{_ME}\s+just\s+(?:sat|stood)\s+there\b",
    rf"\b{_ME}\s+{_NOT}\s+(?:say|do|step\s+in|speak\s+up|stand\s+up|react|stop)\b",
    rf"\b{_ME}\s+let\s+(?:it|that|him|her|them)\s+(?:go|slide|pass)\b",
    rf"\b{_ME}\s+should\s+have\s+(?:said|stepped|spoken|stood|done)\b",
)
# The writer did step in.
_STEPPED_IN: Final = (
    rf"\b{_ME}\s+(?:stepped\s+in|spoke\s+up|stood\s+up\s+for|defended|backed\s+(?:him|her|them))\b",
    rf"\b{_ME}\s+(?:had|got)\s+(?:his|her|their)\s+back\b",
    rf"\b{_ME}\s+told\s+(?:him|her|them|my\s+\w+)\s+to\s+stop\b",
)


def _any(patterns: tuple[str, ...], text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def guess(text: str, partner_name: str | None = None) -> Guess:
    """Which side ``text`` reads as. Being let down outranks freezing ("he froze
    and left me alone"), freezing outranks stepping in ("I froze, then spoke up"
    still wants the rewind)."""
    text = _normalise(text)
    hurt: tuple[str, ...] = _HURT
    if partner_name:
        name = re.escape(_normalise(partner_name))
        hurt = (
            *hurt,
            rf"\b{name}\s+(?:just\s+)?(?:froze|stayed\s+(?:quiet|silent)|said\s+nothing|"
            rf"{_NOT}\s+say\s+(?:anything|a\s+(?:word|thing)))\b",
        )
    if _any(hurt, text):
        return Guess.HURT
    if _any(_MISSED, text):
        return Guess.MISSED
    if _any(_STEPPED_IN, text):
        return Guess.STEPPED_IN
    return Guess.UNSURE
