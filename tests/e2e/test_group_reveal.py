"""The group's reveal, end to end with a third member (Cleo): the question again, both
answers and the same reactions as the private reveal; only Ana and Ben can press them,
what a reaction sends goes privately, and "Ask more" opens the private chat."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import select

from flows.content import daily as texts
from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import Outbox
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data
from tests.e2e.test_group_space import _group_question

ASK_MORE_LINK = re.compile(r"^https://t\.me/couple_test_bot\?start=(dm_\d{1,10})$")


async def _revealed_in_group(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> tuple[FakeUser, FakeUser, FakeUser, Any, dict[str, Any]]:
    ana, ben, cleo, group, posted = await _group_question(api, bot, clock)
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    reveal = await api.wait_for_message(group.id, "You both answered")
    return ana, ben, cleo, group, reveal


def _ask_more_payload(reveal: dict[str, Any]) -> str:
    (url,) = [
        b["url"] for row in reveal["reply_markup"]["inline_keyboard"] for b in row if "url" in b
    ]
    match = ASK_MORE_LINK.match(url)
    assert match is not None, url
    return match.group(1)


def _notices(api: FakeBotApi) -> list[Any]:
    return [
        c.params.get("text")
        for c in api.calls_of("answerCallbackQuery")
        if c.ok and c.params.get("text")
    ]


async def test_the_group_reveal_repeats_the_question_and_carries_the_reactions(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, _cleo, _group, reveal = await _revealed_in_group(api, bot, clock)
    question, _, answers = reveal["text"].partition("\n\n")
    assert "Ana in the group" in answers and "Ben in the group" in answers
    assert len(question.split("\n")) == 2  # "You both answered" and the question itself
    labels = [b["text"] for row in reveal["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == [texts.REACT_HEART_LABEL, texts.REACT_MORE_LABEL, texts.REACT_TALK_LABEL]
    assert {d.split(":")[1] for d in button_data(reveal)} == {"h", "t"}
    assert _ask_more_payload(reveal).startswith("dm_")
    # Ana's 💛 reaches Ben privately, once however often she presses it.
    await api.wait_until_idle()
    to_ben = len(api.messages_to(ben))
    heart = next(d for d in button_data(reveal) if d.startswith("dr:h:"))
    api.press(ana, reveal, heart)
    await api.wait_for_message(ben.id, "Ana")
    api.press(ana, reveal, heart)
    await api.wait_until_idle()
    (told,) = api.messages_to(ben)[to_ben:]
    assert "Ana" in told["text"] and "Ana in the group" not in told["text"]
    assert _notices(api) == [texts.REACT_HEART_SENT, texts.REACT_ALREADY]


async def test_lets_talk_in_the_group_tells_the_partner_and_offers_the_reminder_privately(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, _cleo, group, reveal = await _revealed_in_group(api, bot, clock)
    before = len(api.messages_to(group))
    talk = next(d for d in button_data(reveal) if d.startswith("dr:t:"))
    api.press(ben, reveal, talk)
    offer = await api.wait_for_message(ben.id, predicate=lambda m: "dr:r:" in str(m))
    assert "Ana" in offer["text"]
    await api.wait_for_message(ana.id, predicate=lambda m: "dr:r:" in str(m))
    await api.wait_until_idle()
    assert len(api.messages_to(group)) == before  # nothing more in the group
    assert _notices(api) == [texts.REACT_TALK_SENT_NOTICE]


async def test_a_third_member_is_refused_on_every_reaction_and_nothing_changes(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cleo, group, reveal = await _revealed_in_group(api, bot, clock)
    await api.wait_until_idle()
    day = button_data(reveal)[0].rsplit(":", 1)[1]
    presses = [*button_data(reveal), f"dr:m:{day}", f"dr:r:{day}", "dr:h:999", "dr:x:1"]
    before = {chat: len(api.messages_to(chat)) for chat in (ana, ben, cleo, group)}
    with unit_of_work(bot.rt.engine) as session:
        outbox_before = len(session.exec(select(Outbox)).all())
    for data in presses:
        api.press(cleo, reveal, data)
    await api.wait_until_idle()
    assert _notices(api) == [texts.GROUP_BUTTONS_PARTNERS_ONLY] * len(presses)
    assert {chat: len(api.messages_to(chat)) for chat in (ana, ben, cleo, group)} == before
    with unit_of_work(bot.rt.engine) as session:
        assert len(session.exec(select(Outbox)).all()) == outbox_before
    # Her "Ask more" link opens nothing of theirs either.
    api.send_command(cleo, "/start", _ask_more_payload(reveal))
    await api.wait_for_message(cleo.id, texts.REACT_NOT_AVAILABLE[:30])
    assert len(api.messages_to(ben)) == before[ben]


async def test_ask_more_from_the_group_is_written_and_previewed_privately(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, _ben, _cleo, group, reveal = await _revealed_in_group(api, bot, clock)
    await api.wait_until_idle()
    before = len(api.messages_to(group))
    api.send_command(ana, "/start", _ask_more_payload(reveal))
    await api.wait_until_idle()
    assert len(api.messages_to(ana)) > 0
    assert any(m.get("reply_markup") for m in api.messages_to(ana)[-2:])
    assert len(api.messages_to(group)) == before
