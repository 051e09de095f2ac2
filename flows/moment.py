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

from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from flows import checkin, reflections, reinforce
from flows.compose import Compose, Extra, Wording, to_partner
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
    TYPED,
    Ctx,
    Flow,
    Mode,
    Option,
    Stage,
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
from flows.vent import Guess, guess

# "Didn't have my back" walks three steps of its own.
HURT_READ, HURT_HELPED, HURT_ASK = track(practice_title(PracticeStep.READ), txt.H_HELPED, txt.H_ASK)
# "I missed it": stages 3 and 4 are its own (1, 2 and 5 are the practice's).
MISSED_WAY: Final = Stage(3, len(PracticeStep), txt.MISSED_WAY)
MISSED_FIX: Final = Stage(4, len(PracticeStep), txt.MISSED_FIX)
SUMMARY_EXCERPT: Final = 200

SIDE_OPTIONS: Final = options(txt.SIDE_OPTIONS)
STEPPED_OPTIONS: Final = options(txt.STEPPED_OPTIONS)
SIGNALS: Final = options(txt.SIGNALS)
HARD: Final = options(txt.HARD)
FEELINGS: Final = options(txt.FEELINGS)
HELP_OPTIONS: Final = options(txt.HELP_OPTIONS)
INCLUDE_OPTIONS: Final = options(txt.INCLUDE_OPTIONS)


def _with_partner(pairs: tuple[tuple[str, str], ...], person: Person) -> tuple[Option, ...]:
    return tuple(Option(v, label.format(partner=person.partner_label)) for v, label in pairs)


def _side_phrases(state: FlowState, person: Person) -> tuple[Option, ...]:
    ref = partner_ref(person)
    return tuple(Option(v, label, words.format(ref=ref)) for v, label, words in txt.SIDE_PHRASES)


def _actions(state: FlowState, person: Person) -> tuple[Option, ...]:
    # Saved before "did you step in?" was asked: the labels they were shown then.
    did = state.answers.get("s_stepped") == "yes"
    return _with_partner(txt.ACTIONS if did else txt.REPLAYS, person)


def _replays(state: FlowState, person: Person) -> tuple[Option, ...]:
    return _with_partner(txt.REPLAYS, person)


# --- start, which side, and text typed with nothing open ------------------------------


class Side(StrEnum):
    """Which way the moment is looked at (the ``side`` answer and start context)."""

    SUPPORT = "support"  # "I want to have their back better"
    HURT = "hurt"  # "I felt they didn't have my back"


class Stepped(StrEnum):
    """Whether they stepped in (the ``s_stepped`` answer): which path they walk."""

    YES = "yes"
    NO = "no"


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
        return _after_what(ctx)
    return "s_what"


def _after_what(ctx: Ctx) -> str:
    return "s_signals" if _stepped(ctx.state) else "s_stepped"


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


# --- "have their back": the two paths -------------------------------------------------

REINFORCE: Final = reinforce.message("s_rf", then=END, in_moment=True)
# A sent Check In ends the flow: Reinforce is offered when the answer comes back.
CHECK_IN: Final = checkin.ask(
    "s_ci",
    then=REINFORCE.first,
    then_sent=END,
    remind=True,
    moment=lambda state: str(state.answers.get("s_what") or ""),
)


def _repair_words(state: FlowState) -> str:
    value = state.answers.get("s_replay")
    if value == OTHER:
        own = str(state.answers.get("s_replay_own") or "").strip().rstrip(".!?")
        for lead in ("I would ", "I'd ", "I will ", "I'll ", "i would ", "i'd ", "i'll "):
            if own.startswith(lead):
                own = own[len(lead) :]
        if len(own) > 1 and own[0].isupper() and own[1].islower():
            own = own[0].lower() + own[1:]
        do = own or txt.REPAIR_DEFAULT_DO
    else:
        do = txt.REPLAY_DO.get(str(value), txt.REPAIR_DEFAULT_DO)
    return txt.REPAIR.format(do=do)


REPAIR: Final = Compose(
    "s_fix",
    letter=lambda state, person, words: to_partner("repair", person, words),
    wording=Wording(
        preview=txt.REPAIR_PREVIEW,
        edit=txt.REPAIR_EDIT,
        sent=txt.REPAIR_SENT,
        not_now=txt.REPAIR_NOT_NOW,
    ),
    stage=MISSED_FIX,
    then=REINFORCE.first,
)

YES_PATH: Final = ("s_what", "s_stepped", "s_signals", "s_side", "s_action", CHECK_IN.first)
NO_PATH: Final = ("s_what", "s_stepped", "s_signals", "s_side", "s_hard", "s_replay")
# Where an answer given before "did you step in?" was asked leaves off (saved by
# an older version, which did not ask it): the step whose successor comes next.
RESUME_AFTER: Final = "s_stepped_after"


def _stepped(state: FlowState) -> str | None:
    value = state.answers.get("s_stepped")
    return str(value) if value in tuple(Stepped) else None


def _path(state: FlowState) -> tuple[str, ...]:
    return NO_PATH if _stepped(state) == Stepped.NO else YES_PATH


def _onward(ctx: Ctx, after: str) -> str:
    """The step after ``after`` on this person's path; "did you step in?" first if
    it was never asked."""
    if _stepped(ctx.state) is None:
        ctx.answers[RESUME_AFTER] = after
        return "s_stepped"
    path = _path(ctx.state)
    if after not in path:
        # Stage 3 of the other path ("what did you do" / "what got in the way").
        after = "s_side"
    return path[path.index(after) + 1]


def _after_stepped(ctx: Ctx) -> str:
    after = ctx.answers.pop(RESUME_AFTER, None)
    return _onward(ctx, str(after)) if after else "s_signals"


def _signals_text(state: FlowState, person: Person) -> str:
    missed = _stepped(state) == Stepped.NO
    return say(txt.S_SIGNALS_MISSED if missed else txt.S_SIGNALS)(state, person)


def _side_text(state: FlowState, person: Person) -> str:
    # Conversations saved before the question was asked keep the wording they had.
    did = _stepped(state) == Stepped.YES
    return say(txt.S_SIDE_DID if did else txt.S_SIDE)(state, person)


def _after_hard(ctx: Ctx) -> str:
    tip = txt.TIPS.get(ctx.value)
    if tip:
        ctx.note(tip)
    return _onward(ctx, "s_hard")


def _after_replay(ctx: Ctx) -> str:
    ctx.answers[REPAIR.draft_key] = _repair_words(ctx.state)
    return REPAIR.first


SUPPORT_STEPS: Final = (
    Step(
        "s_what",
        say(txt.S_WHAT),
        stage=practice(PracticeStep.READ),
        way_out=CANCEL_OUT,
        next=_after_what,
    ),
    Step(
        "s_stepped",
        say(txt.S_STEPPED),
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.READ),
        options=STEPPED_OPTIONS,
        way_out=CANCEL_OUT,
        next=_after_stepped,
        columns=2,
    ),
    Step(
        "s_signals",
        _signals_text,
        mode=Mode.MULTI,
        stage=practice(PracticeStep.READ),
        options=SIGNALS,
        own_answer=True,
        way_out=SKIP_OUT,
        next=lambda ctx: _onward(ctx, "s_signals"),
        columns=2,
        exclusive=frozenset({"none"}),
    ),
    Step(
        "s_side",
        _side_text,
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.SIDE),
        options=_side_phrases,
        own_answer=True,
        way_out=SKIP_OUT,
        next=lambda ctx: _onward(ctx, "s_side"),
    ),
    # Stepped in: what you did, then Check In.
    Step(
        "s_action",
        say(txt.S_ACTION),
        mode=Mode.CHOICE,
        stage=practice(PracticeStep.ACTION),
        options=_actions,
        own_answer=True,
        way_out=SKIP_OUT,
        next=lambda ctx: _onward(ctx, "s_action"),
    ),
    *CHECK_IN.steps,
    # Missed it: what got in the way, replay it, own it.
    Step(
        "s_hard",
        say(txt.S_HARD),
        mode=Mode.CHOICE,
        stage=MISSED_WAY,
        options=HARD,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_hard,
    ),
    Step(
        "s_replay",
        say(txt.S_REPLAY),
        mode=Mode.CHOICE,
        stage=MISSED_FIX,
        options=_replays,
        own_answer=True,
        way_out=SKIP_OUT,
        next=_after_replay,
    ),
    *REPAIR.steps,
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


# --- the end -------------------------------------------------------------------------


def support_summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the "have their back" branch, readable."""
    stepped = _stepped(state)
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
    if stepped is not None:
        summary["stepped"] = stepped
    if stepped == Stepped.NO:
        summary["replay"] = answer_text(state, "s_replay", _replays(state, person))
        summary["repair"] = REPAIR.outcome(state, person, now)
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
