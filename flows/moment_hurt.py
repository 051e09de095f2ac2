"""/moment, "didn't have my back" (``h_*`` steps): what happened and how it felt, what
would have helped, then a calm request drafted from the answers.

See :mod:`flows.moment` for the whole flow. Ends with the readable
:func:`hurt_summary` saved as ``moment_hurt``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from flows.compose import Compose
from flows.compose_parts import Extra, Wording, to_partner
from flows.content import moment as txt
from flows.model import FlowState, Person
from flows.practice import PracticeStep
from flows.steps import (
    CANCEL_OUT,
    OTHER,
    SKIP_OUT,
    Ctx,
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

# "Didn't have my back" walks three steps of its own.
HURT_READ, HURT_HELPED, HURT_ASK = track(practice_title(PracticeStep.READ), txt.H_HELPED, txt.H_ASK)
SUMMARY_EXCERPT: Final = 200

FEELINGS: Final = options(txt.FEELINGS)
HELP_OPTIONS: Final = options(txt.HELP_OPTIONS)
INCLUDE_OPTIONS: Final = options(txt.INCLUDE_OPTIONS)


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
    if REQUEST.with_extra(state):
        return {"summary": clip(str(state.answers["h_what"]), SUMMARY_EXCERPT, one_line=True)}
    return {}


REQUEST_KIND: Final = "request"
REQUEST: Final = Compose(
    "h",
    letter=lambda state, person, words: to_partner(
        REQUEST_KIND, person, words, _request_context(state)
    ),
    wording=Wording(edit=txt.H_EDIT, sent=txt.H_SENT, not_now=txt.H_NOT_NOW),
    stage=HURT_ASK,
    # What happened, in their words, goes only if they add it on the preview (or,
    # in a conversation saved when it was a question, said yes to it).
    extra=Extra(
        available=lambda state: bool(state.answers.get("h_what")),
        drop_label=txt.H_DROP_WHAT,
        add_label=txt.H_ADD_WHAT,
        default=lambda state: state.answers.get("h_incl") == "yes",
    ),
    # With group posts on: private now, posted in the group once accepted.
    to_group=True,
)


def _after_when(ctx: Ctx) -> str:
    ctx.answers[REQUEST.draft_key] = request_draft(ctx.state)
    return REQUEST.first


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
    # Asked by older versions only: the preview has a button for it now.
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
