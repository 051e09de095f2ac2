"""Daily prompts end to end: the real Application against the fake Bot API, with
Telegram's flood limits switched on (30/s overall, 3/s per private chat)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.daily_jobs import run_daily_tick
from flows.content import daily as texts
from flows.content.prompts import PROMPTS_BY_KEY
from playground.botapi import FakeBotApi, FakeUser, retry_after
from storage import daily as store
from storage import groups
from storage.db import unit_of_work
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, onboard, pair

PROMPT = "Today's question"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(enforce_limits=True) as fake:
        yield fake


@pytest.fixture
async def daily_bot(bot: BotRunner) -> BotRunner:
    return bot


async def tick(runner: BotRunner, clock: FakeClock, when: datetime | None = None) -> Any:
    if when is not None:
        clock.now = when
    assert runner.app is not None
    return await run_daily_tick(runner.app)


async def answer_prompt(api: FakeBotApi, user: FakeUser, prompt_message: dict[str, Any]) -> str:
    """Answer as a person would: tap the first choice, or type a line."""
    choices = [d for d in button_data(prompt_message) if d.startswith("dp:a:")]
    if choices:
        labels = prompt_message["reply_markup"]["inline_keyboard"][0]
        api.press(user, prompt_message, choices[0])
        return str(labels[0]["text"])
    line = f"{user.first_name} noticed the quiet"
    api.send_text(user, line)
    return line


def prompts_to(api: FakeBotApi, chat: FakeUser | int) -> list[str]:
    """Every prompt sent to the chat (as sent: snoozing or skipping edits it later)."""
    chat_id = chat if isinstance(chat, int) else chat.id
    return [
        str(call.params["text"])
        for call in api.calls_of("sendMessage")
        if call.ok and call.chat_id == chat_id and str(call.params["text"]).startswith(PROMPT)
    ]


BERLIN_20 = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


async def test_both_partners_get_the_prompt_once_despite_429s(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    # More 429s than the rate limiter's own retries: the delivery is re-queued.
    api.fail_next("sendMessage", retry_after(1), count=4, chat_id=ana.id)
    report = await tick(daily_bot, clock, BERLIN_20)
    assert report.claimed == 2
    for_ben = await api.wait_for_message(ben.id, PROMPT)
    assert prompts_to(api, ana) == []
    with unit_of_work(daily_bot.rt.engine) as session:
        waiting = store.latest_private_delivery(session, ana.id)
        assert waiting is not None and waiting.status == store.QUEUED
    await tick(daily_bot, clock, BERLIN_20 + timedelta(seconds=2))
    for_ana = await api.wait_for_message(ana.id, PROMPT)
    assert for_ana["text"].replace("Ben", "X") == for_ben["text"].replace("Ana", "X")
    # More ticks, and a restart on the same database: still once each.
    await tick(daily_bot, clock, BERLIN_20 + timedelta(minutes=5))
    await daily_bot.restart()
    await tick(daily_bot, clock, BERLIN_20 + timedelta(minutes=10))
    assert len(prompts_to(api, ana)) == len(prompts_to(api, ben)) == 1
    assert api.stats.too_many_requests >= 4


async def test_answers_stay_hidden_until_both_answered(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await tick(daily_bot, clock, BERLIN_20)
    for_ana = await api.wait_for_message(ana.id, PROMPT)
    for_ben = await api.wait_for_message(ben.id, PROMPT)
    ana_line = await answer_prompt(api, ana, for_ana)
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    await api.wait_until_idle()
    assert all(ana_line not in m.get("text", "") for m in api.messages_to(ben))
    ben_line = await answer_prompt(api, ben, for_ben)
    reveal_for_ben = await api.wait_for_message(ben.id, "You both answered")
    reveal_for_ana = await api.wait_for_message(ana.id, "You both answered")
    for reveal in (reveal_for_ana, reveal_for_ben):
        assert ana_line in reveal["text"] and ben_line in reveal["text"]


async def test_snooze_skip_and_pause_from_the_chat(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    sam = api.user(3, "Sam")
    await onboard(api, sam, zone="Europe/Berlin", time="20:00")
    await tick(daily_bot, clock, BERLIN_20)
    prompt = await api.wait_for_message(sam.id, PROMPT)
    api.press_button(sam, prompt, texts.SNOOZE_HOUR_LABEL)
    await api.wait_for_message(sam.id, "I'll ask again at 21:00")
    await tick(daily_bot, clock, BERLIN_20 + timedelta(hours=1))
    again = await api.wait_for_message(sam.id, PROMPT)
    api.press_button(sam, again, texts.SKIP_TODAY_LABEL)
    await api.wait_for_message(sam.id, "today's question is skipped")
    api.send_command(sam, "/pause", "2")
    await api.wait_for_message(sam.id, "Paused until Fri 27 Nov")
    for day in (1, 2):
        await tick(daily_bot, clock, BERLIN_20 + timedelta(days=day))
    api.send_command(sam, "/resume")
    await api.wait_for_message(sam.id, "Welcome back. Next question: Sat 28 Nov, 20:00")
    await tick(daily_bot, clock, BERLIN_20 + timedelta(days=3))
    await api.wait_for_message(sam.id, PROMPT)
    assert len(prompts_to(api, sam)) == 3  # the first, its snooze, and Saturday's


async def test_group_mode_posts_once_and_reveals_there(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-77, "Ana & Ben", [ana, ben])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "comes to your shared group")
    await tick(daily_bot, clock, BERLIN_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    await tick(daily_bot, clock, BERLIN_20 + timedelta(hours=2))
    await api.wait_until_idle()
    assert len(prompts_to(api, group.id)) == 1
    assert prompts_to(api, ana) == prompts_to(api, ben) == []
    with unit_of_work(daily_bot.rt.engine) as session:
        row = groups.get_group(session, group.id)
        assert row is not None and row.id is not None
        delivery = store.latest_group_delivery(session, row.id)
        assert delivery is not None
        by_buttons = PROMPTS_BY_KEY[delivery.prompt_key].by_buttons
    if by_buttons:
        data = [d for d in button_data(posted) if d.startswith("dp:a:")]
        api.press(ana, posted, data[0])
        await api.wait_for_message(group.id, "Thanks, Ana")
        api.press(ben, posted, data[-1])
    else:
        assert (api.sent_markup(posted) or {}).get("force_reply") is True
        api.reply_to(ana, posted, "I saw you go quiet", chat=group)
        await api.wait_for_message(group.id, "Thanks, Ana")
        api.reply_to(ben, posted, "You squeezed my hand", chat=group)
    reveal = await api.wait_for_message(group.id, "You both answered")
    assert "Ana:" in reveal["text"] and "Ben:" in reveal["text"]
