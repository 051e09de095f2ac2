"""The engine: headers, Back, cancel, stale buttons, switching, idle, media, long text.

``Chat`` (also used by the other flow tests) drives ``start``/``handle`` like the
lead does: it round-trips the state through JSON after every step and checks
every reply it sees (callback data size, a way out on every keyboard).
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from flows.checkin import checkin_note_text, checkin_result_text
from flows.content import common as txt
from flows.engine import MAX_DATA_BYTES, RESERVED_STEPS, Engine
from flows.followups import render_delivery
from flows.live_question import ASKED
from flows.local_time import local_zone, resolve_time
from flows.model import (
    Button,
    Effect,
    FlowState,
    Person,
    Reply,
    Result,
    SaveCheckInAnswer,
    SendToPartner,
    UserInput,
)
from flows.registry import FLOWS, engine
from flows.steps import DONE, END, Flow, Step
from playground.botapi.formatting import html_to_text

NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
SAM = Person(1, "Sam", partner_id=2, partner_name="Ben", timezone="Europe/Berlin")
SOLO = Person(3, "Alex", timezone="Europe/Berlin")


def roundtrip(state: FlowState | None) -> FlowState | None:
    if state is None:
        return None
    return FlowState.from_json(json.loads(json.dumps(state.to_json())))


def shown(reply: Reply) -> Reply:
    """``reply`` as the person reads it: the HTML checked as Telegram does, then as text."""
    return dataclasses.replace(reply, text=html_to_text(reply.text))


def check_reply(reply: Reply) -> None:
    html_to_text(reply.text)  # Telegram refuses the message if its HTML does not parse
    labels = set()
    for row in reply.buttons:
        for button in row:
            assert len(button.data.encode("utf-8")) <= MAX_DATA_BYTES, button.data
            labels.add(button.label)
    if reply.buttons:
        way_out = txt.WAY_OUT_LABELS | {"Continue where I was"}
        assert labels & way_out, f"no way out in {reply.text!r}"


def signed(data: str, choice: str) -> bool:
    """Whether button data is a signed preview choice (``send.<mark>``, ``later.<mark>``)."""
    return data.rpartition(":")[2].startswith(f"{choice}.")


def leaving(effects: Iterable[Effect]) -> list[SendToPartner | SaveCheckInAnswer]:
    """The effects that carry the person's words to someone else."""
    return [e for e in effects if isinstance(e, SendToPartner | SaveCheckInAnswer)]


def delivered_text(effect: SendToPartner | SaveCheckInAnswer, sender: Person) -> str:
    """Exactly what the recipient of ``effect`` will read."""
    if isinstance(effect, SaveCheckInAnswer) and effect.note_only:
        return checkin_note_text(sender.first_name, effect.note)
    if isinstance(effect, SaveCheckInAnswer):
        return checkin_result_text(sender.first_name, effect.verdict, effect.note)
    return render_delivery(effect.kind, sender.first_name, effect.text, effect.context).text


class Chat:
    """One person talking to the engine, with the clock under the test's control.

    Every message that leaves must come from a Send on the latest preview (or its
    Send later, then a time), and be exactly what that preview showed.
    """

    def __init__(self, person: Person = SAM, now: datetime = NOW, runner: Engine = engine) -> None:
        self.person = person
        self.now = now
        self.engine = runner
        self.last_active: datetime | None = None
        self.state: FlowState | None = None
        self.result = Result(None)
        self.effects: list[Effect] = []
        self.previews: list[str] = []
        # The signed buttons under the latest preview, and whether its Send later
        # was pressed: the only ways for a message to leave.
        self.live: frozenset[str] = frozenset()
        self.later_pressed = False
        # The chat as the person sees it: message id → (text, keyboard), like a front end
        # that sends, edits and closes messages (and records the question on screen).
        self.screen: dict[int, tuple[str, tuple[tuple[Any, ...], ...]]] = {}
        self.pressed_id: int | None = None
        # Messages from outside the flow (a follow-up from the outbox): they keep their own
        # buttons beside the question, until pressed.
        self.outside: set[int] = set()
        # The question on screen, as the front end records it (kept apart from ``state``
        # so comparisons of states are about the conversation, and fed in on each input).
        self.asked: int | None = None

    def receive(self, reply: Reply) -> int:
        """A message from outside the flow arrives (a follow-up); returns its id."""
        check_reply(reply)
        message_id = max(self.screen, default=0) + 1
        self.screen[message_id] = (reply.text, reply.buttons)
        self.outside.add(message_id)
        return message_id

    def _show(self, result: Result, pressed: str) -> None:
        """Apply the replies to the screen: only the current question keeps buttons."""
        seen_message = False
        asked: int | None = None
        for reply in result.replies:
            if reply.close:
                assert not seen_message, "questions are closed before anything new is sent"
                target = reply.target if reply.target is not None else self.pressed_id
                assert target is not None and target in self.screen, reply
                text, buttons = self.screen[target]
                choice = reply.text
                if reply.show_pressed and target == self.pressed_id:
                    label = next(b.label for row in buttons for b in row if b.data == pressed)
                    choice = txt.CHOSEN.format(label=label)
                self.screen[target] = (f"{text}\n\n{choice}" if choice else text, ())
                self.outside.discard(target)
                continue
            seen_message = True
            if reply.edit and self.pressed_id is not None:
                self.screen[self.pressed_id] = (reply.text, reply.buttons)
                message_id = self.pressed_id
            else:
                message_id = max(self.screen, default=0) + 1
                self.screen[message_id] = (reply.text, reply.buttons)
            if reply.buttons:
                asked = message_id
        live = [m for m, (_, bs) in self.screen.items() if bs and m not in self.outside]
        assert len(live) <= 1, f"several questions with live buttons: {live}"
        if result.state is None:
            self.asked = None
        elif asked is not None:
            self.asked = asked

    def _take(self, result: Result, pressed: str = "") -> Result:
        sent = leaving(result.effects)
        if sent:
            assert len(sent) == 1, sent
            from_send = signed(pressed, "send") and pressed in self.live
            assert from_send or self.later_pressed, f"{pressed!r} sent {sent}"
            assert delivered_text(sent[0], self.person) in self.previews[-1]
        if sent:
            self.later_pressed = False
        elif signed(pressed, "later") and pressed in self.live:
            self.later_pressed = True
        for reply in result.replies:
            check_reply(reply)
            data = {b.data for row in reply.buttons for b in row}
            if any(signed(d, "send") for d in data):
                self.previews.append(reply.text)
                self.live = frozenset(d for d in data if signed(d, "send") or signed(d, "later"))
                self.later_pressed = False
        self._show(result, pressed)
        self.effects.extend(result.effects)
        self.result = result
        self.state = roundtrip(result.state)
        if self.state is not None:
            assert self.state.to_json() == result.state.to_json()  # type: ignore[union-attr]
            self.state.context.pop(ASKED, None)
        self.last_active = self.now
        return result

    def resume(
        self, state: FlowState, screen: Reply, *, preview: str | None = None, later: bool = False
    ) -> None:
        """Pick up a saved conversation: ``screen`` is the last message shown,
        ``preview`` the last preview before it, ``later`` whether its Send later
        was pressed."""
        self.previews = [preview] if preview else []
        self.last_active = self.now
        self.screen.clear()
        self.asked = None
        self._take(Result(state, (screen,)))
        self.later_pressed = self.later_pressed or later

    def start(self, flow: str, context: dict[str, Any] | None = None) -> Result:
        return self._take(self.engine.start(flow, self.person, self.now, context))

    def send(self, inp: UserInput) -> Result:
        state = self.state
        if state is not None and self.asked is not None:
            state = FlowState.from_json(copy.deepcopy(state.to_json()))
            state.context[ASKED] = self.asked
        before = copy.deepcopy(state.to_json()) if state else None
        result = self.engine.handle(state, inp, self.person, self.now, self.last_active)
        if before is not None:
            assert state is not None and state.to_json() == before, "input mutated"
        return self._take(result, inp.data if inp.kind == "button" else "")

    def type(self, text: str) -> Result:
        return self.send(UserInput.typed(text))

    def command(self, name: str, args: str = "") -> Result:
        return self.send(UserInput(kind="command", command=name, text=args))

    def press(self, data: str, message_id: int | None = None) -> Result:
        """Press ``data`` on the message ``message_id``: by default the message on screen
        that has it, else an older message that carries it (an old question whose buttons
        are long gone from the screen, a follow-up, a partner's message, made-up data)."""
        if message_id is None:
            having = [
                m
                for m, (_, buttons) in self.screen.items()
                if any(b.data == data for row in buttons for b in row)
            ]
            if having:
                message_id = having[-1]
            else:
                older = ((Button(data, data),), (Button(txt.NOT_NOW, "x"),))
                message_id = self.receive(Reply("An older message", older))
        self.pressed_id = message_id
        return self.send(UserInput.pressed(data))

    def tap(self, label: str) -> Result:
        """Press the button labelled ``label`` (or ``✓ label``) on the question on screen."""
        for message_id, (_, buttons) in reversed(self.screen.items()):
            for row in buttons:
                for button in row:
                    if button.label in (label, txt.CHECKED + label):
                        return self.press(button.data, message_id)
        on_screen = [b.label for _, bs in self.screen.values() for row in bs for b in row]
        raise AssertionError(f"no button {label!r} in {on_screen}")

    @property
    def step(self) -> str | None:
        return self.state.step if self.state else None

    @property
    def messages(self) -> list[Reply]:
        """The new messages of the last input, as the person reads them (no closings)."""
        return [shown(r) for r in self.result.replies if not r.close]

    @property
    def closings(self) -> list[Reply]:
        """How the last input closed questions (pressed or on screen)."""
        return [r for r in self.result.replies if r.close]

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.messages)

    @property
    def last(self) -> Reply:
        return self.messages[-1]

    def sends(self) -> list[SendToPartner]:
        return [e for e in self.effects if isinstance(e, SendToPartner)]

    def of(self, kind: Any) -> list[Any]:
        return [e for e in self.effects if isinstance(e, kind)]


def moment_at_signals() -> Chat:
    chat = Chat()
    chat.start("moment")
    chat.tap("I stepped in for them")
    chat.type("Dinner at my parents', my dad talked over Ben.")
    return chat


# --- headers and Back --------------------------------------------------------------


def test_each_step_says_where_you_are() -> None:
    chat = moment_at_signals()
    assert chat.last.text.startswith("Step 1/5 · Read the Moment\n\n")
    chat.tap("Done")
    assert chat.step == "s_side"
    assert chat.last.text.startswith("Step 2/5 · Take Their Side")


def test_first_step_has_no_back_later_ones_do() -> None:
    chat = Chat()
    chat.start("moment")
    labels = [b.label for row in chat.last.buttons for b in row]
    assert txt.BACK not in labels and txt.NOT_NOW in labels
    chat.tap("I stepped in for them")
    labels = [b.label for row in chat.last.buttons for b in row]
    assert txt.BACK in labels and txt.CANCEL in labels


def test_back_returns_to_previous_step_and_keeps_answers() -> None:
    chat = moment_at_signals()
    chat.tap("Tone of voice")
    chat.tap("Done")
    chat.tap("I'm with them on this")
    assert chat.step == "s_action"
    chat.tap(txt.BACK)
    assert chat.step == "s_side"
    assert chat.state is not None and chat.state.answers["s_side"] == "with"
    chat.command("back")
    assert chat.step == "s_signals"
    assert "✓ Tone of voice" in [b.label for row in chat.last.buttons for b in row]
    assert chat.state.answers["s_what"].startswith("Dinner")
    assert chat.state.history == ["side", "s_what"]


def test_back_on_first_step_says_so() -> None:
    chat = Chat()
    chat.start("moment")
    before = chat.state
    chat.command("back")
    assert txt.FIRST_STEP in chat.text and chat.state == before


def test_back_with_nothing_open() -> None:
    chat = Chat()
    chat.command("back")
    assert chat.state is None and "/moment" in chat.text


# --- cancel ------------------------------------------------------------------------


def test_cancel_leaves_and_discards_kindly() -> None:
    chat = moment_at_signals()
    chat.command("cancel")
    assert chat.state is None
    assert chat.text == txt.CANCELLED and "wasn't kept" in chat.text
    assert chat.effects == []


def test_cancel_button() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("I stepped in for them")
    chat.tap(txt.CANCEL)
    assert chat.state is None and chat.text == txt.CANCELLED


def test_cancel_with_nothing_open() -> None:
    chat = Chat()
    chat.command("cancel")
    assert chat.state is None and chat.text == txt.NOTHING_TO_CANCEL


# --- stale buttons -----------------------------------------------------------------


def test_stale_button_is_noticed_and_changes_nothing() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.press("f:side:hurt")
    assert chat.messages[0].text == txt.STALE
    assert chat.last.text.startswith("Step 1/5 · Read the Moment")
    assert chat.state == before


def test_forged_value_on_current_step_is_stale() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.press("f:s_signals:nonsense")
    assert chat.messages[0].text == txt.STALE and chat.state == before


@pytest.mark.parametrize("data", ["f:side:support", "f:p_what:_back", "garbage", "f:", "x:y:z"])
def test_button_without_a_flow_hints_at_moment(data: str) -> None:
    chat = Chat()
    old = chat.receive(Reply("An old question", ((Button("Old", data), Button("Cancel", "x")),)))
    chat.press(data, old)
    assert chat.state is None and "/moment" in chat.text
    # Its buttons go, and nothing shows as chosen.
    assert chat.screen[old] == ("An old question", ())


# --- switching flows ---------------------------------------------------------------


def test_starting_another_flow_asks_first_and_keeps_everything() -> None:
    chat = moment_at_signals()
    answers = copy.deepcopy(chat.state.answers) if chat.state else {}
    chat.command("prepare")
    assert chat.step == "s_signals" and chat.state is not None
    assert chat.state.answers == answers
    assert "Step 1/5 · Read the Moment" in chat.text
    data = [b.data for row in chat.last.buttons for b in row]
    assert data == ["f:switch:continue", "f:switch:restart:prepare", "f:switch:cancel"]
    chat.tap(txt.CONTINUE_WHERE)
    assert chat.step == "s_signals" and chat.state.answers == answers


def test_switch_start_over() -> None:
    chat = moment_at_signals()
    chat.command("prepare")
    chat.tap(txt.START_NEW)
    assert chat.state is not None and chat.state.flow == "prepare" and chat.step == "p_what"
    assert chat.state.answers == {}


def test_same_flow_restart() -> None:
    chat = moment_at_signals()
    chat.command("moment")
    assert "start over" in chat.text
    chat.tap(txt.START_OVER)
    assert chat.step == "side" and chat.state is not None and chat.state.answers == {}


def test_old_restart_button_without_the_question_is_stale() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.press("f:switch:restart:prepare")
    assert chat.messages[0].text == txt.STALE and chat.state == before


# --- idle ----------------------------------------------------------------------------


def test_idle_offer_does_not_apply_the_input() -> None:
    chat = moment_at_signals()
    chat.now += timedelta(hours=25)
    chat.type("My dad talked over Ben again")
    assert chat.text.startswith("You were in the middle of a moment reflection")
    assert chat.step == "s_signals"
    assert chat.state is not None and "s_signals" not in chat.state.answers
    chat.tap(txt.CONTINUE)
    assert chat.step == "s_signals" and chat.last.text.startswith("Step 1/5")


def test_idle_start_fresh() -> None:
    chat = moment_at_signals()
    chat.now += timedelta(days=3)
    chat.press("f:s_signals:tone")
    chat.tap(txt.START_FRESH)
    assert chat.step == "side" and chat.state is not None and chat.state.answers == {}


def test_no_idle_offer_within_a_day() -> None:
    chat = moment_at_signals()
    chat.now += timedelta(hours=23)
    chat.tap("Done")
    assert chat.step == "s_side"


def test_idle_offer_is_not_repeated_if_last_active_is_not_updated() -> None:
    chat = moment_at_signals()
    last = chat.now
    chat.now += timedelta(hours=30)
    state = chat.state
    result = engine.handle(state, UserInput.typed("hello"), SAM, chat.now, last)
    assert result.state is not None
    again = engine.handle(result.state, UserInput.pressed("f:s_signals:_done"), SAM, chat.now, last)
    assert again.state is not None and again.state.step == "s_side"


def test_cancel_works_even_when_idle() -> None:
    chat = moment_at_signals()
    chat.now += timedelta(hours=48)
    chat.command("cancel")
    assert chat.state is None


# --- media, long text, typed text ----------------------------------------------------


def test_media_in_a_flow() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.send(UserInput.media())
    assert chat.messages[0].text == txt.MEDIA and chat.state == before
    assert chat.last.text.startswith("Step 1/5")


def test_media_without_a_flow() -> None:
    chat = Chat()
    chat.send(UserInput.media())
    assert chat.state is None and "only read text" in chat.text


def test_long_text_keeps_the_first_thousand_characters() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("I stepped in for them")
    chat.type("a" * 1500)
    assert chat.messages[0].text == txt.TOO_LONG
    assert chat.state is not None and chat.state.answers["s_what"] == "a" * 1000


def test_text_without_a_flow_is_kept_in_the_conversation_only() -> None:
    """What was typed stays in the open conversation (its context), nowhere else."""
    chat = Chat()
    chat.type("We had an awkward evening with friends")
    assert chat.effects == []
    assert chat.state is not None and chat.step == "vent"
    assert chat.state.context["typed"] == "We had an awkward evening with friends"
    assert "I'll use what you just wrote" in chat.last.text
    chat.tap("I wish I'd stepped in")
    assert chat.step == "s_signals"
    assert chat.state.answers["s_what"] == "We had an awkward evening with friends"
    assert chat.state.answers["s_stepped"] == "no"


def test_text_offer_declined_drops_what_was_typed() -> None:
    chat = Chat()
    chat.type("hm")
    chat.tap(txt.NOT_NOW)
    assert chat.state is None and chat.text == txt.CANCELLED and chat.effects == []


def test_an_engine_without_a_flow_for_typed_text_offers_one_and_keeps_nothing() -> None:
    chat = Chat(runner=Engine(FLOWS))
    chat.type("We had an awkward evening with friends")
    assert chat.state is None and chat.effects == []
    assert chat.last.text.startswith("Want to go through this moment together?")
    assert [b.label for row in chat.last.buttons for b in row] == [txt.YES_LETS, txt.NOT_NOW]
    chat.tap(txt.YES_LETS)
    assert chat.step == "side" and chat.state is not None and chat.state.answers == {}
    chat = Chat(runner=Engine(FLOWS))
    chat.type("hm")
    chat.tap(txt.NOT_NOW)
    assert chat.state is None and chat.text == txt.OFFER_DECLINED


def test_text_where_only_buttons_fit_reasks() -> None:
    chat = Chat()
    chat.start("moment")
    before = chat.state
    chat.type("both really")
    assert chat.messages[0].text == txt.PICK_A_BUTTON and chat.state == before


def test_text_where_own_answer_fits_is_other() -> None:
    chat = moment_at_signals()
    chat.type("Ben's jaw went tight")
    assert chat.step == "s_side" and chat.state is not None
    assert chat.state.answers["s_signals"] == ["other"]
    assert chat.state.answers["s_signals_own"] == "Ben's jaw went tight"


def test_blank_text_reasks() -> None:
    chat = moment_at_signals()
    chat.tap("Done")
    before = chat.state
    chat.type("   ")
    assert chat.messages[0].text == txt.EMPTY_TEXT and chat.state == before


def test_unknown_command() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.command("frobnicate")
    assert txt.UNKNOWN_COMMAND in chat.text and chat.state == before


def test_multi_none_is_exclusive() -> None:
    chat = moment_at_signals()
    chat.tap("Tone of voice")
    chat.tap("Went quiet")
    chat.tap("None that I saw")
    assert chat.state is not None and chat.state.answers["s_signals"] == ["none"]
    assert chat.last.edit
    chat.tap("Went quiet")
    assert chat.state.answers["s_signals"] == ["quiet"]
    chat.tap("Went quiet")
    assert chat.state.answers["s_signals"] == []


def test_state_from_an_unknown_flow_or_step_is_dropped() -> None:
    for broken in (FlowState("gone", "x", {"a": 1}), FlowState("moment", "renamed_step", {"a": 1})):
        result = engine.handle(broken, UserInput.pressed("f:x:_back"), SAM, NOW, None)
        assert result.state is None
        # Typed text starts afresh: nothing of the unreadable state comes along.
        result = engine.handle(broken, UserInput.typed("hi"), SAM, NOW, None)
        assert result.state is not None and result.state.step == "vent"
        assert result.state.answers == {} and result.state.context["typed"] == "hi"


def test_start_rejects_unknown_flow() -> None:
    with pytest.raises(ValueError, match="unknown flow"):
        engine.start("nope", SAM, NOW)


def test_current_prompt() -> None:
    chat = moment_at_signals()
    assert chat.state is not None
    assert shown(engine.current_prompt(chat.state, SAM)) == chat.last


def test_step_names_are_not_reserved_and_data_fits() -> None:
    for flow in FLOWS:
        names = [s.name for s in flow.steps]
        assert len(names) == len(set(names))
        for step in flow.steps:
            assert step.name not in RESERVED_STEPS
            assert ":" not in step.name
            assert len(f"f:{step.name}:{DONE}.ffffff".encode()) <= 64


# --- times ---------------------------------------------------------------------------


def _local(at: datetime | str, zone: str = "Europe/Berlin") -> str:
    assert isinstance(at, datetime)
    return at.astimezone(local_zone(Person(0, "x", timezone=zone))).strftime("%d %H:%M")


def test_resolve_time_later_today() -> None:
    assert _local(resolve_time("21:30", SAM, NOW)) == "12 21:30"
    assert _local(resolve_time("9pm", SAM, NOW)) == "12 21:00"


def test_resolve_time_rolls_to_tomorrow_without_a_day_word() -> None:
    assert _local(resolve_time("8:00", SAM, NOW)) == "13 08:00"


def test_resolve_time_tomorrow_and_today() -> None:
    assert _local(resolve_time("tomorrow 9am", SAM, NOW)) == "13 09:00"
    assert resolve_time("today 8:00", SAM, NOW) == txt.TIME_PASSED
    assert _local(resolve_time("tonight 22:15", SAM, NOW)) == "12 22:15"


def test_resolve_time_unreadable() -> None:
    assert resolve_time("whenever", SAM, NOW) == txt.TIME_UNREADABLE


def test_resolve_time_is_utc_and_follows_offsets() -> None:
    person = Person(1, "Sam", timezone="UTC+05:30")
    at = resolve_time("23:00", person, NOW)
    assert isinstance(at, datetime) and at.tzinfo == UTC
    assert at == datetime(2025, 3, 12, 17, 30, tzinfo=UTC)


def test_bad_zone_falls_back_to_utc() -> None:
    person = Person(1, "Sam", timezone="Mars/Olympus")
    assert resolve_time("20:00", person, NOW) == datetime(2025, 3, 12, 20, 0, tzinfo=UTC)


# --- how the pieces depend on each other ------------------------------------------


def _flows_imported_by(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_flows_know_the_step_vocabulary_not_the_engine() -> None:
    """No import cycle: flow modules use flows.steps; only the registry knows them all."""
    package = Path(__file__).parents[2] / "flows"
    flow_modules = {
        "moment",
        "moment_support",
        "moment_hurt",
        "prepare",
        "prepare_when",
        "reinforce",
        "checkin",
        "compose",
        "compose_parts",
    }
    for module in flow_modules | {"steps", "followups", "reflections"}:
        imported = _flows_imported_by(package / f"{module}.py")
        assert not imported & {"flows.engine", "flows.registry"}, module
    engine_imports = _flows_imported_by(package / "engine.py")
    assert not {f"flows.{m}" for m in flow_modules | {"registry"}} & engine_imports


def test_a_step_renamed_since_a_conversation_was_saved() -> None:
    """A state (and an old button) naming a step by its old name still works."""
    first = Step("t_first", lambda state, person: "First?", next="t_new")
    new = Step("t_new", lambda state, person: "Second?", next=END)
    runner = Engine([Flow("toy", (first, new), begin="t_first", renamed={"t_old": "t_new"})])
    saved = FlowState("toy", "t_old", {"t_first": "yes"}, ["t_first"])
    assert runner.current_prompt(saved, SAM).text == "Second?"
    chat = Chat(runner=runner)
    chat.resume(saved, runner.current_prompt(saved, SAM))
    chat.press("f:t_old:_back")
    assert chat.step == "t_first" and chat.state is not None
    assert chat.state.answers == {"t_first": "yes"}
    saved_deeper = FlowState("toy", "t_first", {}, ["t_old"])
    result = runner.handle(saved_deeper, UserInput.pressed("f:t_first:_back"), SAM, NOW, NOW)
    assert result.state is not None and result.state.step == "t_new"
