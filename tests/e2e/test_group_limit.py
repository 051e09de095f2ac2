"""Telegram's group limit (20 messages a minute per group) through the real sender and the
fake Bot API with its flood limits on, on one fake clock: a burst for the couple's group
(reveals, weekly look backs) goes out 20 a minute and never meets a 429."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.delivery import OutboxSender
from bot.services import crisis_guard
from bot.services.send_policy import GROUP_MAX_SENDS
from playground.botapi import FakeBotApi
from storage.db import unit_of_work
from storage.models import Outbox
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.test_daily import _couple_with_a_group_and_a_friend, flood_limits_on

BURST = 30


@pytest.fixture
async def api(clock: FakeClock) -> AsyncIterator[FakeBotApi]:
    # The fake's flood windows run on the test's clock, as the bot's own clock does.
    async with FakeBotApi(clock=lambda: clock.now.timestamp()) as fake:
        yield fake


async def _burst_for_the_group(api: FakeBotApi, bot: BotRunner, clock: FakeClock) -> int:
    ana, _ben, _cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await api.wait_until_idle()
    clock.advance(seconds=61)  # the setup's own messages leave the window
    flood_limits_on(api)
    with unit_of_work(bot.rt.engine) as session:
        now = clock.now
        for n in range(BURST):
            crisis_guard.queue(
                session,
                chat_id=group.id,
                kind="daily_weekly",
                text=f"post {n}",
                due_at=now,
                now=now,
            )
    return int(group.id)


async def drained(api: FakeBotApi, bot: BotRunner) -> None:
    """Everything due is sent (the bot's own poller may hold the last row a moment)."""
    assert bot.app is not None
    await OutboxSender(bot.rt, bot.app.bot).drain()
    for _ in range(200):
        with unit_of_work(bot.rt.engine) as session:
            if not session.exec(select(Outbox).where(Outbox.status == "sending")).first():
                break
        await asyncio.sleep(0.02)
    await api.wait_until_idle()


def _posts(api: FakeBotApi, chat_id: int) -> list[float]:
    return [
        c.at
        for c in api.calls
        if c.chat_id == chat_id and c.error is None and c.method == "sendMessage"
    ]


async def test_a_burst_for_the_group_goes_out_20_a_minute_without_a_429(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    chat_id = await _burst_for_the_group(api, bot, clock)
    await drained(api, bot)
    sent_now = [at for at in _posts(api, chat_id) if at >= clock.now.timestamp()]
    assert len(sent_now) == GROUP_MAX_SENDS
    with unit_of_work(bot.rt.engine) as session:
        waiting = session.exec(select(Outbox).where(Outbox.status == "pending")).all()
    assert len(waiting) == BURST - GROUP_MAX_SENDS
    assert all(row.attempts == 0 for row in waiting)  # waiting for room is not a try
    assert all(row.due_at == clock.now + timedelta(minutes=1) for row in waiting)
    clock.advance(seconds=60)
    await drained(api, bot)
    stamps = sorted(at for at in _posts(api, chat_id) if at >= clock.now.timestamp() - 60)
    assert len(stamps) == BURST
    for i, start in enumerate(stamps):
        assert sum(1 for at in stamps[i:] if at < start + 60) <= GROUP_MAX_SENDS
    assert api.stats.limit_hits["group"] == 0
