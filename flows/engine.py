"""The flow engine: conversations declared as steps, one entry point for every input.

A flow is a set of :class:`Step` records (data, not if-chains). Each step has a
name, a place in the five steps (:class:`Stage`), a text builder, an input mode
(single choice, multi choice with Done, free text, or a preview of a message),
options and a ``next`` rule. The engine renders steps, applies answers, keeps the
history for Back, and handles everything around the steps: commands, stale
buttons, switching flows, idle offers, media, over-long text and crisis language.

Pure: no Telegram, no I/O, no clock. ``now`` is an aware UTC datetime passed in.

Button data (all at most 64 bytes):

* ``f:<step>:<value>``: an answer to the step ``<step>``. Reserved values start
  with ``_``: ``_back``, ``_skip``, ``_cancel``, ``_done``, ``_resume``, ``_stop``.
* ``f:switch:continue|cancel`` and ``f:switch:restart:<flow>``: the "continue or
  start over" question.
* ``f:idle:continue|fresh|cancel``: the offer after more than 24 hours away.
* ``f:start:moment|no``: the offer after text typed with no flow open.
* ``fu:...``: presses on follow-up messages (see :mod:`flows.followups`).
"""

from __future__ import annotations

import copy
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import cache
from typing import Any, Final, Literal

from flows import followups
from flows.content import common as txt
from flows.content import safety as safety_txt
from flows.model import (
    Button,
    Effect,
    FlowState,
    Person,
    Reply,
    Result,
    ShowSafetyResources,
    UserInput,
)
from flows.safety import RESUME, STOP, detect_crisis, safety_reply
from flows.timeparse import parse_local_time, zone_for

MAX_TEXT: Final = 1000
MAX_DATA_BYTES: Final = 64
IDLE_AFTER: Final = timedelta(hours=24)

# Returned by ``next`` rules: the flow is over / the answer was not usable.
END: Final = "_end"
STAY: Final = "_stay"

# Reserved button values.
BACK: Final = "_back"
SKIP: Final = "_skip"
CANCEL: Final = "_cancel"
DONE: Final = "_done"
# The value a typed answer gets on a step that accepts one's own words.
OTHER: Final = "other"

PENDING: Final = "_pending"
RESERVED_STEPS: Final = frozenset({"switch", "idle", "start"})

# Commands that open a flow, and the flow each opens.
FLOW_COMMANDS: Final = {
    "moment": "moment",
    "reinforce": "reinforce",
    "prepare": "prepare",
    "checkin": "checkin",
}

Mode = Literal["choice", "multi", "text", "preview"]


@dataclass(frozen=True)
class Stage:
    """Where a step sits: ``Step 2/5 · Take Their Side``."""

    number: int
    total: int
    title: str

    @property
    def header(self) -> str:
        return f"Step {self.number}/{self.total} · {self.title}"


READ: Final = Stage(1, 5, "Read the Moment")
SIDE: Final = Stage(2, 5, "Take Their Side")
ACTION: Final = Stage(3, 5, "Take Action")
CHECK_IN: Final = Stage(4, 5, "Check In")
REINFORCE: Final = Stage(5, 5, "Reinforce")


@dataclass(frozen=True)
class Option:
    """One button: what the person reads and the value the step receives."""

    value: str
    label: str


TextFn = Callable[[FlowState, Person], str]
OptionsFn = Callable[[FlowState, Person], tuple[Option, ...]]


@dataclass
class Ctx:
    """What a ``next`` rule sees and may change: a working copy of the state."""

    state: FlowState
    person: Person
    now: datetime
    value: str = ""
    text: str = ""
    effects: list[Effect] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def answers(self) -> dict[str, Any]:
        return self.state.answers

    @property
    def paired(self) -> bool:
        return self.person.partner_id is not None

    def emit(self, effect: Effect) -> None:
        self.effects.append(effect)

    def note(self, message: str) -> None:
        self.notes.append(message)

    def reject(self, message: str) -> str:
        """Refuse the answer: the step is asked again with ``message`` first."""
        self.problem = message
        return STAY


NextRule = str | Callable[[Ctx], str]


def data(step: str, value: str) -> str:
    return f"f:{step}:{value}"


def sign(text: str) -> str:
    """A short fingerprint of a previewed message, carried in its Send button.

    A Send pressed under an older preview (other text) no longer matches and is
    treated as stale, so only the exact text on screen is ever sent.
    """
    return format(zlib.crc32(text.encode("utf-8")), "08x")[:6]


@dataclass(frozen=True)
class Step:
    """One question of a flow."""

    name: str
    text: TextFn
    mode: Mode = "text"
    stage: Stage | None = None
    # Shown after the stage ("Step 3/5 · Take Action · What made it hard"), or
    # alone for steps outside the five ("Getting started").
    aside: str = ""
    options: tuple[Option, ...] | OptionsFn = ()
    # Typed text is taken as the person's own answer ("other").
    own_answer: bool = False
    way_out: tuple[Option, ...] = (Option(CANCEL, txt.CANCEL),)
    next: NextRule = END
    # Options per keyboard row.
    columns: int = 1
    # Multi choice: values that exclude all others ("None that I saw").
    exclusive: frozenset[str] = frozenset()

    def options_for(self, state: FlowState, person: Person) -> tuple[Option, ...]:
        return self.options(state, person) if callable(self.options) else self.options

    @property
    def header(self) -> str:
        parts = [self.stage.header] if self.stage else []
        if self.aside:
            parts.append(self.aside)
        return " · ".join(parts)

    def prompt(self, state: FlowState, person: Person, *, edit: bool = False) -> Reply:
        body = self.text(state, person)
        text = f"{self.header}\n\n{body}" if self.header else body
        chosen = state.answers.get(self.name) if self.mode == "multi" else None
        selected = set(chosen) if isinstance(chosen, list) else set()
        buttons = [
            Button(
                txt.CHECKED + o.label if o.value in selected else o.label, data(self.name, o.value)
            )
            for o in self.options_for(state, person)
        ]
        rows = [tuple(buttons[i : i + self.columns]) for i in range(0, len(buttons), self.columns)]
        if self.mode == "multi":
            rows.append((Button(txt.DONE, data(self.name, DONE)),))
        last = [Button(txt.BACK, data(self.name, BACK))] if state.history else []
        last += [Button(o.label, data(self.name, o.value)) for o in self.way_out]
        if last:
            rows.append(tuple(last))
        return Reply(text, tuple(rows), edit=edit)


@dataclass(frozen=True)
class Flow:
    """A conversation: its steps, how it begins and what happens when it ends.

    ``begin`` returns the first step's name (or ``END`` to stop at once, e.g. a
    solo person asked to invite their partner first); ``finish`` adds the closing
    notes and effects when a ``next`` rule returns ``END``.
    """

    name: str
    steps: tuple[Step, ...]
    begin: Callable[[Ctx], str]
    finish: Callable[[Ctx], None]

    def step(self, name: str) -> Step | None:
        for step in self.steps:
            if step.name == name:
                return step
        return None


@cache
def flows() -> dict[str, Flow]:
    """Every flow by name (imported late: the flow modules import this one)."""
    from flows import checkin, moment, prepare, reinforce

    found = (moment.FLOW, reinforce.FLOW, prepare.FLOW, checkin.FLOW, checkin.ANSWER_FLOW)
    return {f.name: f for f in found}


# --- time of day ---------------------------------------------------------------

_DAY_WORDS = re.compile(r"\b(today|tonight|this evening|tomorrow|tmrw|tmr)\b", re.IGNORECASE)


def local_zone(person: Person) -> tzinfo:
    try:
        return zone_for(person.timezone)
    except ValueError:
        return UTC


def resolve_time(text: str, person: Person, now: datetime) -> datetime | str:
    """A typed time of day, today or tomorrow in the person's zone, as a UTC instant.

    Without a day word a time already past today means tomorrow. Returns the
    message to show instead when the text is not a usable time.
    """
    words = {w.lower() for w in _DAY_WORDS.findall(text)}
    clock = parse_local_time(_DAY_WORDS.sub(" ", text).strip())
    if clock is None:
        return txt.TIME_UNREADABLE
    zone = local_zone(person)
    local_now = now.astimezone(zone)
    tomorrow = bool(words & {"tomorrow", "tmrw", "tmr"})
    day = local_now.date() + timedelta(days=1 if tomorrow else 0)
    candidate = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=zone)
    if candidate <= local_now:
        if words:
            return txt.TIME_PASSED
        candidate = datetime.combine(
            day + timedelta(days=1), clock.replace(tzinfo=None), tzinfo=zone
        )
    return candidate.astimezone(UTC)


def at_local(person: Person, now: datetime, clock: time, days_ahead: int) -> datetime:
    """``clock`` on the day ``days_ahead`` after today in the person's zone, in UTC."""
    zone = local_zone(person)
    day = now.astimezone(zone).date() + timedelta(days=days_ahead)
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def describe_when(at: datetime, person: Person, now: datetime) -> str:
    """``today at 21:30`` / ``tomorrow at 09:00`` in the person's zone."""
    zone = local_zone(person)
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return txt.TODAY_AT.format(time=clock)
    if local.date() == today + timedelta(days=1):
        return txt.TOMORROW_AT.format(time=clock)
    return txt.ON_DAY_AT.format(day=f"{local.day} {local:%b}", time=clock)


# --- helpers for flows ---------------------------------------------------------


def partner(person: Person) -> str:
    return person.partner_name or txt.YOUR_PARTNER


def say(template: str) -> TextFn:
    """A text builder that fills in ``{partner}``."""

    def build(state: FlowState, person: Person) -> str:
        return template.format(partner=partner(person))

    return build


def partner_ref(person: Person) -> str:
    """How the person would name their partner to others: "Ben" / "my partner"."""
    return person.partner_name or txt.MY_PARTNER


def label_of(options: tuple[Option, ...], value: Any) -> str:
    for option in options:
        if option.value == value:
            return option.label
    return str(value)


def answer_text(state: FlowState, name: str, options: tuple[Option, ...]) -> str | None:
    """A choice step's answer for people to read: its label or the own words typed."""
    value = state.answers.get(name)
    if value is None:
        return None
    if value == OTHER:
        own = state.answers.get(f"{name}_own")
        return str(own) if own else None
    return label_of(options, value)


def answer_list(state: FlowState, name: str, options: tuple[Option, ...]) -> list[str]:
    """A multi choice answer for people to read, own words in place of "other"."""
    values = state.answers.get(name)
    if not isinstance(values, list):
        return []
    own = state.answers.get(f"{name}_own")
    return [str(own) if v == OTHER and own else label_of(options, v) for v in values]


# --- the entry points ----------------------------------------------------------


def start(
    flow: str, person: Person, now: datetime, context: dict[str, Any] | None = None
) -> Result:
    """Begin ``flow`` afresh (any open flow is replaced: see :func:`request_start`)."""
    found = flows().get(flow)
    if found is None:
        raise ValueError(f"unknown flow: {flow!r}")
    state = FlowState(flow=flow, step="", context=copy.deepcopy(dict(context or {})))
    ctx = Ctx(state, person, now)
    first = found.begin(ctx)
    notes = tuple(Reply(n) for n in ctx.notes)
    if first == END:
        return Result(None, notes, tuple(ctx.effects))
    state.step = first
    return Result(state, (*notes, _step(found, first).prompt(state, person)), tuple(ctx.effects))


def request_start(
    state: FlowState | None,
    flow: str,
    person: Person,
    now: datetime,
    context: dict[str, Any] | None = None,
) -> Result:
    """Start ``flow``, or first ask "continue or start over" when one is open.

    Use this (not :func:`start`) when a button outside the flow, such as a
    partner's request, opens a flow: nothing is lost until the person chooses.
    """
    current = _usable(state)
    if current is None:
        return start(flow, person, now, context)
    work = _copy(current)
    work.context[PENDING] = {"switch": flow, "context": copy.deepcopy(dict(context or {}))}
    title = txt.FLOW_TITLES.get(current.flow, current.flow)
    where = _where(current)
    if flow == current.flow:
        question = txt.SWITCH_SAME.format(title=title, where=where)
    else:
        question = txt.SWITCH.format(title=title, where=where, new=txt.FLOW_TITLES.get(flow, flow))
    buttons = (
        (Button(txt.CONTINUE_WHERE, "f:switch:continue"),),
        (
            Button(
                txt.START_OVER if flow == current.flow else txt.START_NEW,
                f"f:switch:restart:{flow}",
            ),
        ),
        (Button(txt.CANCEL, "f:switch:cancel"),),
    )
    return Result(work, (Reply(question, buttons),))


def current_prompt(state: FlowState, person: Person) -> Reply:
    """The current step asked again (for the lead to re-show after a restart)."""
    found = flows()[state.flow]
    return _step(found, state.step).prompt(state, person)


def handle(
    state: FlowState | None,
    inp: UserInput,
    person: Person,
    now: datetime,
    last_active: datetime | None,
) -> Result:
    """Apply one input. Never raises for anything a person can send.

    ``last_active`` is when this person last sent anything (None if never); more
    than 24 hours ago, an open flow first offers to pick up where they left off.
    """
    state = _usable(state)
    typed = inp.text if inp.kind in ("text", "command") else ""
    if typed and detect_crisis(typed):
        reply = safety_reply(state.step if state else None, person.timezone)
        return Result(state, (reply,), (ShowSafetyResources(),))
    if inp.kind == "command" and inp.command == "cancel":
        return _cancel(state)
    if state is not None and _idle(state, inp, now, last_active):
        return _idle_offer(state)
    if inp.kind == "command":
        return _command(state, inp.command, person, now)
    if inp.kind == "button":
        return _button(state, inp.data, person, now)
    if inp.kind == "media":
        if state is None:
            return Result(None, (Reply(txt.MEDIA_NO_FLOW),))
        return _reask(state, person, txt.MEDIA)
    return _typed(state, inp.text, person, now)


# --- internals -----------------------------------------------------------------


def _usable(state: FlowState | None) -> FlowState | None:
    """The state if its flow and step still exist (old saves may not)."""
    if state is None:
        return None
    found = flows().get(state.flow)
    if found is None or found.step(state.step) is None:
        return None
    return state


def _step(flow: Flow, name: str) -> Step:
    found = flow.step(name)
    if found is None:
        raise KeyError(name)
    return found


def _copy(state: FlowState) -> FlowState:
    return FlowState.from_json(copy.deepcopy(state.to_json()))


def _where(state: FlowState) -> str:
    return _step(flows()[state.flow], state.step).header or txt.GETTING_STARTED


def _prompt(state: FlowState, person: Person, *, edit: bool = False) -> Reply:
    return _step(flows()[state.flow], state.step).prompt(state, person, edit=edit)


def _reask(state: FlowState, person: Person, notice: str) -> Result:
    return Result(state, (Reply(notice), _prompt(state, person)))


def _cancel(state: FlowState | None, message: str = "") -> Result:
    if state is None:
        return Result(None, (Reply(txt.NOTHING_TO_CANCEL),))
    return Result(None, (Reply(message or txt.CANCELLED),))


def _start_context(state: FlowState) -> dict[str, Any]:
    return {k: v for k, v in state.context.items() if not k.startswith("_")}


def _idle(state: FlowState, inp: UserInput, now: datetime, last_active: datetime | None) -> bool:
    if last_active is None or now - last_active <= IDLE_AFTER:
        return False
    if inp.kind == "button" and inp.data.startswith("f:idle:"):
        return False
    return state.context.get(PENDING) != {"idle": True}


def _idle_offer(state: FlowState) -> Result:
    work = _copy(state)
    work.context[PENDING] = {"idle": True}
    title = txt.FLOW_TITLES.get(state.flow, state.flow)
    buttons = (
        (Button(txt.CONTINUE, "f:idle:continue"), Button(txt.START_FRESH, "f:idle:fresh")),
        (Button(txt.CANCEL, "f:idle:cancel"),),
    )
    return Result(work, (Reply(txt.IDLE.format(title=title, where=_where(state)), buttons),))


def _command(state: FlowState | None, command: str, person: Person, now: datetime) -> Result:
    flow = FLOW_COMMANDS.get(command)
    if flow is not None:
        return request_start(state, flow, person, now)
    if command == "back":
        if state is None:
            return Result(None, (Reply(txt.NOTHING_TO_GO_BACK),))
        return _back(state, person)
    if state is None:
        return Result(None, (Reply(txt.UNKNOWN_COMMAND),))
    return _reask(state, person, txt.UNKNOWN_COMMAND)


def _back(state: FlowState, person: Person) -> Result:
    if not state.history:
        return _reask(state, person, txt.FIRST_STEP)
    work = _copy(state)
    work.step = work.history.pop()
    work.context.pop(PENDING, None)
    return Result(work, (_prompt(work, person),))


def _stale(state: FlowState | None, person: Person) -> Result:
    if state is None:
        return Result(None, (Reply(txt.STALE_NO_FLOW),))
    return _reask(state, person, txt.STALE)


def _button(state: FlowState | None, raw: str, person: Person, now: datetime) -> Result:
    if raw.startswith("fu:"):
        action = followups.followup_action(raw, person)
        if action is None:
            return _stale(state, person)
        kind, arg = action
        if kind == "start":
            return request_start(state, arg, person, now)
        return Result(state, (Reply(arg),))
    parts = raw.split(":", 2)
    if len(parts) != 3 or parts[0] != "f":
        return _stale(state, person)
    _, step_name, value = parts
    if step_name == "switch":
        return _switch(state, value, person, now)
    if step_name == "idle":
        return _idle_choice(state, value, person, now)
    if step_name == "start":
        if value == "moment":
            return request_start(state, "moment", person, now)
        if value == "no" and state is None:
            return Result(None, (Reply(txt.OFFER_DECLINED),))
        return _stale(state, person)
    if state is None or step_name != state.step:
        return _stale(state, person)
    flow = flows()[state.flow]
    step = _step(flow, state.step)
    if value == BACK:
        return _back(state, person)
    if value == RESUME:
        return Result(state, (_prompt(state, person),))
    if value == STOP:
        return _cancel(state, safety_txt.STOPPED)
    if value in {o.value for o in step.way_out}:
        if value == CANCEL:
            return _cancel(state)
        return _apply(flow, step, state, person, now, value, "")
    if value == DONE and step.mode == "multi":
        return _apply(flow, step, state, person, now, DONE, "")
    if value in {o.value for o in step.options_for(state, person)}:
        if step.mode == "multi":
            return _toggle(step, state, person, value)
        return _apply(flow, step, state, person, now, value, "")
    return _stale(state, person)


def _switch(state: FlowState | None, value: str, person: Person, now: datetime) -> Result:
    if state is None:
        return _stale(None, person)
    if value == "continue":
        work = _copy(state)
        work.context.pop(PENDING, None)
        return Result(work, (_prompt(work, person),))
    if value == "cancel":
        return _cancel(state)
    pending = state.context.get(PENDING)
    if (
        value.startswith("restart:")
        and isinstance(pending, dict)
        and pending.get("switch") == value.removeprefix("restart:")
        and pending["switch"] in flows()
    ):
        context = pending.get("context")
        return start(
            str(pending["switch"]), person, now, context if isinstance(context, dict) else None
        )
    return _stale(state, person)


def _idle_choice(state: FlowState | None, value: str, person: Person, now: datetime) -> Result:
    if state is None:
        return _stale(None, person)
    offered = state.context.get(PENDING) == {"idle": True}
    if value == "continue":
        work = _copy(state)
        work.context.pop(PENDING, None)
        return Result(work, (_prompt(work, person),))
    if value == "fresh" and offered:
        return start(state.flow, person, now, _start_context(state))
    if value == "cancel" and offered:
        return _cancel(state)
    return _stale(state, person)


def _typed(state: FlowState | None, raw: str, person: Person, now: datetime) -> Result:
    if state is None:
        buttons = ((Button(txt.YES_LETS, "f:start:moment"), Button(txt.NOT_NOW, "f:start:no")),)
        return Result(None, (Reply(txt.OFFER, buttons),))
    notices: list[str] = []
    text = raw.strip()
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT].rstrip()
        notices.append(txt.TOO_LONG)
    flow = flows()[state.flow]
    step = _step(flow, state.step)
    if step.mode != "text" and not step.own_answer:
        return _reask(state, person, txt.PICK_A_BUTTON)
    if not text:
        return _reask(state, person, txt.EMPTY_TEXT)
    return _apply(flow, step, state, person, now, OTHER, text, notices)


def _toggle(step: Step, state: FlowState, person: Person, value: str) -> Result:
    work = _copy(state)
    chosen = work.answers.get(step.name)
    selected: list[str] = [str(v) for v in chosen] if isinstance(chosen, list) else []
    if value in selected:
        selected.remove(value)
    elif value in step.exclusive:
        selected = [value]
    else:
        selected = [v for v in selected if v not in step.exclusive] + [value]
    work.answers[step.name] = selected
    return Result(work, (step.prompt(work, person, edit=True),))


def _record(step: Step, answers: dict[str, Any], value: str, text: str) -> None:
    """Keep the answer in the state before the ``next`` rule runs."""
    own = f"{step.name}_own"
    if step.mode == "preview":
        return
    if step.mode == "multi":
        chosen = answers.get(step.name)
        selected = [str(v) for v in chosen] if isinstance(chosen, list) else []
        if value == SKIP:
            answers[step.name] = []
            answers.pop(own, None)
        elif value == OTHER:
            answers[step.name] = [v for v in selected if v not in step.exclusive and v != OTHER]
            answers[step.name].append(OTHER)
            answers[own] = text
        else:
            answers[step.name] = selected
            if OTHER not in selected:
                answers.pop(own, None)
        return
    if value == SKIP:
        answers[step.name] = None
        answers.pop(own, None)
    elif step.mode == "text" and value == OTHER:
        answers[step.name] = text
    else:
        answers[step.name] = value
        if value == OTHER:
            answers[own] = text
        else:
            answers.pop(own, None)


def _apply(
    flow: Flow,
    step: Step,
    state: FlowState,
    person: Person,
    now: datetime,
    value: str,
    text: str,
    notices: list[str] | None = None,
) -> Result:
    work = _copy(state)
    work.context.pop(PENDING, None)
    _record(step, work.answers, value, text)
    ctx = Ctx(work, person, now, value=value, text=text)
    target = step.next if isinstance(step.next, str) else step.next(ctx)
    pre = [Reply(n) for n in notices or ()]
    if target == STAY:
        return Result(state, (*pre, Reply(ctx.problem), step.prompt(state, person)))
    if target == END:
        flow.finish(ctx)
        return Result(None, (*pre, *(Reply(n) for n in ctx.notes)), tuple(ctx.effects))
    if target in work.history:
        work.history = work.history[: work.history.index(target)]
    elif target != work.step:
        work.history.append(work.step)
    work.step = target
    replies = (*pre, *(Reply(n) for n in ctx.notes), _step(flow, target).prompt(work, person))
    return Result(work, replies, tuple(ctx.effects))
