"""/prepare: before a moment that might be hard, plan how to have each other's back.

What's coming, what might happen, signals to watch for, a private signal, what
each will do and when it ends (today or tomorrow in the person's zone). Then an
optional, previewed share with the partner (``SendToPartner(kind="prepare")``).
Always ``ScheduleFollowUp(kind="prepare_followup", at=end)`` and
``SaveReflection(kind="prepare")``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from flows import reflections
from flows.content import common
from flows.content import prepare as txt
from flows.engine import (
    CANCEL,
    END,
    SKIP,
    Ctx,
    Flow,
    Option,
    Stage,
    Step,
    answer_list,
    answer_text,
    describe_when,
    partner,
    resolve_time,
    say,
    sign,
)
from flows.followups import render_delivery
from flows.model import FlowState, Person, SaveReflection, ScheduleFollowUp, SendToPartner

LOOK_AHEAD: Final = Stage(1, 4, txt.LOOK_AHEAD)
READ: Final = Stage(2, 4, txt.READ)
ACTION: Final = Stage(3, 4, txt.ACTION)
CHECK_IN: Final = Stage(4, 4, txt.CHECK_IN)
WHAT_LIMIT: Final = 80

SIGNALS: Final = tuple(Option(v, label) for v, label in txt.SIGNALS)
CODES: Final = tuple(Option(v, label) for v, label in txt.CODES)
SKIP_OUT: Final = (Option(SKIP, common.SKIP),)


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _end_at(state: FlowState) -> datetime | None:
    raw = state.answers.get("p_end_at")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def plan_text(state: FlowState) -> str:
    """The plan as the partner would read it (the same text the preview shows)."""
    lines = [txt.PLAN_TITLE.format(what=_short(str(state.answers.get("p_what") or ""), WHAT_LIMIT))]
    watch = answer_list(state, "p_signals", SIGNALS)
    if watch:
        lines.append(txt.PLAN_WATCH.format(value=", ".join(watch).lower()))
    code = answer_text(state, "p_code", CODES)
    if code:
        lines.append(txt.PLAN_SIGNAL.format(value=code[0].lower() + code[1:]))
    if state.answers.get("p_plan"):
        lines.append(txt.PLAN_DO.format(value=state.answers["p_plan"]))
    if state.answers.get("p_end_when"):
        lines.append(txt.PLAN_ENDS.format(when=state.answers["p_end_when"]))
    return "\n".join(lines)


def _after_end(ctx: Ctx) -> str:
    at = resolve_time(ctx.text, ctx.person, ctx.now)
    if isinstance(at, str):
        return ctx.reject(at)
    ctx.answers["p_end_at"] = at.isoformat()
    # Worded once, when it was set, so the preview and the sent plan stay identical.
    ctx.answers["p_end_when"] = describe_when(at, ctx.person, ctx.now)
    return "p_share" if ctx.paired else END


def _share_text(state: FlowState, person: Person) -> str:
    message = render_delivery("prepare", person.first_name, plan_text(state)).text
    return txt.SHARE_Q.format(partner=partner(person), message=message)


def _share_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    mark = sign(plan_text(state))
    return (Option(f"send.{mark}", common.SEND), Option("notnow", common.NOT_NOW))


def _after_share(ctx: Ctx) -> str:
    if ctx.value.startswith("send."):
        ctx.emit(SendToPartner("prepare", plan_text(ctx.state)))
        ctx.answers["p_shared"] = True
        ctx.note(txt.SHARED)
    return END


def summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the plan, readable."""
    end = _end_at(state)
    return {
        "partner": person.partner_name,
        "what": state.answers.get("p_what"),
        "risk": state.answers.get("p_risk"),
        "watch": answer_list(state, "p_signals", SIGNALS),
        "signal": answer_text(state, "p_code", CODES),
        "plan": state.answers.get("p_plan"),
        "ends": describe_when(end, person, now) if end else None,
        "ends_at": end.isoformat() if end else None,
        "shared": bool(state.answers.get("p_shared")),
    }


def _begin(ctx: Ctx) -> str:
    return "p_what"


def _finish(ctx: Ctx) -> None:
    end = _end_at(ctx.state) or ctx.now
    at = max(end, ctx.now)
    what = _short(str(ctx.answers.get("p_what") or ""), WHAT_LIMIT)
    context = {"what": what, "partner_name": ctx.person.partner_name}
    ctx.emit(ScheduleFollowUp("prepare_followup", at, context))
    data = summary(ctx.state, ctx.person, ctx.now)
    ctx.emit(SaveReflection(kind="prepare", summary=data))
    ctx.note(reflections.render_summary("prepare", data))
    ctx.note(txt.CHECK_IN_AT.format(when=describe_when(at, ctx.person, ctx.now)))
    if not ctx.paired:
        ctx.note(txt.SOLO_TIP)


FLOW: Final = Flow(
    "prepare",
    (
        Step(
            "p_what",
            say(txt.WHAT),
            mode="text",
            stage=LOOK_AHEAD,
            way_out=(Option(CANCEL, common.CANCEL),),
            next="p_risk",
        ),
        Step("p_risk", say(txt.RISK), stage=LOOK_AHEAD, way_out=SKIP_OUT, next="p_signals"),
        Step(
            "p_signals",
            say(txt.SIGNALS_Q),
            mode="multi",
            stage=READ,
            options=SIGNALS,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_code",
            columns=2,
        ),
        Step(
            "p_code",
            say(txt.CODE_Q),
            mode="choice",
            stage=READ,
            options=CODES,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_plan",
        ),
        Step("p_plan", say(txt.PLAN_Q), stage=ACTION, way_out=SKIP_OUT, next="p_end"),
        Step(
            "p_end",
            say(txt.END_Q),
            stage=CHECK_IN,
            way_out=(Option(CANCEL, common.CANCEL),),
            next=_after_end,
        ),
        Step(
            "p_share",
            _share_text,
            mode="preview",
            stage=CHECK_IN,
            options=_share_options,
            way_out=(),
            next=_after_share,
            columns=2,
        ),
    ),
    _begin,
    _finish,
)
