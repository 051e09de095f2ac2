"""The daily question answered in place: a tap shows on the question, which loses its buttons.

No separate "Saved" message after a tap; a typed answer takes the buttons (Snooze,
Skip today) off the question it answers. Names and answers with HTML in them come
back literally in the question and in the reveal.
"""

from __future__ import annotations

from typing import Any

from flows.content.prompts import PROMPTS_BY_KEY
from playground.botapi import FakeBotApi
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair
from tests.e2e.test_daily import BERLIN_20, BERLIN_20_DATE, PROMPT, fix_prompt, tick
from tests.e2e.test_html_literal import ANA, BEN, EVIL
from tests.services.daily_world import BUTTON_PROMPT, TYPED_PROMPT


def current(api: FakeBotApi, message: dict[str, Any]) -> dict[str, Any]:
    chat = message["chat"]["id"]
    return next(m for m in api.messages_to(chat) if m["message_id"] == message["message_id"])


async def test_a_tapped_answer_shows_on_the_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    fix_prompt(bot, ana, BUTTON_PROMPT, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    question = await api.wait_for_message(ana.id, PROMPT)
    assert question["entities"][0]["type"] == "bold"  # "Today's question · …"
    await api.wait_until_idle()
    sent_before = len(api.messages_to(ana.id))
    api.press_button(ana, question, "Out with friends")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    await api.wait_until_idle()
    answered = current(api, question)
    assert answered["text"].endswith(
        "\n\n✓ Out with friends\nSaved. Your answer stays private until Ben answers too."
    )
    assert "reply_markup" not in answered
    assert len(api.messages_to(ana.id)) == sent_before  # edited in place, nothing new
    ben_question = await api.wait_for_message(ben.id, PROMPT)
    api.press_button(ben, ben_question, "Work events")
    reveal = await api.wait_for_message(ben.id, "You both answered")
    assert "You: Work events\nAna: Out with friends" in reveal["text"]
    assert current(api, ben_question)["text"].endswith("\n\n✓ Work events")


async def test_a_typed_answer_takes_the_buttons_off_its_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, ANA), api.user(2, BEN)
    await pair(api, ana, ben)
    fix_prompt(bot, ana, TYPED_PROMPT, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    question = await api.wait_for_message(ana.id, PROMPT)
    assert question.get("reply_markup")  # Snooze, Skip today
    api.send_text(ana, EVIL)
    saved = await api.wait_for_message(ana.id, "stays private until")
    assert f"stays private until {BEN} answers too." in saved["text"]
    assert "reply_markup" not in current(api, question)
    assert current(api, question)["text"] == question["text"]
    ben_question = await api.wait_for_message(ben.id, PROMPT)
    api.send_text(ben, f"{EVIL} too")
    reveal = await api.wait_for_message(ana.id, "You both answered")
    asked = PROMPTS_BY_KEY[TYPED_PROMPT].text
    assert reveal["text"] == f"You both answered 🤝\n{asked}\n\nYou: {EVIL}\n{BEN}: {EVIL} too"
    assert "reply_markup" not in current(api, ben_question)


async def test_the_partners_name_in_a_question_reads_literally(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, ANA), api.user(2, BEN)
    await pair(api, ana, ben)
    fix_prompt(bot, ana, BUTTON_PROMPT, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    question = await api.wait_for_message(ana.id, PROMPT)
    assert f"Where are you most likely to miss that {BEN} needs you?" in question["text"]
