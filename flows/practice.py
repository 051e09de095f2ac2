"""The five steps of having each other's back, as one vocabulary.

Their titles, as people read them, live in :data:`flows.content.common.PRACTICE_STEPS`;
the values are the category keys the daily prompts already store.
"""

from __future__ import annotations

from enum import StrEnum


class PracticeStep(StrEnum):
    READ = "read"
    SIDE = "side"
    ACTION = "action"
    CHECK_IN = "checkin"
    REINFORCE = "reinforce"

    @property
    def number(self) -> int:
        """1 for Read the Moment to 5 for Reinforce."""
        return list(PracticeStep).index(self) + 1
