"""Typed text while a conversation is open and the daily question waits (issue 9): a
Telegram reply to the question answers it; otherwise the bot asks which one the text
is for, and the text goes where the person says, once. Never swallowed."""

from __future__ import annotations

from typing import Any

from flows.content import text_router as texts
from playground.botapi import FakeBotApi, FakeUser
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair
from tests.e2e.test_daily import BERLIN_20, BERLIN_20_DATE, PROMPT, fix_prompt, tick
from tests.services.daily_world import TYPED_PROMPT


async def _question_and_a_moment_open(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> tuple[FakeUser, FakeUser, dict[str, Any]]:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    fix_prompt(bot, ana, TYPED_PROMPT, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    question = await api.wait_for_message(ana.id, PROMPT)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    await api.wait_for_message(ana.id, "What happened with")
    return ana, ben, question


async def test_a_reply_to_the_question_answers_it(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, _ben, question = await _question_and_a_moment_open(api, bot, clock)
    api.reply_to(ana, question, "You made tea without asking")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    # The moment is still where it was: the next typed line goes to it.
    api.send_text(ana, "He was talked over at dinner")
    await api.wait_for_message(ana.id, "Which signals")


async def test_plain_text_asks_which_one_and_goes_to_the_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, _ben, _question = await _question_and_a_moment_open(api, bot, clock)
    api.send_text(ana, "You made tea without asking")
    which = await api.wait_for_message(ana.id, "Which one is this for?")
    api.press_button(ana, which, texts.FOR_DAILY)
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    await api.wait_until_idle()
    # A second press on the same question finds nothing left to place.
    api.press(ana, which, "tr:flow")
    await api.wait_until_idle()
    assert not any("Which signals" in m.get("text", "") for m in api.messages_to(ana))


async def test_plain_text_asks_which_one_and_goes_to_the_conversation(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, _ben, _question = await _question_and_a_moment_open(api, bot, clock)
    api.send_text(ana, "He was talked over at dinner")
    which = await api.wait_for_message(ana.id, "Which one is this for?")
    api.press_button(ana, which, texts.FOR_CONVERSATION)
    await api.wait_for_message(ana.id, "Which signals")
    # The daily question still waits for its own answer.
    api.reply_to(ana, _question, "You made tea without asking")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
