"""The bot's flows, and the engine that runs them.

The only module that knows every flow: the flow modules know the step
vocabulary (:mod:`flows.steps`), the engine knows the flows it is given.
"""

from __future__ import annotations

from typing import Final

from flows import ask_more, checkin, moment, prepare, quiz, reinforce
from flows.engine import Engine
from flows.steps import Flow

FLOWS: Final[tuple[Flow, ...]] = (
    moment.FLOW,
    reinforce.FLOW,
    prepare.FLOW,
    checkin.FLOW,
    checkin.ANSWER_FLOW,
    prepare.PART_FLOW,
    quiz.FLOW,
    ask_more.FLOW,
)

# Text typed with nothing open is taken as a moment someone wants to talk about.
engine: Final = Engine(FLOWS, typed_opens=moment.FLOW.name)
