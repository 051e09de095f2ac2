"""One instance's door to the shared send budget (bot/send_budget.py), on PostgreSQL."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.send_budget import SharedSendBudget, bulk_sends, sending_bulk

pytestmark = pytest.mark.postgres_only("the shared budget lives in PostgreSQL")

LONG_AGO = 5.0  # seconds: a place answered this long ago no longer counts


async def test_a_reply_gets_the_next_place_before_bulk_that_waited_longer(
    database_url: str,
) -> None:
    budget = SharedSendBudget(database_url, limit=1)
    await budget.start()
    try:
        first = await budget.acquire(interactive=False)
        order: list[str] = []

        async def send(kind: str, *, interactive: bool) -> None:
            slot = await budget.acquire(interactive=interactive)
            order.append(kind)
            await budget.release(slot, answered_at=time.monotonic() - LONG_AGO)

        bulk = asyncio.create_task(send("bulk", interactive=False))
        await asyncio.sleep(0.2)  # the fan-out has been waiting a while
        reply = asyncio.create_task(send("reply", interactive=True))
        await asyncio.sleep(0.2)
        assert order == []  # the budget is full
        await budget.release(first, answered_at=time.monotonic() - LONG_AGO)
        await asyncio.wait_for(asyncio.gather(bulk, reply), 10)
        assert order == ["reply", "bulk"]
    finally:
        await budget.stop()


async def test_bulk_is_marked_for_the_task_and_what_it_starts_only() -> None:
    seen: list[bool] = []

    async def child() -> None:
        seen.append(sending_bulk())

    assert not sending_bulk()
    with bulk_sends():
        assert sending_bulk()
        await asyncio.create_task(child())
    assert not sending_bulk()
    await asyncio.create_task(child())
    assert seen == [True, False]
