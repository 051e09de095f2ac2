"""The daily loop end to end: consent up front, "Just for me" answers that are never
revealed (yet exported and erased with the person), reactions under a reveal, and the
weekly message with its picture card. The real Application against the fake Bot API."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlmodel import select

from flows.content import daily as texts
from flows.content import weekly as weekly_texts
from flows.content.prompts import PROMPTS_BY_KEY
from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import PromptAnswer
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, pair
from tests.e2e.test_daily import BERLIN_20, BERLIN_20_DATE, PROMPT, fix_prompt, tick

TYPED = "checkin-09"
SECRET = "ANA-SECRET-7f3a"


def _texts_to(api: FakeBotApi, user: FakeUser) -> list[str]:
    return [str(m.get("text") or m.get("caption") or "") for m in api.messages_to(user)]


async def _question_of_the_day(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, ana: FakeUser, ben: FakeUser
) -> tuple[dict[str, object], dict[str, object]]:
    await pair(api, ana, ben)
    fix_prompt(bot, ana, TYPED, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    return await api.wait_for_message(ana.id, PROMPT), await api.wait_for_message(ben.id, PROMPT)


async def test_a_just_for_me_answer_is_never_revealed_but_exported_and_erased(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    for_ana, for_ben = await _question_of_the_day(api, bot, clock, ana, ben)
    # The first question says plainly who sees an answer, and how to keep one private.
    for prompt in (for_ana, for_ben):
        assert "once you've both answered" in str(prompt["text"])
        assert "Just for me" in str(prompt["text"])
    api.press_button(ana, for_ana, texts.JUST_FOR_ME_LABEL)
    edited = await api.wait_for_message(ana.id, texts.JUST_FOR_ME_ON)
    assert not any(d.startswith("dp:jfm:") for d in button_data(edited))
    api.send_text(ana, SECRET)
    await api.wait_for_message(ana.id, texts.SAVED_JUST_FOR_ME)
    # No nudge for Ben about an answer he will never see.
    await tick(bot, clock, BERLIN_20 + timedelta(hours=2))
    await api.wait_until_idle()
    assert not any("answer yours to see it" in t for t in _texts_to(api, ben))
    api.send_text(ben, "Ben's shared answer")
    await api.wait_for_message(ben.id, "Ana kept today's answer just for them")
    await api.wait_until_idle()
    for person in (ana, ben):
        seen = _texts_to(api, person)
        assert not any("You both answered" in t for t in seen)
    assert not any(SECRET in t for t in _texts_to(api, ben))
    assert not any("Ben's shared answer" in t for t in _texts_to(api, ana))
    # The next day's question does not repeat the consent words.
    await tick(bot, clock, BERLIN_20 + timedelta(days=1))
    tomorrow = await api.wait_for_message(ana.id, PROMPT)
    assert "once you've both answered" not in str(tomorrow["text"])
    # Her own /export has it, marked as hers alone.
    api.send_command(ana, "/export")
    await api.wait_for_call("sendDocument")
    exported = api.documents_to(ana.id)[-1].content.decode()
    assert SECRET in exported
    assert '"just_for_me": true' in exported.replace("\n", "").replace("  ", " ")
    assert SECRET not in "".join(d.content.decode() for d in api.documents_to(ben.id))
    # /deletedata erases it.
    api.send_command(ana, "/deletedata")
    confirm = await api.wait_for_message(ana.id, "Delete it all?")
    api.press_button(ana, confirm, "Yes, delete everything")
    await api.wait_for_message(ana.id, "Everything about you is deleted")
    await api.wait_until_idle()
    with unit_of_work(bot.rt.engine) as session:
        left = session.exec(select(PromptAnswer)).all()
        assert all(row.user_id != ana.id and SECRET not in row.text for row in left)


async def _revealed(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, ana: FakeUser, ben: FakeUser
) -> tuple[dict[str, object], dict[str, object]]:
    await _question_of_the_day(api, bot, clock, ana, ben)
    api.send_text(ana, "I noticed you went quiet")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    api.send_text(ben, "You squeezed my hand")
    return (
        await api.wait_for_message(ana.id, "You both answered"),
        await api.wait_for_message(ben.id, "You both answered"),
    )


async def test_the_reveal_repeats_the_question_and_reactions_reach_the_partner_once(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    reveal_ana, reveal_ben = await _revealed(api, bot, clock, ana, ben)
    question = PROMPTS_BY_KEY[TYPED].text.split("{", 1)[0][:30]
    for reveal in (reveal_ana, reveal_ben):
        assert question in str(reveal["text"])
        assert "I noticed you went quiet" in str(reveal["text"])
        assert "You squeezed my hand" in str(reveal["text"])
        labels = [b["text"] for row in reveal["reply_markup"]["inline_keyboard"] for b in row]  # type: ignore[index]
        assert labels == ["💛", "Ask more", "Let's talk about it tonight"]
    # 💛 reaches Ben once, however often Ana taps it.
    api.press_button(ana, reveal_ana, "💛")
    await api.wait_for_message(ben.id, "💛 from Ana")
    api.press_button(ana, reveal_ana, "💛")
    await api.wait_until_idle()
    assert sum("💛 from Ana" in t for t in _texts_to(api, ben)) == 1
    # Ben would like to talk tonight: Ana hears it; Ben asks for a reminder at 21:00.
    api.press_button(ben, reveal_ben, "Let's talk about it tonight")
    told_ana = await api.wait_for_message(ana.id, "Ben would like to talk about today's question")
    assert "Remind me at 21:00" in str(told_ana["reply_markup"])
    offer = await api.wait_for_message(ben.id, "I've told Ana")
    api.press_button(ben, offer, "Remind me at 21:00")
    await api.wait_for_message(ben.id, "gentle reminder at 21:00")
    await api.wait_until_idle()
    assert not any("A gentle reminder: you and Ana" in t for t in _texts_to(api, ben))
    clock.now = BERLIN_20 + timedelta(hours=1)  # 21:00 in Berlin
    reminder = await api.wait_for_message(ben.id, "A gentle reminder: you and Ana")
    assert question in str(reminder["text"])


async def test_ask_more_is_previewed_then_sent_with_the_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    reveal_ana, _ = await _revealed(api, bot, clock, ana, ben)
    api.press_button(ana, reveal_ana, "Ask more")
    await api.wait_for_message(ana.id, "What would you like to ask Ben?")
    api.send_text(ana, "What did my hand squeeze feel like?")
    preview = await api.wait_for_message(ana.id, "Here's exactly what Ben will get")
    await api.wait_until_idle()
    assert not any("hand squeeze" in t for t in _texts_to(api, ben))  # not before Send
    api.press_button(ana, preview, "Send")
    delivered = await api.wait_for_message(ben.id, "Ana would like to hear more")
    assert "What did my hand squeeze feel like?" in str(delivered["text"])
    assert PROMPTS_BY_KEY[TYPED].text.split("{", 1)[0][:30] in str(delivered["text"])


async def test_the_weekly_message_tells_the_week_and_the_card_comes_as_a_photo(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await _revealed(api, bot, clock, ana, ben)  # Wednesday 25 November
    api.send_command(ben, "/weekly", "card off")
    await api.wait_for_message(ben.id, texts.WEEKLY_CARD_OFF)
    sunday_19 = BERLIN_20 + timedelta(days=4, hours=-1)  # Sunday 29 Nov, 19:00 Berlin
    await tick(bot, clock, sunday_19)
    for person, partner in ((ana, "Ben"), (ben, "Ana")):
        weekly = await api.wait_for_message(person.id, f"Your week with {partner}")
        assert weekly_texts.DAILY_ONE in str(weekly["text"])
        assert "streak" not in str(weekly["text"]).lower()
    photo = await api.wait_for_message(ana.id, predicate=lambda m: "photo" in m)
    assert photo["caption"] == weekly_texts.CARD_CAPTION
    await api.wait_until_idle()
    assert not any("photo" in m for m in api.messages_to(ben))
    assert json.dumps(photo["photo"][-1]["file_size"] > 10_000)  # type: ignore[index]
