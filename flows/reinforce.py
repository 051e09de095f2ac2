"""Step 5/5, Reinforce: "I've always got your back", now or at a chosen time.

:func:`message` declares the preview-send message with Send later; it closes
the ``moment`` flow and is the stand-alone ``reinforce`` flow (/reinforce, and
"Close the loop" under a Check In answer). It opens on the preview with the
seed's words, so one tap sends them; Edit (or typing) changes them, with a few
suggestions. Conversations saved at the old Edit step (``<prefix>_edit``) carry
on at the suggestions.
"""

from __future__ import annotations

from datetime import time
from typing import Final

from flows.compose import Compose
from flows.compose_parts import Exit, Letter, Pick, Wording, to_partner
from flows.content import reinforce as txt
from flows.local_time import at_local
from flows.model import ScheduleFollowUp
from flows.practice import PracticeStep
from flows.steps import END, Ctx, options, practice, say

SUGGESTIONS: Final = options(txt.SUGGESTIONS)
NUDGE_AT: Final = time(10, 0)


def _wording(preview: str) -> Wording:
    return Wording(
        preview=preview, when=txt.WHEN, sent=txt.SENT, scheduled=txt.SCHEDULED, reminded=txt.NUDGE
    )


def _nudge(ctx: Ctx, letter: Letter) -> ScheduleFollowUp:
    at = at_local(ctx.person, ctx.now, NUDGE_AT, 1)
    return ScheduleFollowUp("reinforce_nudge", at, {"partner_name": ctx.person.partner_name})


def message(prefix: str, then: str, *, in_moment: bool) -> Compose:
    """Preview the words exactly, then Send now / Send later / Edit / way out.

    Inside a moment the way out is Not now, which schedules a ``reinforce_nudge``
    for 10:00 the next day; on its own it is Cancel.
    """
    return Compose(
        prefix,
        letter=lambda state, person, words: to_partner("reinforce", person, words),
        wording=_wording(txt.PREVIEW if in_moment else txt.PREVIEW_STANDALONE),
        stage=practice(PracticeStep.REINFORCE),
        then=then,
        exit=Exit.NOT_NOW if in_moment else Exit.CANCEL,
        pick=Pick(say(txt.PICK), SUGGESTIONS, txt.WORDS),
        later=True,
        remind=_nudge,
        default=txt.DEFAULT,
        edit_at=f"{prefix}_pick",
        to_group=True,
    )


FLOW: Final = message("r", END, in_moment=False).flow("reinforce", solo_note=txt.SOLO_START)
