"""The update processor: one chat's updates in order, fair slots, a cap per chat.

Driven through ``process_update``, the entry point PTB's Application calls for every
update, with handlers replaced by coroutines that record what ran when.
"""

from __future__ import annotations

import asyncio
import inspect
import random
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, cast

import pytest
from telegram import Bot, Update

from bot.updates import PerChatUpdateProcessor
from flows.content import busy

CRISIS = "I want to kill myself"


class RecordingBot:
    """Stands in for the Bot on dropped updates: records what would be sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.answered: list[tuple[str, str | None]] = []

    async def send_message(self, chat_id: int, text: str, **_kwargs: Any) -> None:
        self.sent.append((chat_id, text))

    async def answer_callback_query(
        self, callback_query_id: str, text: str | None = None, **_kwargs: Any
    ) -> bool:
        self.answered.append((callback_query_id, text))
        return True


_ids = iter(range(1, 1_000_000))


def message(chat_id: int, text: str = "hello", bot: RecordingBot | None = None) -> Update:
    update = Update.de_json(
        {
            "update_id": next(_ids),
            "message": {
                "message_id": next(_ids),
                "date": 0,
                "chat": {"id": chat_id, "type": "private"},
                "from": {"id": chat_id, "is_bot": False, "first_name": "P"},
                "text": text,
            },
        },
        None,
    )
    update.set_bot(cast(Bot, bot or RecordingBot()))
    return update


def press(chat_id: int, bot: RecordingBot) -> Update:
    update = Update.de_json(
        {
            "update_id": next(_ids),
            "callback_query": {
                "id": str(next(_ids)),
                "from": {"id": chat_id, "is_bot": False, "first_name": "P"},
                "chat_instance": "1",
                "data": "f:x",
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": chat_id, "type": "private"},
                    "text": "question",
                },
            },
        },
        None,
    )
    update.set_bot(cast(Bot, bot))
    assert update.callback_query is not None
    update.callback_query.set_bot(cast(Bot, bot))
    return update


class Journal:
    """What ran: starts and ends per chat, and how many ran at once."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []
        self.running = 0
        self.most_at_once = 0
        self.running_per_chat: dict[int, int] = {}

    def handler(
        self, chat_id: int, seq: int, work: Callable[[], Awaitable[None]]
    ) -> Coroutine[Any, Any, None]:
        async def run() -> None:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.running_per_chat[chat_id] = self.running_per_chat.get(chat_id, 0) + 1
            assert self.running_per_chat[chat_id] == 1, "two updates of one chat at once"
            self.events.append(("start", chat_id, seq))
            try:
                await work()
            finally:
                self.events.append(("end", chat_id, seq))
                self.running -= 1
                self.running_per_chat[chat_id] -= 1

        return run()

    def ended(self, chat_id: int) -> list[int]:
        return [seq for kind, chat, seq in self.events if kind == "end" and chat == chat_id]


async def test_each_chat_in_arrival_order_one_at_a_time_within_the_slots() -> None:
    processor = PerChatUpdateProcessor(3, chat_queue_limit=100)
    journal = Journal()
    rng = random.Random(7)

    async def work() -> None:
        await asyncio.sleep(rng.uniform(0, 0.004))

    tasks = []
    for seq in range(30):
        for chat_id in (11, 12, 13, 14, 15):
            update = message(chat_id)
            coroutine = journal.handler(chat_id, seq, work)
            tasks.append(asyncio.create_task(processor.process_update(update, coroutine)))
    await asyncio.gather(*tasks)
    for chat_id in (11, 12, 13, 14, 15):
        assert journal.ended(chat_id) == list(range(30))
    assert journal.most_at_once <= 3


async def test_a_flooding_chat_takes_one_slot_and_others_go_ahead() -> None:
    processor = PerChatUpdateProcessor(2, chat_queue_limit=100)
    journal = Journal()

    async def work() -> None:
        await asyncio.sleep(0.01)

    flood = [
        asyncio.create_task(processor.process_update(message(1), journal.handler(1, i, work)))
        for i in range(40)
    ]
    await asyncio.sleep(0)  # the flood is queued first
    quiet = asyncio.create_task(processor.process_update(message(2), journal.handler(2, 0, work)))
    await asyncio.gather(*flood, quiet)
    quiet_done = journal.events.index(("end", 2, 0))
    flood_done = [journal.events.index(("end", 1, i)) for i in range(40)]
    # The other chat is served alongside the flood's first update, not behind it.
    assert quiet_done < flood_done[2]


async def test_beyond_the_cap_updates_are_dropped_with_one_note() -> None:
    processor = PerChatUpdateProcessor(4, chat_queue_limit=5)
    journal = Journal()
    bot = RecordingBot()
    gate = asyncio.Event()

    async def work() -> None:
        await gate.wait()

    handlers = [journal.handler(1, i, work) for i in range(12)]
    tasks = [
        asyncio.create_task(processor.process_update(message(1, bot=bot), handler))
        for handler in handlers
    ]
    # A button pressed in the middle of the flood is answered, so its spinner stops.
    pressed = press(1, bot)
    handlers.append(journal.handler(1, 99, work))
    tasks.append(asyncio.create_task(processor.process_update(pressed, handlers[-1])))
    other = asyncio.create_task(
        processor.process_update(message(2, bot=bot), journal.handler(2, 0, work))
    )
    for _ in range(5):
        await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*tasks, other)
    assert journal.ended(1) == [0, 1, 2, 3, 4]
    assert journal.ended(2) == [0]
    assert processor.dropped == 8
    assert bot.sent == [(1, busy.TOO_MANY_WAITING)]
    assert pressed.callback_query is not None
    assert bot.answered == [(pressed.callback_query.id, None)]
    # The handlers of dropped updates never ran, and were closed (no "never awaited").
    assert all(inspect.getcoroutinestate(h) == inspect.CORO_CLOSED for h in handlers)


async def test_text_that_may_speak_of_crisis_is_never_dropped() -> None:
    processor = PerChatUpdateProcessor(4, chat_queue_limit=2)
    journal = Journal()
    gate = asyncio.Event()

    async def work() -> None:
        await gate.wait()

    tasks = [
        asyncio.create_task(processor.process_update(message(1), journal.handler(1, i, work)))
        for i in range(4)
    ]
    tasks.append(
        asyncio.create_task(
            processor.process_update(message(1, CRISIS), journal.handler(1, 50, work))
        )
    )
    for _ in range(5):
        await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*tasks)
    assert journal.ended(1) == [0, 1, 50]


def test_slots_and_cap_must_be_positive() -> None:
    with pytest.raises(ValueError):
        PerChatUpdateProcessor(0)
    with pytest.raises(ValueError):
        PerChatUpdateProcessor(4, chat_queue_limit=0)
