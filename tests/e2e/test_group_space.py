"""The couple's group as a shared space, end to end with a third member (Cleo): the
"Answer privately" deep link, Snooze and Skip for one partner on the group's post, the
nudge in group mode, the one-time note under a typed answer, and refusals for anyone
outside the couple on every kind of button."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from sqlmodel import select

from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content import weekly as weekly_texts
from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import Outbox, PromptAnswer
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data
from tests.e2e.test_daily import (
    BERLIN_20,
    PROMPT,
    _couple_with_a_group_and_a_friend,
    flood_limits_on,
    tick,
)

TYPED = "checkin-09"
DEEP_LINK = re.compile(r"^https://t\.me/couple_test_bot\?start=([A-Za-z0-9_-]{1,64})$")


def _texts_to(api: FakeBotApi, chat: FakeUser | Any) -> list[str]:
    return [str(m.get("text") or "") for m in api.messages_to(chat)]


def _answer_privately_payload(posted: dict[str, Any]) -> str:
    urls = [
        b["url"] for row in posted["reply_markup"]["inline_keyboard"] for b in row if "url" in b
    ]
    (url,) = urls
    match = DEEP_LINK.match(url)
    assert match is not None, url
    return match.group(1)


async def _group_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, key: str = TYPED
) -> tuple[FakeUser, FakeUser, FakeUser, Any, dict[str, Any]]:
    ana, ben, cleo, group = await _couple_with_a_group_and_a_friend(api, bot, key)
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    flood_limits_on(api)
    await tick(bot, clock, BERLIN_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    return ana, ben, cleo, group, posted


async def test_answer_privately_opens_the_question_in_private_and_the_group_never_sees_it(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cleo, group, posted = await _group_question(api, bot, clock)
    payload = _answer_privately_payload(posted)
    assert payload.startswith("dq_") and len(payload) <= 64
    # Cleo opens the link too: refused, nothing opened for her.
    api.send_command(cleo, "/start", payload)
    await api.wait_for_message(cleo.id, common_texts.GROUP_NOT_A_PARTNER[:40])
    # Ana opens it: the same question in her private chat, answered there.
    api.send_command(ana, "/start", payload)
    private = await api.wait_for_message(ana.id, "Here's today's question from your group")
    assert PROMPT in private["text"]
    assert "Just for me" in str(private["reply_markup"])
    api.send_text(ana, "ANA-PRIVATE-LINE")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    # Ben replies in the group: both answers go to each of them privately, not to the group.
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    await api.wait_for_message(group.id, "sent each of you both answers in private")
    for person in (ana, ben):
        reveal = await api.wait_for_message(person.id, "You both answered")
        assert "ANA-PRIVATE-LINE" in reveal["text"] and "Ben in the group" in reveal["text"]
    # The one-time note under Ben's typed answer, once.
    await api.wait_until_idle()
    assert _texts_to(api, group).count(texts.GROUP_REPLY_NOTE) == 1
    assert not any("ANA-PRIVATE-LINE" in t for t in _texts_to(api, group))
    assert not any("ANA-PRIVATE-LINE" in t for t in _texts_to(api, cleo))
    with unit_of_work(bot.rt.engine) as session:
        assert {row.user_id for row in session.exec(select(PromptAnswer))} == {ana.id, ben.id}


async def test_skip_on_the_group_post_is_for_one_partner_and_stops_their_nudge(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, _cleo, group, posted = await _group_question(api, bot, clock)
    before = api.messages_to(group)
    api.press_button(ben, posted, texts.SKIP_TODAY_LABEL)
    await api.wait_until_idle()
    assert api.messages_to(group) == before  # the post keeps its buttons for Ana
    notices = [c.params.get("text") for c in api.calls_of("answerCallbackQuery") if c.ok]
    assert texts.GROUP_SKIPPED_FOR_YOU in notices
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    await tick(bot, clock, BERLIN_20 + timedelta(hours=2))
    await api.wait_until_idle()
    assert not any("answer yours to see it" in t for t in _texts_to(api, ben))


async def test_snooze_on_the_group_post_brings_the_question_privately_later(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, _cleo, group, posted = await _group_question(api, bot, clock)
    api.press_button(ana, posted, texts.SNOOZE_HOUR_LABEL)
    await api.wait_until_idle()
    notices = [c.params.get("text") for c in api.calls_of("answerCallbackQuery") if c.ok]
    assert texts.GROUP_SNOOZED_FOR_YOU.format(when="21:00") in notices
    assert not any(PROMPT in t for t in _texts_to(api, ana))
    await tick(bot, clock, BERLIN_20 + timedelta(hours=1))
    again = await api.wait_for_message(ana.id, PROMPT)
    api.send_text(ana, "Ana, an hour later")
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    await api.wait_for_message(ben.id, "You both answered")
    assert "reply_markup" in again
    assert not any("Ana, an hour later" in t for t in _texts_to(api, group))


async def test_the_nudge_works_in_group_mode(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cleo, group, posted = await _group_question(api, bot, clock)
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    await tick(bot, clock, BERLIN_20 + timedelta(minutes=59))
    await api.wait_until_idle()
    assert not any("answer yours to see it" in t for t in _texts_to(api, ben))
    await tick(bot, clock, BERLIN_20 + timedelta(hours=1, minutes=1))
    await api.wait_for_message(ben.id, "Ana answered today's question")
    await tick(bot, clock, BERLIN_20 + timedelta(hours=3))
    await api.wait_until_idle()
    nudges = [t for t in _texts_to(api, ben) if "answer yours to see it" in t]
    assert len(nudges) == 1  # at most one, ever
    assert not any("answer yours" in t for t in _texts_to(api, group) + _texts_to(api, cleo))


FORGED = [
    "dp:days:all",
    "dp:days:x",
    "dr:h:1",
    "dr:t:1",
    "dr:m:1",
    "dr:r:1",
    "ob:set:tz",
    "ob:cancel",
    "up:yes:1",
    "f:switch:continue",
    "fu:ci:send",
    "ci:1:helped",
    "rq:1:yes",
    "pp:1:yes",
    "dd:yes",
    "qz:go",
    "nonsense",
]


async def test_a_third_member_is_refused_on_every_kind_of_button_and_nothing_changes(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    _ana, _ben, cleo, group, posted = await _group_question(api, bot, clock, "read-05")
    token = _answer_privately_payload(posted).removeprefix("dq_")
    own = button_data(posted)  # every button the post really has: choices, snooze, skip
    assert {d.split(":")[1] for d in own} == {"a", "snz", "skip"}
    presses = [*own, f"dp:jfm:{token}", *FORGED]
    before = api.messages_to(group)
    with unit_of_work(bot.rt.engine) as session:
        outbox_before = len(session.exec(select(Outbox)).all())
    for start in range(0, len(presses), 5):  # a few at a time: one chat's queue is bounded
        for data in presses[start : start + 5]:
            api.press(cleo, posted, data)
        await api.wait_until_idle()
    notices = [
        c.params.get("text")
        for c in api.calls_of("answerCallbackQuery")
        if c.ok and c.params.get("text")
    ]
    assert notices == [texts.GROUP_BUTTONS_PARTNERS_ONLY] * len(presses)
    assert api.messages_to(group) == before
    assert api.messages_to(cleo) == []
    with unit_of_work(bot.rt.engine) as session:
        assert session.exec(select(PromptAnswer)).all() == []
        assert len(session.exec(select(Outbox)).all()) == outbox_before


async def test_a_reveal_in_the_group_only_when_both_answered_there(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, _cleo, group, posted = await _group_question(api, bot, clock)
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    reveal = await api.wait_for_message(group.id, "You both answered")
    assert "Ana in the group" in reveal["text"] and "Ben in the group" in reveal["text"]
    await api.wait_until_idle()
    assert not any("You both answered" in t for t in _texts_to(api, ana) + _texts_to(api, ben))


async def test_with_group_posts_on_the_weekly_look_back_and_card_go_to_the_group_once(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cleo, group, posted = await _group_question(api, bot, clock)
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    await api.wait_for_message(group.id, "You both answered")
    await tick(bot, clock, BERLIN_20 + timedelta(days=4, hours=-1))  # Sunday 19:00 Berlin
    weekly = await api.wait_for_message(group.id, "Ana and Ben's week")
    assert "streak" not in weekly["text"].lower()
    photo = await api.wait_for_message(group.id, predicate=lambda m: "photo" in m)
    assert photo["caption"] == weekly_texts.CARD_CAPTION
    await api.wait_until_idle()
    assert sum("Ana and Ben's week" in t for t in _texts_to(api, group)) == 1
    assert sum("photo" in m for m in api.messages_to(group)) == 1
    for person in (ana, ben, cleo):
        assert not any("🗓" in t for t in _texts_to(api, person))


async def test_a_reinforce_goes_to_the_group_only_when_the_sender_chooses_it(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cleo, group = await _couple_with_a_group_and_a_friend(api, bot, TYPED)
    # Group posts off: the preview offers only the private chat.
    api.send_command(ana, "/reinforce")
    preview = await api.wait_for_message(ana.id, "always got your back")
    assert "Send to our group" not in str(preview.get("reply_markup"))
    api.send_command(ana, "/cancel")
    await api.wait_until_idle()
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    api.send_command(ana, "/reinforce")
    preview = await api.wait_for_message(
        ana.id, "always got your back", predicate=lambda m: "Send to our group" in str(m)
    )
    assert "Send privately" in str(preview["reply_markup"])
    api.press_button(ana, preview, "Send to our group")
    posted = await api.wait_for_message(group.id, "From Ana")
    assert "I've always got your back." in posted["text"]
    assert "reply_markup" not in posted
    await api.wait_until_idle()
    assert not any("From Ana" in t for t in _texts_to(api, ben) + _texts_to(api, cleo))
