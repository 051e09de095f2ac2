"""/quiz, "How do we have each other's back?": eight taps, then a mirror.

Each answer counts towards one of the five steps and, where it shows it, one of
the four reasons we don't step up (:data:`COUNTS`). The result names the
strongest step (ties go to the earlier step) and the reason most likely to stop
you (ties go to the one named in "what is most often going on?"), with one
thing to try this week. It is saved privately (``SaveReflection(kind="quiz")``).

With a partner, it can be compared: the exact text they would see is previewed
(``q_share``: Send / Not now), and Send emits :class:`flows.model.ShareQuizResult`;
the front end holds it until the partner has shared theirs, then each gets the
other's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Final

from flows.compose import Choice
from flows.content import common
from flows.content import quiz as txt
from flows.i18n import deferred
from flows.model import FlowState, Person, SaveReflection, ShareQuizResult
from flows.practice import PracticeStep
from flows.steps import (
    CANCEL_OUT,
    END,
    Ctx,
    Flow,
    Mode,
    Option,
    Step,
    options,
    sign,
)
from flows.text import esc, quote

QUESTIONS: Final = tuple((key, text, options(choices)) for key, text, choices in txt.QUESTIONS)
KEYS: Final = tuple(key for key, _, _ in QUESTIONS)
REASONS: Final = tuple(txt.REASONS)

# What each answer counts towards: steps (the five) and reasons (the four).
COUNTS: Final[dict[str, dict[str, dict[str, int]]]] = {
    "q_read": {"now": {"read": 2}, "later": {"read": 1}, "told": {"unseen": 1}},
    "q_side": {"back": {"side": 2}, "neutral": {"side": 1, "conflict": 1}, "correct": {}},
    "q_action": {"step": {"action": 2}, "closer": {"action": 1}, "wait": {"conflict": 1}},
    "q_checkin": {"always": {"checkin": 2}, "sometimes": {"checkin": 1}, "rarely": {}},
    "q_reinforce": {"often": {"reinforce": 2}, "now": {"reinforce": 1}, "hardly": {}},
    "q_why": {r: {r: 2} for r in REASONS},
    "q_stretched": {"small": {"action": 1}, "freeze": {"stress": 1}, "leave": {"assumed": 1}},
    "q_love": {"feeling": {"unseen": 1}, "doing": {"action": 1}, "both": {}},
}

SHARE_STEP: Final = "q_share"


def tally(answers: dict[str, Any]) -> Counter[str]:
    """Points per step and per reason for the answers given so far."""
    points: Counter[str] = Counter()
    for key in KEYS:
        points.update(COUNTS[key].get(str(answers.get(key)), {}))
    return points


def result(answers: dict[str, Any]) -> tuple[PracticeStep, str]:
    """The strongest step and the reason most likely to stop you."""
    points = tally(answers)
    strongest = max(PracticeStep, key=lambda s: (points[s.value], -s.number))
    named = str(answers.get("q_why"))
    reason = max(REASONS, key=lambda r: (points[r], r == named, -REASONS.index(r)))
    return strongest, reason


def result_text(answers: dict[str, Any], person: Person) -> str:
    """The result as the person reads it."""
    step, reason = result(answers)
    partner = esc(person.partner_label)
    return txt.RESULT.format(
        step=esc(common.PRACTICE_STEPS[step]),
        strength=txt.STRENGTHS[step.value].format(partner=partner),
        reason=esc(txt.REASONS[reason]),
        try_this=txt.TRY_THIS_WEEK[reason].format(partner=partner),
    )


def shared_text(answers: dict[str, Any], person: Person) -> str:
    """What the partner would see, as plain text (kept as the message between you)."""
    step, reason = result(answers)
    return txt.SHARED_RESULT.format(
        step=common.PRACTICE_STEPS[step],
        reason=txt.REASONS[reason],
        try_this=txt.TRY_THIS_WEEK[reason].format(partner=person.first_name),
    )


def delivery(sender_name: str, text: str) -> str:
    """The shared result as the partner receives it."""
    return txt.DELIVERY.format(name=esc(sender_name), text=quote(text))


def _question(index: int) -> Step:
    key, question, choices = QUESTIONS[index]
    following = KEYS[index + 1] if index + 1 < len(KEYS) else None

    def text(state: FlowState, person: Person) -> str:
        asked = question.format(partner=esc(person.partner_label))
        return f"{txt.INTRO}\n\n{asked}" if index == 0 else asked

    def after(ctx: Ctx) -> str:
        return following if following is not None else _done(ctx)

    progress = deferred(txt.PROGRESS, number=index + 1, total=len(KEYS))
    return Step(
        key,
        text,
        mode=Mode.CHOICE,
        aside=progress,
        options=choices,
        way_out=CANCEL_OUT,
        next=after,
    )


def _done(ctx: Ctx) -> str:
    step, reason = result(ctx.answers)
    points = tally(ctx.answers)
    ctx.emit(
        SaveReflection(
            kind="quiz",
            summary={
                "partner": ctx.person.partner_name,
                "strongest": step.value,
                "reason": reason,
                "points": dict(points),
                "answers": {k: ctx.answers.get(k) for k in KEYS},
            },
        )
    )
    ctx.note(f"{result_text(ctx.answers, ctx.person)}\n\n{txt.SAVED}")
    return SHARE_STEP if ctx.paired else END


def _shown(state: FlowState, person: Person) -> str:
    return delivery(person.first_name, shared_text(state.answers, person))


def _share_text(state: FlowState, person: Person) -> str:
    partner = esc(person.partner_label)
    return txt.SHARE_Q.format(partner=partner, message=_shown(state, person))


def _share_options(state: FlowState, person: Person) -> tuple[Option, ...]:
    mark = sign(_shown(state, person))
    return (Option(Choice.SEND.signed(mark), common.SEND), Option(Choice.NOT_NOW, common.NOT_NOW))


def _after_share(ctx: Ctx) -> str:
    partner = esc(ctx.person.partner_label)
    if ctx.value.startswith(Choice.SEND.signed("")):
        ctx.emit(ShareQuizResult(shared_text(ctx.answers, ctx.person)))
        ctx.note(txt.SENT.format(partner=partner))
    else:
        ctx.note(txt.NOT_SHARED)
    return END


FLOW: Final = Flow(
    "quiz",
    (
        *(_question(i) for i in range(len(QUESTIONS))),
        Step(
            SHARE_STEP,
            _share_text,
            mode=Mode.PREVIEW,
            aside=txt.TITLE,
            options=_share_options,
            way_out=(),
            next=_after_share,
            columns=2,
            # The result is saved already: going back would answer (and save) it twice.
            back=False,
        ),
    ),
    begin=KEYS[0],
    command="quiz",
)
