"""A process dying (kill -9, a cancelled task) in the middle of draining the outbox;
rows passed over on the re-check right before sending.

Rows are claimed one at a time, right before their send: the crash leaves only the
message in flight in doubt (``unknown``, never resent); every other row goes out
exactly once after the restart.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlmodel import col, select

from bot.delivery import OutboxSender
from bot.services import daily_planning, send_policy
from bot.services.deliveries import OUTBOX
from storage import outbox, sending
from storage.db import unit_of_work
from storage.models import Outbox, PromptDelivery
from storage.users import mark_unreachable
from tests.services.daily_world import Crash, World

TEXTS = ("first", "second", "third")


def queue_three(world: World) -> None:
    with unit_of_work(world.rt.engine) as session:
        for chat_id, text in enumerate(TEXTS, start=1):
            now = world.clock()
            outbox.enqueue(session, chat_id=chat_id, kind="x", text=text, due_at=now, now=now)


def statuses(world: World) -> dict[str, str]:
    with unit_of_work(world.rt.engine) as session:
        return {
            row.text: row.status for row in session.exec(select(Outbox).order_by(col(Outbox.id)))
        }


async def restart(world: World) -> None:
    """A new process, after the stale-claim timeout: it settles the dead one's claims."""
    world.clock.advance(seconds=send_policy.STALE_CLAIM.total_seconds() + 1)
    world.bot.after_accept, world.bot.delay = None, 0.0
    send_policy.expire_stale_claims(world.rt, OUTBOX)
    await OutboxSender(world.rt, world.bot).drain()  # type: ignore[arg-type]


async def test_a_crash_between_two_sends_leaves_only_the_one_in_flight_in_doubt(
    world: World,
) -> None:
    queue_three(world)

    def die_after_the_first(count: int) -> None:
        if count == 1:
            raise Crash  # "first" reached Telegram; the process dies before recording it

    world.bot.after_accept = die_after_the_first
    with pytest.raises(BaseExceptionGroup):
        await OutboxSender(world.rt, world.bot).drain()  # type: ignore[arg-type]
    assert statuses(world) == {
        "first": sending.SENDING,
        "second": sending.PENDING,
        "third": sending.PENDING,
    }
    await restart(world)
    assert [s.text for s in world.bot.sent] == ["first", "second", "third"]
    assert statuses(world) == {
        "first": sending.UNKNOWN,
        "second": sending.SENT,
        "third": sending.SENT,
    }
    await OutboxSender(world.rt, world.bot).drain()  # type: ignore[arg-type]
    assert len(world.bot.sent) == 3


async def test_a_drain_cancelled_mid_send_never_sends_twice(world: World) -> None:
    queue_three(world)
    world.bot.delay = 0.05
    task = asyncio.create_task(OutboxSender(world.rt, world.bot).drain())  # type: ignore[arg-type]
    async with asyncio.timeout(10):
        while len(world.bot.attempts) < 2:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
    task.cancel()  # while "second" is on its way
    with pytest.raises(asyncio.CancelledError):
        await task
    assert statuses(world) == {
        "first": sending.SENT,
        "second": sending.SENDING,
        "third": sending.PENDING,
    }
    await restart(world)
    assert [s.text for s in world.bot.sent] == ["first", "third"]
    assert statuses(world)["second"] == sending.UNKNOWN


async def test_rows_passed_over_on_the_recheck_do_not_end_the_drain(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deliveries cancelled just before their send are passed over, and the ones
    after them still go out in the same drain, however many were passed over."""
    monkeypatch.setattr(send_policy, "CLAIM_SCAN", 1)
    world.new_sender(concurrency=1)
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    for user_id in (1, 2, 3):
        world.user(user_id, zone="UTC")
    world.clock.now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    assert daily_planning.plan_deliveries(world.rt).claimed == 3
    with unit_of_work(world.rt.engine) as session:
        first_two = [
            d.user_id for d in session.exec(select(PromptDelivery).order_by(col(PromptDelivery.id)))
        ][:2]
        for user_id in first_two:
            assert user_id is not None
            mark_unreachable(session, user_id, world.clock())
    await world.tick()
    (last,) = {1, 2, 3} - set(first_two)
    assert [s.chat_id for s in world.bot.sent] == [last]
