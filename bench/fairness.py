"""Benchmark: one chat floods the bot, or another process holds the database lock.

    uv run python -m bench.fairness                        # the flood, then locks of 2 s and 6 s
    uv run python -m bench.fairness --flood 200 --quiet 5 --rounds 10 --lock 2 6
    uv run python -m bench.fairness --flood 0 --lock 6     # only a lock held for 6 s

Flood: onboarded people talk to the real Application through the fake Bot API
(``playground/botapi``, real HTTP on 127.0.0.1). One person sends ``--flood`` commands at
once (``/settings`` and ``/help`` in turn); right behind them, each of ``--quiet``
other people sends one ``/help``. Latency is per update of those others, from the
moment it is queued at the fake API to the moment the bot's answer arrives there.
This is repeated ``--rounds`` times (waiting for the bot to be idle in between), and
the same people are first measured the same number of times without a flood. With
``--separate-process`` the bot runs in a process of its own (``bench/serve.py``), so
the fake API's and the simulated people's work is not on the bot's event loop.

The flood runs twice: with the rate limiter off (the bot's own scheduling) and with the
production settings (PTB's AIORateLimiter, 30 messages/s).

Lock: a second SQLite connection (a thread of its own, as another process would)
holds ``BEGIN IMMEDIATE`` for the given seconds. While it does, one person sends
``/settings`` (a unit of work) and, 0.3 s later, someone sends ``/help`` in a group
(which needs no database). Reported: how long after it was due the group got its
answer, and whether the writer got their real answer or the apology, and when.

Not a test: it prints figures for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.moment_load import start_process
from playground.botapi import FakeBotApi, FakeUser
from storage.db import create_db_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import User
from tests.e2e.harness import BotRunner

HELP_PRIVATE = "Here's what I can do"
HELP_GROUP = "In a group I only see commands"
APOLOGY = "something went wrong on my side"
FLOODER_ID = 20_000
QUIET_FIRST_ID = 30_000


def seed(database_url: str, ids: list[int]) -> None:
    now = datetime.now(UTC)
    engine = create_db_engine(database_url)
    with unit_of_work(engine) as session:
        for user_id in ids:
            session.add(
                User(
                    id=user_id,
                    first_name=f"P{user_id}",
                    timezone="Europe/Berlin",
                    prompt_time="20:00",
                    onboarded=True,
                    created_at=now,
                    updated_at=now,
                )
            )
    engine.dispose()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def describe(latencies: list[float]) -> str:
    if not latencies:
        return "no samples"
    return (
        f"n={len(latencies):>4}  p50={percentile(latencies, 0.5) * 1000:7.1f} ms  "
        f"p99={percentile(latencies, 0.99) * 1000:7.1f} ms  "
        f"max={max(latencies) * 1000:7.1f} ms  mean={statistics.fmean(latencies) * 1000:7.1f} ms"
    )


async def timed_help(api: FakeBotApi, user: FakeUser) -> float:
    started = time.perf_counter()
    api.send_command(user, "/help")
    await api.wait_for_message(user.id, HELP_PRIVATE, timeout=120)
    return time.perf_counter() - started


async def flood_run(
    workdir: Path, flood: int, quiet: int, rounds: int, *, rate_limit: bool, separate: bool
) -> dict[str, Any]:
    url = f"sqlite:///{workdir / 'flood.sqlite3'}"
    upgrade(url)
    quiet_ids = [QUIET_FIRST_ID + i for i in range(quiet)]
    seed(url, [FLOODER_ID, *quiet_ids])
    async with FakeBotApi() as api:
        flooder = api.user(FLOODER_ID, "Flo")
        people = [api.user(i, f"Q{i}") for i in quiet_ids]
        if separate:
            extra = ["--rate-limit"] if rate_limit else []
            stop = await start_process(api, ["couplebot", api.base_url, url, *extra])
        else:
            runner = BotRunner(api, url, lambda: datetime.now(UTC), telegram_rate_limit=rate_limit)
            await runner.start()
            stop = runner.stop
        try:
            alone: list[float] = []
            for _ in range(rounds):
                alone += await asyncio.gather(*(timed_help(api, p) for p in people))
                await api.wait_until_idle(quiet=0.3, timeout=60)
            during: list[float] = []
            flood_seconds: list[float] = []
            flooder_messages: list[int] = []
            for _ in range(rounds):
                before = len(api.messages_to(flooder.id))
                started = time.perf_counter()
                for i in range(flood):
                    api.send_command(flooder, "/help" if i % 2 else "/settings")
                # Right behind the flood, each quiet person sends one update.
                during += await asyncio.gather(*(timed_help(api, p) for p in people))
                flood_seconds.append(await flood_over(api, flooder, started))
                flooder_messages.append(len(api.messages_to(flooder.id)) - before)
                await api.wait_until_idle(quiet=0.3, timeout=300)
        finally:
            await stop()
    return {
        "alone": alone,
        "during": during,
        "flood_seconds": statistics.fmean(flood_seconds),
        "flooder_messages": flooder_messages,
    }


async def flood_over(api: FakeBotApi, flooder: FakeUser, started: float) -> float:
    """Seconds until the flooder's last answer, once none came for half a second."""
    count, last_change = 0, time.perf_counter()
    while time.perf_counter() - last_change < 0.5 or count == 0:
        await asyncio.sleep(0.02)
        now_count = len(api.messages_to(flooder.id))
        if now_count != count:
            count, last_change = now_count, time.perf_counter()
    return last_change - started


def hold_lock(path: Path, seconds: float, taken: threading.Event) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    taken.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


async def lock_run(workdir: Path, seconds: float) -> dict[str, Any]:
    path = workdir / f"lock-{seconds}.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(url)
    seed(url, [FLOODER_ID])
    async with FakeBotApi() as api:
        writer = api.user(FLOODER_ID, "Wri")
        member = api.user(QUIET_FIRST_ID, "Gus")
        group = api.group(-777, "Friends", [member], with_bot=True)
        runner = BotRunner(api, url, lambda: datetime.now(UTC))
        await runner.start()
        try:
            # Warm up: the first update of a run pays for imports and connections.
            api.send_command(writer, "/help")
            await api.wait_for_message(writer.id, HELP_PRIVATE, timeout=30)
            api.send_command(member, "/help", chat=group)
            await api.wait_for_message(group.id, HELP_GROUP, timeout=30)
            await api.wait_until_idle()

            taken = threading.Event()
            holder = threading.Thread(target=hold_lock, args=(path, seconds, taken))
            holder.start()
            assert taken.wait(10)
            locked_at = time.perf_counter()
            api.send_command(writer, "/settings")
            # Measured from when it was due: a frozen event loop also delays this sleep.
            group_due = locked_at + 0.3
            await asyncio.sleep(0.3)
            api.send_command(member, "/help", chat=group)
            await api.wait_for_message(group.id, HELP_GROUP, timeout=60)
            group_latency = time.perf_counter() - group_due
            reply = await api.wait_for_message(writer.id, timeout=60)
            writer_latency = time.perf_counter() - locked_at
            await asyncio.to_thread(holder.join)
            await api.wait_until_idle()
        finally:
            await runner.stop()
    return {
        "group_help": group_latency,
        "writer": writer_latency,
        "writer_outcome": "apology" if APOLOGY in reply.get("text", "") else "answered",
    }


async def main_async(args: argparse.Namespace) -> None:
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"python {platform.python_version()}, {platform.system()}"
    )
    if args.flood:
        for rate_limit in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                result = await flood_run(
                    Path(tmp),
                    args.flood,
                    args.quiet,
                    args.rounds,
                    rate_limit=rate_limit,
                    separate=args.separate_process,
                )
            label = "rate limiter on" if rate_limit else "rate limiter off"
            if args.separate_process:
                label += ", bot in its own process"
            print(
                f"{args.rounds} floods of {args.flood} from one chat, {args.quiet} other chats, "
                f"{label}:"
            )
            print(f"  other chats, no flood:     {describe(result['alone'])}")
            print(f"  other chats, behind flood: {describe(result['during'])}")
            print(
                f"  a flood is handled in {result['flood_seconds']:.1f} s on average; the "
                f"flooder got {result['flooder_messages']} messages per flood"
            )
    for seconds in args.lock:
        with tempfile.TemporaryDirectory() as tmp:
            result = await lock_run(Path(tmp), seconds)
        print(
            f"lock held {seconds:.0f} s: group /help answered in "
            f"{result['group_help'] * 1000:.0f} ms; the writer's /settings got "
            f"{result['writer_outcome']} after {result['writer']:.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--flood", type=int, default=200, help="updates from one chat (0: skip)")
    parser.add_argument("--quiet", type=int, default=5, help="other chats measured meanwhile")
    parser.add_argument("--rounds", type=int, default=10, help="floods, one after the other")
    parser.add_argument(
        "--separate-process",
        action="store_true",
        help="flood: run the bot in a process of its own (bench/serve.py)",
    )
    parser.add_argument(
        "--lock", type=float, nargs="*", default=[2.0, 6.0], help="seconds the lock is held"
    )
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
