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
from flows.compose import Compose, Status, Wording, to_partner
from flows.content import prepare as txt
from flows.local_time import describe_when, resolve_time
from flows.model import FlowState, Person, SaveReflection, ScheduleFollowUp
from flows.practice import PracticeStep
from flows.steps import (
    CANCEL_OUT,
    END,
    SKIP_OUT,
    Ctx,
    Flow,
    Mode,
    Step,
    answer_list,
    answer_text,
    options,
    practice_title,
    say,
    track,
)
from flows.text import clip

# The plan's own four steps: looking ahead, then three of the five.
LOOK_AHEAD, WATCH, PLAN, AFTERWARDS = track(
    txt.LOOK_AHEAD,
    practice_title(PracticeStep.READ),
    practice_title(PracticeStep.ACTION),
    practice_title(PracticeStep.CHECK_IN),
)
WHAT_LIMIT: Final = 80

SIGNALS: Final = options(txt.SIGNALS)
CODES: Final = options(txt.CODES)


def _what(state: FlowState) -> str:
    return clip(str(state.answers.get("p_what") or ""), WHAT_LIMIT, one_line=True)


def _end_at(state: FlowState) -> datetime | None:
    raw = state.answers.get("p_end_at")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def plan_text(state: FlowState) -> str:
    """The plan as the partner would read it (the same text the preview shows)."""
    lines = [txt.PLAN_TITLE.format(what=_what(state))]
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


# Sharing the plan: a preview with Send / Not now (the plan is edited by going Back).
SHARE: Final = Compose(
    "p",
    letter=lambda state, person, _words: to_partner("prepare", person, plan_text(state)),
    wording=Wording(preview=txt.SHARE_Q, sent=txt.SHARED, not_now=""),
    stage=AFTERWARDS,
    editable=False,
)


def _after_end(ctx: Ctx) -> str:
    at = resolve_time(ctx.text, ctx.person, ctx.now)
    if isinstance(at, str):
        return ctx.reject(at)
    ctx.answers["p_end_at"] = at.isoformat()
    # Worded once, when it was set, so the preview and the sent plan stay identical.
    ctx.answers["p_end_when"] = describe_when(at, ctx.person, ctx.now)
    return SHARE.first if ctx.paired else END


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
        "shared": state.answers.get(SHARE.status_key) == Status.SENT,
    }


def _finish(ctx: Ctx) -> None:
    end = _end_at(ctx.state) or ctx.now
    at = max(end, ctx.now)
    context = {"what": _what(ctx.state), "partner_name": ctx.person.partner_name}
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
            stage=LOOK_AHEAD,
            way_out=CANCEL_OUT,
            next="p_risk",
        ),
        Step("p_risk", say(txt.RISK), stage=LOOK_AHEAD, way_out=SKIP_OUT, next="p_signals"),
        Step(
            "p_signals",
            say(txt.SIGNALS_Q),
            mode=Mode.MULTI,
            stage=WATCH,
            options=SIGNALS,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_code",
            columns=2,
        ),
        Step(
            "p_code",
            say(txt.CODE_Q),
            mode=Mode.CHOICE,
            stage=WATCH,
            options=CODES,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_plan",
        ),
        Step("p_plan", say(txt.PLAN_Q), stage=PLAN, way_out=SKIP_OUT, next="p_end"),
        Step(
            "p_end",
            say(txt.END_Q),
            stage=AFTERWARDS,
            way_out=CANCEL_OUT,
            next=_after_end,
        ),
        *SHARE.steps,
    ),
    begin="p_what",
    finish=_finish,
    command="prepare",
    # Before the shared message step, the preview was called "p_share".
    renamed={"p_share": SHARE.preview_step},
)
