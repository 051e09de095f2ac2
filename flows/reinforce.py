"""Step 5/5, Reinforce: "I've always got your back", now or at a chosen time.

:func:`reinforce_steps` builds pick, preview, time and edit steps; they close the
``moment`` flow and make up the stand-alone ``reinforce`` flow (/reinforce).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Final

from flows.content import common
from flows.content import reinforce as txt
from flows.engine import (
    CANCEL,
    END,
    OTHER,
    REINFORCE,
    SKIP,
    Ctx,
    Flow,
    Option,
    Step,
    at_local,
    describe_when,
    label_of,
    partner,
    resolve_time,
    sign,
)
from flows.followups import render_delivery
from flows.model import FlowState, Person, ScheduleFollowUp, SendToPartner

SUGGESTIONS: Final = tuple(Option(v, label) for v, label in txt.SUGGESTIONS)
NUDGE_AT: Final = time(10, 0)
TOMORROW_MORNING: Final = time(9, 0)


def reinforce_steps(prefix: str, after: str, *, in_moment: bool) -> tuple[Step, ...]:
    """Pick words, preview them exactly, then Send now / Send later / Edit / way out.

    Answers: ``<prefix>_msg``, ``<prefix>_status`` ("sent", "scheduled", "kept",
    "not_now") and ``<prefix>_at`` (ISO UTC instant when scheduled). Inside a
    moment the way out is Not now, which schedules a ``reinforce_nudge`` for
    10:00 the next day; on its own it is Cancel.
    """
    pick, prev, when, edit = (f"{prefix}_{s}" for s in ("pick", "prev", "when", "edit"))
    msg, status, at_key = f"{prefix}_msg", f"{prefix}_status", f"{prefix}_at"
    way_out = (Option(SKIP, common.NOT_NOW),) if in_moment else (Option(CANCEL, common.CANCEL),)

    def not_now(ctx: Ctx) -> str:
        ctx.answers[status] = "not_now"
        if ctx.paired:
            at = at_local(ctx.person, ctx.now, NUDGE_AT, 1)
            ctx.emit(
                ScheduleFollowUp("reinforce_nudge", at, {"partner_name": ctx.person.partner_name})
            )
            ctx.note(txt.NUDGE)
        else:
            ctx.note(txt.NOT_NOW_ACK)
        return after

    def pick_text(state: FlowState, person: Person) -> str:
        return (txt.PICK if in_moment else txt.PICK_STANDALONE).format(partner=partner(person))

    def after_pick(ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return not_now(ctx)
        ctx.answers[msg] = ctx.text if ctx.value == OTHER else label_of(SUGGESTIONS, ctx.value)
        return prev

    def preview_text(state: FlowState, person: Person) -> str:
        message = str(state.answers.get(msg) or "")
        if person.partner_id is None:
            return txt.PREVIEW_SOLO.format(text=message)
        delivery = render_delivery("reinforce", person.first_name, message).text
        return txt.PREVIEW.format(partner=partner(person), message=delivery)

    def preview_options(state: FlowState, person: Person) -> tuple[Option, ...]:
        mark = sign(str(state.answers.get(msg) or ""))
        if person.partner_id is None:
            first: tuple[Option, ...] = (Option(f"keep.{mark}", common.KEEP),)
        else:
            first = (
                Option(f"send.{mark}", common.SEND_NOW),
                Option(f"later.{mark}", common.SEND_LATER),
            )
        rest: tuple[Option, ...] = (Option("edit", common.EDIT),)
        if in_moment:
            rest += (Option("notnow", common.NOT_NOW),)
        return first + rest

    def after_preview(ctx: Ctx) -> str:
        message = str(ctx.answers.get(msg) or "")
        if ctx.value == OTHER:
            ctx.answers[msg] = ctx.text
            return prev
        if ctx.value == "edit":
            return edit
        if ctx.value == "notnow":
            return not_now(ctx)
        if ctx.value.startswith("later.") and ctx.paired:
            return when
        if ctx.value.startswith("send.") and ctx.paired:
            ctx.emit(SendToPartner("reinforce", message))
            ctx.answers[status] = "sent"
            ctx.note(txt.SENT)
            return after
        ctx.answers[status] = "kept"
        ctx.note(txt.KEPT)
        return after

    def when_text(state: FlowState, person: Person) -> str:
        return txt.WHEN

    def after_when(ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return not_now(ctx)
        at: datetime | str
        if ctx.value == "tm9":
            at = at_local(ctx.person, ctx.now, TOMORROW_MORNING, 1)
        else:
            at = resolve_time(ctx.text, ctx.person, ctx.now)
        if isinstance(at, str):
            return ctx.reject(at)
        ctx.emit(SendToPartner("reinforce", str(ctx.answers.get(msg) or ""), at=at))
        ctx.answers[status] = "scheduled"
        ctx.answers[at_key] = at.isoformat()
        when_words = describe_when(at, ctx.person, ctx.now)
        ctx.note(txt.SCHEDULED.format(partner=partner(ctx.person), when=when_words))
        return after

    def edit_text(state: FlowState, person: Person) -> str:
        return txt.EDIT.format(text=state.answers.get(msg) or "")

    def after_edit(ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return not_now(ctx)
        ctx.answers[msg] = ctx.text
        return prev

    return (
        Step(
            pick,
            pick_text,
            mode="choice",
            stage=REINFORCE,
            options=SUGGESTIONS,
            own_answer=True,
            way_out=way_out,
            next=after_pick,
        ),
        Step(
            prev,
            preview_text,
            mode="preview",
            stage=REINFORCE,
            options=preview_options,
            own_answer=True,
            way_out=() if in_moment else way_out,
            next=after_preview,
            columns=2,
        ),
        Step(
            when,
            when_text,
            mode="choice",
            stage=REINFORCE,
            aside=common.SEND_LATER,
            options=(Option("tm9", common.TOMORROW_9),),
            own_answer=True,
            way_out=way_out,
            next=after_when,
        ),
        Step(
            edit,
            edit_text,
            mode="text",
            stage=REINFORCE,
            aside=common.EDIT_ASIDE,
            way_out=way_out,
            next=after_edit,
        ),
    )


def _begin(ctx: Ctx) -> str:
    if not ctx.paired:
        ctx.note(txt.SOLO_START)
        return END
    return "r_pick"


def _finish(ctx: Ctx) -> None:
    """Nothing to add: the steps already said sent, scheduled or not now."""


FLOW: Final = Flow("reinforce", reinforce_steps("r", END, in_moment=False), _begin, _finish)
