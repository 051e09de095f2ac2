"""Random sequences of inputs never break the engine or leak anything to the partner.

A stateful hypothesis machine plays a person: random text (including crisis
phrases and their look-alikes, times, very long text), presses of the buttons on
screen, of old buttons and of made-up data, commands, media, time jumps, JSON
"restarts", and flows opened by the lead. After every input:

* nothing raised, and the input state was not mutated;
* the state survives a JSON round trip unchanged;
* every button's data is at most 64 bytes and every keyboard has a way out;
* crisis text pauses: state unchanged, ShowSafetyResources, no SendToPartner;
* every SendToPartner carries exactly the text of the last preview shown,
  and a solo person never sends anything.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

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
from tests.flows.test_engine import check_reply
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
TIMES = ["21:30", "9pm", "tomorrow 9am", "today 8:00", "noon", "25:99", "tonight 23:59"]
TEXTS = st.one_of(
    st.text(max_size=60),
    st.text(min_size=990, max_size=1200),
    st.sampled_from(CRISIS),
    st.sampled_from(LOOK_ALIKES),
    st.sampled_from(TIMES),
)
COMMANDS = st.sampled_from(
    ["moment", "cancel", "reinforce", "prepare", "back", "checkin", "help", ""]
)


def _preview_marker(data: str) -> bool:
    return data.split(":")[-1].startswith("send.")


class Person_(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.state: FlowState | None = None
        self.person = Person(1, "Sam", partner_id=2, partner_name="Ben")
        self.now = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)
        self.last_active: datetime | None = None
        self.on_screen: list[str] = []
        self.seen: list[str] = []
        self.last_preview: str | None = None

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

    def _apply(self, result: Result, inp: UserInput | None = None) -> None:
        if inp is not None and inp.kind in ("text", "command") and detect_crisis(inp.text):
            assert any(isinstance(e, ShowSafetyResources) for e in result.effects)
            assert result.state == self.state
        if any(isinstance(e, ShowSafetyResources) for e in result.effects):
            assert not any(isinstance(e, SendToPartner) for e in result.effects)
        for effect in result.effects:
            if isinstance(effect, SendToPartner):
                assert self.person.partner_id is not None
                assert self.last_preview is not None and effect.text in self.last_preview
                if effect.at is not None:
                    assert effect.at.tzinfo is not None and effect.at > self.now
        buttons: list[str] = []
        for reply in result.replies:
            check_reply(reply)
            assert reply.text
            data = [b.data for row in reply.buttons for b in row]
            if any(_preview_marker(d) for d in data):
                self.last_preview = reply.text
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
                }
            ),
            st.just({}),
        )
    )
    def lead_opens_checkin_answer(self, context: dict[str, object]) -> None:
        self._apply(engine.start("checkin_answer", self.person, self.now, context))

    @rule(side=st.sampled_from(["support", "hurt", "?"]))
    def lead_opens_moment(self, side: str) -> None:
        context = {"side": side, "request_id": 3, "from_name": "Ben"}
        self._apply(engine.start("moment", self.person, self.now, context))

    @invariant()
    def state_is_json(self) -> None:
        if self.state is not None:
            json.dumps(self.state.to_json())


Person_.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestFlowProperties = Person_.TestCase


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
            inp = UserInput.pressed(usable[0]) if usable else UserInput.typed("22:30")
            if state.step in ("s_what", "h_what", "p_what", "p_end", "p_risk", "p_plan"):
                inp = UserInput.typed("22:30")
            result = engine.handle(state, inp, person, now, now)
            state = result.state
        assert state is None, flow
