"""The library of daily questions: a year's worth and more.

Each question practises one of the five steps (Read the Moment, Take Their
Side, Take Action, Check In, Reinforce), appreciation, noticing why we
sometimes don't step up (stress, assuming they can handle it, avoiding
conflict or a scene, thinking love is a feeling rather than something we do),
or is just for fun. Each catalogue module holds one category; every question
carries a tone (light, playful, reflective, deep) and says whether its wording
speaks of "today".

Rules for writing one: one question (a quoted line to say aside), read in about
ten seconds, second person, plain words, no gender assumptions, no therapy
claims, no blame, no feeling score, at most one emoji; an invitation to notice
or do one small concrete thing, answerable by each partner on their own and
worth comparing at the reveal. ``{partner}`` is replaced by the partner's first
name (or "your partner"), so never put it at the start of a sentence. Avoid
"tonight", "this morning" or "this evening": say "today" (and set
``today=True``) or word it to fit any hour.

Keys are stable: never reuse or renumber one, because past answers and the
no-repeat rule refer to them. A question with ``choices`` is answered with
buttons (each label ≤ 30 characters, no placeholders); the others with a line
of text.
"""

from __future__ import annotations

from typing import Final

from flows.content.prompts import action, appreciation, checkin, fun, read, reinforce, side, why
from flows.content.prompts.model import (
    CATEGORIES,
    EASY_TONES,
    EXTRAS,
    PARTNER_PLACEHOLDER,
    STEPS,
    TONES,
    Category,
    Prompt,
    Tone,
)

__all__ = [
    "CATEGORIES",
    "EASY_TONES",
    "EXTRAS",
    "PARTNER_PLACEHOLDER",
    "PROMPTS",
    "PROMPTS_BY_KEY",
    "STEPS",
    "TONES",
    "Category",
    "Prompt",
    "Tone",
    "prompts_in",
]

PROMPTS: Final[tuple[Prompt, ...]] = (
    read.PROMPTS
    + side.PROMPTS
    + action.PROMPTS
    + checkin.PROMPTS
    + reinforce.PROMPTS
    + appreciation.PROMPTS
    + why.PROMPTS
    + fun.PROMPTS
)

PROMPTS_BY_KEY: Final[dict[str, Prompt]] = {prompt.key: prompt for prompt in PROMPTS}

_BY_CATEGORY: Final[dict[Category, tuple[Prompt, ...]]] = {
    category: tuple(sorted((p for p in PROMPTS if p.category == category), key=lambda p: p.key))
    for category in CATEGORIES
}


def prompts_in(category: Category) -> tuple[Prompt, ...]:
    """All prompts of one category, in key order."""
    return _BY_CATEGORY[category]
