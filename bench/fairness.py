"""Benchmark: one chat floods the bot, or another process holds the database lock.

    uv run python -m bench.fairness                       # both scenarios, default sizes
    uv run python -m bench.fairness --flood 200 --quiet 5 --rate-limit
    uv run python -m bench.fairness --lock 2 6            # only the lock scenario

Flood: onboarded people talk to the real Application through the fake Bot API
(``tests/fakeapi``, real HTTP on 127.0.0.1). One person sends ``--flood`` commands at
once; meanwhile ``--quiet`` other people each send ``/help``, wait for the answer and
``--pause`` seconds, again and again, until the flood is over (a closed loop, as people
do). Latency is
per quiet update, from the moment it is queued at the fake API to the moment the
bot's answer arrives there. The same quiet people are first measured alone.

Lock: a second SQLite connection (a thread of its own, as another process would)
holds ``BEGIN IMMEDIATE`` for the given seconds. While it does, one person sends a
text that needs a write and, 0.3 s later, someone sends ``/help`` in a group (which
needs no database). Reported: how long after it was due the group got its answer, and whether the
writer got their real answer or the apology, and when.

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

from storage.db import create_db_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import User
from tests.e2e.harness import BotRunner
from tests.fakeapi.models import FakeUser
from tests.fakeapi.server import FakeBotApi

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


async def quiet_person(
    api: FakeBotApi,
    user: FakeUser,
    keep_going: asyncio.Event,
    latencies: list[float],
    pause: float,
) -> None:
    """Send /help and wait for the answer, until told to stop (at least once)."""
    while True:
        started = time.perf_counter()
        api.send_command(user, "/help")
        await api.wait_for_message(user.id, HELP_PRIVATE, timeout=120)
        latencies.append(time.perf_counter() - started)
        if not keep_going.is_set():
            return
        await asyncio.sleep(pause)


async def flood_run(
    workdir: Path, flood: int, quiet: int, pause: float, *, rate_limit: bool
) -> dict[str, Any]:
    url = f"sqlite:///{workdir / 'flood.sqlite3'}"
    upgrade(url)
    quiet_ids = [QUIET_FIRST_ID + i for i in range(quiet)]
    seed(url, [FLOODER_ID, *quiet_ids])
    async with FakeBotApi() as api:
        flooder = api.user(FLOODER_ID, "Flo")
        people = [api.user(i, f"Q{i}") for i in quiet_ids]
        runner = BotRunner(api, url, lambda: datetime.now(UTC), telegram_rate_limit=rate_limit)
        await runner.start()
        try:
            alone: list[float] = []
            stop = asyncio.Event()  # not set: each quiet person sends a few, one at a time
            for _ in range(10):
                await asyncio.gather(*(quiet_person(api, p, stop, alone, pause) for p in people))
                await asyncio.sleep(pause)
            await api.wait_until_idle(quiet=0.3, timeout=60)

            during: list[float] = []
            flooding = asyncio.Event()
            flooding.set()
            started = time.perf_counter()
            for i in range(flood):
                api.send_command(flooder, "/help" if i % 2 else "/settings")
            tasks = [
                asyncio.create_task(quiet_person(api, p, flooding, during, pause)) for p in people
            ]
            flood_seconds = await flood_over(api, flooder, started)
            flooding.clear()
            await asyncio.gather(*tasks)
            answered = len(api.messages_to(flooder.id))
        finally:
            await runner.stop()
    return {
        "alone": alone,
        "during": during,
        "flood_seconds": flood_seconds,
        "flooder_messages": answered,
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
        for rate_limit in (False, True) if args.rate_limit else (False,):
            with tempfile.TemporaryDirectory() as tmp:
                result = await flood_run(
                    Path(tmp), args.flood, args.quiet, args.pause, rate_limit=rate_limit
                )
            label = "rate limiter on" if rate_limit else "rate limiter off"
            print(f"flood of {args.flood} from one chat, {args.quiet} quiet chats, {label}:")
            print(f"  quiet chats alone:        {describe(result['alone'])}")
            print(f"  quiet chats during flood: {describe(result['during'])}")
            print(
                f"  flood handled in {result['flood_seconds']:.1f} s; the flooder got "
                f"{result['flooder_messages']} messages"
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
    parser.add_argument(
        "--pause", type=float, default=0.25, help="seconds a quiet person waits between updates"
    )
    parser.add_argument(
        "--rate-limit", action="store_true", help="also run with the production rate limiter"
    )
    parser.add_argument(
        "--lock", type=float, nargs="*", default=[2.0, 6.0], help="seconds the lock is held"
    )
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
