"""What a daily question is: its key, category, tone, wording and answer kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Category = Literal["read", "side", "action", "checkin", "reinforce", "appreciation", "why", "fun"]
Tone = Literal["light", "playful", "reflective", "deep"]

# The five steps come every week; the extras fill the other days.
STEPS: Final[tuple[Category, ...]] = ("read", "side", "action", "checkin", "reinforce")
EXTRAS: Final[tuple[Category, ...]] = ("appreciation", "why", "fun")
CATEGORIES: Final[tuple[Category, ...]] = STEPS + EXTRAS

# light: quick and everyday; playful: for fun; reflective: looking back or ahead;
# deep: more vulnerable, best not two days running.
TONES: Final[tuple[Tone, ...]] = ("light", "playful", "reflective", "deep")
EASY_TONES: Final[frozenset[Tone]] = frozenset({"light", "playful"})

PARTNER_PLACEHOLDER: Final = "{partner}"


@dataclass(frozen=True)
class Prompt:
    """One daily question. ``choices`` non-empty means it is answered by buttons.

    ``today`` is set when the wording speaks of "today": such a question is only
    sent when every recipient gets it in the morning or early afternoon. A test
    checks the flag against the text, so it cannot be forgotten.
    """

    key: str
    category: Category
    tone: Tone
    text: str
    choices: tuple[str, ...] = ()
    today: bool = False

    @property
    def by_buttons(self) -> bool:
        return bool(self.choices)

    @property
    def easy(self) -> bool:
        """Light or playful: the kind of day that keeps the mix gentle."""
        return self.tone in EASY_TONES
