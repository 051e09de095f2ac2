"""/moment: looking back at a moment, from either side.

The first question ("Which fits best?") already asks whether they stepped in:
"I stepped in for them", "I wish I'd stepped in", "They didn't have my back".

* "have their back" (``s_*`` steps), two paths of five stages, each header
  naming its own. Stepped in: Read the Moment, Take Their Side, Take Action
  (what you did), Check In (the moment named in their words unless they leave it
  out on the preview); a sent Check In ends the flow and Reinforce is offered
  when the answer comes back, otherwise Reinforce is the last step. Missed it:
  Read the Moment, what Taking Their Side would have sounded like, What Got in
  the Way (the four reasons, each with its tip), Make It Right (replay it: what
  would you do if you could rewind; then a repair message that owns it, drafted
  from the replay) and Reinforce. Ends with ``SaveReflection(kind="moment_support")``
  (``stepped`` says which path).
* "didn't have my back" (``h_*`` steps): what happened and how it felt, what would
  have helped, then a calm request drafted from the answers (what happened can
  be added on its preview); ends with ``SaveReflection(kind="moment_hurt")``.

Start context (all optional): ``{"side": "support"|"hurt", "request_id": int,
"from_name": str, "first": bool, "typed": str}``. With ``side`` the first
question is skipped (a side of "support" asks "did you step in?" after "what
happened"); with ``from_name`` the flow opens by acknowledging the partner's
request; with ``first`` (the person's first moment) the first question says
once why this matters; with ``typed`` (text sent with nothing open, kept in this
conversation only) it offers the side that text reads as (:mod:`flows.vent`)
and uses the text as the answer to "what happened".
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from flows import reflections
from flows.content import common
from flows.content import moment as txt
from flows.model import FlowState, Person, SaveReflection
from flows.moment_hurt import HURT_STEPS, hurt_summary
from flows.moment_support import REINFORCE, SUPPORT_STEPS, Stepped, after_what, support_summary
from flows.steps import (
    CANCEL,
    TYPED,
    Ctx,
    Flow,
    Mode,
    Option,
    Step,
    options,
)
from flows.text import esc
from flows.vent import Guess, guess

SIDE_OPTIONS: Final = options(txt.SIDE_OPTIONS)


# --- start, which side, and text typed with nothing open ------------------------------


class Side(StrEnum):
    """Which way the moment is looked at (the ``side`` answer and start context)."""

    SUPPORT = "support"  # "I want to have their back better"
    HURT = "hurt"  # "I felt they didn't have my back"


# The first question's choices besides "hurt": wanting to have their back better,
# having stepped in or not. (A side of "support" alone, from a partner's request or
# an older version, asks "did you step in?" after "what happened".)
STEPPED_BY_CHOICE: Final = {"stepped": Stepped.YES, "missed": Stepped.NO}


# The vent step's buttons when the text reads clearly as one side.
YES: Final = "yes"
NOT_QUITE: Final = "notquite"


def _typed(state: FlowState) -> str:
    return str(state.context.get(TYPED) or "")


def _guess(state: FlowState) -> Guess:
    raw = state.context.get("guess")
    return Guess(raw) if raw in tuple(Guess) else Guess.UNSURE


def _first_of(ctx: Ctx, choice: str) -> str:
    """The first question of a side; what they typed already answers "what happened"."""
    side = Side.HURT if choice == Side.HURT else Side.SUPPORT
    ctx.answers["side"] = side.value
    if choice in STEPPED_BY_CHOICE:
        ctx.answers["s_stepped"] = STEPPED_BY_CHOICE[choice].value
    typed = _typed(ctx.state)
    if side is Side.HURT:
        if typed:
            ctx.answers["h_what"] = typed
            return "h_felt"
        return "h_what"
    if typed:
        ctx.answers["s_what"] = typed
        return after_what(ctx)
    return "s_what"


def _side_question(state: FlowState, person: Person) -> str:
    # Someone's first moment: why this matters, once, before the first question.
    if state.context.get("first") and "side" not in state.answers:
        return f"{txt.WHY}\n\n{txt.SIDE_QUESTION}"
    return txt.SIDE_QUESTION


def _begin(ctx: Ctx) -> str:
    typed = _typed(ctx.state)
    if typed:
        ctx.state.context["guess"] = guess(typed, ctx.person.partner_name).value
        return "vent"
    side = ctx.state.context.get("side")
    name = ctx.state.context.get("from_name")
    if side not in tuple(Side):
        return "side"
    if name and side == Side.SUPPORT:
        ctx.note(txt.FROM_REQUEST.format(name=esc(str(name))))
    return _first_of(ctx, str(side))


def _after_side(ctx: Ctx) -> str:
    return _first_of(ctx, ctx.value)


VENT_TEXTS: Final = {
    Guess.MISSED: txt.VENT_MISSED,
    Guess.STEPPED_IN: txt.VENT_STEPPED_IN,
    Guess.HURT: txt.VENT_HURT,
    Guess.UNSURE: txt.VENT_UNSURE,
}


def _vent_text(state: FlowState, person: Person) -> str:
    return VENT_TEXTS[_guess(state)].format(partner=esc(person.partner_label))


def _vent_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    if _guess(state) is Guess.UNSURE:
        return SIDE_OPTIONS
    return (Option(YES, txt.VENT_YES), Option(NOT_QUITE, txt.VENT_NOT_QUITE))


# What a clear guess stands for among the first question's choices: "I froze"
# already says they didn't step in, "I spoke up" that they did.
CHOICE_BY_GUESS: Final = {Guess.MISSED: "missed", Guess.STEPPED_IN: "stepped", Guess.HURT: "hurt"}


def _after_vent(ctx: Ctx) -> str:
    if ctx.value == NOT_QUITE:
        return "side"
    if ctx.value == YES:
        return _first_of(ctx, CHOICE_BY_GUESS.get(_guess(ctx.state), Side.SUPPORT))
    return _first_of(ctx, ctx.value)


# --- the end -------------------------------------------------------------------------


def _finish(ctx: Ctx) -> None:
    if ctx.answers.get("side") == Side.HURT:
        kind, summary = "moment_hurt", hurt_summary(ctx.state, ctx.person, ctx.now)
    else:
        kind, summary = "moment_support", support_summary(ctx.state, ctx.person, ctx.now)
    ctx.emit(SaveReflection(kind=kind, summary=summary))
    # "Sent ✓" and the card arrive as one message.
    closing = [*ctx.notes, reflections.render_summary(kind, summary)]
    ctx.notes.clear()
    ctx.note("\n\n".join(closing))


FLOW: Final = Flow(
    "moment",
    (
        Step(
            "side",
            _side_question,
            mode=Mode.CHOICE,
            aside=common.GETTING_STARTED,
            options=SIDE_OPTIONS,
            way_out=(Option(CANCEL, common.NOT_NOW),),
            next=_after_side,
        ),
        Step(
            "vent",
            _vent_text,
            mode=Mode.CHOICE,
            options=_vent_options,
            way_out=(Option(CANCEL, common.NOT_NOW),),
            next=_after_vent,
        ),
        *SUPPORT_STEPS,
        *HURT_STEPS,
    ),
    begin=_begin,
    finish=_finish,
    command="moment",
    renamed=REINFORCE.renamed,
)
