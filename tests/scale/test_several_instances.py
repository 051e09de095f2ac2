"""Three couplebot processes on one PostgreSQL database behind a round-robin forwarder.

2,000 daily questions come due at once while Ana and Ben each run ``/moment``; one
instance is killed with SIGKILL part way through the fan-out. The fake Bot API enforces
Telegram's limits (30 messages in any second for the bot, 3 a second per private chat).

What must hold:

* no 429: the instances share one send budget (bot/send_budget.py);
* no duplicate: no due person gets their question twice, and no reply of Ana's or Ben's
  conversation comes twice (each update is handled once, bot/chat_turns.py);
* none missed: every due person gets their question, except those whose send was in
  flight in the killed instance. Precisely: a due person without a question has a
  delivery row left ``sending`` (or already expired to ``unknown``) — never ``queued`` or
  anything else — and there are at most as many of them as one instance sends at once
  (``bot.send_budget.SHARED_DAILY_CONCURRENCY``);
* both conversations reach their end, each step answered once.

The kill is timed between two of the people's steps (as a proxy would see it, no
update of theirs is in the dying instance's hands), in the middle of the fan-out.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sqlalchemy import text

from bot.send_budget import SHARED_DAILY_CONCURRENCY
from playground.botapi import FakeBotApi, FakeUser
from storage.db import create_db_engine
from storage.migrate import upgrade
from tests.e2e.helpers import pair
from tests.scale.cluster import Cluster, prompt_counts, seed_due_users

DUE_PEOPLE = 2_000
KILL_AFTER = 600  # questions accepted by the fake before the kill
WAIT = 30.0  # seconds for any one answer (the machine is shared and busy)


class Person:
    """Someone running /moment step by step, halfway before the kill and the rest after."""

    def __init__(self, api: FakeBotApi, user: FakeUser, partner: FakeUser) -> None:
        self.api, self.user, self.partner = api, user, partner
        self.halfway = asyncio.Event()
        self.go_on = asyncio.Event()

    async def moment(self, what: str) -> None:
        api, me = self.api, self.user
        api.send_command(me, "/moment")
        side = await api.wait_for_message(me.id, "Which fits best?", WAIT)
        api.press_button(me, side, "I stepped in for them")
        await api.wait_for_message(me.id, "Step 1/5 · Read the Moment", WAIT)
        api.send_text(me, what)
        signals = await api.wait_for_message(me.id, "Which signals", WAIT)
        api.press_button(me, signals, "Went quiet")
        signals = await api.wait_for_message(me.id, "Which signals", WAIT)
        # Between two steps: none of this person's updates is in any instance's hands.
        self.halfway.set()
        await self.go_on.wait()
        api.press_button(me, signals, "Done")
        side_step = await api.wait_for_message(me.id, "Step 2/5 · Take Their Side", WAIT)
        api.press_button(me, side_step, "I'm with them on this")
        action = await api.wait_for_message(me.id, "Step 3/5 · Take Action", WAIT)
        api.press_button(me, action, "Spoke up")
        checkin = await api.wait_for_message(me.id, "Step 4/5 · Check In", WAIT)
        api.press_button(me, checkin, "Did that help?")
        preview = await api.wait_for_message(me.id, f"what {self.partner.first_name}", WAIT)
        api.press_button(me, preview, "Send")
        await api.wait_for_message(me.id, f"Your moment with {self.partner.first_name}", WAIT)
        # The partner's copy is bulk (the outbox): it may queue behind the fan-out.
        await api.wait_for_message(self.partner.id, f"{me.first_name} is checking in", 120)


def _delivery_statuses(database_url: str, user_ids: list[int]) -> dict[int, str]:
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT user_id, status FROM prompt_delivery WHERE user_id >= :first"),
                {"first": min(user_ids)},
            ).all()
    finally:
        engine.dispose()
    return {int(user_id): str(status) for user_id, status in rows}


async def _wait_until(condition: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not (callable(condition) and condition()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.2)


async def test_three_instances_one_killed_share_the_budget_and_lose_nothing(
    empty_postgres_database: str, tmp_path: Path
) -> None:
    url = empty_postgres_database
    upgrade(url)
    due_ids = seed_due_users(url, DUE_PEOPLE)
    async with FakeBotApi(enforce_limits=True) as api:
        for uid in due_ids:
            api.user(uid, f"User{uid}")
        ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
        async with Cluster(api, url, 3, tmp_path) as cluster:
            await pair(api, ana, ben)
            cluster.jump_to_due()
            ana_moment, ben_moment = Person(api, ana, ben), Person(api, ben, ana)
            people = [
                asyncio.create_task(ana_moment.moment("My dad criticised Ben's job")),
                asyncio.create_task(ben_moment.moment("Her boss talked over Ana")),
            ]
            await _wait_until(lambda: sum(prompt_counts(api, due_ids).values()) >= KILL_AFTER, 90)
            await ana_moment.halfway.wait()
            await ben_moment.halfway.wait()
            await asyncio.sleep(0.3)  # the last step's turn is given back
            cluster.kill(1)
            ana_moment.go_on.set()
            ben_moment.go_on.set()
            await asyncio.gather(*people)

            def settled() -> bool:
                statuses = _delivery_statuses(url, due_ids)
                return len(statuses) == len(due_ids) and "queued" not in statuses.values()

            await _wait_until(settled, 150)
        counts = prompt_counts(api, due_ids)
        statuses = _delivery_statuses(url, due_ids)
        ana_texts, ben_texts = api.texts_to(ana.id), api.texts_to(ben.id)
        refused = [
            (c.method, c.chat_id, round(c.at, 2))
            for m in ("sendMessage", "editMessageText")
            for c in api.calls_of(m)
            if c.error is not None and c.error.status == 429
        ]

    assert api.stats.too_many_requests == 0, (dict(api.stats.limit_hits), refused)
    assert [uid for uid in due_ids if counts[uid] > 1] == []
    missed = [uid for uid in due_ids if counts[uid] == 0]
    assert {statuses[uid] for uid in missed} <= {"sending", "unknown"}, statuses
    assert len(missed) <= SHARED_DAILY_CONCURRENCY
    # Every other due person's question went out and was recorded as sent; a send the
    # killed instance completed but could not record is the only other possibility.
    assert {statuses[uid] for uid in due_ids if counts[uid] == 1} <= {"sent", "sending", "unknown"}
    assert sum(1 for s in statuses.values() if s == "sent") >= DUE_PEOPLE - SHARED_DAILY_CONCURRENCY
    # Each step of both conversations answered once: no update was handled twice.
    for texts, partner in ((ana_texts, "Ben"), (ben_texts, "Ana")):
        assert sum("Which fits best?" in t for t in texts) == 1
        assert sum(f"Your moment with {partner}" in t for t in texts) == 1
    assert sum("Ana is checking in" in t for t in ben_texts) == 1
    assert sum("Ben is checking in" in t for t in ana_texts) == 1
    assert cluster.forwarder.skipped, "the killed instance was never skipped: no kill seen"
