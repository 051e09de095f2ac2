"""Shared /prepare plans and accepted requests in the couple's group, only when the sender
chose "Send to our group" in the preview: the partner still gets it privately with their
buttons; the group gets a plan without the private signal, and a request only once it is
accepted ("Got it, I will"); a third member gets nothing."""

from __future__ import annotations

from typing import Any

import pytest

from playground.botapi import FakeBotApi, FakeUser
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data
from tests.e2e.test_daily import _couple_with_a_group_and_a_friend
from tests.e2e.test_group_limit import drained
from tests.e2e.test_prepare_together import _plan

SHARE_Q = "Want to share the plan with Ben?"


async def test_a_plan_goes_to_the_group_only_when_the_planner_chooses_it(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben, cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    # Group posts off: the preview offers only the private chat.
    await _plan(api, ana)
    preview = await api.wait_for_message(ana.id, SHARE_Q)
    assert "Send to our group" not in str(preview.get("reply_markup"))
    api.send_command(ana, "/cancel")
    await api.wait_until_idle()
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    in_group_before = len(api.messages_to(group))
    await _plan(api, ana)
    preview = await api.wait_for_message(
        ana.id, SHARE_Q, predicate=lambda m: "Send to our group" in str(m)
    )
    assert "Send privately" in str(preview["reply_markup"])
    await api.wait_until_idle()
    assert len(api.messages_to(group)) == in_group_before  # nothing before the yes
    api.press_button(ana, preview, "Send to our group")
    posted = await api.wait_for_message(group.id, "Ana shared a plan with you:")
    assert "Our plan for: Sunday lunch at Mum's" in posted["text"]
    assert "pineapple" not in posted["text"]  # the signal stays between the two of them
    assert "reply_markup" not in posted
    private = await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    assert len(button_data(private)) == 2 and "pineapple" in private["text"]
    await api.wait_until_idle()
    assert not any("shared a plan" in str(m.get("text")) for m in api.messages_to(cleo))


async def test_send_privately_keeps_the_plan_out_of_the_group(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben, _cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await _plan(api, ana)
    preview = await api.wait_for_message(
        ana.id, SHARE_Q, predicate=lambda m: "Send privately" in str(m)
    )
    api.press_button(ana, preview, "Send privately")
    await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    await api.wait_until_idle()
    assert not any("shared a plan" in str(m.get("text")) for m in api.messages_to(group))


async def _request_sent(api: FakeBotApi, ben: FakeUser, ana: FakeUser, send: str) -> Any:
    """Ben's request from a moment, sent with the preview's ``send`` button."""
    api.send_command(ben, "/moment")
    side = await api.wait_for_message(ben.id, "Which fits best?")
    api.press_button(ben, side, "They didn't have my back")
    await api.wait_for_message(ben.id, "What happened, from where you stood?")
    api.send_text(ben, "Your friends joked about my job and you laughed along")
    felt = await api.wait_for_message(ben.id, "How did it feel?")
    api.press_button(ben, felt, "Done")
    helped = await api.wait_for_message(ben.id, "What would have helped")
    api.press_button(ben, helped, "Take my side")
    await api.wait_for_message(ben.id, "When might something like this happen again?")
    api.send_text(ben, "your friends tease me")
    preview = await api.wait_for_message(
        ben.id, "exactly what Ana will get", predicate=lambda m: "Send to our group" in str(m)
    )
    assert "Send privately" in str(preview["reply_markup"])
    api.press_button(ben, preview, send)
    return await api.wait_for_message(ana.id, "Ben has a request for next time")


def _group_texts(api: FakeBotApi, group: Any) -> list[str]:
    return [str(m.get("text") or "") for m in api.messages_to(group)]


@pytest.mark.parametrize("answer", ["💛 Got it, I will", "Let's talk about it"])
async def test_a_request_the_sender_chose_for_the_group_is_posted_there_once_accepted(
    api: FakeBotApi, bot: BotRunner, answer: str
) -> None:
    ana, ben, cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    request = await _request_sent(api, ben, ana, "Send to our group")
    assert len(button_data(request)) >= 2  # Ana answers privately, as ever
    await api.wait_until_idle()
    assert not any("your friends tease me" in t for t in _group_texts(api, group))
    api.press_button(ana, request, answer)
    await api.wait_for_message(ben.id, "Ana read your request")
    await drained(api, bot)
    posted = [t for t in _group_texts(api, group) if "your friends tease me" in t]
    if answer.startswith("💛"):
        assert len(posted) == 1 and "Ben asked" in posted[0] and "Got it, I will" in posted[0]
        assert "joked about my job" not in posted[0]
    else:
        assert posted == []  # only an accepted request goes there
    assert not any("tease" in str(m.get("text")) for m in api.messages_to(cleo))


async def test_a_request_sent_privately_never_reaches_the_group(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben, _cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    request = await _request_sent(api, ben, ana, "Send privately")
    api.press_button(ana, request, "💛 Got it, I will")
    await api.wait_for_message(ben.id, "Ana read your request")
    await drained(api, bot)
    assert not any("tease" in t for t in _group_texts(api, group))
