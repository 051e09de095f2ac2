"""/quiz end to end: both partners take it, each previews and sends, then each gets the other's."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import Reflection, Relay
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair

ANA_TAPS = (
    "Right away",
    "Back them, talk later",
    "Wait until it's over",
    "Sometimes",
    "Hardly ever",
    "I don't want a scene",
    "Freeze",
    "Both",
)
BEN_TAPS = (
    "When they tell me",
    "Stay out of it",
    "Step in or change topic",
    "Almost always",
    "Often",
    "I'm stretched thin myself",
    "Freeze",
    "Something you do",
)


async def _answer(
    api: FakeBotApi, user: FakeUser, taps: tuple[str, ...]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Tap through the eight questions; the result and the preview for the partner."""
    for number, label in enumerate(taps, start=1):
        question = await api.wait_for_message(user.id, f"Question {number} of 8")
        api.press_button(user, question, label)
    result = await api.wait_for_message(user.id, "Your strongest step:")
    return result, await api.wait_for_message(user.id, "Here's exactly what they'd see")


async def test_both_take_it_and_each_gets_the_others_only_once_both_shared(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/quiz")
    result, preview = await _answer(api, ana, ANA_TAPS)
    assert result["text"].startswith("Your strongest step: Read the Moment")
    assert "Most likely to stop you: not wanting a scene" in result["text"]
    assert "Ana's quiz result\nStrongest step: Read the Moment" in preview["text"]
    api.press_button(ana, preview, "Send")
    await api.wait_for_message(ana.id, "When Ben has shared theirs")
    invite = await api.wait_for_message(ben.id, "Ana took the quiz")
    await api.wait_until_idle()
    # Nothing of Ana's result reaches Ben before he has shared his.
    assert not any("Ana's quiz result" in t for t in api.texts_to(ben.id))

    api.press_button(ben, invite, "Take the quiz")
    result, preview = await _answer(api, ben, BEN_TAPS)
    pressed = next(m for m in api.messages_to(ben.id) if m["message_id"] == invite["message_id"])
    assert pressed["text"].endswith("✓ Take the quiz")
    assert result["text"].startswith("Your strongest step: Take Action")
    api.press_button(ben, preview, "Send")
    anas = await api.wait_for_message(ben.id, "Ana's quiz result")
    assert anas["text"].endswith(
        "Strongest step: Read the Moment\nMost likely to stop them: not wanting a scene\n"
        "Trying this week: Practise one calm line you can say anywhere: “Let's hear them out.”"
    )
    bens = await api.wait_for_message(ana.id, "Ben's quiz result")
    assert "Strongest step: Take Action" in bens["text"]
    assert "Most likely to stop them: your own stress" in bens["text"]
    await api.wait_until_idle()
    with unit_of_work(bot.rt.engine) as session:
        kinds = [(r.user_id, r.kind) for r in session.exec(select(Reflection)).all()]
        assert sorted(kinds) == [(ana.id, "quiz"), (ben.id, "quiz")]
        shared = session.exec(select(Relay).where(Relay.kind == "quiz")).all()
        assert {(r.sender_id, r.verdict) for r in shared} == {
            (ana.id, "swapped"),
            (ben.id, "swapped"),
        }
        assert all(r.delivered_at is not None for r in shared)


async def test_not_now_keeps_the_result_private(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/quiz")
    _, preview = await _answer(api, ana, ANA_TAPS)
    api.press_button(ana, preview, "Not now")
    await api.wait_for_message(ana.id, "it stays with you")
    await api.wait_until_idle()
    assert not any("quiz" in t for t in api.texts_to(ben.id))
    api.send_command(ana, "/history")
    await api.wait_for_message(ana.id, "Quiz")
