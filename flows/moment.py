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
from enum import StrEnum
from typing import Any, Final

from flows import checkin, reflections, reinforce
from flows.compose import Compose, Wording, to_partner
from flows.content import common
from flows.content import moment as txt
from flows.model import FlowState, Person, SaveReflection
from flows.practice import PracticeStep
from flows.steps import (
    CANCEL,
    CANCEL_OUT,
    END,
    OTHER,
    SKIP_OUT,
    Ctx,
    Flow,
    Mode,
    Option,
    Step,
    answer_list,
    answer_text,
    options,
    partner_ref,
    practice,
    practice_title,
    say,
    track,
)
from flows.text import clip, esc

# "Didn't have my back" walks three steps of its own.
HURT_READ, HURT_HELPED, HURT_ASK = track(practice_title(PracticeStep.READ), txt.H_HELPED, txt.H_ASK)
SUMMARY_EXCERPT: Final = 200

SIDE_OPTIONS: Final = options(txt.SIDE_OPTIONS)
SIGNALS: Final = options(txt.SIGNALS)
HARD: Final = options(txt.HARD)
FEELINGS: Final = options(txt.FEELINGS)
HELP_OPTIONS: Final = options(txt.HELP_OPTIONS)
INCLUDE_OPTIONS: Final = options(txt.INCLUDE_OPTIONS)


def _side_phrases(state: FlowState, person: Person) -> tuple[Option, ...]:
    ref = partner_ref(person)
    return tuple(Option(v, label, words.format(ref=ref)) for v, label, words in txt.SIDE_PHRASES)


def _actions(state: FlowState, person: Person) -> tuple[Option, ...]:
    return options(txt.ACTIONS)


# --- start and which side ------------------------------------------------------


class Side(StrEnum):
    """Which way the moment is looked at (the ``side`` answer and start context)."""

    SUPPORT = "support"  # "I want to have their back better"
    HURT = "hurt"  # "I felt they didn't have my back"


def _first_of(side: str) -> str:
    return "s_what" if side == Side.SUPPORT else "h_what"


def _begin(ctx: Ctx) -> str:
    side = ctx.state.context.get("side")
    name = ctx.state.context.get("from_name")
    if side not in tuple(Side):
        return "side"
    ctx.answers["side"] = side
    if name and side == Side.SUPPORT:
        ctx.note(txt.FROM_REQUEST.format(name=esc(str(name))))
    return _first_of(str(side))


def _after_side(ctx: Ctx) -> str:
    return _first_of(ctx.value)


# --- "have their back" ------------------------------------------------------------

CHECK_IN: Final = checkin.ask("s_ci", then="s_rf_pick", remind=True)
REINFORCE: Final = reinforce.message("s_rf", then=END, in_moment=True)


def _after_hard(ctx: Ctx) -> str:
    tip = txt.TIPS.get(ctx.value)
    if tip:
        ctx.note(tip)
    return CHECK_IN.first


SUPPORT_STEPS: Final = (
    Step(
        "s_what",
        say(txt.S_WHAT),
        stage=practice(PracticeStep.READ),
        way_out=CANCEL_OUT,
        next="s_signals",
    ),
    Step(
        "s_signals",
        say(txt.S_SIGNALS),
        mode=Mode.MULTI,
        stage=practice(PracticeStep.READ),
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
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.SIDE),
        options=_side_phrases,
        own_answer=True,
        way_out=SKIP_OUT,
        next="s_action",
    ),
    Step(
        "s_action",
        say(txt.S_ACTION),
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.ACTION),
        options=_actions,
        own_answer=True,
        way_out=SKIP_OUT,
        next="s_hard",
    ),
    Step(
        "s_hard",
        say(txt.S_HARD),
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.ACTION),
        aside=txt.HARD_ASIDE,
        options=HARD,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_hard,
    ),
    *CHECK_IN.steps,
    *REINFORCE.steps,
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


def _request_context(state: FlowState) -> dict[str, Any]:
    if state.answers.get("h_incl") == "yes" and state.answers.get("h_what"):
        return {"summary": clip(str(state.answers["h_what"]), SUMMARY_EXCERPT, one_line=True)}
    return {}


REQUEST: Final = Compose(
    "h",
    letter=lambda state, person, words: to_partner(
        "request", person, words, _request_context(state)
    ),
    wording=Wording(edit=txt.H_EDIT, sent=txt.H_SENT, not_now=txt.H_NOT_NOW),
    stage=HURT_ASK,
)


def _after_when(ctx: Ctx) -> str:
    ctx.answers[REQUEST.draft_key] = request_draft(ctx.state)
    return "h_incl" if ctx.paired and ctx.answers.get("h_what") else REQUEST.first


HURT_STEPS: Final = (
    Step(
        "h_what",
        say(txt.H_WHAT),
        stage=HURT_READ,
        way_out=CANCEL_OUT,
        next="h_felt",
    ),
    Step(
        "h_felt",
        say(txt.H_FELT),
        mode=Mode.MULTI,
        stage=HURT_READ,
        options=FEELINGS,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_felt,
    ),
    Step(
        "h_help",
        say(txt.H_HELP),
        mode=Mode.CHOICE,
        stage=HURT_HELPED,
        options=HELP_OPTIONS,
        own_answer=True,
        way_out=SKIP_OUT,
        next="h_when",
    ),
    Step(
        "h_when",
        say(txt.H_WHEN),
        stage=HURT_ASK,
        way_out=SKIP_OUT,
        next=_after_when,
    ),
    Step(
        "h_incl",
        say(txt.H_INCLUDE),
        mode=Mode.CHOICE,
        stage=HURT_ASK,
        options=INCLUDE_OPTIONS,
        way_out=SKIP_OUT,
        next=REQUEST.first,
        columns=2,
    ),
    *REQUEST.steps,
)


# --- the end -------------------------------------------------------------------------


def support_summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the "have their back" branch, readable."""
    summary: dict[str, Any] = {
        "partner": person.partner_name,
        "what": state.answers.get("s_what"),
        "signals": answer_list(state, "s_signals", SIGNALS),
        "side": answer_text(state, "s_side", _side_phrases(state, person)),
        "action": answer_text(state, "s_action", _actions(state, person)),
        "hard": answer_text(state, "s_hard", HARD),
        "checkin": CHECK_IN.outcome(state, person, now),
        "reinforce": REINFORCE.outcome(state, person, now),
    }
    if "request_id" in state.context:
        summary["request_id"] = state.context["request_id"]
    return summary


def hurt_summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the "didn't have my back" branch, readable."""
    request = REQUEST.outcome(state, person, now)
    if request is not None:
        request["included_summary"] = bool(_request_context(state))
    return {
        "partner": person.partner_name,
        "hurt_what": state.answers.get("h_what"),
        "felt": answer_list(state, "h_felt", FEELINGS),
        "helped": answer_text(state, "h_help", HELP_OPTIONS),
        "when": state.answers.get("h_when"),
        "request": request,
    }


def _finish(ctx: Ctx) -> None:
    if ctx.answers.get("side") == Side.HURT:
        kind, summary = "moment_hurt", hurt_summary(ctx.state, ctx.person, ctx.now)
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
            mode=Mode.CHOICE,
            aside=common.GETTING_STARTED,
            options=SIDE_OPTIONS,
            way_out=(Option(CANCEL, common.NOT_NOW),),
            next=_after_side,
        ),
        *SUPPORT_STEPS,
        *HURT_STEPS,
    ),
    begin=_begin,
    finish=_finish,
    command="moment",
)
