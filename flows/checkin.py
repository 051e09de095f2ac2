"""Step 4/5, Check In: asking the partner "Did that help?", their answer, /playbook.

* :func:`ask` declares the ask-preview-send message (used inside ``moment`` and
  by the stand-alone ``checkin`` flow, opened from a reminder).
* ``checkin_answer`` is the partner's side: the lead starts it with context
  ``{"relay_id": int, "verdict": "helped"|"partly"|"else", "asker_name": str}``.
  An optional note (``ca_note``), then a preview of exactly what the asker gets
  (``ca_prev``: Send / Edit / Not now). Only Send emits ``SaveCheckInAnswer``.
* :func:`checkin_message`, :func:`checkin_answer_buttons`,
  :func:`checkin_result_text` and :func:`render_playbook` are the relay texts.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Final

from flows.compose import Compose, Letter, Pick, Wording, to_partner
from flows.content import checkin as txt
from flows.content import common
from flows.followups import checkin_answer_buttons, render_delivery
from flows.model import FlowState, Person, SaveCheckInAnswer, ScheduleFollowUp
from flows.practice import PracticeStep
from flows.steps import (
    END,
    SKIP_OUT,
    Ctx,
    Flow,
    Step,
    options,
    practice,
    practice_title,
    say,
)
from flows.text import esc

REMIND_AFTER: Final = timedelta(hours=4)
SUGGESTIONS: Final = options(txt.SUGGESTIONS)
VERDICTS: Final = tuple(v for v, _ in txt.VERDICTS)

__all__ = [
    "ANSWER_FLOW",
    "FLOW",
    "ask",
    "checkin_answer_buttons",
    "checkin_message",
    "checkin_result_text",
    "render_playbook",
]

ASK_WORDING: Final = Wording(
    preview=txt.PREVIEW, edit=txt.EDIT, sent=txt.SENT, reminded=txt.REMIND_LATER
)


def _reminder(ctx: Ctx, letter: Letter) -> ScheduleFollowUp:
    context = {"partner_name": ctx.person.partner_name, "text": letter.words}
    return ScheduleFollowUp("checkin_reminder", ctx.now + REMIND_AFTER, context)


def ask(prefix: str, then: str, *, remind: bool) -> Compose:
    """Pick a question, preview it exactly, then Send / Edit / Not now.

    With ``remind``, Not now schedules a ``checkin_reminder`` four hours later
    (only when a partner is connected).
    """
    return Compose(
        prefix,
        letter=lambda state, person, words: to_partner("checkin", person, words),
        wording=ASK_WORDING,
        stage=practice(PracticeStep.CHECK_IN),
        then=then,
        pick=Pick(say(txt.PICK), SUGGESTIONS),
        remind=_reminder if remind else None,
    )


# --- the stand-alone "checkin" flow (from a reminder) ----------------------------

FLOW: Final = ask("c", END, remind=False).flow("checkin", solo_note=txt.SOLO_START)


# --- the partner answering ------------------------------------------------------


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _asker(state: FlowState) -> str:
    return str(state.context.get("asker_name") or common.YOUR_PARTNER)


def _verdict(state: FlowState) -> str:
    verdict = str(state.context.get("verdict") or "")
    return verdict if verdict in VERDICTS else "helped"


def _answer_text(state: FlowState, person: Person) -> str:
    template = txt.ANSWER_HELPED if _verdict(state) == "helped" else txt.ANSWER_MORE
    text = template.format(partner=esc(_asker(state)))
    note = str(state.answers.get(NOTE) or "").strip()
    return f"{text}\n\n{txt.ANSWER_NOTE_NOW.format(note=esc(note))}" if note else text


def _answer_letter(state: FlowState, person: Person, note: str) -> Letter:
    """Exactly what the asker gets back (the lead sends the same text)."""
    verdict, relay_id = _verdict(state), _int(state.context.get("relay_id"))
    return Letter(
        to=_asker(state),
        words=note,
        shown=checkin_result_text(person.first_name, verdict, note),
        effect=SaveCheckInAnswer(relay_id=relay_id, verdict=verdict, note=note),
    )


# The note is typed first, and again on Edit.
NOTE: Final = "ca_note"
ANSWER: Final = Compose(
    "ca",
    letter=_answer_letter,
    wording=Wording(sent=txt.ANSWER_THANKS, not_now=txt.ANSWER_NOT_NOW),
    aside=practice_title(PracticeStep.CHECK_IN),
    edit_at=NOTE,
    needs_partner=False,
    draft=NOTE,
)
ANSWER_FLOW: Final = Flow(
    "checkin_answer",
    (
        Step(
            NOTE,
            _answer_text,
            aside=practice_title(PracticeStep.CHECK_IN),
            way_out=SKIP_OUT,
            next=ANSWER.preview_step,
        ),
        *ANSWER.steps,
    ),
    begin=NOTE,
)


# --- relay texts ------------------------------------------------------------------


def checkin_message(asker_name: str, text: str) -> str:
    """What the partner receives: "<Name> wants to know: did that help?" and the text."""
    return render_delivery("checkin", asker_name, text).text


def checkin_result_text(answerer_name: str, verdict: str, note: str) -> str:
    """What the asker gets back: "<Name> says: it helped. “note”"."""
    line = txt.RESULT.get(verdict, txt.RESULT["helped"]).format(name=esc(answerer_name))
    note = note.strip()
    return f"{line} {txt.RESULT_NOTE.format(note=esc(note))}" if note else line


PLAYBOOK_LIMIT: Final = 15


def render_playbook(
    owner_name: str, entries: list[tuple[str, str, str]], viewer_is_owner: bool
) -> str:
    """/playbook: what helps ``owner_name``, in their own words.

    ``entries`` are (verdict, note, date) in the order to show, newest first.
    """
    if viewer_is_owner:
        title = txt.PLAYBOOK_TITLE_OWNER
    else:
        title = txt.PLAYBOOK_TITLE_OTHER.format(name=esc(owner_name))
    if not entries:
        empty = (
            txt.PLAYBOOK_EMPTY_OWNER
            if viewer_is_owner
            else txt.PLAYBOOK_EMPTY_OTHER.format(name=esc(owner_name))
        )
        return f"{title}\n\n{empty}"
    lines = []
    for verdict, note, date in entries[:PLAYBOOK_LIMIT]:
        label = txt.PLAYBOOK_VERDICTS.get(verdict, txt.PLAYBOOK_VERDICTS["helped"])
        if note.strip():
            lines.append(txt.PLAYBOOK_LINE.format(date=date, verdict=label, note=esc(note.strip())))
        else:
            lines.append(txt.PLAYBOOK_LINE_BARE.format(date=date, verdict=label))
    if len(entries) > PLAYBOOK_LIMIT:
        lines.append(txt.PLAYBOOK_MORE.format(count=len(entries) - PLAYBOOK_LIMIT))
    return title + "\n\n" + "\n".join(lines)
