"""/moment: looking back at a moment, from either side.

* "have their back" (``s_*`` steps): the five steps, Read the Moment to Reinforce,
  with a short "what made it hard?" and a tip; ends with
  ``SaveReflection(kind="moment_support")``.
* "didn't have my back" (``h_*`` steps): what happened and how it felt, what would
  have helped, then a calm request drafted from the answers; ends with
  ``SaveReflection(kind="moment_hurt")``.

Start context (all optional): ``{"side": "support"|"hurt", "request_id": int,
"from_name": str}``. With ``side`` the first question is skipped; with
``from_name`` the flow opens by acknowledging the partner's request.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from flows import reflections
from flows.checkin import checkin_steps
from flows.content import common
from flows.content import moment as txt
from flows.engine import (
    ACTION,
    CANCEL,
    END,
    OTHER,
    READ,
    SIDE,
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
    partner_ref,
    say,
    sign,
)
from flows.followups import render_delivery
from flows.model import FlowState, Person, SaveReflection, SendToPartner
from flows.reinforce import reinforce_steps

H_READ: Final = Stage(1, 3, txt.H_READ)
H_HELPED: Final = Stage(2, 3, txt.H_HELPED)
H_ASK: Final = Stage(3, 3, txt.H_ASK)
SUMMARY_EXCERPT: Final = 200

SIDE_OPTIONS: Final = tuple(Option(v, label) for v, label in txt.SIDE_OPTIONS)
SIGNALS: Final = tuple(Option(v, label) for v, label in txt.SIGNALS)
HARD: Final = tuple(Option(v, label) for v, label in txt.HARD)
FEELINGS: Final = tuple(Option(v, label) for v, label in txt.FEELINGS)
HELP_OPTIONS: Final = tuple(Option(v, label) for v, label in txt.HELP_OPTIONS)
INCLUDE_OPTIONS: Final = tuple(Option(v, label) for v, label in txt.INCLUDE_OPTIONS)
SKIP_OUT: Final = (Option(SKIP, common.SKIP),)


def _side_phrases(state: FlowState, person: Person) -> tuple[Option, ...]:
    return tuple(Option(v, label.format(ref=partner_ref(person))) for v, label in txt.SIDE_PHRASES)


def _actions(state: FlowState, person: Person) -> tuple[Option, ...]:
    return tuple(Option(v, label.format(partner=partner(person))) for v, label in txt.ACTIONS)


def _excerpt(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- start and which side ------------------------------------------------------


def _begin(ctx: Ctx) -> str:
    side = ctx.state.context.get("side")
    name = ctx.state.context.get("from_name")
    if side in ("support", "hurt"):
        ctx.answers["side"] = side
        if name and side == "support":
            ctx.note(txt.FROM_REQUEST.format(name=name))
        return "s_what" if side == "support" else "h_what"
    return "side"


def _after_side(ctx: Ctx) -> str:
    return "s_what" if ctx.value == "support" else "h_what"


# --- "have their back" ------------------------------------------------------------


def _after_hard(ctx: Ctx) -> str:
    tip = txt.TIPS.get(ctx.value)
    if tip:
        ctx.note(tip)
    return "s_ci_pick"


SUPPORT_STEPS: Final = (
    Step(
        "s_what",
        say(txt.S_WHAT),
        mode="text",
        stage=READ,
        way_out=(Option(CANCEL, common.CANCEL),),
        next="s_signals",
    ),
    Step(
        "s_signals",
        say(txt.S_SIGNALS),
        mode="multi",
        stage=READ,
        options=SIGNALS,
        own_answer=True,
        way_out=SKIP_OUT,
        next="s_side",
        columns=2,
        exclusive=frozenset({"none"}),
    ),
    Step(
        "s_side",
        say(txt.S_SIDE),
        mode="choice",
        stage=SIDE,
        options=_side_phrases,
        own_answer=True,
        way_out=SKIP_OUT,
        next="s_action",
    ),
    Step(
        "s_action",
        say(txt.S_ACTION),
        mode="choice",
        stage=ACTION,
        options=_actions,
        own_answer=True,
        way_out=SKIP_OUT,
        next="s_hard",
    ),
    Step(
        "s_hard",
        say(txt.S_HARD),
        mode="choice",
        stage=ACTION,
        aside=txt.HARD_ASIDE,
        options=HARD,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_hard,
    ),
    *checkin_steps("s_ci", "s_rf_pick", remind=True),
    *reinforce_steps("s_rf", END, in_moment=True),
)


# --- "didn't have my back" ----------------------------------------------------------


def _after_felt(ctx: Ctx) -> str:
    if ctx.answers.get("h_felt"):
        ctx.note(txt.H_FELT_THANKS)
    return "h_help"


def _ask_words(state: FlowState) -> str:
    value = state.answers.get("h_help")
    if value == OTHER:
        own = str(state.answers.get("h_help_own") or "").strip().rstrip(".!?")
        if len(own) > 1 and own[0].isupper() and own[1].islower():
            own = own[0].lower() + own[1:]
        return own or txt.HELP_ASKS["side"]
    return txt.HELP_ASKS.get(str(value), txt.HELP_ASKS["side"])


def request_draft(state: FlowState) -> str:
    """ "Next time X, could you Y?" from the answers so far."""
    when = str(state.answers.get("h_when") or "").strip().rstrip(".!?,")
    return txt.REQUEST.format(when=when or txt.WHEN_DEFAULT, ask=_ask_words(state))


def _after_when(ctx: Ctx) -> str:
    ctx.answers["h_msg"] = request_draft(ctx.state)
    return "h_incl" if ctx.paired and ctx.answers.get("h_what") else "h_prev"


def _request_context(state: FlowState) -> dict[str, Any]:
    if state.answers.get("h_incl") == "yes" and state.answers.get("h_what"):
        return {"summary": _excerpt(str(state.answers["h_what"]), SUMMARY_EXCERPT)}
    return {}


def _request_preview(state: FlowState, person: Person) -> str:
    message = str(state.answers.get("h_msg") or "")
    if person.partner_id is None:
        return txt.H_PREVIEW_SOLO.format(text=message)
    delivery = render_delivery("request", person.first_name, message, _request_context(state))
    return txt.H_PREVIEW.format(partner=partner(person), message=delivery.text)


def _request_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    message = str(state.answers.get("h_msg") or "")
    mark = sign(f"{message}\n{_request_context(state).get('summary', '')}")
    first = (
        Option(f"send.{mark}", common.SEND)
        if person.partner_id is not None
        else Option(f"keep.{mark}", common.KEEP)
    )
    return (first, Option("edit", common.EDIT), Option("notnow", common.NOT_NOW))


def _request_not_now(ctx: Ctx) -> str:
    ctx.answers["h_status"] = "not_now"
    ctx.note(txt.H_NOT_NOW)
    return END


def _after_request_preview(ctx: Ctx) -> str:
    if ctx.value == OTHER:
        ctx.answers["h_msg"] = ctx.text
        return "h_prev"
    if ctx.value == "edit":
        return "h_edit"
    if ctx.value == "notnow":
        return _request_not_now(ctx)
    if ctx.value.startswith("send.") and ctx.paired:
        context = _request_context(ctx.state)
        ctx.emit(SendToPartner("request", str(ctx.answers.get("h_msg") or ""), context=context))
        ctx.answers["h_status"] = "sent"
        ctx.note(txt.H_SENT.format(partner=partner(ctx.person)))
        return END
    ctx.answers["h_status"] = "kept"
    ctx.note(txt.H_KEPT)
    return END


def _request_edit_text(state: FlowState, person: Person) -> str:
    return txt.H_EDIT.format(text=state.answers.get("h_msg") or "")


def _after_request_edit(ctx: Ctx) -> str:
    if ctx.value == SKIP:
        return _request_not_now(ctx)
    ctx.answers["h_msg"] = ctx.text
    return "h_prev"


HURT_STEPS: Final = (
    Step(
        "h_what",
        say(txt.H_WHAT),
        mode="text",
        stage=H_READ,
        way_out=(Option(CANCEL, common.CANCEL),),
        next="h_felt",
    ),
    Step(
        "h_felt",
        say(txt.H_FELT),
        mode="multi",
        stage=H_READ,
        options=FEELINGS,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_felt,
    ),
    Step(
        "h_help",
        say(txt.H_HELP),
        mode="choice",
        stage=H_HELPED,
        options=HELP_OPTIONS,
        own_answer=True,
        way_out=SKIP_OUT,
        next="h_when",
    ),
    Step(
        "h_when",
        say(txt.H_WHEN),
        mode="text",
        stage=H_ASK,
        way_out=SKIP_OUT,
        next=_after_when,
    ),
    Step(
        "h_incl",
        say(txt.H_INCLUDE),
        mode="choice",
        stage=H_ASK,
        options=INCLUDE_OPTIONS,
        way_out=SKIP_OUT,
        next="h_prev",
        columns=2,
    ),
    Step(
        "h_prev",
        _request_preview,
        mode="preview",
        stage=H_ASK,
        options=_request_options,
        own_answer=True,
        way_out=(),
        next=_after_request_preview,
        columns=3,
    ),
    Step(
        "h_edit",
        _request_edit_text,
        mode="text",
        stage=H_ASK,
        aside=common.EDIT_ASIDE,
        way_out=(Option(SKIP, common.NOT_NOW),),
        next=_after_request_edit,
    ),
)


# --- the end -------------------------------------------------------------------------


def _sent_part(
    state: FlowState, prefix: str, person: Person, now: datetime
) -> dict[str, Any] | None:
    status = state.answers.get(f"{prefix}_status")
    if status is None:
        return None
    part: dict[str, Any] = {"status": status, "text": state.answers.get(f"{prefix}_msg") or ""}
    at = state.answers.get(f"{prefix}_at")
    if status == "scheduled" and isinstance(at, str):
        part["at"] = at
        part["when"] = describe_when(datetime.fromisoformat(at), person, now)
    return part


def support_summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the "have their back" branch, readable."""
    summary: dict[str, Any] = {
        "partner": person.partner_name,
        "what": state.answers.get("s_what"),
        "signals": answer_list(state, "s_signals", SIGNALS),
        "side": answer_text(state, "s_side", _side_phrases(state, person)),
        "action": answer_text(state, "s_action", _actions(state, person)),
        "hard": answer_text(state, "s_hard", HARD),
        "checkin": _sent_part(state, "s_ci", person, now),
        "reinforce": _sent_part(state, "s_rf", person, now),
    }
    if "request_id" in state.context:
        summary["request_id"] = state.context["request_id"]
    return summary


def hurt_summary(state: FlowState, person: Person) -> dict[str, Any]:
    """Every answer of the "didn't have my back" branch, readable."""
    request: dict[str, Any] | None = None
    if state.answers.get("h_status"):
        request = {
            "status": state.answers["h_status"],
            "text": state.answers.get("h_msg") or "",
            "included_summary": bool(_request_context(state)),
        }
    return {
        "partner": person.partner_name,
        "hurt_what": state.answers.get("h_what"),
        "felt": answer_list(state, "h_felt", FEELINGS),
        "helped": answer_text(state, "h_help", HELP_OPTIONS),
        "when": state.answers.get("h_when"),
        "request": request,
    }


def _finish(ctx: Ctx) -> None:
    if ctx.answers.get("side") == "hurt":
        kind, summary = "moment_hurt", hurt_summary(ctx.state, ctx.person)
    else:
        kind, summary = "moment_support", support_summary(ctx.state, ctx.person, ctx.now)
    ctx.emit(SaveReflection(kind=kind, summary=summary))
    ctx.note(reflections.render_summary(kind, summary))


FLOW: Final = Flow(
    "moment",
    (
        Step(
            "side",
            lambda state, person: txt.SIDE_QUESTION,
            mode="choice",
            aside=common.GETTING_STARTED,
            options=SIDE_OPTIONS,
            way_out=(Option(CANCEL, common.NOT_NOW),),
            next=_after_side,
        ),
        *SUPPORT_STEPS,
        *HURT_STEPS,
    ),
    _begin,
    _finish,
)
