"""Step 4/5, Check In: asking the partner "Did that help?", their answer, /playbook.

* :func:`checkin_steps` builds the ask-preview-send steps (used inside ``moment``
  and by the stand-alone ``checkin`` flow, opened from a reminder).
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

from flows.content import checkin as txt
from flows.content import common
from flows.engine import (
    CHECK_IN,
    END,
    OTHER,
    SKIP,
    Ctx,
    Flow,
    Option,
    Step,
    label_of,
    partner,
    sign,
)
from flows.followups import checkin_answer_buttons, render_delivery
from flows.model import (
    FlowState,
    Person,
    SaveCheckInAnswer,
    ScheduleFollowUp,
    SendToPartner,
)

REMIND_AFTER: Final = timedelta(hours=4)
SUGGESTIONS: Final = tuple(Option(v, label) for v, label in txt.SUGGESTIONS)
VERDICTS: Final = tuple(v for v, _ in txt.VERDICTS)

__all__ = [
    "ANSWER_FLOW",
    "FLOW",
    "checkin_answer_buttons",
    "checkin_message",
    "checkin_result_text",
    "checkin_steps",
    "render_playbook",
]


def checkin_steps(prefix: str, after: str, *, remind: bool) -> tuple[Step, ...]:
    """Pick a question, preview it exactly, then Send / Edit / Not now.

    Answers: ``<prefix>_msg`` (the text) and ``<prefix>_status`` ("sent", "kept"
    for a solo person, "not_now"). With ``remind``, Not now schedules a
    ``checkin_reminder`` four hours later (only when a partner is connected).
    """
    pick, prev, edit = f"{prefix}_pick", f"{prefix}_prev", f"{prefix}_edit"
    msg, status = f"{prefix}_msg", f"{prefix}_status"

    def not_now(ctx: Ctx) -> str:
        ctx.answers[status] = "not_now"
        if remind and ctx.paired:
            context = {"partner_name": ctx.person.partner_name, "text": ctx.answers.get(msg) or ""}
            ctx.emit(ScheduleFollowUp("checkin_reminder", ctx.now + REMIND_AFTER, context))
            ctx.note(txt.REMIND_LATER)
        else:
            ctx.note(txt.NOT_NOW_ACK)
        return after

    def after_pick(ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return not_now(ctx)
        ctx.answers[msg] = ctx.text if ctx.value == OTHER else label_of(SUGGESTIONS, ctx.value)
        return prev

    def pick_text(state: FlowState, person: Person) -> str:
        return txt.PICK.format(partner=partner(person))

    def preview_text(state: FlowState, person: Person) -> str:
        message = str(state.answers.get(msg) or "")
        if person.partner_id is None:
            return txt.PREVIEW_SOLO.format(text=message)
        delivery = render_delivery("checkin", person.first_name, message).text
        return txt.PREVIEW.format(partner=partner(person), message=delivery)

    def preview_options(state: FlowState, person: Person) -> tuple[Option, ...]:
        mark = sign(str(state.answers.get(msg) or ""))
        first = (
            Option(f"send.{mark}", common.SEND)
            if person.partner_id is not None
            else Option(f"keep.{mark}", common.KEEP)
        )
        return (first, Option("edit", common.EDIT), Option("notnow", common.NOT_NOW))

    def after_preview(ctx: Ctx) -> str:
        message = str(ctx.answers.get(msg) or "")
        if ctx.value == OTHER:
            ctx.answers[msg] = ctx.text
            return prev
        if ctx.value == "edit":
            return edit
        if ctx.value == "notnow":
            return not_now(ctx)
        if ctx.value.startswith("send.") and ctx.paired:
            ctx.emit(SendToPartner("checkin", message))
            ctx.answers[status] = "sent"
            ctx.note(txt.SENT.format(partner=partner(ctx.person)))
            return after
        ctx.answers[status] = "kept"
        ctx.note(txt.KEPT)
        return after

    def edit_text(state: FlowState, person: Person) -> str:
        return txt.EDIT.format(text=state.answers.get(msg) or "")

    def after_edit(ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return not_now(ctx)
        ctx.answers[msg] = ctx.text
        return prev

    not_now_out = (Option(SKIP, common.NOT_NOW),)
    return (
        Step(
            pick,
            pick_text,
            mode="choice",
            stage=CHECK_IN,
            options=SUGGESTIONS,
            own_answer=True,
            way_out=not_now_out,
            next=after_pick,
        ),
        Step(
            prev,
            preview_text,
            mode="preview",
            stage=CHECK_IN,
            options=preview_options,
            own_answer=True,
            way_out=(),
            next=after_preview,
            columns=3,
        ),
        Step(
            edit,
            edit_text,
            mode="text",
            stage=CHECK_IN,
            aside=common.EDIT_ASIDE,
            way_out=not_now_out,
            next=after_edit,
        ),
    )


# --- the stand-alone "checkin" flow (from a reminder) ----------------------------


def _begin(ctx: Ctx) -> str:
    if not ctx.paired:
        ctx.note(txt.SOLO_START)
        return END
    return "c_pick"


def _finish(ctx: Ctx) -> None:
    """Nothing to add: the steps already said sent or not now."""


FLOW: Final = Flow("checkin", checkin_steps("c", END, remind=False), _begin, _finish)


# --- the partner answering ------------------------------------------------------


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _asker(state: FlowState) -> str:
    return str(state.context.get("asker_name") or txt.SOMEONE)


def _verdict(state: FlowState) -> str:
    verdict = str(state.context.get("verdict") or "")
    return verdict if verdict in VERDICTS else "helped"


def _note(state: FlowState) -> str:
    return str(state.answers.get("ca_note") or "")


def _answer_text(state: FlowState, person: Person) -> str:
    template = txt.ANSWER_HELPED if _verdict(state) == "helped" else txt.ANSWER_MORE
    text = template.format(asker=_asker(state))
    note = _note(state).strip()
    return f"{text}\n\n{txt.ANSWER_NOTE_NOW.format(note=note)}" if note else text


def _answer_result(state: FlowState, person: Person) -> str:
    """Exactly what the asker gets back (the lead sends the same text)."""
    return checkin_result_text(person.first_name, _verdict(state), _note(state))


def _answer_preview_text(state: FlowState, person: Person) -> str:
    message = _answer_result(state, person)
    return txt.ANSWER_PREVIEW.format(asker=_asker(state), message=message)


def _answer_preview_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    mark = sign(_answer_result(state, person))
    return (
        Option(f"send.{mark}", common.SEND),
        Option("edit", common.EDIT),
        Option("notnow", common.NOT_NOW),
    )


def _after_answer_preview(ctx: Ctx) -> str:
    if ctx.value == OTHER:
        ctx.answers["ca_note"] = ctx.text
        return "ca_prev"
    if ctx.value == "edit":
        return "ca_note"
    if ctx.value == "notnow":
        ctx.answers["ca_status"] = "not_now"
        ctx.note(txt.ANSWER_NOT_NOW.format(asker=_asker(ctx.state)))
        return END
    if not ctx.value.startswith("send."):
        return "ca_prev"
    # Only a Send whose fingerprint matches the text on screen gets here: the
    # engine treats any other ``send.`` as a stale button.
    relay_id = _int(ctx.state.context.get("relay_id"))
    ctx.emit(
        SaveCheckInAnswer(relay_id=relay_id, verdict=_verdict(ctx.state), note=_note(ctx.state))
    )
    ctx.answers["ca_status"] = "sent"
    ctx.note(txt.ANSWER_THANKS.format(asker=_asker(ctx.state)))
    return END


def _answer_begin(ctx: Ctx) -> str:
    return "ca_note"


def _answer_finish(ctx: Ctx) -> None:
    """Nothing to add: the preview already said sent or not now."""


ANSWER_FLOW: Final = Flow(
    "checkin_answer",
    (
        Step(
            "ca_note",
            _answer_text,
            mode="text",
            aside=txt.ANSWER_HEADER,
            way_out=(Option(SKIP, common.SKIP),),
            next="ca_prev",
        ),
        Step(
            "ca_prev",
            _answer_preview_text,
            mode="preview",
            aside=txt.ANSWER_HEADER,
            options=_answer_preview_options,
            own_answer=True,
            way_out=(),
            next=_after_answer_preview,
            columns=3,
        ),
    ),
    _answer_begin,
    _answer_finish,
)


# --- relay texts ------------------------------------------------------------------


def checkin_message(asker_name: str, text: str) -> str:
    """What the partner receives: "<Name> wants to know: did that help?" and the text."""
    return render_delivery("checkin", asker_name, text).text


def checkin_result_text(answerer_name: str, verdict: str, note: str) -> str:
    """What the asker gets back: "<Name> says: it helped. “note”"."""
    line = txt.RESULT.get(verdict, txt.RESULT["helped"]).format(name=answerer_name)
    note = note.strip()
    return f"{line} {txt.RESULT_NOTE.format(note=note)}" if note else line


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
        title = txt.PLAYBOOK_TITLE_OTHER.format(name=owner_name)
    if not entries:
        empty = (
            txt.PLAYBOOK_EMPTY_OWNER
            if viewer_is_owner
            else txt.PLAYBOOK_EMPTY_OTHER.format(name=owner_name)
        )
        return f"{title}\n\n{empty}"
    lines = []
    for verdict, note, date in entries[:PLAYBOOK_LIMIT]:
        label = txt.PLAYBOOK_VERDICTS.get(verdict, txt.PLAYBOOK_VERDICTS["helped"])
        if note.strip():
            lines.append(txt.PLAYBOOK_LINE.format(date=date, verdict=label, note=note.strip()))
        else:
            lines.append(txt.PLAYBOOK_LINE_BARE.format(date=date, verdict=label))
    if len(entries) > PLAYBOOK_LIMIT:
        lines.append(txt.PLAYBOOK_MORE.format(count=len(entries) - PLAYBOOK_LIMIT))
    return title + "\n\n" + "\n".join(lines)
