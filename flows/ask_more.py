""" "Ask more" under a daily reveal: a follow-up question to the partner, previewed.

Opened by the reveal's button (never by a command) with the day's prompt in the
context; the partner reads exactly the preview, which repeats the question.
"""

from __future__ import annotations

from typing import Final

from flows.compose import Compose
from flows.compose_parts import Exit, Pick, Wording, to_partner
from flows.content import daily as txt
from flows.followups import ASK_MORE_KIND
from flows.steps import END, Ctx, Flow, options, say

KIND: Final = ASK_MORE_KIND
SUGGESTIONS: Final = options(txt.ASK_MORE_SUGGESTIONS)

MESSAGE: Final = Compose(
    "am",
    letter=lambda state, person, words: to_partner(
        KIND, person, words, {"prompt": state.context.get("prompt")}
    ),
    wording=Wording(preview=txt.ASK_MORE_PREVIEW, sent=txt.ASK_MORE_SENT),
    exit=Exit.CANCEL,
    pick=Pick(say(txt.ASK_MORE_PICK), SUGGESTIONS),
)


def _begin(ctx: Ctx) -> str:
    if not ctx.paired:
        ctx.note(txt.REACT_NOT_AVAILABLE)
        return END
    return MESSAGE.first


FLOW: Final = Flow(KIND, MESSAGE.steps, begin=_begin, renamed=MESSAGE.renamed, yields=True)
