"""Names and answers with HTML in them arrive literally, through every feature.

Every message is sent with parse_mode=HTML, and the fake Bot API parses it the way
Telegram does: an unescaped ``<script>`` or ``</blockquote>`` is a 400 "can't parse
entities" (the teardown fails the test on any 4xx), and an unescaped ``&amp;``
would show as ``&``. So each feature below is walked with partners called
``ANA``/``BEN`` typing ``EVIL``, and the words are checked on screen, exactly.
"""

from __future__ import annotations

from typing import Any

from playground.botapi import FakeBotApi, FakeUser
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair

ANA = "Ana <b>&amp;</b>"
BEN = "Ben </blockquote><script>"
EVIL = "<b>x</b> & &amp; <script>alert(1)</script> </blockquote>"


async def _until(api: FakeBotApi, user: FakeUser, contains: str) -> dict[str, Any]:
    return await api.wait_for_message(user.id, contains)


def _literal(message: dict[str, Any], *words: str) -> None:
    for word in words:
        assert word in message["text"], (word, message["text"])


async def _couple(api: FakeBotApi) -> tuple[FakeUser, FakeUser]:
    ana, ben = api.user(1, ANA), api.user(2, BEN)
    await pair(api, ana, ben)
    return ana, ben


async def test_onboarding_and_pairing_show_names_literally(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, ANA), api.user(2, BEN)
    api.send_command(ana, "/start")
    _literal(await _until(api, ana, "Hi "), f"Hi {ANA} 👋")
    await _until(api, ana, "which time zone")
    api.send_text(ana, EVIL)
    _literal(
        await _until(api, ana, "as a time zone"), "“<b>x</b> & &amp; <script>alert(1)</scrip…”"
    )
    api.send_text(ana, "Europe/Berlin")
    await _until(api, ana, "What time of day")
    api.send_text(ana, "20:00")
    await _until(api, ana, "You're all set")
    api.send_command(ana, "/invite")
    share = await _until(api, ana, "Here's your invite")
    [[button]] = share["reply_markup"]["inline_keyboard"]
    assert button["url"].startswith("https://t.me/share/url?url=https%3A%2F%2Ft.me%2F")
    link = await _until(api, ana, "https://t.me/")
    code = link["text"].rsplit("start=", 1)[1]
    api.send_command(ben, "/start", code)
    _literal(await _until(api, ben, "are now a couple"), f"Hi {BEN} 👋 You and {ANA} are now")
    await _until(api, ben, "five small steps")
    _literal(await _until(api, ana, "are now a couple"), f"You and {BEN} are now a couple")
    api.send_command(ana, "/unpair")
    _literal(await _until(api, ana, "This ends your connection"), f"connection with {BEN}.")


async def test_a_moment_check_in_reinforce_and_playbook(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = await _couple(api)
    api.send_command(ana, "/moment")
    side = await _until(api, ana, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    _literal(await _until(api, ana, "What happened with"), f"What happened with {BEN}?")
    api.send_text(ana, EVIL)
    await _until(api, ana, "Which signals")
    api.send_text(ana, EVIL)  # own words for the signals
    await _until(api, ana, "Take Their Side")
    api.send_text(ana, EVIL)
    await _until(api, ana, "Take Action")
    api.send_text(ana, EVIL)
    await _until(api, ana, "Step 4/5 · Check In")
    api.send_text(ana, EVIL)
    preview = await _until(api, ana, "exactly what")
    _literal(preview, f"{ANA} is checking in about this moment:\n“{EVIL}”", f"“{EVIL}”")
    api.press_button(ana, preview, "Send")
    card = await _until(api, ana, "📝 Your moment with")
    _literal(card, f"Your moment with {BEN}", EVIL[:40])
    asked = await _until(api, ben, "is checking in")
    _literal(asked, f"{ANA} is checking in about this moment:\n“{EVIL}”\n\n“{EVIL}”")
    api.press_button(ben, asked, "It helped")
    told = await _until(api, ana, "says: it helped.")
    _literal(told, f"{BEN} says: it helped.")
    await _until(api, ben, "Check In")
    api.send_text(ben, EVIL)
    line = await _until(api, ben, "exactly what")
    api.press_button(ben, line, "Send")
    _literal(await _until(api, ana, " adds: "), f"{BEN} adds: “{EVIL}”")
    api.press_button(ana, told, "💛 Close the loop")
    reinforce = await _until(api, ana, "Step 5/5 · Reinforce")
    api.press_button(ana, reinforce, "Send now")
    _literal(await _until(api, ben, "From "), f"From {ANA}:")
    api.send_command(ana, "/playbook")
    _literal(await _until(api, ana, "What helps"), f"What helps {BEN}", EVIL)
    api.send_command(ana, "/history")
    _literal(await _until(api, ana, "Had "), f"Had {BEN}'s back: {EVIL[:40]}")


async def test_a_request_from_the_other_side(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = await _couple(api)
    api.send_command(ben, "/moment")
    side = await _until(api, ben, "Which fits best?")
    api.press_button(ben, side, "They didn't have my back")
    await _until(api, ben, "What happened, from where you stood?")
    api.send_text(ben, EVIL)
    await _until(api, ben, "How did it feel?")
    api.send_text(ben, EVIL)
    await _until(api, ben, "What would have helped")
    api.send_text(ben, EVIL)
    await _until(api, ben, "When might something like this happen again?")
    api.send_text(ben, EVIL)
    preview = await _until(api, ben, "exactly what")
    api.press_button(ben, preview, "Add what happened")
    preview = await _until(api, ben, "What happened, as")
    api.press_button(ben, preview, "Send")
    request = await _until(api, ana, "has a request for next time")
    _literal(request, f"{BEN} has a request", f"What happened, as {BEN} saw it: “{EVIL}”")


async def test_a_plan_its_partner_part_and_reminders(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = await _couple(api)
    api.send_command(ana, "/prepare")
    await _until(api, ana, "What's coming up?")
    api.send_text(ana, EVIL)
    await _until(api, ana, "When is it?")
    api.send_text(ana, "tomorrow 19:00")
    await _until(api, ana, "What might happen")
    api.send_text(ana, EVIL)
    await _until(api, ana, "Which signals")
    api.send_text(ana, EVIL)
    await _until(api, ana, "Take Their Side")
    api.send_text(ana, EVIL)
    code = await _until(api, ana, "private signal")
    api.press_button(ana, code, "A code word")
    await _until(api, ana, "Which word?")
    api.send_text(ana, EVIL)
    await _until(api, ana, "When the signal comes")
    api.send_text(ana, EVIL)
    end = await _until(api, ana, "About when will it be over?")
    api.press_button(ana, end, "About 2 hours")
    preview = await _until(api, ana, "Want to share the plan")
    api.press_button(ana, preview, "Send")
    plan = await _until(api, ben, "shared a plan with you")
    _literal(
        plan,
        f"{ANA} shared a plan with you:",
        f"Our plan for: {EVIL}",
        f"If it gets hard: “{EVIL}”",
        f"Our signal: the word “{EVIL}”",
        f"What I'll do: {EVIL}",
    )
    api.press_button(ben, plan, "Add my part")
    _literal(await _until(api, ben, "will see it"), f"{ANA} will see it.")
    api.send_text(ben, EVIL)
    part = await _until(api, ben, "exactly what")
    api.press_button(ben, part, "Send")
    part_told = await _until(api, ana, "part of the plan")
    _literal(part_told, f"{BEN}'s part of the plan for {EVIL}:\n“{EVIL}”")
    clock.advance(hours=22, minutes=5)  # tomorrow, two hours before 19:00 in Berlin
    _literal(
        await _until(api, ben, "Today at 19:00"),
        f"({ANA}'s plan with you)",
        f"Your signal: the word “{EVIL}”",
    )
    _literal(await _until(api, ana, "Today at 19:00"), f"Today at 19:00: {EVIL}")


async def test_the_quiz_compared(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = await _couple(api)
    for person in (ana, ben):
        api.send_command(person, "/quiz")
        for number in range(1, 9):
            question = await _until(api, person, f"Question {number} of 8")
            first = question["reply_markup"]["inline_keyboard"][0][0]["text"]
            api.press_button(person, question, first)
        preview = await _until(api, person, "Here's exactly what they'd see")
        api.press_button(person, preview, "Send")
    await _until(api, ana, f"{BEN}'s quiz result\nStrongest step:")
    await _until(api, ben, f"{ANA}'s quiz result\nStrongest step:")


async def test_a_shared_group_and_its_title(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = await _couple(api)
    group = api.group(-70, EVIL, [ana, ben])
    api.add_bot_to_group(group, ana)
    _literal(
        await api.wait_for_message(group.id, "shared space"), f"{ANA} and {BEN}'s shared space"
    )
    api.remove_bot_from_group(group, ben)
    _literal(await _until(api, ana, "I was removed from"), f"I was removed from “{EVIL}”")
