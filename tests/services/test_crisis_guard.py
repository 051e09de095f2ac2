"""The outbox gate (bot/services/crisis_guard.py): the final look at anything queued for
someone else, and the one door to the outbox and the relays."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from bot.services import conversation, crisis_guard
from bot.services.outcome import Who
from flows.model import Result, SendToPartner
from flows.text import esc
from storage.db import unit_of_work
from storage.models import Outbox, Relay
from storage.users import get_user
from tests.conftest import FakeClock
from tests.services.test_conversation_service import _pair, _runtime

SERVICES = Path(__file__).resolve().parents[2] / "bot" / "services"
# Only the gate itself, and the safety reply (the bot's own words, which name the danger).
MAY_QUEUE_DIRECTLY = {"crisis_guard.py", "daily_safety.py"}


@pytest.mark.parametrize(
    "text",
    ["I just want to die", esc("I'm scared of him"), "Ana says: “he hit me last night”"],
)
def test_crisis_text_is_refused_plain_or_as_html(text: str) -> None:
    with pytest.raises(crisis_guard.CrisisTextHeldBack):
        crisis_guard.refuse_crisis(text)


def test_everyday_text_passes() -> None:
    crisis_guard.refuse_crisis(esc("Ben says: it helped. “Standing next to me was enough”"))


def test_a_partner_message_with_crisis_words_rolls_the_whole_step_back(
    engine: Engine, clock: FakeClock
) -> None:
    _pair(engine, clock)
    rt = _runtime(engine, clock)
    effect = SendToPartner(kind="checkin", text="honestly I just want to die")
    with pytest.raises(crisis_guard.CrisisTextHeldBack), unit_of_work(engine) as session:
        user = get_user(session, 1)
        assert user is not None
        person = conversation.person_of(session, user)
        conversation.apply_effects(session, user, person, Result(None, (), (effect,)), clock())
    with unit_of_work(engine) as session:
        assert session.exec(select(Relay)).all() == []
        assert session.exec(select(Outbox)).all() == []
    # The person still gets the help, in private.
    help_now = crisis_guard.private_help(rt, Who(1, "Ana").user_id)
    assert "findahelpline" in help_now.replies[0].text


def _direct_queue_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and (node.func.value.id, node.func.attr)
            in {("outbox", "enqueue"), ("relays", "add_relay")}
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_every_use_case_queues_through_the_gate() -> None:
    direct = [
        call
        for path in sorted(SERVICES.glob("*.py"))
        if path.name not in MAY_QUEUE_DIRECTLY
        for call in _direct_queue_calls(path)
    ]
    assert direct == [], "queue through bot.services.crisis_guard instead"
