"""Every button label fits a phone, and no keyboard row cuts a label.

Two sources, so a label cannot slip through either way: every ``(value, label)``
entry of every content catalogue, and every keyboard the pure builders render
(each step of each flow, for a partner with a short name, one with Telegram's
longest first name and someone alone; the engine's own questions; follow-ups,
deliveries, onboarding, settings and the invite; every daily prompt).
Keyboards built by services are checked as the e2e tests send them
(tests/e2e/conftest.py).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import flows.content
from flows import daily_buttons, daily_settings, followups
from flows import onboarding as onboarding_flow
from flows.content import commands, common, onboarding, text_router
from flows.content.prompts import PROMPTS
from flows.layout import MAX_LABEL, ROOM, fits, rows, width
from flows.model import Button, FlowState, Keyboard, Person, Reply, UserInput
from flows.registry import FLOWS, engine
from flows.safety import safety_reply
from flows.steps import Mode

NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
LONGEST_NAME = "Maximilian-Alexander Konstantin Bartholomew von Hohenzollern-Si"  # 64
PEOPLE = (
    Person(1, "Sam", partner_id=2, partner_name="Ben", timezone="Europe/Berlin"),
    Person(1, LONGEST_NAME, partner_id=2, partner_name=LONGEST_NAME, timezone="UTC"),
    Person(3, "Alex", timezone="UTC"),
)
# Catalogue tuples that are not buttons (none today: the command menus are dicts).
NOT_BUTTONS: set[tuple[str, str]] = set()
# Labels used by services (bot/services) that no pure builder renders.
SERVICE_LABELS = (
    onboarding.UNPAIR_YES,
    onboarding.UNPAIR_NO,
    onboarding.DELETE_YES,
    onboarding.DELETE_NO,
    onboarding.MOMENT_OPEN_PRIVATE,
    commands.OPEN_PRIVATE,
    text_router.FOR_DAILY,
    text_router.FOR_CONVERSATION,
)


def _catalogue_entries() -> Iterator[tuple[str, str]]:
    """(where, label) for each ``(value, label[, words])`` entry of every catalogue."""
    for module in pkgutil.iter_modules(flows.content.__path__):
        found = importlib.import_module(f"flows.content.{module.name}")
        for name, value in vars(found).items():
            if name.startswith("_") or (module.name, name) in NOT_BUTTONS:
                continue
            if not isinstance(value, tuple) or not value:
                continue
            entries = [
                e
                for e in value
                if isinstance(e, tuple) and 2 <= len(e) <= 3 and all(isinstance(x, str) for x in e)
            ]
            if len(entries) == len(value):
                for entry in entries:
                    yield f"{module.name}.{name}", entry[1]


def _states(flow: Any, step: Any) -> Iterator[FlowState]:
    yield FlowState(flow=flow.name, step=step.name, history=["x"])
    if step.mode is Mode.MULTI:
        for person in PEOPLE:
            chosen = [o.value for o in step.options_for(FlowState(flow.name, step.name), person)]
            yield FlowState(flow.name, step.name, answers={step.name: chosen}, history=["x"])


def _keyboards() -> Iterator[tuple[str, Keyboard]]:
    """Every keyboard the pure builders render."""
    for flow in FLOWS:
        for step in flow.steps:
            for state in _states(flow, step):
                for person in PEOPLE:
                    for hint in (False, True):
                        reply = step.prompt(state, person, hint=hint)
                        yield f"{flow.name}.{step.name}", reply.buttons
    person = PEOPLE[0]
    opened = engine.start("moment", person, NOW).state
    assert opened is not None
    for inp in (UserInput(kind="command", command="prepare"), UserInput.typed("hello")):
        later = NOW + timedelta(days=2)
        for result in (
            engine.handle(opened, inp, person, NOW, NOW),
            engine.handle(opened, inp, person, later, NOW),
            engine.handle(None, inp, person, NOW, None),
        ):
            for reply in result.replies:
                yield "engine", reply.buttons
    yield "safety", safety_reply("s_what", "Europe/Berlin").buttons
    for kind in followups.FOLLOWUP_KINDS:
        yield f"followup {kind}", followups.render_followup(kind, {"what": "x"}, person).buttons
    for kind in ("checkin", "request", "prepare", "reinforce"):
        yield f"delivery {kind}", followups.render_delivery(kind, "Sam", "x", {}, 10**12).buttons
    yield "timezone", onboarding_flow.timezone_question().buttons
    yield "time", onboarding_flow.time_question().buttons
    yield "settings", onboarding_flow.settings_menu("Europe/Berlin", "20:00", NOW).buttons
    for reply in onboarding_flow.invite_replies("https://t.me/bot?start=" + "A" * 22, 72):
        yield "invite", reply.buttons
    for prompt in PROMPTS:
        yield f"daily {prompt.key}", daily_buttons.prompt_keyboard(prompt, "t" * 40)
    yield "daily days", daily_settings.days_menu().buttons


def _labels() -> Iterator[tuple[str, str]]:
    yield from _catalogue_entries()
    for where, keyboard in _keyboards():
        for row in keyboard:
            for button in row:
                yield where, button.label
    for prompt in PROMPTS:
        for choice in prompt.choices:
            yield f"daily {prompt.key}", choice
    for label in SERVICE_LABELS:
        yield "services", label


def test_every_label_fits_a_phone() -> None:
    too_long = sorted({(where, label) for where, label in _labels() if width(label) > MAX_LABEL})
    assert too_long == []


def test_no_keyboard_row_cuts_a_label() -> None:
    cut = [
        (where, [b.label for b in row])
        for where, keyboard in _keyboards()
        for row in keyboard
        if not fits([b.label for b in row])
    ]
    assert cut == []


def test_the_walk_sees_the_keyboards_it_should() -> None:
    """A walk that rendered nothing would prove nothing."""
    seen = {where.split(".")[0].split(" ")[0] for where, _ in _keyboards()}
    assert {f.name for f in FLOWS} <= seen
    assert {"engine", "followup", "delivery", "invite", "daily"} <= seen
    labels = {label for _, label in _labels()}
    assert {common.BACK, common.DONE, "I'm with them on this", onboarding.INVITE_SHARE} <= labels


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Yes", "No", "Skip"], [["Yes", "No", "Skip"]]),
        (
            ["Send now", "Send later", "Edit", "Not now"],
            [["Send now", "Send later"], ["Edit", "Not now"]],
        ),
        (
            ["Body language", "Tone of voice", "Went quiet"],
            [["Body language", "Tone of voice"], ["Went quiet"]],
        ),
        (["Talked over or dismissed", "Alone"], [["Talked over or dismissed"], ["Alone"]]),
        (
            ["I'm with them on this", "Let them finish"],
            [["I'm with them on this"], ["Let them finish"]],
        ),
    ],
)
def test_rows_break_where_a_label_would_be_cut(
    labels: list[str], expected: list[list[str]]
) -> None:
    laid = rows([Button(label, label) for label in labels], columns=3 if len(labels) == 3 else 2)
    assert [[b.label for b in row] for row in laid] == expected


def test_room_per_row() -> None:
    # Two labels over 18 characters never share a row; three need 10 or fewer.
    assert not fits(["x" * 19, "y"])
    assert fits(["x" * 18, "y" * 18])
    assert not fits(["x" * 11, "y", "z"])
    assert fits(["x" * 10, "y" * 10, "z" * 10])
    assert width("🌻 Sun") == 6  # an emoji takes two places
    assert ROOM[1] == MAX_LABEL == 30


def test_reply_keyboards_from_flows_are_laid_out() -> None:
    """A flow's options row (columns=2) splits where two labels would not fit."""
    reply: Reply = engine.start("moment", PEOPLE[0], NOW).replies[-1]
    for row in reply.buttons:
        assert fits([b.label for b in row])
