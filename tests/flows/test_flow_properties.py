"""Random sequences of inputs never break the engine or leak anything to the partner.

A stateful hypothesis machine plays a person: random text (including crisis
phrases and their look-alikes, times, very long text), presses of the buttons on
screen, of old buttons and of made-up data, runs of "carry on" moves that walk a
flow to its previews and press Send, commands, media, time jumps, JSON
"restarts", and flows opened by the lead. After every input:

* nothing raised, and the input state was not mutated;
* the state survives a JSON round trip unchanged;
* every button's data is at most 64 bytes and every keyboard has a way out;
* crisis text pauses: state unchanged, ShowSafetyResources, no SendToPartner;
* a message leaves (SendToPartner, SaveCheckInAnswer) only on a Send of the latest
  preview (or its Send later, then a time), exactly as that preview showed it,
  and never from a solo person;
* a signed Send never stands under two previews showing different messages (its
  fingerprint covers the message), and a Send from an earlier preview sends nothing.

The run counts what happened, and fails if it did not reach Send often, or did
not try old Sends: a property that never presses Send proves nothing.
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from flows.model import (
    FlowState,
    Person,
    Result,
    SendToPartner,
    ShowSafetyResources,
    UserInput,
)
from flows.registry import engine
from flows.safety import detect_crisis
from tests.flows.test_engine import check_reply, delivered_text, leaving, signed
from tests.flows.test_safety import CRISIS, LOOK_ALIKES

PEOPLE = st.sampled_from(
    [
        Person(1, "Sam", partner_id=2, partner_name="Ben", timezone="Europe/Berlin"),
        Person(3, "Alex", timezone="UTC"),
        Person(4, "Zoë", partner_id=5, partner_name="Øyvind-Łukasz 🌻" * 3, timezone="UTC+05:30"),
        Person(6, "Kim", partner_id=7, timezone="America/New_York"),
        Person(8, "Ira", partner_id=9, partner_name="Noa", timezone="Not/AZone"),
    ]
)
TIMES = [
    "21:30",
    "9pm",
    "tomorrow 9am",
    "today 8:00",
    "noon",
    "25:99",
    "tonight 23:59",
    "Saturday 19:00",
    "the 14th at 7pm",
    "next Friday",
]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.text(min_size=990, max_size=1200),
    st.sampled_from(CRISIS),
    st.sampled_from(LOOK_ALIKES),
    st.sampled_from(TIMES),
)
# Steps that want words typed, where carrying on means typing.
TYPED_STEPS = (
    "s_what",
    "h_what",
    "h_when",
    "p_what",
    "p_when",
    "p_time",
    "p_risk",
    "p_word",
    "p_plan",
    "ca_note",
    "pp_part",
)
COMMANDS = st.sampled_from(
    ["moment", "cancel", "reinforce", "prepare", "back", "checkin", "help", ""]
)


# Buttons that lead away from the end of a flow, for the "carry on" moves.
BACKWARDS = ("_back", "_cancel", ":edit", "_stop", "f:switch:cancel", "f:idle:cancel", "f:start:no")
# Answers that fit every step that wants typing (a day and time where one is asked).
CARRY_ON_TEXT = "tomorrow 22:30"


class Person_(RuleBasedStateMachine):
    tally: ClassVar[Counter[str]] = Counter()

    def __init__(self) -> None:
        super().__init__()
        self.state: FlowState | None = None
        self.person = Person(1, "Sam", partner_id=2, partner_name="Ben")
        self.now = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)
        self.last_active: datetime | None = None
        self.on_screen: list[str] = []
        self.seen: list[str] = []
        self.last_preview: str | None = None
        # The signed buttons under the latest preview; whether its Send later was pressed.
        self.live: frozenset[str] = frozenset()
        self.later_pressed = False
        # Every signed button seen in this conversation, and the preview it stood
        # under; and every Send seen at all.
        self.signed_under: dict[str, str] = {}
        self.sends_seen: list[str] = []

    @initialize(
        person=PEOPLE,
        now=st.datetimes(
            min_value=datetime(2024, 1, 1),
            max_value=datetime(2026, 12, 31),
            timezones=st.just(UTC),
        ),
    )
    def setup(self, person: Person, now: datetime) -> None:
        self.person = person
        self.now = now

    # --- applying results ---------------------------------------------------------

    def _check_leaving(self, result: Result, pressed: str) -> None:
        sent = leaving(result.effects)
        if not sent:
            return
        assert len(sent) == 1, sent
        from_send = signed(pressed, "send") and pressed in self.live
        assert from_send or self.later_pressed, f"{pressed!r} sent {sent}"
        assert self.last_preview is not None
        assert delivered_text(sent[0], self.person) in self.last_preview
        if isinstance(sent[0], SendToPartner):
            assert self.person.partner_id is not None
            if sent[0].at is not None:
                assert sent[0].at.tzinfo is not None and sent[0].at > self.now
        self.tally["sent"] += 1
        event("a message left")

    def _apply(self, result: Result, inp: UserInput | None = None) -> None:
        pressed = inp.data if inp is not None and inp.kind == "button" else ""
        if inp is not None and inp.kind in ("text", "command") and detect_crisis(inp.text):
            assert any(isinstance(e, ShowSafetyResources) for e in result.effects)
            assert result.state == self.state
        if any(isinstance(e, ShowSafetyResources) for e in result.effects):
            assert not leaving(result.effects)
        self._check_leaving(result, pressed)
        if signed(pressed, "send") and pressed not in self.live:
            # A Send from an earlier preview (or made up): refused, no answer changes.
            assert not leaving(result.effects)
            if result.state is not None and self.state is not None:
                assert result.state.answers == self.state.answers
            self.tally["old send refused"] += 1
            event("an old Send was refused")
        if leaving(result.effects):
            self.later_pressed = False
        elif signed(pressed, "later") and pressed in self.live:
            self.later_pressed = True
        buttons: list[str] = []
        for reply in result.replies:
            check_reply(reply)
            # Only closing a question may say nothing (its keyboard just goes).
            assert reply.text or reply.close
            data = [b.data for row in reply.buttons for b in row]
            marked = [d for d in data if signed(d, "send") or signed(d, "later")]
            if marked:
                self.last_preview = reply.text
                self.live = frozenset(marked)
                self.later_pressed = False
                for d in marked:
                    shown_before = self.signed_under.setdefault(d, reply.text)
                    assert shown_before == reply.text, f"{d} signs two messages"
                    if signed(d, "send") and d not in self.sends_seen:
                        self.sends_seen.append(d)
            buttons += data
        self.on_screen = buttons
        self.seen = (self.seen + buttons)[-200:]
        if result.state is not None:
            raw = json.dumps(result.state.to_json())
            again = FlowState.from_json(json.loads(raw))
            assert again == result.state
            self.state = again
        else:
            self.state = None
        self.last_active = self.now

    def _send(self, inp: UserInput) -> None:
        before = copy.deepcopy(self.state.to_json()) if self.state else None
        result = engine.handle(self.state, inp, self.person, self.now, self.last_active)
        if before is not None:
            assert self.state is not None and self.state.to_json() == before
        self._apply(result, inp)

    # --- rules ----------------------------------------------------------------------

    @rule(text=TEXTS)
    def type_text(self, text: str) -> None:
        self._send(UserInput.typed(text))

    @rule(index=st.integers(min_value=0, max_value=50))
    def press_on_screen(self, index: int) -> None:
        if self.on_screen:
            self._send(UserInput.pressed(self.on_screen[index % len(self.on_screen)]))

    @rule(index=st.integers(min_value=0, max_value=500))
    def press_old(self, index: int) -> None:
        if self.seen:
            self._send(UserInput.pressed(self.seen[index % len(self.seen)]))

    @rule(index=st.integers(min_value=0, max_value=500))
    def press_an_earlier_send(self, index: int) -> None:
        earlier = [d for d in self.sends_seen if d not in self.live]
        if earlier:
            self._send(UserInput.pressed(earlier[index % len(earlier)]))

    @rule(moves=st.integers(min_value=1, max_value=20), edit=st.booleans())
    def carry_on(self, moves: int, edit: bool) -> None:
        """Walk on like someone who means it: Send when shown (or Edit first)."""
        for _ in range(moves):
            if self.state is None:
                self._send(UserInput(kind="command", command="reinforce"))
                continue
            sends = [d for d in self.on_screen if signed(d, "send") or signed(d, "keep")]
            edits = [d for d in self.on_screen if d.endswith(":edit")]
            forward = [d for d in self.on_screen if d.endswith("_done")]
            forward += [d for d in self.on_screen if not d.endswith(BACKWARDS)]
            if edit and edits:
                self._send(UserInput.pressed(edits[0]))
                self._send(UserInput.typed(f"Edited at {self.now:%H:%M:%S.%f}"))
                edit = False
            elif sends:
                self._send(UserInput.pressed(sends[0]))
            elif forward and self.state.step not in TYPED_STEPS:
                self._send(UserInput.pressed(forward[0]))
            else:
                self._send(UserInput.typed(CARRY_ON_TEXT))

    @rule(
        data=st.one_of(
            st.text(max_size=70),
            st.builds(
                lambda a, b: f"f:{a}:{b}",
                st.sampled_from(["side", "s_what", "r_prev", "switch", "idle", "start", "x"]),
                st.sampled_from(
                    [
                        "_back",
                        "_skip",
                        "_done",
                        "_cancel",
                        "_resume",
                        "_stop",
                        "send.000000",
                        "restart:moment",
                        "restart:nope",
                        "fresh",
                        "continue",
                        "moment",
                        "no",
                        "other",
                    ]
                ),
            ),
            st.sampled_from(["fu:ci:send", "fu:rf:go", "fu:pr:moment", "fu:pr:well", "fu:x"]),
        )
    )
    def press_made_up(self, data: str) -> None:
        self._send(UserInput.pressed(data))

    @rule(name=COMMANDS, args=st.one_of(st.just(""), TEXTS))
    def command(self, name: str, args: str) -> None:
        self._send(UserInput(kind="command", command=name, text=args))

    @rule()
    def media(self) -> None:
        self._send(UserInput.media())

    @rule(hours=st.integers(min_value=0, max_value=80), minutes=st.integers(0, 59))
    def time_passes(self, hours: int, minutes: int) -> None:
        self.now += timedelta(hours=hours, minutes=minutes)

    @rule()
    def restart(self) -> None:
        """The process restarts: the state is read back from JSON, nothing on screen."""
        if self.state is not None:
            self.state = FlowState.from_json(json.loads(json.dumps(self.state.to_json())))

    @rule(
        context=st.one_of(
            st.fixed_dictionaries(
                {
                    "relay_id": st.integers(0, 10**12),
                    "verdict": st.sampled_from(["helped", "partly", "else", "??"]),
                    "asker_name": st.text(max_size=30),
                },
                # The one-tap answer went already; this is about a line of their own.
                optional={"answered": st.booleans(), "later": st.booleans()},
            ),
            st.just({}),
        )
    )
    def lead_opens_checkin_answer(self, context: dict[str, object]) -> None:
        # Another partner's check-in, maybe another name: previews start afresh.
        self.signed_under.clear()
        self._apply(engine.start("checkin_answer", self.person, self.now, context))

    @rule(side=st.sampled_from(["support", "hurt", "?"]), first=st.booleans())
    def lead_opens_moment(self, side: str, first: bool) -> None:
        context = {"side": side, "request_id": 3, "from_name": "Ben", "first": first}
        self._apply(engine.start("moment", self.person, self.now, context))

    @invariant()
    def state_is_json(self) -> None:
        if self.state is not None:
            json.dumps(self.state.to_json())


SETTINGS = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_random_conversations_keep_every_promise() -> None:
    Person_.tally.clear()
    run_state_machine_as_test(Person_, settings=SETTINGS)
    # The machine must really have sent, and really have tried stale Sends.
    assert Person_.tally["sent"] >= 30, Person_.tally
    assert Person_.tally["old send refused"] >= 30, Person_.tally


# --- a directed property: walk every button on screen --------------------------------


def test_pressing_only_on_screen_buttons_reaches_the_end_of_every_flow() -> None:
    """Always taking the first button on screen (typing when there is none) ends each flow."""
    person = Person(1, "Sam", partner_id=2, partner_name="Ben", timezone="Europe/Berlin")
    now = datetime(2025, 6, 1, 9, tzinfo=UTC)
    for flow in ("moment", "reinforce", "prepare", "checkin"):
        result = engine.start(flow, person, now)
        state = result.state
        for _ in range(40):
            if state is None:
                break
            data = [b.data for r in result.replies for row in r.buttons for b in row]
            usable = [d for d in data if d.endswith("_done")]
            usable += [d for d in data if not d.endswith(("_back", "_cancel", "edit"))]
            inp = UserInput.pressed(usable[0]) if usable else UserInput.typed("tomorrow 22:30")
            if state.step in TYPED_STEPS:
                inp = UserInput.typed("tomorrow 22:30")
            result = engine.handle(state, inp, person, now, now)
            state = result.state
        assert state is None, flow
