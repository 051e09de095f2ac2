"""The flow engine: one entry point for every input of a guided conversation.

An :class:`Engine` runs the flows it is given (declared with :mod:`flows.steps`;
the bot's set is :data:`flows.registry.engine`). It renders steps, applies
answers, keeps the history for Back, and handles everything around the steps:
commands, stale buttons, switching flows, idle offers, media, over-long text and
crisis language.

Pure: no Telegram, no I/O, no clock. ``now`` is an aware UTC datetime passed in.

Button data (:mod:`flows.callback_data`): ``f:<step>:<value>`` answers ``<step>``
(reserved values start with ``_``: ``_back``, ``_skip``, ``_cancel``, ``_done``,
``_resume``, ``_stop``); the steps ``switch``, ``idle`` and ``start`` are the engine's own
questions; ``fu:`` presses are follow-ups (:mod:`flows.followups`).

Only the current question has live buttons. A button that answers is closed
where it was pressed (its keyboard goes, the choice is shown under it:
``Reply.closing``) and the next question comes as a new message. The message id
of the question on screen is kept in the state's context
(:data:`flows.live_question.ASKED`, recorded by the front end once sent); whenever
another question replaces it, or the flow ends, that message is closed too, so a
typed answer leaves no keyboard behind either.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from flows import followups
from flows.callback_data import FlowPress, FollowUpPress, decode
from flows.content import common as txt
from flows.content import safety as safety_txt
from flows.live_question import closing_asked as _closing_asked
from flows.live_question import pressed as _pressed
from flows.model import (
    Button,
    FlowState,
    Person,
    Reply,
    Result,
    ShowSafetyResources,
    UserInput,
)
from flows.safety import RESUME, STOP, detect_crisis, safety_reply
from flows.step_answers import PENDING
from flows.step_answers import apply_answer as _apply
from flows.step_answers import ask as _ask
from flows.step_answers import copy_state as _copy
from flows.step_answers import step_named as _step
from flows.step_answers import toggle as _toggle
from flows.steps import (
    BACK,
    CANCEL,
    DONE,
    END,
    OTHER,
    TYPED,
    Ctx,
    Flow,
    Mode,
)
from flows.steps import data as _data
from flows.text import esc

MAX_TEXT: Final = 1000
MAX_DATA_BYTES: Final = 64
IDLE_AFTER: Final = timedelta(hours=24)

RESERVED_STEPS: Final = frozenset({"switch", "idle", "start"})


class Engine:
    """Runs a set of flows: start them, and apply every input to the open one."""

    def __init__(self, flows: Iterable[Flow], *, typed_opens: str | None = None) -> None:
        self.flows: Mapping[str, Flow] = {flow.name: flow for flow in flows}
        # Text typed with no flow open begins this flow, the text in its context
        # (``TYPED``), kept in that conversation only.
        self.typed_opens = typed_opens
        # Commands that open a flow (/moment), and the flow each opens.
        self.commands: Mapping[str, str] = {
            flow.command: flow.name for flow in self.flows.values() if flow.command
        }

    # --- the entry points ------------------------------------------------------

    def start(
        self, flow: str, person: Person, now: datetime, context: dict[str, Any] | None = None
    ) -> Result:
        """Begin ``flow`` afresh (any open flow is replaced: see :meth:`request_start`)."""
        found = self.flows.get(flow)
        if found is None:
            raise ValueError(f"unknown flow: {flow!r}")
        state = FlowState(flow=flow, step="", context=copy.deepcopy(dict(context or {})))
        ctx = Ctx(state, person, now)
        first = found.begin if isinstance(found.begin, str) else found.begin(ctx)
        notes = tuple(Reply(n) for n in ctx.notes)
        if first == END:
            return Result(None, notes, tuple(ctx.effects))
        state.step = first
        prompt = _ask(found, first, state, person)
        return Result(state, (*notes, prompt), tuple(ctx.effects))

    def request_start(
        self,
        state: FlowState | None,
        flow: str,
        person: Person,
        now: datetime,
        context: dict[str, Any] | None = None,
    ) -> Result:
        """Start ``flow``, or first ask "continue or start over" when one is open.

        Use this (not :meth:`start`) when a button outside the flow, such as a
        partner's request, opens a flow: nothing is lost until the person chooses.
        """
        current = self._usable(state)
        if current is None or self.flows[current.flow].yields:
            return self.start(flow, person, now, context)
        work = _copy(current)
        work.context[PENDING] = {"switch": flow, "context": copy.deepcopy(dict(context or {}))}
        title = txt.FLOW_TITLES.get(current.flow, current.flow)
        where = self._where(current)
        if flow == current.flow:
            question = txt.SWITCH_SAME.format(title=title, where=where)
        else:
            new = txt.FLOW_TITLES.get(flow, flow)
            question = txt.SWITCH.format(title=title, where=where, new=new)
        buttons = (
            (Button(txt.CONTINUE_WHERE, _data("switch", "continue")),),
            (
                Button(
                    txt.START_OVER if flow == current.flow else txt.START_NEW,
                    _data("switch", f"restart:{flow}"),
                ),
            ),
            (Button(txt.CANCEL, _data("switch", "cancel")),),
        )
        return _closing_asked(current, Result(work, (Reply(question, buttons),)))

    def current_prompt(self, state: FlowState, person: Person) -> Reply:
        """The current step asked again (for the lead to re-show after a restart)."""
        usable = self._usable(state)
        if usable is None:
            raise KeyError(f"{state.flow}:{state.step}")
        return self._prompt(usable, person)

    def handle(
        self,
        state: FlowState | None,
        inp: UserInput,
        person: Person,
        now: datetime,
        last_active: datetime | None,
        start_context: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> Result:
        """Apply one input. Never raises for anything a person can send.

        ``last_active`` is when this person last sent anything (None if never); more
        than 24 hours ago, an open flow first offers to pick up where they left off.
        ``start_context`` gives, by flow name, the context a command opening that
        flow starts it with (what the lead knows and the flow may use).
        """
        state = self._usable(state)
        decided = self._decide(state, inp, person, now, last_active, start_context or {})
        return _closing_asked(state, decided)

    # --- internals -------------------------------------------------------------

    def _decide(
        self,
        state: FlowState | None,
        inp: UserInput,
        person: Person,
        now: datetime,
        last_active: datetime | None,
        start_context: Mapping[str, Mapping[str, Any]],
    ) -> Result:
        typed = inp.text if inp.kind in ("text", "command") else ""
        if typed and detect_crisis(typed):
            reply = safety_reply(state.step if state else None, person.timezone)
            return Result(state, (reply,), (ShowSafetyResources(),))
        if inp.kind == "command" and inp.command == "cancel":
            return _cancel(state)
        if state is not None and _idle(state, inp, now, last_active):
            if inp.kind == "button":
                return _pressed(self._idle_offer(state), Reply.closing())
            return self._idle_offer(state)
        if inp.kind == "command":
            return self._command(state, inp.command, person, now, start_context)
        if inp.kind == "button":
            return self._button(state, inp.data, person, now)
        if inp.kind == "media":
            if state is None:
                return Result(None, (Reply(txt.MEDIA_NO_FLOW),))
            return self._reask(state, person, txt.MEDIA)
        return self._typed(state, inp.text, person, now)

    def _usable(self, state: FlowState | None) -> FlowState | None:
        """The state if its flow and step still exist, old step names mapped to new."""
        if state is None:
            return None
        found = self.flows.get(state.flow)
        if found is None or found.step(found.current_name(state.step)) is None:
            return None
        if found.current_name(state.step) == state.step and not any(
            found.current_name(name) != name for name in state.history
        ):
            return state
        work = _copy(state)
        work.step = found.current_name(state.step)
        work.history = [found.current_name(name) for name in state.history]
        return work

    def _where(self, state: FlowState) -> str:
        return _step(self.flows[state.flow], state.step).header or txt.GETTING_STARTED

    def _prompt(self, state: FlowState, person: Person, *, edit: bool = False) -> Reply:
        return _ask(self.flows[state.flow], state.step, state, person, edit=edit)

    def _reask(self, state: FlowState, person: Person, notice: str) -> Result:
        return Result(state, (Reply(notice), self._prompt(state, person)))

    def _idle_offer(self, state: FlowState) -> Result:
        work = _copy(state)
        work.context[PENDING] = {"idle": True}
        title = txt.FLOW_TITLES.get(state.flow, state.flow)
        buttons = (
            (
                Button(txt.CONTINUE, _data("idle", "continue")),
                Button(txt.START_FRESH, _data("idle", "fresh")),
            ),
            (Button(txt.CANCEL, _data("idle", "cancel")),),
        )
        question = txt.IDLE.format(title=title, where=self._where(state))
        return Result(work, (Reply(question, buttons),))

    def _command(
        self,
        state: FlowState | None,
        command: str,
        person: Person,
        now: datetime,
        start_context: Mapping[str, Mapping[str, Any]],
    ) -> Result:
        flow = self.commands.get(command)
        if flow is not None:
            context = start_context.get(flow)
            return self.request_start(state, flow, person, now, dict(context or {}))
        if command == "back":
            if state is None:
                return Result(None, (Reply(txt.NOTHING_TO_GO_BACK),))
            return self._back(state, person)
        if state is None:
            return Result(None, (Reply(txt.UNKNOWN_COMMAND),))
        return self._reask(state, person, txt.UNKNOWN_COMMAND)

    def _back(self, state: FlowState, person: Person) -> Result:
        if not state.history:
            return self._reask(state, person, txt.FIRST_STEP)
        if not _step(self.flows[state.flow], state.step).back:
            return self._reask(state, person, txt.NO_GOING_BACK)
        work = _copy(state)
        work.step = work.history.pop()
        work.context.pop(PENDING, None)
        return Result(work, (self._prompt(work, person),))

    def _stale(self, state: FlowState | None, person: Person) -> Result:
        if state is None:
            return Result(None, (Reply(txt.STALE_NO_FLOW),))
        return self._reask(state, person, txt.STALE)

    def _button(self, state: FlowState | None, raw: str, person: Person, now: datetime) -> Result:
        """A press, and the pressed message closed: with the choice shown when it answered."""
        shown = Reply.closing(show_pressed=True)
        press = decode(raw)
        if isinstance(press, FollowUpPress):
            action = followups.followup_action(raw, person)
            if action is None:
                return _pressed(self._stale(state, person), Reply.closing())
            kind, arg = action
            if kind == "start":
                return _pressed(self.request_start(state, arg, person, now), shown)
            return _pressed(Result(state, (Reply(arg),)), shown)
        if not isinstance(press, FlowPress):
            return _pressed(self._stale(state, person), Reply.closing())
        step_name, value = press.step, press.value
        if step_name == "switch":
            return self._switch(state, value, person, now)
        if step_name == "idle":
            return self._idle_choice(state, value, person, now)
        if step_name == "start":
            if value == "moment":
                return _pressed(self.request_start(state, "moment", person, now), shown)
            if value == "no" and state is None:
                return _pressed(Result(None, (Reply(txt.OFFER_DECLINED),)), shown)
            return _pressed(self._stale(state, person), Reply.closing())
        if state is None:
            return _pressed(self._stale(state, person), Reply.closing())
        flow = self.flows[state.flow]
        if flow.current_name(step_name) != state.step:
            return _pressed(self._stale(state, person), Reply.closing())
        step = _step(flow, state.step)
        if value == BACK:
            return _pressed(self._back(state, person), Reply.closing())
        if value == RESUME:
            return _pressed(Result(state, (self._prompt(state, person),)), Reply.closing())
        if value == STOP:
            return _pressed(_cancel(state, safety_txt.STOPPED), Reply.closing())
        if step.mode is Mode.MULTI and value in {o.value for o in step.options_for(state, person)}:
            return _toggle(flow, step, state, person, value)
        known = {o.value for o in (*step.options_for(state, person), *step.way_out)}
        if value not in known and not (value == DONE and step.mode is Mode.MULTI):
            return _pressed(self._stale(state, person), Reply.closing())
        label = esc(step.chosen(state, person, value))
        choice = Reply.closing(choice=txt.CHOSEN.format(label=label))
        if value == CANCEL and value in {o.value for o in step.way_out}:
            return _pressed(_cancel(state), choice)
        result = _apply(flow, step, state, person, now, value, "")
        # Refused (the step is asked again): nothing was chosen.
        return _pressed(result, Reply.closing() if result.state is state else choice)

    def _switch(self, state: FlowState | None, value: str, person: Person, now: datetime) -> Result:
        if state is None:
            return _pressed(self._stale(None, person), Reply.closing())
        shown = Reply.closing(show_pressed=True)
        if value == "continue":
            work = _copy(state)
            work.context.pop(PENDING, None)
            return _pressed(Result(work, (self._prompt(work, person),)), shown)
        if value == "cancel":
            return _pressed(_cancel(state), shown)
        pending = state.context.get(PENDING)
        if (
            value.startswith("restart:")
            and isinstance(pending, dict)
            and pending.get("switch") == value.removeprefix("restart:")
            and pending["switch"] in self.flows
        ):
            context = pending.get("context")
            started = self.start(
                str(pending["switch"]), person, now, context if isinstance(context, dict) else None
            )
            return _pressed(started, shown)
        return _pressed(self._stale(state, person), Reply.closing())

    def _idle_choice(
        self, state: FlowState | None, value: str, person: Person, now: datetime
    ) -> Result:
        if state is None:
            return _pressed(self._stale(None, person), Reply.closing())
        shown = Reply.closing(show_pressed=True)
        offered = state.context.get(PENDING) == {"idle": True}
        if value == "continue":
            work = _copy(state)
            work.context.pop(PENDING, None)
            return _pressed(Result(work, (self._prompt(work, person),)), shown)
        if value == "fresh" and offered:
            return _pressed(self.start(state.flow, person, now, _start_context(state)), shown)
        if value == "cancel" and offered:
            return _pressed(_cancel(state), shown)
        return _pressed(self._stale(state, person), Reply.closing())

    def _typed(self, state: FlowState | None, raw: str, person: Person, now: datetime) -> Result:
        notices: list[str] = []
        text = raw.strip()
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT].rstrip()
            notices.append(txt.TOO_LONG)
        if state is None and self.typed_opens is not None and text:
            started = self.start(self.typed_opens, person, now, {TYPED: text})
            pre = tuple(Reply(n) for n in notices)
            return Result(started.state, (*pre, *started.replies), started.effects)
        if state is None:
            buttons = (
                (
                    Button(txt.YES_LETS, _data("start", "moment")),
                    Button(txt.NOT_NOW, _data("start", "no")),
                ),
            )
            return Result(None, (Reply(txt.OFFER, buttons),))
        flow = self.flows[state.flow]
        step = _step(flow, state.step)
        if step.mode is not Mode.TEXT and not step.own_answer:
            return self._reask(state, person, txt.PICK_A_BUTTON)
        if not text:
            return self._reask(state, person, txt.EMPTY_TEXT)
        return _apply(flow, step, state, person, now, OTHER, text, notices)


# --- around the steps (the steps themselves: flows.step_answers) ----------------


def _cancel(state: FlowState | None, message: str = "") -> Result:
    if state is None:
        return Result(None, (Reply(txt.NOTHING_TO_CANCEL),))
    return Result(None, (Reply(message or txt.CANCELLED),))


def _start_context(state: FlowState) -> dict[str, Any]:
    return {k: v for k, v in state.context.items() if not k.startswith("_")}


def _idle(state: FlowState, inp: UserInput, now: datetime, last_active: datetime | None) -> bool:
    if last_active is None or now - last_active <= IDLE_AFTER:
        return False
    press = decode(inp.data) if inp.kind == "button" else None
    if isinstance(press, FlowPress) and press.step == "idle":
        return False
    return state.context.get(PENDING) != {"idle": True}
