"""The daily fan-out makes room for people talking (bot/other_sends.py, daily_jobs.Pacer).

Telegram counts all of a bot's messages in one window: the fan-out's places plus
everyone else's must stay under the limit, and while someone talks a few places stay
free, so their next step never meets a full window (and the 429 that stops every send).
"""

from __future__ import annotations

import asyncio

from bot.daily_jobs import Pacer
from bot.other_sends import IN_FANOUT, OtherSends

LIMIT, WINDOW, RESERVE = 10, 0.3, 2


async def fanout_starts(pacer: Pacer, sends: int) -> list[float]:
    loop = asyncio.get_running_loop()
    started: list[float] = []

    async def send() -> None:
        await pacer.acquire()
        started.append(loop.time())
        await asyncio.sleep(0.005)  # the round trip
        pacer.release(sent=True)

    await asyncio.gather(*(send() for _ in range(sends)))
    return sorted(started)


async def test_the_fanout_leaves_room_for_someone_talking() -> None:
    others = OtherSends(window=WINDOW, quiet_after=5.0)
    pacer = Pacer(LIMIT, window=WINDOW, margin=0.0, others=others, reserve=RESERVE)
    for _ in range(3):
        others.note("sendMessage")  # a reply, the next question, the partner's message
    started = await fanout_starts(pacer, 7)
    # The first window had 3 of theirs and 2 kept free: the fan-out took 5, not 10.
    first_window = [t for t in started if t < started[0] + WINDOW - 0.01]
    assert len(first_window) == LIMIT - 3 - RESERVE


async def test_with_nobody_talking_the_fanout_has_the_whole_budget() -> None:
    others = OtherSends(window=WINDOW, quiet_after=5.0)
    pacer = Pacer(LIMIT, window=WINDOW, margin=0.0, others=others, reserve=RESERVE)
    started = await fanout_starts(pacer, LIMIT)
    assert started[-1] - started[0] < WINDOW / 2


def test_only_messages_outside_the_fanout_are_counted() -> None:
    async def scenario() -> int:
        others = OtherSends()
        others.note("answerCallbackQuery")  # not a message
        others.note("getUpdates")
        token = IN_FANOUT.set(True)
        others.note("sendMessage")  # the fan-out's own: its pacer counts it
        IN_FANOUT.reset(token)
        others.note("editMessageText")  # a question closed for someone talking
        return others.in_window(asyncio.get_running_loop().time())

    assert asyncio.run(scenario()) == 1
