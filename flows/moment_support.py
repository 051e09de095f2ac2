"""/moment, "have their back" (``s_*`` steps): the two paths, stepped in or missed it.

See :mod:`flows.moment` for the whole flow. Ends with the readable
:func:`support_summary` saved as ``moment_support``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from flows import checkin, reinforce
from flows.compose import Compose
from flows.compose_parts import Wording, to_partner
from flows.content import moment as txt
from flows.model import FlowState, Person
from flows.practice import PracticeStep
from flows.steps import (
    CANCEL_OUT,
    END,
    OTHER,
    SKIP_OUT,
    Ctx,
    Mode,
    Option,
    Stage,
    Step,
    answer_list,
    answer_text,
    options,
    partner_ref,
    practice,
    say,
)

# "I missed it": stages 3 and 4 are its own (1, 2 and 5 are the practice's).
MISSED_WAY: Final = Stage(3, len(PracticeStep), txt.MISSED_WAY)
MISSED_FIX: Final = Stage(4, len(PracticeStep), txt.MISSED_FIX)

STEPPED_OPTIONS: Final = options(txt.STEPPED_OPTIONS)
SIGNALS: Final = options(txt.SIGNALS)
HARD: Final = options(txt.HARD)


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


class Stepped(StrEnum):
    """Whether they stepped in (the ``s_stepped`` answer): which path they walk."""

    YES = "yes"
    NO = "no"


def after_what(ctx: Ctx) -> str:
    return "s_signals" if _stepped(ctx.state) else "s_stepped"


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
        next=after_what,
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
