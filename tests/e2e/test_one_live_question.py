"""Only the current question has live buttons, through the real bot and the fake Bot API.

A pressed question is edited to show the choice ("✓ Speak up") and loses its
keyboard; the next question comes as a new message. A typed answer takes the
keyboard off the question it answers. A multi-choice question keeps its keyboard
while toggling, until Done. At no point are there two flow questions with buttons.
"""

from __future__ import annotations

from typing import Any

from playground.botapi import FakeBotApi, FakeUser
from storage.conversations import load_conversation
from storage.db import unit_of_work
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, pair


def live(api: FakeBotApi, chat_id: int, since: int = 0) -> list[dict[str, Any]]:
    """The bot's messages in the chat (after message ``since``) that still carry buttons."""
    return [
        m for m in api.messages_to(chat_id) if m.get("reply_markup") and m["message_id"] > since
    ]


def last_id(api: FakeBotApi, chat_id: int) -> int:
    """The id of the last message in the chat: what comes after belongs to the test."""
    messages = api.messages_to(chat_id)
    return int(messages[-1]["message_id"]) if messages else 0


def current(api: FakeBotApi, message: dict[str, Any]) -> dict[str, Any]:
    """``message`` as it is now (after edits)."""
    return next(
        m
        for m in api.messages_to(message["chat"]["id"])
        if m["message_id"] == message["message_id"]
    )


async def _one_live(api: FakeBotApi, user: FakeUser, since: int) -> dict[str, Any]:
    await api.wait_until_idle()
    found = live(api, user.id, since)
    assert len(found) == 1, [m["text"][:40] for m in found]
    return found[0]


async def test_a_moment_leaves_one_live_question_at_a_time(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    since = last_id(api, ana.id)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    step1 = await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")
    # The pressed question shows the choice, in the same message, and has no buttons left.
    chosen = current(api, side)
    assert chosen["text"].endswith("\n\n✓ I stepped in for them")
    assert "reply_markup" not in chosen
    choice = {
        "type": "bold",
        "offset": len(side["text"]) + 2,
        "length": len("✓ I stepped in for them"),
    }
    assert choice in chosen["entities"]
    assert await _one_live(api, ana, since) == current(api, step1)
    # The step header is bold.
    assert step1["entities"][0] == {"type": "bold", "offset": 0, "length": 26}

    # A typed answer takes the keyboard (Cancel) off the question it answers.
    api.send_text(ana, "At dinner my dad talked over Ben and I stayed quiet")
    signals = await api.wait_for_message(ana.id, "Which signals")
    assert "reply_markup" not in current(api, step1)
    assert current(api, step1)["text"] == step1["text"]
    assert "Tap one or type your own." in signals["text"]

    # Toggling edits the same message and keeps its keyboard; Done closes it.
    api.press_button(ana, signals, "Went quiet")
    toggled = await api.wait_for_message(ana.id, "Which signals")
    assert toggled["message_id"] == signals["message_id"]
    assert "✓ Went quiet" in [
        b["text"] for row in toggled["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert await _one_live(api, ana, since) == current(api, signals)
    api.press_button(ana, toggled, "Tone of voice")
    toggled = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, toggled, "Done")
    side_step = await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    done = current(api, signals)
    assert done["text"].endswith("✓ Went quiet, Tone of voice") and "reply_markup" not in done
    # Said once a flow: the second question that takes own words does not repeat it.
    assert "Tap one or type your own" not in side_step["text"]
    assert await _one_live(api, ana, since) == current(api, side_step)

    # Back closes the question without a choice and asks the previous one again.
    api.press_button(ana, side_step, "← Back")
    again = await api.wait_for_message(ana.id, "Which signals")
    assert current(api, side_step)["text"] == side_step["text"]
    assert "reply_markup" not in current(api, side_step)
    assert await _one_live(api, ana, since) == current(api, again)


async def test_an_old_button_changes_nothing_and_leaves_one_live_question(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    since = last_id(api, ana.id)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    data = button_data(side)
    api.press_button(ana, side, "They didn't have my back")
    await api.wait_for_message(ana.id, "What happened, from where you stood?")
    # A second tap on the first question (its keyboard is gone; a fast double tap).
    api.press(ana, side, data[0])
    await api.wait_for_message(ana.id, "That button belongs to an earlier step.")
    question = await _one_live(api, ana, since)
    assert "What happened, from where you stood?" in question["text"]
    with unit_of_work(bot.rt.engine) as session:
        saved = load_conversation(session, ana.id)
        assert saved is not None and saved.state["step"] == "h_what"
        assert saved.state["context"]["_asked"] == question["message_id"]


async def test_switching_flows_and_coming_back_keeps_one_question(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    since = last_id(api, ana.id)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.send_command(ana, "/reinforce")
    switch = await api.wait_for_message(ana.id, "You're in the middle of")
    assert "reply_markup" not in current(api, side)
    assert await _one_live(api, ana, since) == current(api, switch)
    api.press_button(ana, switch, "Continue where I was")
    again = await api.wait_for_message(ana.id, "Which fits best?")
    assert current(api, switch)["text"].endswith("✓ Continue where I was")
    assert await _one_live(api, ana, since) == current(api, again)


async def test_the_question_on_screen_survives_a_restart(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    since = last_id(api, ana.id)
    api.send_command(ana, "/prepare")
    what = await api.wait_for_message(ana.id, "What's coming up?")
    await api.wait_until_idle()
    await bot.restart()
    api.send_text(ana, "Dinner with my parents")
    await api.wait_for_message(ana.id, "When is it?")
    assert "reply_markup" not in current(api, what)
    await _one_live(api, ana, since)


async def test_a_preview_sent_and_a_partner_answer_show_what_was_chosen(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    since = last_id(api, ana.id)
    api.send_command(ana, "/checkin")
    pick = await api.wait_for_message(ana.id, "What would you like to ask?")
    api.press_button(ana, pick, "Did that help?")
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send")
    asked = await api.wait_for_message(ben.id, "Ana is checking in")
    await api.wait_until_idle()
    sent = current(api, preview)
    assert sent["text"].endswith("\n\n✓ Send") and "reply_markup" not in sent
    assert live(api, ana.id, since) == []  # the flow ended: nothing left to tap
    before_answer = last_id(api, ben.id) - 1
    api.press_button(ben, asked, "It helped")
    await api.wait_for_message(ben.id, "Check In")
    answered = current(api, asked)
    assert answered["text"].endswith("\n\n✓ It helped") and "reply_markup" not in answered
    # The same tap again (a stale copy of the buttons) answers nothing twice.
    api.press(ben, asked, button_data(asked)[0])
    await api.wait_until_idle()
    # Only the offer of a line of his own is left to tap.
    [offer] = live(api, ben.id, before_answer)
    assert "Check In" in offer["text"]
