"""/prepare: before a moment that might be hard, plan how to have each other's back.

Look Ahead (unnumbered): what's coming, when (a real day and time: "Saturday
19:00", "the 14th at 7pm"; a time alone asks which day, a day alone asks the
time, never silently today), what might be hard. Then the five steps' own
numbers: Read the Moment (signals to watch), Take Their Side (a line to stand
with the partner), Take Action (a private signal, "a code word" asks which, and
what you'll do), Check In (when it ends). Finally an optional, previewed share
(``SendToPartner(kind="prepare")``, with 👍 Sounds good / Add my part buttons
for the partner).

Always ``ScheduleFollowUp(kind="prepare_followup", at=end)`` and
``SaveReflection(kind="prepare")``; on the day a ``prepare_reminder`` for the
planner and, once shared, for the partner too (``to_partner``).

``PART_FLOW`` is the partner's side: "Add my part", previewed and sent back.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any, Final

from flows import reflections, shared_plan
from flows.compose import Compose
from flows.compose_parts import Exit, Status, Wording, to_partner
from flows.content import common
from flows.content import prepare as txt
from flows.event_time import parse_event_time
from flows.local_time import (
    at_day,
    describe_event,
    local_today,
    local_zone,
    resolve_time,
)
from flows.model import FlowState, Person, SaveReflection, ScheduleFollowUp
from flows.practice import PracticeStep
from flows.prepare_when import after_day as _after_day
from flows.prepare_when import after_time as _after_time
from flows.prepare_when import after_when as _after_when
from flows.prepare_when import day_options as _day_options
from flows.prepare_when import day_text as _day_text
from flows.prepare_when import start_of as _start
from flows.prepare_when import time_text as _time_text
from flows.steps import (
    CANCEL_OUT,
    END,
    SKIP_OUT,
    Ctx,
    Flow,
    Mode,
    Option,
    Step,
    TextFn,
    answer_list,
    answer_text,
    options,
    partner_ref,
    practice,
    say,
)
from flows.text import clip, esc

WHAT_LIMIT: Final = 80
# On the day: a reminder this long before the start, not before the morning…
REMIND_BEFORE: Final = timedelta(hours=2)
MORNING: Final = time(8, 0)
# …and none when the plan is made this close to the start.
TOO_CLOSE: Final = timedelta(minutes=30)

SIGNALS: Final = options(txt.SIGNALS)
CODES: Final = options(txt.CODES)
END_BUTTONS: Final = options(txt.END_BUTTONS)
CODE_WORD: Final = "word"


def _side_lines(state: FlowState, person: Person) -> tuple[Option, ...]:
    ref = partner_ref(person)
    return tuple(Option(v, label, words.format(ref=ref)) for v, label, words in txt.SIDE)


# --- the private signal ----------------------------------------------------------------


def _after_code(ctx: Ctx) -> str:
    if ctx.value == CODE_WORD:
        return "p_word"
    ctx.answers.pop("p_word", None)
    return "p_plan"


def _signal(state: FlowState) -> str | None:
    """The private signal as the plan says it: "a squeeze of the hand", "the word “x”"."""
    if state.answers.get("p_code") == CODE_WORD and state.answers.get("p_word"):
        return txt.PLAN_WORD.format(word=str(state.answers["p_word"]).strip())
    code = answer_text(state, "p_code", CODES)
    return code[0].lower() + code[1:] if code else None


# --- when it ends ------------------------------------------------------------------------


def _end_at(state: FlowState) -> datetime | None:
    raw = state.answers.get("p_end_at")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def _after_end(ctx: Ctx) -> str:
    start = _start(ctx.state)
    if ctx.value in ("h2", "h3") and start is not None:
        end: datetime | str = start + timedelta(hours=int(ctx.value[1]))
    elif start is not None:
        parsed = parse_event_time(ctx.text, local_today(ctx.person, ctx.now))
        if parsed is None or parsed.clock is None:
            return ctx.reject(common.TIME_UNREADABLE)
        day = parsed.day or start.astimezone(local_zone(ctx.person)).date()
        end = at_day(ctx.person, day, parsed.clock)
        # "01:00" after a 21:00 start is the night after.
        if end <= start and parsed.day is None:
            end += timedelta(days=1)
        if end <= start:
            return ctx.reject(txt.END_BEFORE_START.format(start=esc(_start_when(ctx.state))))
    else:
        # A plan saved before days were asked: today or tomorrow, as it was then.
        end = resolve_time(ctx.text, ctx.person, ctx.now)
    if isinstance(end, str):
        return ctx.reject(end)
    if end <= ctx.now:
        return ctx.reject(common.TIME_PASSED)
    ctx.answers["p_end_at"] = end.isoformat()
    if start is not None and end - start < timedelta(days=1):
        # The same evening (or just past midnight): the clock time says it.
        ctx.answers["p_end_when"] = end.astimezone(local_zone(ctx.person)).strftime("%H:%M")
    else:
        ctx.answers["p_end_when"] = describe_event(end, ctx.person, ctx.now, on=False)
    return SHARE.first if ctx.paired else END


# --- the plan ------------------------------------------------------------------------------


def _start_when(state: FlowState) -> str:
    return str(state.answers.get("p_start_when") or "")


def _what(state: FlowState) -> str:
    return clip(str(state.answers.get("p_what") or ""), WHAT_LIMIT, one_line=True)


def plan_parts(state: FlowState, person: Person) -> dict[str, Any]:
    """The plan, worded (see :mod:`flows.shared_plan`)."""
    start = _start(state)
    return {
        "what": _what(state),
        "when": state.answers.get("p_start_when"),
        "time": start.astimezone(local_zone(person)).strftime("%H:%M") if start else None,
        "watch": answer_list(state, "p_signals", SIGNALS),
        "side": answer_text(state, "p_side", _side_lines(state, person)),
        "signal": _signal(state),
        "plan": state.answers.get("p_plan"),
        "ends": state.answers.get("p_end_when"),
    }


def _share_letter(state: FlowState, person: Person, _words: str) -> Any:
    plan = plan_parts(state, person)
    return to_partner(shared_plan.PLAN_KIND, person, shared_plan.plan_text(plan), {"plan": plan})


# Sharing the plan: a preview with Send / Not now (the plan is edited by going Back).
SHARE: Final = Compose(
    "p",
    letter=_share_letter,
    wording=Wording(preview=txt.SHARE_Q, sent=txt.SHARED, not_now=""),
    stage=practice(PracticeStep.CHECK_IN),
    editable=False,
    # With group posts on: also posted in the couple's group (bot.services.conversation).
    to_group=True,
)


def summary(state: FlowState, person: Person, now: datetime) -> dict[str, Any]:
    """Every answer of the plan, readable."""
    end, start = _end_at(state), _start(state)
    plan = plan_parts(state, person)
    return {
        "partner": person.partner_name,
        "what": state.answers.get("p_what"),
        "when": plan["when"],
        "starts_at": start.isoformat() if start else None,
        "risk": state.answers.get("p_risk"),
        "watch": plan["watch"],
        "side": plan["side"],
        "signal": plan["signal"],
        "plan": plan["plan"],
        "ends": describe_event(end, person, now) if end else None,
        "ends_at": end.isoformat() if end else None,
        "shared": state.answers.get(SHARE.status_key) == Status.SENT,
    }


def _reminder_at(state: FlowState, person: Person, now: datetime) -> datetime | None:
    """On the day, a while before it starts; none when it starts very soon."""
    start = _start(state)
    if start is None:
        return None
    at = start - REMIND_BEFORE
    zone = local_zone(person)
    morning = datetime.combine(start.astimezone(zone).date(), MORNING, tzinfo=zone)
    if at < morning <= start - timedelta(hours=1):
        at = morning
    return at if at > now + TOO_CLOSE else None


def _finish(ctx: Ctx) -> None:
    end = _end_at(ctx.state) or ctx.now
    at = max(end, ctx.now)
    context = {"what": _what(ctx.state), "partner_name": ctx.person.partner_name}
    ctx.emit(ScheduleFollowUp("prepare_followup", at, context))
    remind = _reminder_at(ctx.state, ctx.person, ctx.now)
    plan = plan_parts(ctx.state, ctx.person)
    shared = ctx.answers.get(SHARE.status_key) == Status.SENT
    if remind is not None:
        kind = shared_plan.REMINDER_KIND
        ctx.emit(ScheduleFollowUp(kind, remind, shared_plan.reminder_context(plan)))
        if shared:
            partner = shared_plan.reminder_context(plan, ctx.person.first_name)
            ctx.emit(ScheduleFollowUp(kind, remind, partner, to_partner=True))
    data = summary(ctx.state, ctx.person, ctx.now)
    ctx.emit(SaveReflection(kind="prepare", summary=data))
    ctx.note(reflections.render_summary("prepare", data))
    ctx.note(txt.CHECK_IN_AT.format(when=esc(describe_event(at, ctx.person, ctx.now))))
    if not ctx.paired:
        ctx.note(txt.SOLO_TIP)


def _look_ahead(name: str, text: TextFn, **rest: Any) -> Step:
    return Step(name, text, aside=txt.LOOK_AHEAD, **rest)


FLOW: Final = Flow(
    "prepare",
    (
        _look_ahead("p_what", say(txt.WHAT), way_out=CANCEL_OUT, next="p_when"),
        _look_ahead("p_when", say(txt.WHEN), way_out=CANCEL_OUT, next=_after_when),
        _look_ahead(
            "p_day",
            _day_text,
            mode=Mode.CHOICE,
            options=_day_options,
            own_answer=True,
            way_out=CANCEL_OUT,
            next=_after_day,
            columns=3,
        ),
        _look_ahead("p_time", _time_text, way_out=CANCEL_OUT, next=_after_time),
        _look_ahead("p_risk", say(txt.RISK), way_out=SKIP_OUT, next="p_signals"),
        Step(
            "p_signals",
            say(txt.SIGNALS_Q),
            mode=Mode.MULTI,
            stage=practice(PracticeStep.READ),
            options=SIGNALS,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_side",
            columns=2,
        ),
        Step(
            "p_side",
            say(txt.SIDE_Q),
            mode=Mode.CHOICE,
            stage=practice(PracticeStep.SIDE),
            options=_side_lines,
            own_answer=True,
            way_out=SKIP_OUT,
            next="p_code",
        ),
        Step(
            "p_code",
            say(txt.CODE_Q),
            mode=Mode.CHOICE,
            stage=practice(PracticeStep.ACTION),
            options=CODES,
            own_answer=True,
            way_out=SKIP_OUT,
            next=_after_code,
            columns=2,
        ),
        Step(
            "p_word",
            say(txt.WORD_Q),
            stage=practice(PracticeStep.ACTION),
            way_out=SKIP_OUT,
            next="p_plan",
        ),
        Step(
            "p_plan",
            say(txt.PLAN_Q),
            stage=practice(PracticeStep.ACTION),
            way_out=SKIP_OUT,
            next="p_end",
        ),
        Step(
            "p_end",
            say(txt.END_Q),
            mode=Mode.CHOICE,
            stage=practice(PracticeStep.CHECK_IN),
            options=lambda state, person: END_BUTTONS if _start(state) else (),
            own_answer=True,
            way_out=CANCEL_OUT,
            next=_after_end,
            columns=2,
        ),
        *SHARE.steps,
    ),
    begin="p_what",
    finish=_finish,
    command="prepare",
    # Before the shared message step, the preview was called "p_share".
    renamed={"p_share": SHARE.preview_step},
)


# --- the partner's part ----------------------------------------------------------------

# Typed first, and again on Edit.
PART_WORDS: Final = "pp_part"
PART: Final = Compose(
    "pp",
    letter=lambda state, person, words: to_partner(
        shared_plan.PART_KIND, person, words, {"what": str(state.context.get("what") or "")}
    ),
    wording=Wording(sent=txt.PART_SENT),
    aside=txt.PART_HEADER,
    exit=Exit.CANCEL,
    edit_at=PART_WORDS,
    draft=PART_WORDS,
)
PART_FLOW: Final = Flow(
    "prepare_part",
    (
        Step(
            PART_WORDS,
            say(txt.PART_Q),
            aside=txt.PART_HEADER,
            way_out=CANCEL_OUT,
            next=PART.preview_step,
        ),
        *PART.steps,
    ),
    begin=PART_WORDS,
)
