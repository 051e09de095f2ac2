"""Texts for typed messages that could be meant for two things (flows.text_router)."""

from __future__ import annotations

from typing import Final

from flows.content.common import FLOW_TITLES
from flows.content.onboarding import TOO_LONG
from flows.i18n import localize_module, msg

__all__ = ["TOO_LONG"]

WHICH_ONE: Final = msg(
    "Today's question is still open, and so is {flow}. Which one is this for?\n"
    "(Next time, reply to the question itself and it goes straight there.)"
)
FOR_DAILY: Final = msg("Today's question")
FOR_CONVERSATION: Final = msg("What we're doing now")
NOTHING_HELD: Final = msg("That one is already taken care of.")
SOMETHING_ELSE: Final = msg("what we started")


def flow_title(flow: str | None) -> str:
    return FLOW_TITLES.get(flow or "", SOMETHING_ELSE)


localize_module(__name__)
