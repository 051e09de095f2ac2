"""Step 4/5, Check In: asking the partner "Did that help?", their answer, /playbook.

* :func:`ask` declares the ask-preview-send message (used inside ``moment`` and
  by the stand-alone ``checkin`` flow, opened from a reminder). Given the moment
  it is about, the Check In names it in the sender's words unless they leave it
  out on the preview.
* The partner answers with one tap (``ci:<relay>:<verdict>``): the answer goes at
  once (the use case records it), then ``checkin_answer`` offers a line in their
  own words. The lead starts it with context ``{"relay_id": int, "verdict":
  "helped"|"partly"|"else", "asker_name": str, "answered": True}``: the note
  (``ca_note``, Skip ends it), then a preview of exactly what the asker gets
  (``ca_prev``: Send / Edit / Not now). Only Send emits ``SaveCheckInAnswer``
  with ``note_only``. With ``"later": True`` (opened from "Add a line" after
  another conversation) it does not say again that the answer went. A
  conversation saved before one-tap answers (no ``answered``) still sends
  verdict and note together, as its preview showed.
* :func:`checkin_message`, :func:`checkin_answer_buttons`,
  :func:`checkin_result`, :func:`checkin_result_text`, :func:`checkin_note_text`
  and :func:`render_playbook` are the relay texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from flows.callback_data import RelayPress, encode
from flows.compose import Compose
from flows.compose_parts import Extra, Letter, Pick, Wording, to_partner
from flows.content import checkin as txt
from flows.content import common
from flows.followups import checkin_answer_buttons, follow_up_data, render_delivery
from flows.model import Button, FlowState, Person, Reply, SaveCheckInAnswer, ScheduleFollowUp
from flows.practice import PracticeStep
from flows.steps import (
    END,
    SKIP,
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
    "PlaybookEntry",
    "answer_sent",
    "ask",
    "checkin_answer_buttons",
    "checkin_message",
    "checkin_note_text",
    "checkin_result",
    "checkin_result_text",
    "note_offer",
    "render_playbook",
]

ASK_WORDING: Final = Wording(
    preview=txt.PREVIEW, edit=txt.EDIT, sent=txt.SENT, reminded=txt.REMIND_LATER
)

MomentFn = Callable[[FlowState], str]


def _reminder(ctx: Ctx, letter: Letter) -> ScheduleFollowUp:
    context = {"partner_name": ctx.person.partner_name, "text": letter.words}
    return ScheduleFollowUp("checkin_reminder", ctx.now + REMIND_AFTER, context)


def ask(
    prefix: str,
    then: str,
    *,
    remind: bool,
    then_sent: str | None = None,
    moment: MomentFn | None = None,
) -> Compose:
    """Pick a question, preview it exactly, then Send / Edit / Not now.

    With ``remind``, Not now schedules a ``checkin_reminder`` four hours later
    (only when a partner is connected). ``moment`` reads the moment the Check In
    is about (the sender's words) from the state: it is named in the message
    unless the person leaves it out on the preview.
    """

    def letter(state: FlowState, person: Person, words: str) -> Letter:
        about = moment(state) if moment is not None and compose.with_extra(state) else ""
        return to_partner("checkin", person, words, {"moment": about} if about else None)

    compose = Compose(
        prefix,
        letter=letter,
        wording=ASK_WORDING,
        stage=practice(PracticeStep.CHECK_IN),
        then=then,
        then_sent=then_sent,
        pick=Pick(say(txt.PICK), SUGGESTIONS, txt.WORDS),
        remind=_reminder if remind else None,
        extra=(
            Extra(lambda state: bool(moment(state)), txt.MOMENT_DROP, txt.MOMENT_ADD)
            if moment is not None
            else None
        ),
    )
    return compose


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


def _answered(state: FlowState) -> bool:
    """The answer already went with its tap; this conversation is only about a line."""
    return bool(state.context.get("answered"))


def _note_text(state: FlowState, person: Person) -> str:
    helped = _verdict(state) == "helped"
    if _answered(state):
        template = txt.NOTE_ASK_HELPED if helped else txt.NOTE_ASK_MORE
    else:
        template = txt.ANSWER_HELPED if helped else txt.ANSWER_MORE
    text = template.format(partner=esc(_asker(state)))
    note = str(state.answers.get(NOTE) or "").strip()
    return f"{text}\n\n{txt.ANSWER_NOTE_NOW.format(note=esc(note))}" if note else text


def _answer_letter(state: FlowState, person: Person, note: str) -> Letter:
    """Exactly what the asker gets: the line alone, or (saved before one-tap
    answers) the verdict with it. The use case sends the same text."""
    verdict, relay_id = _verdict(state), _int(state.context.get("relay_id"))
    if _answered(state):
        shown = checkin_note_text(person.first_name, note)
    else:
        shown = checkin_result_text(person.first_name, verdict, note)
    return Letter(
        to=_asker(state),
        words=note,
        shown=shown,
        effect=SaveCheckInAnswer(
            relay_id=relay_id, verdict=verdict, note=note, note_only=_answered(state)
        ),
    )


def _answer_wording(state: FlowState) -> Wording:
    if _answered(state):
        return Wording(sent=txt.NOTE_ADDED, not_now=txt.NOTE_NOT_NOW)
    return Wording(sent=txt.ANSWER_THANKS, not_now=txt.ANSWER_NOT_NOW)


def _begin_answer(ctx: Ctx) -> str:
    if _answered(ctx.state) and not ctx.state.context.get("later"):
        ctx.note(answer_sent(_asker(ctx.state), _verdict(ctx.state)))
    return NOTE


def _after_note(ctx: Ctx) -> str:
    if ctx.value == SKIP and _answered(ctx.state):
        ctx.note(txt.NOTE_SKIPPED.format(partner=esc(_asker(ctx.state))))
        return END
    return ANSWER.preview_step


# The note is typed first, and again on Edit.
NOTE: Final = "ca_note"
ANSWER: Final = Compose(
    "ca",
    letter=_answer_letter,
    wording=_answer_wording,
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
            _note_text,
            aside=practice_title(PracticeStep.CHECK_IN),
            way_out=SKIP_OUT,
            next=_after_note,
        ),
        *ANSWER.steps,
    ),
    begin=_begin_answer,
    # The answer itself went with its tap (or its buttons are still there):
    # another conversation may take this one's place without asking.
    yields=True,
)


# --- relay texts ------------------------------------------------------------------


def checkin_message(asker_name: str, text: str, moment: str = "") -> str:
    """What the partner receives: "<Name> is checking in: “<question>”", with the
    moment in the asker's words when given."""
    return render_delivery("checkin", asker_name, text, {"moment": moment} if moment else None).text


def checkin_result_text(answerer_name: str, verdict: str, note: str) -> str:
    """What the asker gets back: "<Name> says: it helped. “note”" (HTML)."""
    line = txt.RESULT.get(verdict, txt.RESULT["helped"]).format(name=esc(answerer_name))
    note = note.strip()
    return f"{line} {txt.RESULT_NOTE.format(note=esc(note))}" if note else line


def checkin_note_text(answerer_name: str, note: str) -> str:
    """A line added after the answer went: "<Name> adds: “note”" (HTML)."""
    return txt.NOTE_DELIVERY.format(name=esc(answerer_name), note=esc(note.strip()))


def answer_sent(asker_name: str, verdict: str) -> str:
    """Said to the partner whose tap sent the answer: "Sent ✓ Ana will see that it helped."."""
    phrase = txt.VERDICT_PHRASES.get(verdict, txt.VERDICT_PHRASES["helped"])
    return txt.ANSWER_SENT.format(partner=esc(asker_name), verdict=phrase)


def note_offer(asker_name: str, verdict: str, relay_id: int) -> Reply:
    """The answer went while another conversation is open: a line can come later
    (``ci:<relay>:note`` opens it, ``ci:<relay>:later`` leaves it)."""
    text = f"{answer_sent(asker_name, verdict)}\n\n{txt.ADD_LINE_OFFER}"
    buttons = (
        (Button(txt.ADD_LINE, encode(RelayPress("ci", relay_id, "note"))),),
        (Button(common.NOT_NOW, encode(RelayPress("ci", relay_id, "later"))),),
    )
    return Reply(text, buttons)


def checkin_result(answerer_name: str, verdict: str, note: str) -> Reply:
    """The answer as the asker gets it, with the offer to close the loop (Reinforce)."""
    text = checkin_result_text(answerer_name, verdict, note)
    loop = txt.CLOSE_THE_LOOP.format(name=esc(answerer_name))
    buttons = (
        (Button(txt.CLOSE_THE_LOOP_BUTTON, follow_up_data("rf", "go")),),
        (Button(common.NOT_NOW, follow_up_data("rf", "no")),),
    )
    return Reply(f"{text}\n\n{loop}", buttons)


# --- /playbook ------------------------------------------------------------------------

PLAYBOOK_LIMIT: Final = 15


@dataclass(frozen=True)
class PlaybookEntry:
    """One line of /playbook: a Check In answer, or a request the partner said yes to."""

    kind: str  # "checkin" | "request"
    verdict: str
    words: str
    date: str


def _playbook_line(entry: PlaybookEntry) -> str:
    words = esc(entry.words.strip())
    if entry.kind == "request":
        return txt.PLAYBOOK_REQUEST_LINE.format(date=entry.date, text=words)
    label = txt.PLAYBOOK_VERDICTS.get(entry.verdict, txt.PLAYBOOK_VERDICTS["helped"])
    if words:
        return txt.PLAYBOOK_LINE.format(date=entry.date, verdict=label, note=words)
    return txt.PLAYBOOK_LINE_BARE.format(date=entry.date, verdict=label)


def render_playbook(owner_name: str, entries: list[PlaybookEntry], viewer_is_owner: bool) -> str:
    """/playbook: what helps ``owner_name``, in their own words.

    ``entries`` are in the order to show, newest first: their answers to Check
    Ins and the requests of theirs that got a yes.
    """
    name = esc(owner_name)
    if viewer_is_owner:
        title = txt.PLAYBOOK_TITLE_OWNER
    else:
        title = txt.PLAYBOOK_TITLE_OTHER.format(name=name)
    if not entries:
        empty = (
            txt.PLAYBOOK_EMPTY_OWNER
            if viewer_is_owner
            else txt.PLAYBOOK_EMPTY_OTHER.format(name=name)
        )
        return f"{title}\n\n{empty}"
    lines = [_playbook_line(entry) for entry in entries[:PLAYBOOK_LIMIT]]
    if len(entries) > PLAYBOOK_LIMIT:
        lines.append(txt.PLAYBOOK_MORE.format(count=len(entries) - PLAYBOOK_LIMIT))
    return title + "\n\n" + "\n".join(lines)
